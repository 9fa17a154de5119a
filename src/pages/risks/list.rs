//! The Risks page: the risk editor, the heatmap and the register.

use yew::prelude::*;

use crate::components::StepNav;
use crate::domain::Step;

use super::heatmap::heatmap_section;
use super::register::{register_table, row_id, rows, CellFilter, RiskSort};
use super::RiskEditor;
use crate::components::{make_callback, use_draft, use_register, Saved, SavedNote, PAGE};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{risk_problems, Risk, Stage};
use crate::store::{use_store, Action, Draft, DraftKind};

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
    let onsave = make_callback(
        &(
            draft.clear.clone(),
            store.clone(),
            error.clone(),
            saved.clone(),
        ),
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
    );
    let form = draft.value.as_ref().map(|d| {
        html! {
            <RiskEditor risk={d.clone()} error={(*error).clone()} onchange={draft.set.clone()}
                {onsave} oncancel={draft.clear.clone()} />
        }
    });

    let m = &a.method;
    let rows = rows(&a, &scored, *view, &reg);
    // The row just saved: turn the register to its page, or drop the
    // heatmap filter that hides it, so it can be shown.
    let at = saved
        .as_ref()
        .and_then(|s| rows.iter().position(|(r, _)| row_id(r.id) == s.row));
    let shown = at.is_some_and(|i| i / PAGE == reg.page_of(rows.len()));
    {
        let (page, filter) = (reg.page.clone(), reg.filter.clone());
        let seq = saved.as_ref().map(|s| s.seq);
        // Once per save (not when the user later pages, sorts or filters).
        use_effect_with(seq, move |seq| {
            if seq.is_some() {
                match at {
                    Some(i) if *page != i / PAGE => page.set(i / PAGE),
                    None if filter.is_some() => filter.set(None),
                    _ => {}
                }
            }
        });
    }
    html! {
        <section class="page risks">
            <h1>{ "Risks" }</h1>
            <p class="lead">{ "Each risk combines assets, a threat and the vulnerabilities it exploits (or describes an event). Its level comes from your method's matrix." }</p>
            <div class="actions">
                <button type="button" id={ADD_ID} class="primary" onclick={add}>{ text(msg::RISK_ADD) }</button>
            </div>
            <SavedNote saved={(*saved).clone()} {shown} />
            { for form }
            { heatmap_section(m, &scored, &view, &reg) }
            { register_table(&rows, &reg, m, &store, &draft.set, saved.as_ref()) }
            <StepNav step={Step::Risks} />
        </section>
    }
}
