//! The "Quantify" panel of a risk: FAIR inputs before and after treatment.

use std::rc::Rc;

use yew::prelude::*;

use super::editor::default_scenario;
use super::fields::Problems;
use super::scenario::ScenarioForm;
use crate::components::{edit, Check};
use crate::domain::quant::{format_amount, QuantEstimate, Scenario};
use crate::domain::text::{msg, text, text_with};
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
                <legend>{ text(msg::UI_BEFORE_TREATMENT) }</legend>
                <ScenarioForm id="q-inh" path="quant.inherent" scenario={q.inherent} currency={p.currency.clone()}
                    problems={problems.clone()} onchange={set(false)} />
            </fieldset>
            <Check id="q-has-residual" label={text(msg::UI_ESTIMATE_THE_RISK_AFTER_TREATMENT_SEPARATELY)} checked={q.residual.is_some()} onchange={toggle_residual} />
            if let Some(res) = q.residual {
                <fieldset class="quant-scenario">
                    <legend>{ text(msg::UI_AFTER_TREATMENT) }</legend>
                    <ScenarioForm id="q-res" path="quant.residual" scenario={res} currency={p.currency.clone()}
                        problems={problems.clone()} onchange={set(true)} />
                </fieldset>
            }
            if problems.is_empty() {
                <p class="hint">{ text_with(msg::UI_QUANT_EXPECTED_LOSS, &[
                    ("events", format!("{:.3}", e.events_per_year).into()),
                    ("currency", p.currency.to_string().into()),
                    ("per_event", format_amount(e.loss_per_event).into()),
                    ("annual", format_amount(e.annual).into()),
                ]) }</p>
            } else {
                <p class="error" role="alert">{ text_with(msg::UI_QUANT_VALUES_TO_FIX, &[("count", problems.len().to_string().into())]) }</p>
            }
        </> }
    });
    html! {
        <section class="quantify" aria-labelledby="quantify-heading">
            <h3 id="quantify-heading">{ text(msg::UI_QUANTIFY) }</h3>
            <p class="hint">{ text(msg::UI_ESTIMATE_HOW_OFTEN_LOSSES_HAPPEN_AND) }</p>
            <Check id="q-on" label={text(msg::UI_QUANTIFY_THIS_RISK_FAIR)} checked={r.quant.is_some()} onchange={toggle} />
            { for body }
        </section>
    }
}
