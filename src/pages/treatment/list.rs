//! The Treatment page: the risk treatment plan (the user's own decisions,
//! ISO/IEC 27001:2022 6.1.3 e), the treatment form, and the suggestions.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::StepNav;
use crate::domain::{sort, Step};
use yew_router::prelude::*;

use super::form::use_treatment_form;
use super::plan::suggestions_view;
use crate::components::{
    badge, use_register, use_reveal_saved, Check, Register, RowActions, Same, Saved, SavedNote,
    SortKey,
};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    by_due, plan, risk_treatment_plan, Evaluation, Method, Risk, RiskId, RiskTreatmentPlan,
    RiskTreatmentRow, ScoredRegister,
};
use crate::store::{use_store, ControlQuery, Route};

/// A sort column of the risk treatment plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanSort {
    /// The risk's id.
    Id,
    /// The due date, earliest first, undated last.
    Due,
    /// The residual level.
    Residual,
}

impl SortKey for PlanSort {
    fn ascending_first(self) -> bool {
        !matches!(self, PlanSort::Residual)
    }
}

/// Props of [`PlanRow`]: values only and a callback made once, so a row
/// whose line did not change is not rendered again when the page is
/// (typing in the treatment form, saving one risk).
#[derive(Properties, PartialEq)]
struct PlanRowProps {
    row: RiskTreatmentRow,
    risk: Risk,
    /// The risk's current level, when it is scored.
    current: Option<Evaluation>,
    method: Rc<Method>,
    /// The row's class when it was just saved (a brief highlight).
    highlight: Option<&'static str>,
    currency: AttrValue,
    /// Opens the risk in the treatment form.
    open: Callback<Risk>,
}

/// One row of the risk treatment plan.
#[function_component]
fn PlanRow(p: &PlanRowProps) -> Html {
    let (x, r, m, currency) = (&p.row, &p.risk, &*p.method, p.currency.as_str());
    let (current, class) = (p.current, p.highlight);
    let this = r.clone();
    let id = plan_row_id(x.risk);
    // Each planned control opens its SoA entry.
    let controls = x.controls.iter().enumerate().map(|(i, c)| {
        let query = ControlQuery { control: *c };
        html! {
            <>
                if i > 0 { { ", " } }
                <Link<Route, ControlQuery> to={Route::Soa} query={Some(query)}>
                    <span aria-label={text_with(msg::SOA_OPEN_CONTROL, &[("control", c.to_string().into())])}>{ c.to_string() }</span>
                </Link<Route, ControlQuery>>
            </>
        }
    });
    html! {
        <tr id={id} class={classes!(x.overdue.then_some("overdue"), class)}>
            <td class="card-title" data-label={text(msg::COL_ID)}>{ x.risk.to_string() }</td>
            <td class="card-title" data-label={text(msg::COL_RISK)}>{ x.title.clone() }</td>
            <td data-label={text(msg::COL_CURRENT)}>{ for current.map(|c| badge(m, c)) }</td>
            <td data-label={text(msg::COL_OPTION)}>{ r.treatment.option_label() }</td>
            <td data-label={text(msg::COL_PLANNED_CONTROLS)}>{ for controls }</td>
            <td class="plan-owner" data-label={text(msg::COL_OWNER)}>{ x.owner.clone() }</td>
            <td class="plan-due" data-label={text(msg::COL_DUE)}>
                { x.due.map(|d| d.to_string()).unwrap_or_default() }
                if x.overdue {
                    { " " }<strong class="overdue-flag">{ text(msg::UI_OVERDUE) }</strong>
                }
            </td>
            <td data-label={text(msg::COL_STATUS)}>{ x.status.label() }</td>
            <td data-label={text(msg::COL_EFFORT)}>{ x.effort.map(|e| e.label()).unwrap_or_default() }</td>
            <td data-label={text_with(msg::COL_COST, &[("currency", currency.into())])}>{ x.cost.map(|c| c.0.to_string()).unwrap_or_default() }</td>
            <td data-label={text(msg::COL_RESIDUAL)}>{ badge(m, x.residual) }</td>
            <RowActions name={x.risk.to_string()} edit_label={text(msg::UI_TREAT)} classes={Classes::new()}
                onedit={p.open.reform(move |_: MouseEvent| this.clone())} />
        </tr>
    }
}

/// The HTML id of a risk's row in the risk treatment plan.
pub(super) fn plan_row_id(id: RiskId) -> String {
    format!("plan-row-{id}")
}

/// The rows of the risk treatment plan the register shows: only those
/// above the risk criteria's tolerance when its filter is on, in its order.
fn plan_rows<'a>(
    rtp: &'a RiskTreatmentPlan,
    a: &'a crate::domain::Assessment,
    scored: &ScoredRegister,
    reg: &Register<PlanSort, bool>,
) -> Vec<(&'a RiskTreatmentRow, &'a Risk)> {
    let above: BTreeSet<_> = sort::set(
        scored
            .scores()
            .iter()
            .filter(|s| !s.current_within_tolerance)
            .map(|s| s.id),
    );
    let mut rows: Vec<(&RiskTreatmentRow, &Risk)> = rtp
        .rows
        .iter()
        .filter(|x| !*reg.filter || above.contains(&x.risk))
        .filter_map(|x| a.risk(x.risk).map(|r| (x, r)))
        .collect();
    reg.order(&mut rows, |rows, k| match k {
        PlanSort::Id => sort::sort_by_key(rows, |(x, _)| x.risk),
        PlanSort::Due => sort::sort_by(rows, |(x, _), (y, _)| by_due(x, y)),
        PlanSort::Residual => sort::sort_by_key(rows, |(x, _)| {
            (
                x.residual.level,
                u16::from(x.residual.likelihood.0) * u16::from(x.residual.impact.0),
            )
        }),
    });
    rows
}

/// The risk treatment plan's table, its rows given.
fn plan_table(reg: &Register<PlanSort, bool>, body: Html, currency: &str) -> Html {
    html! {
        <div class="table-wrap">
            <table class="register risk-treatment-plan">
                <caption class="visually-hidden">{ text(msg::UI_RISK_TREATMENT_PLAN) }</caption>
                <thead><tr>
                    { reg.header(text(msg::COL_ID), PlanSort::Id) }
                    <th scope="col">{ text(msg::COL_RISK) }</th>
                    <th scope="col">{ text(msg::COL_CURRENT) }</th>
                    <th scope="col">{ text(msg::COL_OPTION) }</th>
                    <th scope="col">{ text(msg::COL_PLANNED_CONTROLS) }</th>
                    <th scope="col">{ text(msg::COL_OWNER) }</th>
                    { reg.header(text(msg::COL_DUE), PlanSort::Due) }
                    <th scope="col">{ text(msg::COL_STATUS) }</th>
                    <th scope="col">{ text(msg::COL_EFFORT) }</th>
                    <th scope="col">{ text_with(msg::COL_COST, &[("currency", currency.into())]) }</th>
                    { reg.header(text(msg::COL_RESIDUAL), PlanSort::Residual) }
                    <th scope="col">{ text(msg::COL_ACTIONS) }</th>
                </tr></thead>
                <tbody>{ body }</tbody>
            </table>
        </div>
    }
}

/// The Treatment page.
#[function_component]
pub fn TreatmentPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let form = use_treatment_form();
    // Filter: only the risks above tolerance.
    let reg = use_register(PlanSort::Due, false);
    let scored = store.scored();
    let the_plan = use_memo(Same(a.clone()), |a| plan(&a.0));
    let today = crate::platform::now().date();
    let rtp = use_memo((Same(a.clone()), today), |(a, today)| {
        risk_treatment_plan(&a.0, *today)
    });
    let m = &a.method;
    let rows = plan_rows(&rtp, &a, &scored, &reg);
    let currency = a.quant_settings.currency.to_string();
    let saved = form.saved.as_ref();
    let method = use_memo(a.method.clone(), |m| m.clone());
    let body: Html = reg
        .window(&rows)
        .iter()
        .map(|(x, r)| {
            html! {
                <PlanRow key={x.risk.to_string()} row={(*x).clone()} risk={(*r).clone()}
                    current={scored.get(x.risk).map(|s| s.current)} method={method.clone()}
                    highlight={Saved::class_for(saved, &plan_row_id(x.risk))}
                    currency={AttrValue::from(currency.clone())} open={form.open.clone()} />
            }
        })
        .collect();
    // The row just saved: turn to its page or drop the filter hiding it.
    let at = saved.and_then(|s| rows.iter().position(|(x, _)| plan_row_id(x.risk) == s.row));
    let shown = use_reveal_saved(&reg, saved, at, rows.len(), false);
    let overdue = rtp.overdue_count();
    html! {
        <section class="page treatment">
            <h1>{ text(msg::UI_TREATMENT) }</h1>
            <p class="lead">{ text(msg::UI_DECIDE_WHAT_TO_DO_ABOUT_EACH) }</p>
            <SavedNote saved={(*form.saved).clone()} {shown} />
            { for form.editor() }
            <h2>{ text(msg::UI_RISK_TREATMENT_PLAN) }</h2>
            if overdue > 0 {
                <p class="warning-text" role="status">{ text_with(msg::UI_TREATMENT_OVERDUE, &[("count", overdue.to_string().into())]) }</p>
            }
            <Check id="only-above" label={text(msg::UI_ONLY_RISKS_ABOVE_TOLERANCE)} checked={*reg.filter} onchange={reg.onfilter(|v: bool, _| v)} />
            { plan_table(&reg, body, &currency) }
            { reg.pager(rows.len()) }
            { suggestions_view(&the_plan, m) }
            <StepNav step={Step::Treatment} />
        </section>
    }
}
