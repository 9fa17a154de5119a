//! The heatmap of the Risks page: which stage it shows, and its cells as
//! the register's filter.

use yew::prelude::*;

use super::register::{CellFilter, RiskSort};
use crate::components::{make_callback, Heatmap, Register};
use crate::domain::{Method, ScoredRegister, Stage};

/// The Heatmap heading, the stage buttons and the heatmap; picking a cell
/// filters the register, picking it again shows all.
pub(super) fn heatmap_section(
    m: &Method,
    scored: &ScoredRegister,
    view: &UseStateHandle<Stage>,
    reg: &Register<RiskSort, CellFilter>,
) -> Html {
    let cell = reg.filter.clone();
    let onselect =
        reg.onfilter(move |c, cell: &CellFilter| if *cell == Some(c) { None } else { Some(c) });
    let set_view = |v: Stage| {
        make_callback(
            &(view.clone(), cell.clone()),
            move |(view, cell), _: MouseEvent| {
                view.set(v);
                cell.set(None);
            },
        )
    };
    html! {
        <>
            <h2>{ "Heatmap" }</h2>
            <div class="segmented" role="group" aria-label="Heatmap shows">
                { for Stage::ALL.into_iter().map(|v| html! {
                    <button type="button" aria-pressed={(**view == v).to_string()} onclick={set_view(v)}>{ v.label() }</button>
                }) }
            </div>
            <Heatmap method={m.clone()} counts={Some(scored.heatmap(m, **view))} selected={*cell} {onselect}
                label={format!("Heatmap of {} risk levels", view.label().to_lowercase())} />
        </>
    }
}
