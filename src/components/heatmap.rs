//! The risk matrix as SVG: levels as colours and names, counts in cells,
//! the tolerance line, and cells that can be clicked or activated with the
//! keyboard.

use yew::prelude::*;

use super::term::TermHelp;
use crate::domain::glossary::Term;

use crate::components::make_callback;

use crate::domain::text::{msg, text, text_with};
use crate::domain::{Impact, LevelIndex, Likelihood, Method, Scale};

/// Props of [`Heatmap`].
#[derive(Properties, PartialEq)]
pub struct HeatmapProps {
    /// The method: scales, levels, grid and tolerance.
    pub method: Method,
    /// Risks per cell, `counts[l-1][i-1]`; `None` shows level names instead.
    #[prop_or_default]
    pub counts: Option<Vec<Vec<usize>>>,
    /// The selected cell.
    #[prop_or_default]
    pub selected: Option<(Likelihood, Impact)>,
    /// Called when a cell is activated.
    pub onselect: Callback<(Likelihood, Impact)>,
    /// Accessible name of the chart.
    pub label: AttrValue,
    /// What activating a cell does, read out after the cell when there are
    /// no counts.
    #[prop_or(AttrValue::from(text(msg::UI_HEATMAP_CELL_ACTION)))]
    pub action: AttrValue,
}

const CELL: i32 = 64;
const LEFT: i32 = 120;
const TOP: i32 = 8;

fn text_colour(hex: &str) -> &'static str {
    // WCAG relative luminance; pick whichever of black or white contrasts more.
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128))
            / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    if (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) {
        "#111111"
    } else {
        "#ffffff"
    }
}

/// Where the rows and columns of the grid go.
#[derive(Clone, Copy)]
struct Grid {
    /// Likelihood steps (rows).
    nl: i32,
    /// Impact steps (columns).
    ni: i32,
}

impl Grid {
    /// The top of row `l` (from 1; the top row is the highest likelihood).
    fn y_of(self, l: i32) -> i32 {
        TOP + (self.nl - l) * CELL
    }

    /// The left of column `i` (from 1).
    fn x_of(self, i: i32) -> i32 {
        LEFT + (i - 1) * CELL
    }
}

/// The accessible name of a cell: it starts with the visible text (count
/// and level).
fn cell_label(p: &HeatmapProps, (l, i): (i32, i32), name: &str, count: Option<usize>) -> String {
    let m = &p.method;
    match count {
        Some(n) => text_with(
            msg::UI_HEATMAP_CELL_COUNTED,
            &[
                ("count", n.to_string().into()),
                ("level", name.into()),
                ("l", l.to_string().into()),
                ("likelihood", m.likelihood.name(l as u8).into()),
                ("i", i.to_string().into()),
                ("impact", m.impact.name(i as u8).into()),
            ],
        ),
        None => text_with(
            msg::UI_HEATMAP_CELL,
            &[
                ("level", name.into()),
                ("l", l.to_string().into()),
                ("likelihood", m.likelihood.name(l as u8).into()),
                ("i", i.to_string().into()),
                ("impact", m.impact.name(i as u8).into()),
                ("action", p.action.as_str().into()),
            ],
        ),
    }
}

/// One cell: its colour, count or level name, and its activation.
fn cell(p: &HeatmapProps, grid: Grid, (l, i): (i32, i32)) -> Html {
    let m = &p.method;
    let level: LevelIndex = m.level(Likelihood(l as u8), Impact(i as u8));
    let def = m.level_def(level);
    let colour = def.map_or("#888888", |d| d.colour.0.as_str()).to_owned();
    let name = def.map_or("?", |d| d.name.as_str()).to_owned();
    let count = p
        .counts
        .as_ref()
        .and_then(|c| c.get(l as usize - 1)?.get(i as usize - 1).copied());
    let selected = p.selected == Some((Likelihood(l as u8), Impact(i as u8)));
    let label = cell_label(p, (l, i), &name, count);
    let key = (Likelihood(l as u8), Impact(i as u8));
    let onclick = p.onselect.reform(move |_: MouseEvent| key);
    // One tab stop for the whole grid (the chosen cell, else the first);
    // the arrow keys, Home and End move between cells.
    let stop = p
        .selected
        .map(|(Likelihood(a), Impact(b))| (i32::from(a), i32::from(b)))
        .filter(|(a, b)| (1..=grid.nl).contains(a) && (1..=grid.ni).contains(b))
        .unwrap_or((1, 1))
        == (l, i);
    let (nl, ni) = (grid.nl, grid.ni);
    let onkeydown = {
        make_callback(&p.onselect, move |cb, e: KeyboardEvent| {
            let to = match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    cb.emit(key);
                    return;
                }
                "ArrowUp" => ((l + 1).min(nl), i),
                "ArrowDown" => ((l - 1).max(1), i),
                "ArrowRight" => (l, (i + 1).min(ni)),
                "ArrowLeft" => (l, (i - 1).max(1)),
                "Home" => (l, 1),
                "End" => (l, ni),
                _ => return,
            };
            e.prevent_default();
            crate::platform::focus_svg_near(
                &e,
                "svg",
                &format!("[data-cell=\"{}-{}\"]", to.0, to.1),
            );
        })
    };
    let (x, y) = (grid.x_of(i), grid.y_of(l));
    let fg = text_colour(&colour);
    html! {
        <g class={classes!("cell", selected.then_some("selected"))} role="button" tabindex={if stop { "0" } else { "-1" }}
            data-cell={format!("{l}-{i}")} aria-label={label} aria-pressed={selected.to_string()} {onclick} {onkeydown}>
            <rect x={x.to_string()} y={y.to_string()} width={CELL.to_string()} height={CELL.to_string()}
                fill={colour} stroke="#ffffff" stroke-width="2" />
            // One text element, so its text reads "2 High" like the name.
            <text x={(x + CELL / 2).to_string()} y={(y + CELL / 2 + 6).to_string()} text-anchor="middle" fill={fg}>
                if let Some(n) = count {
                    <tspan x={(x + CELL / 2).to_string()} y={(y + CELL / 2 - 4).to_string()} font-size="18" font-weight="700">{ n.to_string() }</tspan>
                    <tspan class="level-name" x={(x + CELL / 2).to_string()} y={(y + CELL / 2 + 16).to_string()} font-size="12">{ format!(" {name}") }</tspan>
                } else {
                    <tspan class="level-name-only" font-size="12">{ name }</tspan>
                }
            </text>
            if selected {
                <rect x={(x + 3).to_string()} y={(y + 3).to_string()} width={(CELL - 6).to_string()}
                    height={(CELL - 6).to_string()} fill="none" stroke="#111111" stroke-width="3" />
            }
        </g>
    }
}

/// The tolerance line as an SVG path: between a cell within tolerance and
/// its neighbour above it (higher likelihood) or right (higher impact).
fn tolerance_path(m: &Method, grid: Grid) -> String {
    let within = |l: i32, i: i32| m.within_tolerance(m.level(Likelihood(l as u8), Impact(i as u8)));
    let mut edges = Vec::new();
    for l in 1..=grid.nl {
        for i in 1..=grid.ni {
            let (x, y) = (grid.x_of(i), grid.y_of(l));
            if within(l, i) && i < grid.ni && !within(l, i + 1) {
                edges.push((x + CELL, y, x + CELL, y + CELL));
            }
            if within(l, i) && l < grid.nl && !within(l + 1, i) {
                edges.push((x, y, x + CELL, y));
            }
        }
    }
    edges
        .iter()
        .map(|(x1, y1, x2, y2)| format!("M{x1} {y1}L{x2} {y2}"))
        .collect()
}

/// One scale of the legend: its steps with their definitions (the risk
/// criteria), lowest first.
fn legend(title: String, scale: &Scale) -> Html {
    html! {
        <div>
            <p class="legend-title">{ title }</p>
            <dl>
                { for (1..=scale.len()).map(|n| {
                    let n = u8::try_from(n).unwrap_or(u8::MAX);
                    html! {
                        <>
                            <dt>{ format!("{n} {}", scale.name(n)) }</dt>
                            <dd>{ scale.definition(n).unwrap_or("—").to_owned() }</dd>
                        </>
                    }
                }) }
            </dl>
        </div>
    }
}

/// The heatmap.
#[function_component]
pub fn Heatmap(p: &HeatmapProps) -> Html {
    let m = &p.method;
    let nl = m.likelihood.len() as i32;
    let ni = m.impact.len() as i32;
    let grid = Grid { nl, ni };
    let width = LEFT + ni * CELL + 8;
    let height = TOP + nl * CELL + 56;
    let cells = (1..=nl).flat_map(|l| (1..=ni).map(move |i| cell(p, grid, (l, i))));
    let path = tolerance_path(m, grid);
    // One heatmap's "?" ids differ from another's on the same page.
    let at: String = std::iter::once("heatmap-".to_owned())
        .chain(
            p.label
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .map(|c| c.to_ascii_lowercase().to_string()),
        )
        .collect();
    html! {
        <figure class="heatmap">
            <svg viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}
                role="group" aria-label={p.label.clone()}>
                { for cells }
                <path d={path} stroke="#111111" stroke-width="4" stroke-dasharray="8 4" fill="none" class="tolerance-line" />
                { for (1..=nl).map(|l| html! {
                    <g><title>{ m.likelihood.step_line(l as u8) }</title>
                    <text x={(LEFT - 6).to_string()} y={(grid.y_of(l) + CELL / 2 + 4).to_string()} text-anchor="end"
                        font-size="12" class="axis">{ l.to_string() }<tspan class="axis-name">{ format!(" {}", m.likelihood.name(l as u8)) }</tspan></text></g>
                }) }
                { for (1..=ni).map(|i| html! {
                    <g><title>{ m.impact.step_line(i as u8) }</title>
                    <text x={(grid.x_of(i) + CELL / 2).to_string()} y={(TOP + nl * CELL + 16).to_string()} text-anchor="middle"
                        font-size="12" class="axis">{ i.to_string() }</text></g>
                }) }
                <text x={(LEFT + ni * CELL / 2).to_string()} y={(TOP + nl * CELL + 40).to_string()} text-anchor="middle"
                    font-size="12" class="axis">{ text(msg::UI_IMPACT_2) }</text>
            </svg>
            <figcaption>
                { text_with(msg::UI_HEATMAP_CAPTION, &[("level", m.level_name(m.tolerance).into())]) }
                <TermHelp term={Term::LikelihoodTimesImpact} at={at.clone()} />
                <TermHelp term={Term::WithinTolerance} at={at} />
            </figcaption>
            <div class="scale-legend">
                { legend(text(msg::UI_LIKELIHOOD), &m.likelihood) }
                { legend(text(msg::UI_IMPACT), &m.impact) }
            </div>
        </figure>
    }
}
