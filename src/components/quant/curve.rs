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

/// The chart's log–log axes: losses from 10^`x0` to 10^`x1`, probabilities
/// from 10^`y0` (the rarest the simulated years can show) to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Axes {
    x0: f64,
    x1: f64,
    y0: f64,
}

impl Axes {
    /// The axes that hold every positive loss of the curves, or `None`
    /// when no simulated year had a loss.
    fn of(p: &LossCurveProps) -> Option<Axes> {
        let xs = p
            .inherent
            .iter()
            .chain(p.residual.iter().flatten())
            .map(|c| c.loss)
            .chain(p.tolerance.iter().map(|t| t.loss.0))
            .filter(|x| *x > 0.0 && x.is_finite());
        let (lo, hi) = xs.fold((f64::INFINITY, 0.0f64), |(a, b), x| (a.min(x), b.max(x)));
        if !lo.is_finite() || hi <= 0.0 {
            return None;
        }
        Some(Axes {
            x0: lo.log10().floor(),
            x1: hi.log10().ceil().max(lo.log10().floor() + 1.0),
            y0: (-(f64::from(p.trials.max(10)).log10()).min(4.0)).floor(),
        })
    }

    /// The lowest probability shown.
    fn floor(self) -> f64 {
        10f64.powf(self.y0)
    }

    /// The x of a loss, in SVG units.
    fn px(self, x: f64) -> f64 {
        LEFT + (x.log10() - self.x0) / (self.x1 - self.x0) * (W - LEFT - RIGHT)
    }

    /// The y of a probability, in SVG units.
    fn py(self, pr: f64) -> f64 {
        TOP + (0.0 - pr.max(self.floor()).log10()) / (0.0 - self.y0) * (H - TOP - BOTTOM)
    }

    /// A curve's points as an SVG `points` list.
    fn line(self, pts: &[CurvePoint]) -> String {
        pts.iter()
            .filter(|c| c.probability >= self.floor() && c.loss > 0.0)
            .map(|c| format!("{:.1},{:.1}", self.px(c.loss), self.py(c.probability)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The grid and labels: a vertical line per power of ten of the loss,
    /// a horizontal one per power of ten of the probability.
    fn ticks(self) -> Html {
        let x_ticks = (self.x0 as i32..=self.x1 as i32).map(|e| {
            let x = format!("{:.1}", self.px(10f64.powi(e)));
            html! {
                <g class="tick">
                    <line x1={x.clone()} x2={x.clone()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} class="grid" />
                    <text {x} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ compact_amount(10f64.powi(e)) }</text>
                </g>
            }
        });
        let y_ticks = (self.y0 as i32..=0).map(|e| {
            let pr = 10f64.powi(e);
            let y = format!("{:.1}", self.py(pr));
            html! {
                <g class="tick">
                    <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y.clone()} y2={y} class="grid" />
                    <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", self.py(pr) + 4.0)} text-anchor="end">{ format_percent(pr) }</text>
                </g>
            }
        });
        html! { <>{ for y_ticks }{ for x_ticks }</> }
    }
}

/// The chart's description for screen readers: the loss exceeded one year
/// in twenty, before and after treatment, and what the dashed line is.
fn description(p: &LossCurveProps, tol: &[CurvePoint]) -> String {
    let p95 = |c: &[CurvePoint]| {
        c.iter()
            .find(|x| x.probability <= 0.05)
            .map_or(text(msg::UI_CURVE_BELOW_CHART), |x| compact_amount(x.loss))
    };
    let residual = p.residual.as_ref().map_or(String::new(), |r| {
        text_with(msg::UI_CURVE_RESIDUAL, &[("amount", p95(r).into())])
    });
    let tolerance = if tol.is_empty() {
        String::new()
    } else {
        text(msg::UI_THE_DASHED_LINE_IS_THE_RISK)
    };
    text_with(
        msg::UI_CURVE_DESCRIPTION,
        &[
            ("inherent", p95(&p.inherent).into()),
            ("residual", residual.into()),
            ("tolerance", tolerance.into()),
        ],
    )
}

/// The legend: inherent, and residual and tolerance when shown.
fn legend(residual: bool, tolerance: bool) -> Html {
    html! {
        <figcaption>
            <ul class="legend">
                <li><span class="swatch inherent" aria-hidden="true"></span>{ text(msg::UI_BEFORE_TREATMENT_INHERENT) }</li>
                if residual {
                    <li><span class="swatch residual" aria-hidden="true"></span>{ text(msg::UI_AFTER_TREATMENT_RESIDUAL) }</li>
                }
                if tolerance {
                    <li><span class="swatch tolerance" aria-hidden="true"></span>{ text(msg::UI_RISK_TOLERANCE) }</li>
                }
            </ul>
        </figcaption>
    }
}

/// The loss exceedance curve: P(annual loss > x) on log–log axes, inherent
/// and residual, with the tolerance curve over them.
#[function_component]
pub fn LossCurve(p: &LossCurveProps) -> Html {
    let Some(ax) = Axes::of(p) else {
        return html! { <p>{ text(msg::UI_NO_SIMULATED_YEAR_HAD_A_LOSS) }</p> };
    };
    let tol: Vec<CurvePoint> = p
        .tolerance
        .iter()
        .map(|t| CurvePoint {
            loss: t.loss.0,
            probability: t.probability.0,
        })
        .collect();
    html! {
        <figure class="lec">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="lec-title lec-desc" class="lec-chart">
                <title id="lec-title">{ text(msg::UI_LOSS_EXCEEDANCE_CURVE) }</title>
                <desc id="lec-desc">{ description(p, &tol) }</desc>
                { ax.ticks() }
                <line class="axis" x1={LEFT.to_string()} x2={LEFT.to_string()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} />
                <line class="axis" x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={(H - BOTTOM).to_string()} y2={(H - BOTTOM).to_string()} />
                <text class="axis-label" x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 12.0).to_string()} text-anchor="middle">{ text_with(msg::UI_QUANT_AXIS_LOSS, &[("currency", p.currency.to_string().into())]) }</text>
                <polyline class="lec-inherent" points={ax.line(&p.inherent)} />
                if let Some(r) = &p.residual {
                    <polyline class="lec-residual" points={ax.line(r)} />
                }
                if !tol.is_empty() {
                    <polyline class="lec-tolerance" points={ax.line(&tol)} />
                    { for tol.iter().filter(|c| c.probability >= ax.floor()).map(|c| html! {
                        <circle class="lec-tolerance-point" cx={format!("{:.1}", ax.px(c.loss))} cy={format!("{:.1}", ax.py(c.probability))} r="4" />
                    }) }
                }
            </svg>
            { legend(p.residual.is_some(), !tol.is_empty()) }
        </figure>
    }
}
