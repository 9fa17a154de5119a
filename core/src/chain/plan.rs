//! The risk treatment plan: the user's own decisions for every risk
//! (ISO/IEC 27001:2022 6.1.3 e), as opposed to the suggestions
//! (`annexa_core::plan`).

use std::cmp::Ordering;

use serde::Serialize;

use crate::catalogue::{ControlId, Effort};
use crate::model::{Assessment, Cost, RiskId, TreatmentOption, TreatmentStatus};
use crate::scoring::{Evaluation, ScoredRegister};
use crate::text::{self, msg};
use crate::time::Date;

impl Effort {
    /// Every effort size, smallest first.
    pub const ALL: [Effort; 5] = [Effort::XS, Effort::S, Effort::M, Effort::L, Effort::XL];

    /// A display label with its rough duration, e.g. "S (days)".
    pub fn label(self) -> String {
        text::text(match self {
            Effort::XS => msg::EFFORT_XS,
            Effort::S => msg::EFFORT_S,
            Effort::M => msg::EFFORT_M,
            Effort::L => msg::EFFORT_L,
            Effort::XL => msg::EFFORT_XL,
        })
    }
}

/// One risk's line of the risk treatment plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RiskTreatmentRow {
    /// The risk.
    pub risk: RiskId,
    /// Its title.
    pub title: String,
    /// The chosen option; `None` when not decided.
    pub option: Option<TreatmentOption>,
    /// The planned Annex A controls (those marked done have moved to the
    /// risk's existing controls).
    pub controls: Vec<ControlId>,
    /// Who owns the treatment: the treatment's owner, else the risk owner;
    /// empty when neither is named.
    pub owner: String,
    /// When it is due.
    pub due: Option<Date>,
    /// How far it has got.
    pub status: TreatmentStatus,
    /// The user's effort estimate.
    pub effort: Option<Effort>,
    /// The user's cost estimate, in whole units of the assessment's currency.
    pub cost: Option<Cost>,
    /// The residual risk (the user's target, else the planned controls'
    /// proposal).
    pub residual: Evaluation,
    /// True when due before `today` and not done.
    pub overdue: bool,
}

/// The risk treatment plan: one row per risk, in register order until
/// sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RiskTreatmentPlan {
    /// The rows.
    pub rows: Vec<RiskTreatmentRow>,
}

/// Orders two rows by due date, earliest first, rows without a date last;
/// equal dates by risk id.
pub fn by_due(a: &RiskTreatmentRow, b: &RiskTreatmentRow) -> Ordering {
    match (a.due, b.due) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
    .then(a.risk.cmp(&b.risk))
}

impl RiskTreatmentPlan {
    /// Sorts the rows by due date (see [`by_due`]).
    pub fn sort_by_due(&mut self) {
        crate::sort::sort_by(&mut self.rows, by_due);
    }

    /// How many rows are overdue.
    pub fn overdue_count(&self) -> usize {
        self.rows.iter().filter(|r| r.overdue).count()
    }
}

/// The risk treatment plan of an assessment on `today` (which decides the
/// overdue flags), one row per risk in register order.
pub fn risk_treatment_plan(assessment: &Assessment, today: Date) -> RiskTreatmentPlan {
    let scored = ScoredRegister::new(assessment);
    let rows = scored
        .rows(assessment)
        .map(|s| {
            let t = &s.risk.treatment;
            let owner = if t.owner.trim().is_empty() {
                s.risk.owner.clone()
            } else {
                t.owner.clone()
            };
            RiskTreatmentRow {
                risk: s.risk.id,
                title: s.risk.title.clone(),
                option: t.option,
                controls: t.planned_controls.clone(),
                owner,
                due: t.due,
                status: t.status,
                effort: t.effort,
                cost: t.cost,
                residual: s.score.residual,
                overdue: t.status != TreatmentStatus::Done && t.due.is_some_and(|d| d < today),
            }
        })
        .collect();
    RiskTreatmentPlan { rows }
}
