//! The Risks page: the risk editor, the heatmap and the register.

use yew::prelude::*;

use crate::components::StepNav;
use crate::domain::Step;

use super::heatmap::heatmap_section;
use super::register::{order, register_table, row_id, row_risk, CellFilter, RiskSort};
use super::RiskEditor;
use crate::components::{
    make_callback, use_draft, use_register, use_reveal_saved, Same, Saved, SavedNote,
};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{risk_problems, Risk, Stage};
use crate::store::{use_store, Action, Draft, DraftKind, Store};

/// Saves a risk from the form, or shows the first of its problems (the
/// domain's `risk_problems`); a saved risk gets its note and the form
/// closes.
fn save_risk(
    clear: &Callback<()>,
    store: &Store,
    error: &UseStateHandle<Option<String>>,
    saved: &UseStateHandle<Option<Saved>>,
) -> Callback<Risk> {
    make_callback(
        &(clear.clone(), store.clone(), error.clone(), saved.clone()),
        |(clear, store, error, saved), r: Risk| {
            if let Some(p) = risk_problems(&store.assessment, &r).into_iter().next() {
                error.set(Some(p.message));
                return;
            }
            // A new risk gets the next id when the store adds it.
            let new = r.id.0 == 0;
            let id = if new {
                store.assessment.next_risk_id().ok()
            } else {
                Some(r.id)
            };
            if let Some(id) = id {
                let message = text_with(msg::RISK_SAVED, &[("risk", id.to_string().into())]);
                let next = Saved::next(saved.as_ref(), message, row_id(id));
                // A new risk: focus back on "Add risk", which opened the
                // editor (the next risk is one Enter away); an edited one:
                // focus on its row.
                saved.set(Some(if new { next.focusing(ADD_ID) } else { next }));
            }
            store.dispatch(Action::UpsertRisk(Box::new(r)));
            error.set(None);
            clear.emit(());
        },
    )
}

/// The HTML id of the "Add risk" button.
const ADD_ID: &str = "risk-add";

/// The Risks page.
#[function_component]
pub fn RisksPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let draft = use_draft(
        |d| d.risk.clone(),
        |r| Draft::Risk(Box::new(r)),
        DraftKind::Risk,
    );
    let view = use_state(|| Stage::Current);
    let reg = use_register(RiskSort::Id, CellFilter::None);
    let error = use_state(|| None::<String>);
    let scored = store.scored();
    let saved = use_state(|| None::<Saved>);

    let add = make_callback(
        &(draft.set.clone(), error.clone(), a.clone()),
        |(open, error, a), _: MouseEvent| {
            error.set(None);
            open.emit(Risk::new_default(&a.method));
        },
    );
    let onsave = save_risk(&draft.clear, &store, &error, &saved);
    let form = draft.value.as_ref().map(|d| {
        html! {
            <RiskEditor risk={d.clone()} error={(*error).clone()} onchange={draft.set.clone()}
                {onsave} oncancel={draft.clear.clone()} />
        }
    });

    let m = &a.method;
    // One shared method for the rows' props, the same while it is unchanged.
    let method = use_memo(a.method.clone(), |m| m.clone());
    // The order is computed again only when the register, the stage shown,
    // the cell picked or the sort changes (not while the risk form is typed in).
    let ids = use_memo(
        (
            Same(a.clone()),
            Same(scored.clone()),
            *view,
            *reg.filter,
            *reg.sort,
        ),
        |(a, scored, view, cell, sort)| order(&a.0, &scored.0, *view, *cell, *sort),
    );
    let counts = use_memo(
        (Same(scored.clone()), Same(method.clone()), *view),
        |(s, m, view)| s.0.heatmap(&m.0, *view),
    );
    // The row just saved: turn the register to its page, or drop the
    // heatmap filter that hides it, so it can be shown.
    let at = saved
        .as_ref()
        .and_then(|s| row_risk(&s.row))
        .and_then(|id| ids.iter().position(|x| *x == id));
    let shown = use_reveal_saved(&reg, saved.as_ref(), at, ids.len(), CellFilter::None);
    html! {
        <section class="page risks">
            <h1>{ text(msg::PG_RISKS) }</h1>
            <p class="lead">{ text(msg::PG_EACH_RISK_COMBINES_ASSETS_A_THREAT) }</p>
            <div class="actions">
                <button type="button" id={ADD_ID} class="primary" onclick={add}>{ text(msg::RISK_ADD) }</button>
            </div>
            <SavedNote saved={(*saved).clone()} {shown} />
            { for form }
            { heatmap_section(m, counts, &view, &reg) }
            { register_table(&ids, &reg, &method, &store, saved.as_ref()) }
            <StepNav step={Step::Risks} />
        </section>
    }
}
