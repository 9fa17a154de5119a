//! The risk register: its sort columns, its rows and its table.

use yew::prelude::*;

use crate::components::{badge, dispatch_on, set_to, Register, RowActions, Saved, SortKey};
use crate::domain::sort;
use crate::domain::text::case;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    Assessment, Impact, Likelihood, Method, Risk, RiskId, ScoredRegister, ScoredRisk, Stage,
};
use crate::store::{Action, Store};

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

/// The risks in the picked cell of `view`, in the register's order.
pub(super) fn rows<'a>(
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
        RiskSort::Title => sort::sort_by_key(rows, |(r, _)| case::lower(&r.title)),
        RiskSort::Inherent => sort::sort_by_key(rows, |(_, s)| key(s, |s| s.inherent)),
        RiskSort::Current => sort::sort_by_key(rows, |(_, s)| key(s, |s| s.current)),
        RiskSort::Residual => sort::sort_by_key(rows, |(_, s)| key(s, |s| s.residual)),
        RiskSort::Id => sort::sort_by_key(rows, |(r, _)| r.id),
    });
    rows
}

/// The HTML id of a risk's row in the register, e.g. `risk-row-R-08`.
pub(super) fn row_id(id: RiskId) -> String {
    format!("risk-row-{id}")
}

/// One row of the register; `saved` highlights the row just saved.
fn row(
    r: &Risk,
    s: &ScoredRisk,
    m: &Method,
    store: &Store,
    open: &Callback<Risk>,
    saved: Option<&Saved>,
) -> Html {
    let this = r.clone();
    let id = row_id(r.id);
    let class = Saved::class_for(saved, &id);
    html! {
        <tr key={r.id.to_string()} id={id} class={classes!(class)}>
            <td class="card-title" data-label={text(msg::COL_ID)}>{ r.id.to_string() }</td>
            <td class="card-title" data-label={text(msg::COL_RISK)}>{ r.title.clone() }</td>
            <td data-label={text(msg::COL_OWNER)}>{ r.owner.clone() }</td>
            <td data-label={text(msg::COL_INHERENT)}>{ badge(m, s.inherent) }</td>
            <td data-label={text(msg::COL_CURRENT)}>{ badge(m, s.current) }</td>
            <td data-label={text(msg::COL_RESIDUAL)}>{ badge(m, s.residual) }</td>
            <td data-label={text(msg::COL_TREATMENT)}>{ r.treatment.option_label() }</td>
            <RowActions name={r.id.to_string()} onedit={open.reform(move |_: MouseEvent| this.clone())}
                ondelete={dispatch_on(store, Action::DeleteRisk(r.id))} />
        </tr>
    }
}

/// The Register heading, the note on the heatmap cell picked, the table
/// of `rows` (the register's page of them) and the pager.
pub(super) fn register_table(
    rows: &[(&Risk, &ScoredRisk)],
    reg: &Register<RiskSort, CellFilter>,
    m: &Method,
    store: &Store,
    open: &Callback<Risk>,
    saved: Option<&Saved>,
) -> Html {
    let body = reg
        .window(rows)
        .iter()
        .map(|(r, s)| row(r, s, m, store, open, saved));
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
            { reg.pager(rows.len()) }
        </>
    }
}
