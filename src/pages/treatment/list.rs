//! The risks and their treatment.

use yew::prelude::*;

use super::plan::plan_view;
use super::TreatmentEditor;
use crate::components::{badge, make_callback, use_draft, use_register, Check, RowActions};
use crate::domain::{plan, Method, Risk, ScoredRegister, ScoredRisk};
use crate::store::{use_store, Action, Draft, DraftKind};

/// One row of the treatment register.
fn row(r: &Risk, s: &ScoredRisk, m: &Method, open: &Callback<Risk>) -> Html {
    let this = r.clone();
    html! {
        <tr key={r.id.to_string()}>
            <td>{ r.id.to_string() }</td>
            <td>{ r.title.clone() }</td>
            <td>{ badge(m, s.current) }</td>
            <td>{ r.treatment.option_label() }</td>
            <td>{ r.treatment.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ") }</td>
            <td>{ badge(m, s.residual) }</td>
            <RowActions name={r.id.to_string()} edit_label="Treat" classes={Classes::new()}
                onedit={open.reform(move |_: MouseEvent| this.clone())} />
        </tr>
    }
}

/// The Treatment page.
#[function_component]
pub fn TreatmentPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let editing = use_draft(
        |d| d.treatment.clone(),
        |r| Draft::Treatment(Box::new(r)),
        DraftKind::Treatment,
    );
    // Filter: only the risks above tolerance.
    let reg = use_register((), false);
    let scored = use_memo(a.clone(), |a| ScoredRegister::new(a));
    let the_plan = use_memo(a.clone(), |a| plan(a));
    let m = &a.method;

    let rows: Vec<_> = scored
        .rows(&a)
        .map(|x| (x.risk, x.score))
        .filter(|(_, s)| !*reg.filter || !s.current_within_tolerance)
        .collect();
    let body = reg
        .window(&rows)
        .iter()
        .map(|(r, s)| row(r, s, m, &editing.set));
    let onsave = make_callback(
        &(editing.clear.clone(), store.clone()),
        |(clear, store), r: Risk| {
            // The Quantify panel shows its problems inline; an invalid estimate is not saved.
            if r.quant.is_some_and(|q| !q.problems("quant").is_empty()) {
                return;
            }
            store.dispatch(Action::UpsertRisk(Box::new(r)));
            clear.emit(());
        },
    );
    let editor = editing.value.as_ref().map(|r| {
        html! {
            <TreatmentEditor risk={r.clone()} onchange={editing.set.clone()} {onsave}
                oncancel={editing.clear.clone()} />
        }
    });
    html! {
        <section class="page treatment">
            <h1>{ "Treatment" }</h1>
            <p class="lead">{ "Decide what to do about each risk: mitigate with Annex A controls, accept it knowingly, avoid the activity, or transfer it. Recommendations are ranked by how well each control fits the risk." }</p>
            { for editor }
            <Check id="only-above" label="Only risks above tolerance" checked={*reg.filter} onchange={reg.onfilter(|v: bool, _| v)} />
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ "Risks and their treatment" }</caption>
                    <thead><tr>
                        <th scope="col">{ "ID" }</th><th scope="col">{ "Risk" }</th><th scope="col">{ "Current" }</th>
                        <th scope="col">{ "Option" }</th><th scope="col">{ "Planned controls" }</th><th scope="col">{ "Residual" }</th>
                        <th scope="col">{ "Actions" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { reg.pager(rows.len()) }
            { plan_view(&the_plan, m) }
        </section>
    }
}
