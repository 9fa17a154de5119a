//! The risk register and its heatmap.

use yew::prelude::*;

use super::RiskEditor;
use crate::components::{
    badge, dispatch_on, make_callback, set_to, use_draft, use_register, Heatmap, Register,
    RowActions, SortKey,
};
use crate::domain::{
    risk_problems, Assessment, Impact, Likelihood, Method, Risk, ScoredRegister, ScoredRisk, Stage,
};
use crate::store::{use_store, Action, Draft, DraftKind, Store};

/// A sort column of the risk register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskSort {
    /// The risk's id.
    Id,
    /// Its title.
    Title,
    /// Its inherent level.
    Inherent,
    /// Its current level.
    Current,
    /// Its residual level.
    Residual,
}

impl SortKey for RiskSort {
    fn ascending_first(self) -> bool {
        matches!(self, RiskSort::Id | RiskSort::Title)
    }
}

/// The risk register's filter: the heatmap cell picked, if any.
type CellFilter = Option<(Likelihood, Impact)>;

/// The risks in the picked cell of `view`, in the register's order.
fn rows<'a>(
    a: &'a Assessment,
    scored: &'a ScoredRegister,
    view: Stage,
    reg: &Register<RiskSort, CellFilter>,
) -> Vec<(&'a Risk, &'a ScoredRisk)> {
    let cell = *reg.filter;
    let mut rows: Vec<(&Risk, &ScoredRisk)> = scored
        .rows(a)
        .filter(|x| cell.is_none_or(|c| x.score.at(view).cell() == c))
        .map(|x| (x.risk, x.score))
        .collect();
    let key = |s: &ScoredRisk, e: fn(&ScoredRisk) -> crate::domain::Evaluation| {
        let e = e(s);
        (e.level, u16::from(e.likelihood.0) * u16::from(e.impact.0))
    };
    reg.order(&mut rows, |rows, k| match k {
        RiskSort::Title => rows.sort_by_key(|(r, _)| r.title.to_lowercase()),
        RiskSort::Inherent => rows.sort_by_key(|(_, s)| key(s, |s| s.inherent)),
        RiskSort::Current => rows.sort_by_key(|(_, s)| key(s, |s| s.current)),
        RiskSort::Residual => rows.sort_by_key(|(_, s)| key(s, |s| s.residual)),
        RiskSort::Id => rows.sort_by_key(|(r, _)| r.id),
    });
    rows
}

/// One row of the register.
fn row(r: &Risk, s: &ScoredRisk, m: &Method, store: &Store, open: &Callback<Risk>) -> Html {
    let this = r.clone();
    html! {
        <tr key={r.id.to_string()}>
            <td>{ r.id.to_string() }</td>
            <td>{ r.title.clone() }</td>
            <td>{ r.owner.clone() }</td>
            <td>{ badge(m, s.inherent) }</td>
            <td>{ badge(m, s.current) }</td>
            <td>{ badge(m, s.residual) }</td>
            <td>{ r.treatment.option_label() }</td>
            <RowActions name={r.id.to_string()} onedit={open.reform(move |_: MouseEvent| this.clone())}
                ondelete={dispatch_on(store, Action::DeleteRisk(r.id))} />
        </tr>
    }
}

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
    let body = reg
        .window(&rows)
        .iter()
        .map(|(r, s)| row(r, s, m, &store, &draft.set));
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
        <section class="page risks">
            <h1>{ "Risks" }</h1>
            <p class="lead">{ "Each risk combines assets, a threat and the vulnerabilities it exploits (or describes an event). Its level comes from your method's matrix." }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={add}>{ "Add risk" }</button>
            </div>
            { for form }
            <h2>{ "Heatmap" }</h2>
            <div class="segmented" role="group" aria-label="Heatmap shows">
                { for Stage::ALL.into_iter().map(|v| html! {
                    <button type="button" aria-pressed={(*view == v).to_string()} onclick={set_view(v)}>{ v.label() }</button>
                }) }
            </div>
            <Heatmap method={m.clone()} counts={Some(scored.heatmap(m, *view))} selected={*cell} {onselect}
                label={format!("Heatmap of {} risk levels", view.label().to_lowercase())} />
            <h2>{ "Register" }</h2>
            if let Some((l, i)) = *cell {
                <p class="filter-note" role="status">
                    { format!("Showing risks at likelihood {} and impact {}. ", l.0, i.0) }
                    <button type="button" class="link" onclick={set_to(&cell, None)}>{ "Show all" }</button>
                </p>
            }
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ "Risk register" }</caption>
                    <thead><tr>
                        { reg.header("ID", RiskSort::Id) }
                        { reg.header("Risk", RiskSort::Title) }
                        <th scope="col">{ "Owner" }</th>
                        { reg.header("Inherent", RiskSort::Inherent) }
                        { reg.header("Current", RiskSort::Current) }
                        { reg.header("Residual", RiskSort::Residual) }
                        <th scope="col">{ "Treatment" }</th>
                        <th scope="col">{ "Actions" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { reg.pager(rows.len()) }
        </section>
    }
}
