//! The loss exceedance curve as SVG, on log–log axes.

use yew::prelude::*;

use super::fields::show_number;
use crate::domain::quant::{format_percent, CurvePoint, TolerancePoint};
use crate::domain::text::{msg, text, text_with};
use crate::domain::Currency;

/// Props of [`LossCurve`].
#[derive(Properties, PartialEq)]
pub struct LossCurveProps {
    /// The inherent curve.
    pub inherent: Vec<CurvePoint>,
    /// The residual curve, if different.
    #[prop_or_default]
    pub residual: Option<Vec<CurvePoint>>,
    /// The tolerance curve.
    #[prop_or_default]
    pub tolerance: Vec<TolerancePoint>,
    /// The currency, for the axis.
    pub currency: Currency,
    /// Simulated years (the lowest probability the curve can show).
    pub trials: u32,
}

const W: f64 = 680.0;
const H: f64 = 380.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 56.0;

/// A compact amount for axis ticks: 10k, 2.5M, 1B.
pub fn compact_amount(x: f64) -> String {
    let (v, s) = if x >= 1e9 {
        (x / 1e9, "B")
    } else if x >= 1e6 {
        (x / 1e6, "M")
    } else if x >= 1e3 {
        (x / 1e3, "k")
    } else {
        (x, "")
    };
    format!("{}{s}", show_number((v * 100.0).round() / 100.0))
}

/// The loss exceedance curve: P(annual loss > x) on log–log axes, inherent
/// and residual, with the tolerance curve over them.
#[function_component]
pub fn LossCurve(p: &LossCurveProps) -> Html {
    let xs = p
        .inherent
        .iter()
        .chain(p.residual.iter().flatten())
        .map(|c| c.loss)
        .chain(p.tolerance.iter().map(|t| t.loss.0))
        .filter(|x| *x > 0.0 && x.is_finite());
    let (lo, hi) = xs.fold((f64::INFINITY, 0.0f64), |(a, b), x| (a.min(x), b.max(x)));
    if !lo.is_finite() || hi <= 0.0 {
        return html! { <p>{ text(msg::UI_NO_SIMULATED_YEAR_HAD_A_LOSS) }</p> };
    }
    let (x0, x1) = (
        lo.log10().floor(),
        hi.log10().ceil().max(lo.log10().floor() + 1.0),
    );
    let y0 = (-(f64::from(p.trials.max(10)).log10()).min(4.0)).floor();
    let px = |x: f64| LEFT + (x.log10() - x0) / (x1 - x0) * (W - LEFT - RIGHT);
    let py =
        |pr: f64| TOP + (0.0 - pr.max(10f64.powf(y0)).log10()) / (0.0 - y0) * (H - TOP - BOTTOM);
    let line = |pts: &[CurvePoint]| -> String {
        pts.iter()
            .filter(|c| c.probability >= 10f64.powf(y0) && c.loss > 0.0)
            .map(|c| format!("{:.1},{:.1}", px(c.loss), py(c.probability)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let x_ticks = (x0 as i32..=x1 as i32).map(|e| {
        let x = 10f64.powi(e);
        html! {
            <g class="tick">
                <line x1={format!("{:.1}", px(x))} x2={format!("{:.1}", px(x))} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} class="grid" />
                <text x={format!("{:.1}", px(x))} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ compact_amount(x) }</text>
            </g>
        }
    });
    let y_ticks = (y0 as i32..=0).map(|e| {
        let pr = 10f64.powi(e);
        html! {
            <g class="tick">
                <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{:.1}", py(pr))} y2={format!("{:.1}", py(pr))} class="grid" />
                <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", py(pr) + 4.0)} text-anchor="end">{ format_percent(pr) }</text>
            </g>
        }
    });
    let tol: Vec<CurvePoint> = p
        .tolerance
        .iter()
        .map(|t| CurvePoint {
            loss: t.loss.0,
            probability: t.probability.0,
        })
        .collect();
    let p95 = |c: &[CurvePoint]| {
        c.iter()
            .find(|x| x.probability <= 0.05)
            .map_or(text(msg::UI_CURVE_BELOW_CHART), |x| compact_amount(x.loss))
    };
    let desc = text_with(
        msg::UI_CURVE_DESCRIPTION,
        &[
            ("inherent", p95(&p.inherent).into()),
            (
                "residual",
                p.residual
                    .as_ref()
                    .map_or(String::new(), |r| {
                        text_with(msg::UI_CURVE_RESIDUAL, &[("amount", p95(r).into())])
                    })
                    .into(),
            ),
            (
                "tolerance",
                if tol.is_empty() {
                    String::new()
                } else {
                    text(msg::UI_THE_DASHED_LINE_IS_THE_RISK)
                }
                .into(),
            ),
        ],
    );
    html! {
        <figure class="lec">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="lec-title lec-desc" class="lec-chart">
                <title id="lec-title">{ text(msg::UI_LOSS_EXCEEDANCE_CURVE) }</title>
                <desc id="lec-desc">{ desc }</desc>
                { for y_ticks }
                { for x_ticks }
                <line class="axis" x1={LEFT.to_string()} x2={LEFT.to_string()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} />
                <line class="axis" x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={(H - BOTTOM).to_string()} y2={(H - BOTTOM).to_string()} />
                <text class="axis-label" x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 12.0).to_string()} text-anchor="middle">{ text_with(msg::UI_QUANT_AXIS_LOSS, &[("currency", p.currency.to_string().into())]) }</text>
                <polyline class="lec-inherent" points={line(&p.inherent)} />
                if let Some(r) = &p.residual {
                    <polyline class="lec-residual" points={line(r)} />
                }
                if !tol.is_empty() {
                    <polyline class="lec-tolerance" points={line(&tol)} />
                    { for tol.iter().filter(|c| c.probability >= 10f64.powf(y0)).map(|c| html! {
                        <circle class="lec-tolerance-point" cx={format!("{:.1}", px(c.loss))} cy={format!("{:.1}", py(c.probability))} r="4" />
                    }) }
                }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><span class="swatch inherent" aria-hidden="true"></span>{ text(msg::UI_BEFORE_TREATMENT_INHERENT) }</li>
                    if p.residual.is_some() {
                        <li><span class="swatch residual" aria-hidden="true"></span>{ text(msg::UI_AFTER_TREATMENT_RESIDUAL) }</li>
                    }
                    if !tol.is_empty() {
                        <li><span class="swatch tolerance" aria-hidden="true"></span>{ text(msg::UI_RISK_TOLERANCE) }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}
