//! The risk register and its heatmap.

use yew::prelude::*;

use super::RiskEditor;
use crate::components::{
    badge, dispatch_on, make_callback, set_to, use_draft, use_register, Heatmap, Register,
    RowActions, SortKey,
};
use crate::domain::{
    score, Assessment, Identification, Impact, Likelihood, Method, Risk, RiskId, ScoredRisk,
    Treatment,
};
use crate::store::{use_store, Action, Draft, DraftKind, Store};

/// Which of the three levels the heatmap and filter use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Before controls.
    Inherent,
    /// With existing controls.
    Current,
    /// After treatment.
    Residual,
}

impl View {
    fn of(self, s: &ScoredRisk) -> (Likelihood, Impact) {
        let e = match self {
            View::Inherent => s.inherent,
            View::Current => s.current,
            View::Residual => s.residual,
        };
        (e.likelihood, e.impact)
    }
}

fn blank(a: &Assessment) -> Risk {
    let mid = a.method.likelihood.len().div_ceil(2) as u8;
    Risk {
        id: RiskId(0),
        title: String::new(),
        description: String::new(),
        identification: Identification::AssetBased { assets: vec![] },
        threat: None,
        vulnerabilities: vec![],
        owner: String::new(),
        likelihood: Likelihood(mid),
        impact_override: None,
        existing_controls: vec![],
        current: None,
        treatment: Treatment::default(),
        quant: None,
    }
}

/// Counts per cell for a view.
pub fn counts(a: &Assessment, scored: &[ScoredRisk], view: View) -> Vec<Vec<usize>> {
    let mut grid = vec![vec![0usize; a.method.impact.len()]; a.method.likelihood.len()];
    for s in scored {
        let (l, i) = view.of(s);
        if let Some(c) = grid
            .get_mut(usize::from(l.0.max(1) - 1))
            .and_then(|r| r.get_mut(usize::from(i.0.max(1) - 1)))
        {
            *c += 1;
        }
    }
    grid
}

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
    scored: &'a [ScoredRisk],
    view: View,
    reg: &Register<RiskSort, CellFilter>,
) -> Vec<(&'a Risk, &'a ScoredRisk)> {
    let cell = *reg.filter;
    let mut rows: Vec<(&Risk, &ScoredRisk)> = a
        .risks
        .iter()
        .zip(scored.iter())
        .filter(|(_, s)| cell.is_none_or(|c| view.of(s) == c))
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
            <td>{ r.treatment.option.map_or("—", |o| o.label()) }</td>
            <RowActions name={r.id.to_string()} onedit={open.reform(move |_: MouseEvent| this.clone())}
                ondelete={dispatch_on(store, Action::DeleteRisk(r.id))} />
        </tr>
    }
}

/// Checks a risk before it is saved.
fn problem(r: &Risk) -> Option<&'static str> {
    if r.title.trim().is_empty() {
        return Some("Give the risk a title.");
    }
    match &r.impact_override {
        Some(o) if o.reason.trim().is_empty() => Some("Say why you override the computed impact."),
        _ => None,
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
    let view = use_state(|| View::Current);
    let reg = use_register(RiskSort::Id, CellFilter::None);
    let error = use_state(|| None::<String>);
    let scored = use_memo(a.clone(), |a| score(a));

    let add = make_callback(
        &(draft.set.clone(), error.clone(), a.clone()),
        |(open, error, a), _: MouseEvent| {
            error.set(None);
            open.emit(blank(a));
        },
    );
    let onsave = make_callback(
        &(draft.clear.clone(), store.clone(), error.clone()),
        |(clear, store, error), r: Risk| {
            if let Some(e) = problem(&r) {
                error.set(Some(e.into()));
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
    let set_view = |v: View| {
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
                { for [(View::Inherent, "Inherent"), (View::Current, "Current"), (View::Residual, "Residual")].into_iter().map(|(v, label)| html! {
                    <button type="button" aria-pressed={(*view == v).to_string()} onclick={set_view(v)}>{ label }</button>
                }) }
            </div>
            <Heatmap method={m.clone()} counts={Some(counts(&a, &scored, *view))} selected={*cell} {onselect}
                label={format!("Heatmap of {} risk levels", match *view { View::Inherent => "inherent", View::Current => "current", View::Residual => "residual" })} />
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
