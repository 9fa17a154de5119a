//! Whether a risk needs a risk acceptance record, and whether its record is
//! complete (ISO/IEC 27001:2022 6.1.3 f: the risk owners approve the risk
//! treatment plan and accept the residual risks).

use serde::Serialize;

use crate::method::Method;
use crate::model::{Risk, TreatmentOption};
use crate::scoring::ScoredRisk;
use crate::text::{self, msg, Arg};

/// Why a risk needs an acceptance record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AcceptanceNeed {
    /// The chosen treatment option is Accept.
    AcceptOption,
    /// The residual level is above the method's risk tolerance (the risk
    /// criteria), whatever the option.
    ResidualAboveTolerance,
}

/// A part of an acceptance record that is missing or wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AcceptanceGap {
    /// Nobody is named as accepting it (`Acceptance::by` is blank).
    By,
    /// No reason is given (`Acceptance::reason` is blank).
    Reason,
    /// "Valid until" is before "accepted on".
    Period,
}

impl AcceptanceGap {
    /// What to fill in, in words, e.g. "who accepted it (Accepted by)".
    pub fn label(self) -> String {
        text::text(match self {
            AcceptanceGap::By => msg::ACCEPTANCE_GAP_BY,
            AcceptanceGap::Reason => msg::ACCEPTANCE_GAP_REASON,
            AcceptanceGap::Period => msg::ACCEPTANCE_GAP_PERIOD,
        })
    }
}

/// A risk's acceptance, as the risk criteria see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum AcceptanceState {
    /// No record is needed and none is kept.
    NotNeeded,
    /// A record is needed and there is none.
    Missing {
        /// Why one is needed.
        need: AcceptanceNeed,
    },
    /// A record is kept but lacks parts (checked whether or not one is
    /// needed: a record, once written, must be whole).
    Incomplete {
        /// Why one is needed, if it is.
        need: Option<AcceptanceNeed>,
        /// What is missing or wrong, in form order.
        gaps: Vec<AcceptanceGap>,
    },
    /// The record names who, when, until when and why.
    Complete {
        /// Why one is needed, if it is.
        need: Option<AcceptanceNeed>,
    },
}

impl AcceptanceState {
    /// True when nothing is missing: not needed, or complete.
    pub fn is_ok(&self) -> bool {
        matches!(
            self,
            AcceptanceState::NotNeeded | AcceptanceState::Complete { .. }
        )
    }

    /// What to do, in a sentence naming the risk; `None` when nothing is
    /// missing.
    pub fn problem(&self, risk: &Risk) -> Option<String> {
        let id = Arg::from(risk.id.to_string());
        match self {
            AcceptanceState::NotNeeded | AcceptanceState::Complete { .. } => None,
            AcceptanceState::Missing { need } => Some(text::text_with(
                match need {
                    AcceptanceNeed::AcceptOption => msg::ACCEPTANCE_MISSING_ACCEPT,
                    AcceptanceNeed::ResidualAboveTolerance => msg::ACCEPTANCE_MISSING_RESIDUAL,
                },
                &[("risk", id)],
            )),
            AcceptanceState::Incomplete { gaps, .. } => {
                let fields = gaps
                    .iter()
                    .map(|g| g.label())
                    .reduce(|first, second| {
                        text::text_with(
                            msg::LIST_AND,
                            &[("first", Arg::from(first)), ("second", Arg::from(second))],
                        )
                    })
                    .unwrap_or_default();
                Some(text::text_with(
                    msg::ACCEPTANCE_INCOMPLETE,
                    &[("risk", id), ("fields", Arg::from(fields))],
                ))
            }
        }
    }
}

/// Whether `risk` needs an acceptance record and whether its record is
/// complete. A record is needed when the option is Accept, or when the
/// residual level (`scored.residual`, the risk's score) is above the
/// method's tolerance. A record is complete when it names who accepted
/// (the risk owner or a named role), why, and a "valid until" no earlier
/// than "accepted on".
pub fn acceptance_state(method: &Method, risk: &Risk, scored: &ScoredRisk) -> AcceptanceState {
    let need = if risk.treatment.option == Some(TreatmentOption::Accept) {
        Some(AcceptanceNeed::AcceptOption)
    } else if !method.within_tolerance(scored.residual.level) {
        Some(AcceptanceNeed::ResidualAboveTolerance)
    } else {
        None
    };
    match (&risk.treatment.acceptance, need) {
        (None, None) => AcceptanceState::NotNeeded,
        (None, Some(need)) => AcceptanceState::Missing { need },
        (Some(a), need) => {
            let mut gaps = Vec::new();
            if a.by.trim().is_empty() {
                gaps.push(AcceptanceGap::By);
            }
            if a.until < a.on {
                gaps.push(AcceptanceGap::Period);
            }
            if a.reason.trim().is_empty() {
                gaps.push(AcceptanceGap::Reason);
            }
            if gaps.is_empty() {
                AcceptanceState::Complete { need }
            } else {
                AcceptanceState::Incomplete { need, gaps }
            }
        }
    }
}
