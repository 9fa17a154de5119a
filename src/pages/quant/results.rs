//! The simulation results.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::LossCurve;
use crate::domain::quant::{
    format_amount, format_percent, LossStats, QuantResults, TolerancePoint,
};
use crate::domain::text::{msg, text, text_with};

/// Props of [`Results`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The results to show.
    pub results: Rc<QuantResults>,
}

/// The results: curve, statistics, expected loss and tolerance check.
#[function_component]
pub fn Results(p: &ResultsProps) -> Html {
    let r = &p.results;
    let c = &r.currency;
    let differs = r.curve_residual != r.curve_inherent;
    let tolerance: Vec<TolerancePoint> = r.tolerance.iter().map(|t| t.point).collect();
    html! {
        <section class="quant-results" aria-labelledby="quant-results-heading">
            <h2 id="quant-results-heading">{ text(msg::UI_RESULTS) }</h2>
            <p>{ text_with(msg::UI_QUANT_RESULTS_SUMMARY, &[("years", format_amount(f64::from(r.trials)).into()), ("seed", r.seed.to_string().into()), ("currency", c.to_string().into()),
                ("before", format_amount(r.portfolio_inherent.mean).into()), ("after", format_amount(r.portfolio_residual.mean).into())]) }</p>
            <LossCurve inherent={r.curve_inherent.clone()} residual={differs.then(|| r.curve_residual.clone())}
                tolerance={tolerance} currency={c.clone()} trials={r.trials} />
            if !r.tolerance.is_empty() {
                <div class="table-wrap">
                    <table class="register tolerance-check">
                        <caption>{ text(msg::UI_AGAINST_THE_RISK_TOLERANCE) }</caption>
                        <thead><tr>
                            <th scope="col">{ text_with(msg::UI_QUANT_LOSS_ABOVE, &[("currency", c.to_string().into())]) }</th><th scope="col">{ text(msg::UI_TOLERATED) }</th>
                            <th scope="col">{ text(msg::UI_BEFORE_TREATMENT) }</th><th scope="col">{ text(msg::UI_AFTER_TREATMENT) }</th><th scope="col">{ text(msg::UI_WITHIN_TOLERANCE_AFTER_TREATMENT) }</th>
                        </tr></thead>
                        <tbody>
                            { for r.tolerance.iter().map(|t| html! {
                                <tr>
                                    <td>{ format_amount(t.point.loss.0) }</td><td>{ format_percent(t.point.probability.0) }</td>
                                    <td>{ format_percent(t.inherent) }</td><td>{ format_percent(t.residual) }</td>
                                    <td class={classes!((!t.residual_within()).then_some("warning-text"))}>{ if t.residual_within() { text(msg::UI_YES) } else { text(msg::UI_NO) } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="table-wrap">
                <table class="register quant-stats">
                    <caption>{ text_with(msg::UI_QUANT_SIMULATED_LOSS, &[("currency", c.to_string().into())]) }</caption>
                    <thead><tr>
                        <th scope="col">{ text(msg::COL_RISK) }</th><th scope="col">{ text(msg::UI_PHASE) }</th>
                        <th scope="col">{ text(msg::UI_MEAN) }</th><th scope="col">{ text(msg::UI_SD) }</th><th scope="col">{ text(msg::UI_MIN) }</th>
                        <th scope="col">{ "P10" }</th><th scope="col">{ "P50" }</th><th scope="col">{ "P90" }</th>
                        <th scope="col">{ "P95" }</th><th scope="col">{ "P99" }</th><th scope="col">{ text(msg::UI_MAX) }</th>
                        <th scope="col"><abbr title={text(msg::UI_TAIL_VALUE_AT_RISK_THE_MEAN)}>{ text(msg::UI_TVAR_95) }</abbr></th>
                        <th scope="col">{ text(msg::UI_P_ANY_LOSS) }</th>
                    </tr></thead>
                    <tbody>
                        { for r.risks.iter().map(|x| html! { <>
                            { stats_row(html! { format!("{} {}", x.id, x.title) }, &text(msg::UI_BEFORE_TREATMENT), &x.inherent) }
                            { stats_row(html! { format!("{} {}", x.id, x.title) }, &text(msg::UI_AFTER_TREATMENT), &x.residual) }
                        </> }) }
                        { stats_row(html! { <strong>{ text(msg::UI_PORTFOLIO) }</strong> }, &text(msg::UI_BEFORE_TREATMENT), &r.portfolio_inherent) }
                        { stats_row(html! { <strong>{ text(msg::UI_PORTFOLIO) }</strong> }, &text(msg::UI_AFTER_TREATMENT), &r.portfolio_residual) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap">
                <table class="register expected-loss">
                    <caption>{ text_with(msg::UI_QUANT_EXPECTED_CAPTION, &[("currency", c.to_string().into())]) }</caption>
                    <thead><tr>
                        <th scope="col">{ text(msg::COL_RISK) }</th><th scope="col">{ text(msg::UI_LOSS_EVENTS_A_YEAR) }</th><th scope="col">{ text(msg::UI_MEAN_LOSS_PER_EVENT) }</th>
                        <th scope="col">{ text(msg::UI_EXPECTED_ANNUAL_LOSS_BEFORE_TREATMENT) }</th><th scope="col">{ text(msg::UI_AFTER_TREATMENT) }</th>
                    </tr></thead>
                    <tbody>
                        { for r.risks.iter().map(|x| html! {
                            <tr>
                                <th scope="row">{ format!("{} {}", x.id, x.title) }</th>
                                <td>{ format!("{:.3}", x.expected_inherent.events_per_year) }</td>
                                <td>{ format_amount(x.expected_inherent.loss_per_event) }</td>
                                <td>{ format_amount(x.expected_inherent.annual) }</td>
                                <td>{ format_amount(x.expected_residual.annual) }</td>
                            </tr>
                        }) }
                        <tr>
                            <th scope="row"><strong>{ text(msg::UI_PORTFOLIO) }</strong></th><td></td><td></td>
                            <td>{ format_amount(r.expected_inherent) }</td><td>{ format_amount(r.expected_residual) }</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn stats_row(name: Html, phase: &str, s: &LossStats) -> Html {
    let m = format_amount;
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td>{ phase.to_owned() }</td>
            <td>{ m(s.mean) }</td><td>{ m(s.sd) }</td><td>{ m(s.min) }</td>
            <td>{ m(s.p10) }</td><td>{ m(s.p50) }</td><td>{ m(s.p90) }</td>
            <td>{ m(s.p95) }</td><td>{ m(s.p99) }</td><td>{ m(s.max) }</td>
            <td>{ m(s.tvar95) }</td><td>{ format_percent(s.p_any) }</td>
        </tr>
    }
}
