//! The risk register: its sort columns, its rows and its table.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{badge, make_callback, set_to, Register, RowActions, Saved, SortKey};
use crate::domain::sort;
use crate::domain::text::case;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    Assessment, Impact, Likelihood, Method, Risk, RiskId, ScoredRegister, ScoredRisk, Stage,
};
use crate::store::{Action, Draft, State, Store};

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
pub(super) type CellFilter = Option<(Likelihood, Impact)>;

/// The ids of the risks in the picked `cell` of `view`, in the order of
/// `sort` (the column, and whether ascending).
pub(super) fn order(
    a: &Assessment,
    scored: &ScoredRegister,
    view: Stage,
    cell: CellFilter,
    sort: (RiskSort, bool),
) -> Vec<RiskId> {
    let mut rows: Vec<(&Risk, &ScoredRisk)> = scored
        .rows(a)
        .filter(|x| cell.is_none_or(|c| x.score.at(view).cell() == c))
        .map(|x| (x.risk, x.score))
        .collect();
    let key = |s: &ScoredRisk, e: fn(&ScoredRisk) -> crate::domain::Evaluation| {
        let e = e(s);
        (e.level, u16::from(e.likelihood.0) * u16::from(e.impact.0))
    };
    match sort.0 {
        RiskSort::Title => sort::sort_by_key(&mut rows, |(r, _)| case::lower(&r.title)),
        RiskSort::Inherent => sort::sort_by_key(&mut rows, |(_, s)| key(s, |s| s.inherent)),
        RiskSort::Current => sort::sort_by_key(&mut rows, |(_, s)| key(s, |s| s.current)),
        RiskSort::Residual => sort::sort_by_key(&mut rows, |(_, s)| key(s, |s| s.residual)),
        RiskSort::Id => sort::sort_by_key(&mut rows, |(r, _)| r.id),
    }
    if !sort.1 {
        rows.reverse();
    }
    rows.into_iter().map(|(r, _)| r.id).collect()
}

/// The HTML id of a risk's row in the register, e.g. `risk-row-R-08`.
pub(super) fn row_id(id: RiskId) -> String {
    format!("{ROW_PREFIX}{id}")
}

const ROW_PREFIX: &str = "risk-row-";

/// The risk whose row has this HTML id (the inverse of [`row_id`]).
pub(super) fn row_risk(html_id: &str) -> Option<RiskId> {
    html_id.strip_prefix(ROW_PREFIX)?.parse().ok()
}

/// Props of [`RiskRow`]: values only, and the store's dispatcher (the
/// same on every render), so a row whose risk, score, method and highlight
/// did not change is not rendered again when the page is (typing in the
/// risk form, saving one risk).
#[derive(Properties, PartialEq)]
struct RiskRowProps {
    risk: Risk,
    score: ScoredRisk,
    method: Rc<Method>,
    /// The row's class when it was just saved (a brief highlight).
    highlight: Option<&'static str>,
    dispatcher: UseReducerDispatcher<State>,
}

/// One row of the register.
#[function_component]
fn RiskRow(p: &RiskRowProps) -> Html {
    let (r, s, m) = (&p.risk, &p.score, &*p.method);
    let onedit = make_callback(
        &(p.dispatcher.clone(), r.clone()),
        |(d, r), _: MouseEvent| {
            d.dispatch(Action::SetDraft(Draft::Risk(Box::new(r.clone()))));
        },
    );
    let id = r.id;
    let ondelete = make_callback(&p.dispatcher, move |d, _: MouseEvent| {
        d.dispatch(Action::DeleteRisk(id));
    });
    html! {
        <tr id={row_id(r.id)} class={classes!(p.highlight)}>
            <td class="card-title" data-label={text(msg::COL_ID)}>{ r.id.to_string() }</td>
            <td class="card-title" data-label={text(msg::COL_RISK)}>{ r.title.clone() }</td>
            <td data-label={text(msg::COL_OWNER)}>{ r.owner.clone() }</td>
            <td data-label={text(msg::COL_INHERENT)}>{ badge(m, s.inherent) }</td>
            <td data-label={text(msg::COL_CURRENT)}>{ badge(m, s.current) }</td>
            <td data-label={text(msg::COL_RESIDUAL)}>{ badge(m, s.residual) }</td>
            <td data-label={text(msg::COL_TREATMENT)}>{ r.treatment.option_label() }</td>
            <RowActions name={r.id.to_string()} {onedit} ondelete={Some(ondelete)} />
        </tr>
    }
}

/// The Register heading, the note on the heatmap cell picked, the table
/// of the risks `ids` (the register's page of them) and the pager.
pub(super) fn register_table(
    ids: &[RiskId],
    reg: &Register<RiskSort, CellFilter>,
    method: &Rc<Method>,
    store: &Store,
    saved: Option<&Saved>,
) -> Html {
    let dispatcher = store.dispatcher();
    let (a, scored) = (&store.assessment, store.scored());
    let shown = reg
        .window(ids)
        .iter()
        .filter_map(|&id| Some((a.risk(id)?, scored.get(id)?)));
    let body = shown.map(|(r, s)| {
        html! {
            <RiskRow key={r.id.to_string()} risk={(*r).clone()} score={(*s).clone()}
                method={method.clone()} highlight={Saved::class_for(saved, &row_id(r.id))}
                dispatcher={dispatcher.clone()} />
        }
    });
    html! {
        <>
            <h2>{ text(msg::PG_REGISTER) }</h2>
            if let Some((l, i)) = *reg.filter {
                <p class="filter-note" role="status">
                    { format!("{} ", text_with(msg::PG_SHOWING_CELL, &[("likelihood", l.0.to_string().into()), ("impact", i.0.to_string().into())])) }
                    <button type="button" class="link" onclick={set_to(&reg.filter, None)}>{ text(msg::PG_SHOW_ALL) }</button>
                </p>
            }
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ text(msg::PG_RISK_REGISTER) }</caption>
                    <thead><tr>
                        { reg.header(text(msg::COL_ID), RiskSort::Id) }
                        { reg.header(text(msg::COL_RISK), RiskSort::Title) }
                        <th scope="col">{ text(msg::COL_OWNER) }</th>
                        { reg.header(text(msg::COL_INHERENT), RiskSort::Inherent) }
                        { reg.header(text(msg::COL_CURRENT), RiskSort::Current) }
                        { reg.header(text(msg::COL_RESIDUAL), RiskSort::Residual) }
                        <th scope="col">{ text(msg::COL_TREATMENT) }</th>
                        <th scope="col">{ text(msg::COL_ACTIONS) }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { reg.pager(ids.len()) }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_id_reads_back_as_its_risk() {
        for id in [RiskId(1), RiskId(8), RiskId(101), RiskId(999_999)] {
            assert_eq!(row_risk(&row_id(id)), Some(id), "{id}");
        }
        assert_eq!(row_risk("plan-row-R-08"), None);
        assert_eq!(row_risk("risk-row-"), None);
        assert_eq!(row_risk("risk-row-A-08"), None);
    }
}
