//! The bar chart of the gap-check report.

use yew::prelude::*;

use super::report::score_text;
use crate::domain::text::{msg, text};
use crate::domain::AreaScore;

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
pub(super) struct BarChartProps {
    /// The chart's caption.
    pub(super) title: AttrValue,
    /// Its `data-testid`.
    pub(super) testid: AttrValue,
    /// The scores, one bar each.
    pub(super) scores: Vec<AreaScore>,
}

/// A horizontal SVG bar chart of scores 0–100. Geometry is in SVG
/// attributes and colours in CSS classes (the CSP forbids inline styles);
/// every bar shows its number as text too.
#[function_component]
pub(super) fn BarChart(props: &BarChartProps) -> Html {
    const ROW: u32 = 26;
    const LABEL_W: u32 = 150;
    const BAR_W: u32 = 300;
    let height = ROW * props.scores.len() as u32 + 4;
    let summary: Vec<String> = props
        .scores
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.area.short_label(),
                s.score
                    .map_or_else(|| text(msg::UI_GAP_NOT_ANSWERED), |v| v.to_string())
            )
        })
        .collect();
    html! {
        <figure class="gap-chart" data-testid={props.testid.clone()}>
            <figcaption>{ props.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {} {height}", LABEL_W + BAR_W + 50)} role="img"
                aria-label={format!("{}: {}", props.title, summary.join(", "))}>
                { for props.scores.iter().enumerate().map(|(i, s)| {
                    let y = i as u32 * ROW + 2;
                    let width = u32::from(s.score.unwrap_or(0)) * BAR_W / 100;
                    let band = match s.score {
                        None => "bar-none",
                        Some(v) if v < 50 => "bar-low",
                        Some(v) if v < 80 => "bar-mid",
                        Some(_) => "bar-high",
                    };
                    html! {
                        <g class="gap-bar">
                            <text class="bar-label" x="0" y={(y + 15).to_string()}>{ s.area.short_label() }</text>
                            <rect class="bar-track" x={LABEL_W.to_string()} y={y.to_string()} width={BAR_W.to_string()} height="20" rx="3" />
                            <rect class={classes!("bar", band)} x={LABEL_W.to_string()} y={y.to_string()} width={width.to_string()} height="20" rx="3" />
                            <text class="bar-value" x={(LABEL_W + BAR_W + 6).to_string()} y={(y + 15).to_string()}>{ score_text(s.score) }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
