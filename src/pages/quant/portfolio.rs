//! The portfolio of the Quantify page: the risks to include, the Run and
//! Cancel buttons and the progress of a run.

use std::collections::BTreeSet;

use yew::prelude::*;
use yew_router::prelude::*;

use super::run::RunState;
use crate::components::{make_callback, Check};
use crate::domain::quant::format_percent;
use crate::domain::text::{msg, text};
use crate::domain::{Risk, RiskId};
use crate::store::Route;

/// The hint shown when no risk has a quantitative estimate.
pub fn no_quantified_risks() -> Html {
    html! {
        <p class="hint">
            { text(msg::UI_NO_RISK_HAS_A_QUANTITATIVE_ESTIMATE) }
            <Link<Route> to={Route::Treatment}>{ text(msg::UI_TREATMENT_PAGE) }</Link<Route>>
            { text(msg::UI_QUANT_FILL_PANEL) }
        </p>
    }
}

/// "Risks in the portfolio": a checkbox per quantified risk; unticked
/// risks go into `excluded`.
pub fn risk_selection(quantified: &[&Risk], excluded: &UseStateHandle<BTreeSet<RiskId>>) -> Html {
    let risk_checks = quantified.iter().map(|r| {
        let id = r.id;
        let onchange = make_callback(excluded, move |excluded, on: bool| {
            let mut x = (**excluded).clone();
            if on {
                x.remove(&id);
            } else {
                x.insert(id);
            }
            excluded.set(x);
        });
        html! {
            <li><Check id={format!("q-include-{}", r.id)} label={format!("{} {}", r.id, r.title)} checked={!excluded.contains(&r.id)} {onchange} /></li>
        }
    });
    html! {
        <fieldset>
            <legend>{ text(msg::UI_RISKS_IN_THE_PORTFOLIO) }</legend>
            <ul class="plain">{ for risk_checks }</ul>
        </fieldset>
    }
}

/// Run simulation (disabled when `disabled`), Cancel while running, and the
/// progress bar.
pub fn run_controls(run: &RunState, onrun: Callback<MouseEvent>, disabled: bool) -> Html {
    let running = *run.running;
    let progress = *run.progress;
    html! {
        <>
            <div class="actions">
                <button type="button" class="primary" onclick={onrun} disabled={running || disabled}>{ text(msg::UI_RUN_SIMULATION) }</button>
                if running {
                    <button type="button" onclick={run.cancel()}>{ text(msg::UI_CANCEL) }</button>
                }
            </div>
            if running {
                <div class="quant-progress">
                    <label for="q-progress">{ text(msg::UI_SIMULATING) }</label>
                    <progress id="q-progress" max="1" value={format!("{:.3}", progress)}>{ format_percent(progress) }</progress>
                    <span aria-live="polite" class="count">{ format!("{:.0} %", progress * 100.0) }</span>
                </div>
            }
        </>
    }
}
