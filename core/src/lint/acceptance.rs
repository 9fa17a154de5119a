//! The acceptance rules: an Accept needs a record, a record needs who,
//! why and a period, a residual above the tolerance needs an acceptance,
//! and an acceptance expires (ISO/IEC 27001:2022 6.1.3 f).

use super::LintCode;
use crate::method::Method;
use crate::model::Risk;
use crate::scoring::ScoredRisk;
use crate::text::{self, msg, Arg};
use crate::time::Date;
use crate::{AcceptanceGap, AcceptanceNeed, AcceptanceState};

/// The acceptance findings of one risk, given to `finding` as (rule,
/// arguments); `today` decides which acceptances have expired.
pub(super) fn check_risk(
    method: &Method,
    risk: &Risk,
    scored: &ScoredRisk,
    today: Date,
    finding: &mut impl FnMut(LintCode, Vec<(&'static str, Arg)>),
) {
    let t = &risk.treatment;
    let id = || ("risk", Arg::from(risk.id.to_string()));
    let level = |l| Arg::from(method.level_name(l));
    // One rule with the treatment editor: crate::acceptance_state.
    match crate::acceptance_state(method, risk, scored) {
        AcceptanceState::Missing {
            need: AcceptanceNeed::AcceptOption,
        } => finding(LintCode::AcceptWithoutRecord, vec![id()]),
        AcceptanceState::Missing {
            need: AcceptanceNeed::ResidualAboveTolerance,
        } if t.option.is_some() => finding(
            LintCode::ResidualNotAccepted,
            vec![
                id(),
                ("level", level(scored.residual.level)),
                ("tolerance", level(method.tolerance)),
            ],
        ),
        AcceptanceState::Incomplete { gaps, .. } => {
            let labels: Vec<String> = gaps
                .iter()
                .map(|g| match g {
                    AcceptanceGap::By => text::text(msg::LINT_MISSING_APPROVER),
                    AcceptanceGap::Reason => text::text(msg::LINT_MISSING_REASON),
                    AcceptanceGap::Period => g.label(),
                })
                .collect();
            let missing = match labels.split_last() {
                Some((last, rest)) if !rest.is_empty() => text::text_with(
                    msg::LIST_AND,
                    &[
                        ("first", Arg::from(rest.join(", "))),
                        ("second", Arg::from(last.as_str())),
                    ],
                ),
                _ => labels.concat(),
            };
            finding(
                LintCode::AcceptanceIncomplete,
                vec![id(), ("missing", Arg::from(missing))],
            );
        }
        _ => {}
    }
    if let Some(a) = &t.acceptance {
        if a.until < today {
            let by = if a.by.is_empty() {
                text::text(msg::LINT_ACCEPTED_BY_SOMEONE)
            } else {
                a.by.clone()
            };
            finding(
                LintCode::ExpiredAcceptance,
                vec![
                    id(),
                    ("by", Arg::from(by)),
                    ("until", Arg::from(a.until.to_string())),
                ],
            );
        }
    }
}
