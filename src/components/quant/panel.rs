//! The "Quantify" panel of a risk: FAIR inputs before and after treatment.

use std::rc::Rc;

use yew::prelude::*;

use super::editor::default_scenario;
use super::fields::Problems;
use super::scenario::ScenarioForm;
use crate::components::{edit, Check};
use crate::domain::quant::{format_amount, QuantEstimate, Scenario};
use crate::domain::{Currency, Risk};

/// Props of [`QuantifyPanel`].
#[derive(Properties, PartialEq)]
pub struct QuantifyPanelProps {
    /// The risk (draft) being edited.
    pub risk: Risk,
    /// The assessment's currency.
    pub currency: Currency,
    /// Called with the changed risk.
    pub onchange: Callback<Risk>,
}

/// The "Quantify" panel of a risk: FAIR inputs before and after treatment,
/// validated as you type.
#[function_component]
pub fn QuantifyPanel(p: &QuantifyPanelProps) -> Html {
    let r = &p.risk;
    let toggle = edit(r, &p.onchange, |x, on: bool| {
        x.quant = on.then(|| QuantEstimate {
            inherent: default_scenario(),
            residual: None,
        });
    });
    let body = r.quant.map(|q| {
        let problems: Problems = Rc::new(q.problems("quant"));
        let set = |residual: bool| {
            edit(r, &p.onchange, move |x, s: Scenario| {
                if let Some(q) = &mut x.quant {
                    if residual {
                        q.residual = Some(s);
                    } else {
                        q.inherent = s;
                    }
                }
            })
        };
        let toggle_residual = edit(r, &p.onchange, |x, on: bool| {
            if let Some(q) = &mut x.quant {
                q.residual = on.then_some(q.inherent);
            }
        });
        let e = q.inherent.expected();
        html! { <>
            <fieldset class="quant-scenario">
                <legend>{ "Before treatment" }</legend>
                <ScenarioForm id="q-inh" path="quant.inherent" scenario={q.inherent} currency={p.currency.clone()}
                    problems={problems.clone()} onchange={set(false)} />
            </fieldset>
            <Check id="q-has-residual" label="Estimate the risk after treatment separately" checked={q.residual.is_some()} onchange={toggle_residual} />
            if let Some(res) = q.residual {
                <fieldset class="quant-scenario">
                    <legend>{ "After treatment" }</legend>
                    <ScenarioForm id="q-res" path="quant.residual" scenario={res} currency={p.currency.clone()}
                        problems={problems.clone()} onchange={set(true)} />
                </fieldset>
            }
            if problems.is_empty() {
                <p class="hint">{ format!(
                    "Expected loss (rate × mean magnitude): {:.3} events a year × {} {} = {} {} a year before treatment.",
                    e.events_per_year, p.currency, format_amount(e.loss_per_event), p.currency, format_amount(e.annual)
                ) }</p>
            } else {
                <p class="error" role="alert">{ format!("{} value(s) need fixing before you can save: see the highlighted fields.", problems.len()) }</p>
            }
        </> }
    });
    html! {
        <section class="quantify" aria-labelledby="quantify-heading">
            <h3 id="quantify-heading">{ "Quantify" }</h3>
            <p class="hint">{ "Estimate how often losses happen and how large they are, in money; the Quantify page simulates a year many times over." }</p>
            <Check id="q-on" label="Quantify this risk (FAIR)" checked={r.quant.is_some()} onchange={toggle} />
            { for body }
        </section>
    }
}
