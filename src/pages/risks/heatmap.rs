//! The heatmap of the Risks page: which stage it shows, and its cells as
//! the register's filter.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::text::case;
use crate::domain::text::{msg, text, text_with};

use super::register::{CellFilter, RiskSort};
use crate::components::{make_callback, Heatmap, Register};
use crate::domain::{Method, Stage};

/// The Heatmap heading, the stage buttons and the heatmap of `counts`
/// (risks per cell of the stage shown); picking a cell
/// filters the register, picking it again shows all.
pub(super) fn heatmap_section(
    m: &Method,
    counts: Rc<Vec<Vec<usize>>>,
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
            <h2>{ text(msg::PG_HEATMAP) }</h2>
            <div class="segmented" role="group" aria-label={text(msg::PG_HEATMAP_SHOWS)}>
                { for Stage::ALL.into_iter().map(|v| html! {
                    <button type="button" aria-pressed={(**view == v).to_string()} onclick={set_view(v)}>{ v.label() }</button>
                }) }
            </div>
            <Heatmap method={m.clone()} counts={Some((*counts).clone())} selected={*cell} {onselect}
                label={text_with(msg::PG_HEATMAP_OF, &[("stage", case::lower(&view.label()).into())])} />
        </>
    }
}
