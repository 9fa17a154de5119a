//! The Risks page: the risk editor, the heatmap and the register.

use yew::prelude::*;

use super::heatmap::heatmap_section;
use super::register::{register_table, rows, CellFilter, RiskSort};
use super::RiskEditor;
use crate::components::{make_callback, use_draft, use_register};
use crate::domain::{risk_problems, Risk, ScoredRegister, Stage};
use crate::store::{use_store, Action, Draft, DraftKind};

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
    let scored = use_memo(a.clone(), |a| ScoredRegister::new(a));

    let add = make_callback(
        &(draft.set.clone(), error.clone(), a.clone()),
        |(open, error, a), _: MouseEvent| {
            error.set(None);
            open.emit(Risk::new_default(&a.method));
        },
    );
    let onsave = make_callback(
        &(draft.clear.clone(), store.clone(), error.clone()),
        |(clear, store, error), r: Risk| {
            if let Some(p) = risk_problems(&store.assessment, &r).into_iter().next() {
                error.set(Some(p.message));
                return;
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
    html! {
        <section class="page risks">
            <h1>{ "Risks" }</h1>
            <p class="lead">{ "Each risk combines assets, a threat and the vulnerabilities it exploits (or describes an event). Its level comes from your method's matrix." }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={add}>{ "Add risk" }</button>
            </div>
            { for form }
            { heatmap_section(m, &scored, &view, &reg) }
            { register_table(&rows, &reg, m, &store, &draft.set) }
        </section>
    }
}
