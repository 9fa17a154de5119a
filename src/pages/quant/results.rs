//! The simulation results.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::LossCurve;
use crate::domain::quant::{
    format_amount, format_percent, LossStats, QuantResults, TolerancePoint,
};

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
            <h2 id="quant-results-heading">{ "Results" }</h2>
            <p>{ format!("{} simulated years, seed {}, amounts in {c}. Portfolio mean annual loss: {c} {} before treatment, {c} {} after.",
                format_amount(f64::from(r.trials)), r.seed, format_amount(r.portfolio_inherent.mean), format_amount(r.portfolio_residual.mean)) }</p>
            <LossCurve inherent={r.curve_inherent.clone()} residual={differs.then(|| r.curve_residual.clone())}
                tolerance={tolerance} currency={c.clone()} trials={r.trials} />
            if !r.tolerance.is_empty() {
                <div class="table-wrap">
                    <table class="register tolerance-check">
                        <caption>{ "Against the risk tolerance" }</caption>
                        <thead><tr>
                            <th scope="col">{ format!("Annual loss above ({c})") }</th><th scope="col">{ "Tolerated" }</th>
                            <th scope="col">{ "Before treatment" }</th><th scope="col">{ "After treatment" }</th><th scope="col">{ "Within tolerance after treatment" }</th>
                        </tr></thead>
                        <tbody>
                            { for r.tolerance.iter().map(|t| html! {
                                <tr>
                                    <td>{ format_amount(t.point.loss.0) }</td><td>{ format_percent(t.point.probability.0) }</td>
                                    <td>{ format_percent(t.inherent) }</td><td>{ format_percent(t.residual) }</td>
                                    <td class={classes!((!t.residual_within()).then_some("warning-text"))}>{ if t.residual_within() { "Yes" } else { "No" } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="table-wrap">
                <table class="register quant-stats">
                    <caption>{ format!("Simulated annual loss ({c})") }</caption>
                    <thead><tr>
                        <th scope="col">{ "Risk" }</th><th scope="col">{ "Phase" }</th>
                        <th scope="col">{ "Mean" }</th><th scope="col">{ "SD" }</th><th scope="col">{ "Min" }</th>
                        <th scope="col">{ "P10" }</th><th scope="col">{ "P50" }</th><th scope="col">{ "P90" }</th>
                        <th scope="col">{ "P95" }</th><th scope="col">{ "P99" }</th><th scope="col">{ "Max" }</th>
                        <th scope="col"><abbr title="Tail value at risk: the mean of the worst 5 % of years">{ "TVaR 95" }</abbr></th>
                        <th scope="col">{ "P(any loss)" }</th>
                    </tr></thead>
                    <tbody>
                        { for r.risks.iter().map(|x| html! { <>
                            { stats_row(html! { format!("{} {}", x.id, x.title) }, "Before treatment", &x.inherent) }
                            { stats_row(html! { format!("{} {}", x.id, x.title) }, "After treatment", &x.residual) }
                        </> }) }
                        { stats_row(html! { <strong>{ "Portfolio" }</strong> }, "Before treatment", &r.portfolio_inherent) }
                        { stats_row(html! { <strong>{ "Portfolio" }</strong> }, "After treatment", &r.portfolio_residual) }
                    </tbody>
                </table>
            </div>
            <div class="table-wrap">
                <table class="register expected-loss">
                    <caption>{ format!("Expected loss: rate × mean magnitude ({c}; no simulation, no spread, pyfair's style)") }</caption>
                    <thead><tr>
                        <th scope="col">{ "Risk" }</th><th scope="col">{ "Loss events a year" }</th><th scope="col">{ "Mean loss per event" }</th>
                        <th scope="col">{ "Expected annual loss before treatment" }</th><th scope="col">{ "After treatment" }</th>
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
                            <th scope="row"><strong>{ "Portfolio" }</strong></th><td></td><td></td>
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
