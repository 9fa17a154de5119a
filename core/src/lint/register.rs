//! The register's rules (`RISK-…` but acceptance): a title, an impact with
//! a basis, a treatment for a risk above the tolerance, ratings that do not
//! rise from one stage to the next, and controls that are listed once and
//! lower a residual only when planned (ISO/IEC 27001:2022 6.1.2, 6.1.3).

use std::collections::BTreeSet;

use super::LintCode;
use crate::catalogue::ControlId;
use crate::method::Method;
use crate::model::{Risk, TreatmentOption};
use crate::scoring::{Evaluation, ImpactBasis, ScoredRisk};
use crate::text::{self, msg, Arg, MessageId};

/// The first value that appears twice in a list, in order, each once.
fn duplicates(list: &[ControlId]) -> Vec<ControlId> {
    let mut seen = BTreeSet::new();
    let mut twice = Vec::new();
    for c in list {
        if !seen.insert(*c) && !twice.contains(c) {
            twice.push(*c);
        }
    }
    twice
}

/// The findings of one risk (but its acceptance's), given to `finding` as
/// (rule, arguments) in rule order.
pub(super) fn check_risk(
    method: &Method,
    risk: &Risk,
    scored: &ScoredRisk,
    finding: &mut impl FnMut(LintCode, Vec<(&'static str, Arg)>),
) {
    let t = &risk.treatment;
    let id = || ("risk", Arg::from(risk.id.to_string()));
    let level = |l| Arg::from(method.level_name(l));
    if risk.title.trim().is_empty() {
        finding(LintCode::RiskWithoutTitle, vec![id()]);
    }
    if scored.impact_basis == ImpactBasis::NoAssets {
        finding(
            LintCode::ImpactUnknown,
            vec![id(), ("title", Arg::from(risk.title.as_str()))],
        );
    }
    if !scored.current_within_tolerance && t.option.is_none() && t.acceptance.is_none() {
        finding(
            LintCode::UntreatedRisk,
            vec![
                id(),
                ("level", level(scored.current.level)),
                ("tolerance", level(method.tolerance)),
            ],
        );
    }
    // Each rating that goes up from one stage to the next, as (what,
    // later, earlier) in words.
    let rises = |later: &Evaluation, earlier: &Evaluation| {
        let mut r: Vec<(MessageId, Arg, Arg)> = Vec::new();
        if later.likelihood > earlier.likelihood {
            r.push((
                msg::LINT_WHAT_LIKELIHOOD,
                Arg::from(method.likelihood.name(later.likelihood.0)),
                Arg::from(method.likelihood.name(earlier.likelihood.0)),
            ));
        }
        if later.impact > earlier.impact {
            r.push((
                msg::LINT_WHAT_IMPACT,
                Arg::from(method.impact.name(later.impact.0)),
                Arg::from(method.impact.name(earlier.impact.0)),
            ));
        }
        if r.is_empty() && later.level > earlier.level {
            r.push((
                msg::LINT_WHAT_LEVEL,
                level(later.level),
                level(earlier.level),
            ));
        }
        r
    };
    for (what, current, inherent) in rises(&scored.current, &scored.inherent) {
        finding(
            LintCode::CurrentAboveInherent,
            vec![
                id(),
                ("what", Arg::from(text::text(what))),
                ("current", current),
                ("inherent", inherent),
            ],
        );
    }
    for (what, residual, current) in rises(&scored.residual, &scored.current) {
        finding(
            LintCode::ResidualAboveCurrent,
            vec![
                id(),
                ("what", Arg::from(text::text(what))),
                ("residual", residual),
                ("current", current),
            ],
        );
    }
    let lowered = scored.residual.likelihood < scored.current.likelihood
        || scored.residual.impact < scored.current.impact
        || scored.residual.level < scored.current.level;
    let shares_or_stops = matches!(
        t.option,
        Some(TreatmentOption::Avoid | TreatmentOption::Transfer)
    );
    if lowered && t.planned_controls.is_empty() && !shares_or_stops {
        let option = match t.option {
            Some(o) => o.label(),
            None => text::text(msg::LINT_NO_OPTION),
        };
        finding(
            LintCode::ResidualLoweredWithoutControl,
            vec![id(), ("option", Arg::from(option))],
        );
    }
    if t.option == Some(TreatmentOption::Mitigate) && t.planned_controls.is_empty() {
        finding(LintCode::MitigationWithoutControl, vec![id()]);
    }
    let mut in_both: Vec<ControlId> = risk
        .existing_controls
        .iter()
        .filter(|c| t.planned_controls.contains(c))
        .copied()
        .collect();
    crate::sort::sort(&mut in_both);
    in_both.dedup();
    for c in in_both {
        finding(
            LintCode::ControlInPlaceAndPlanned,
            vec![id(), ("control", Arg::from(c.to_string()))],
        );
    }
    for (list, which) in [
        (&risk.existing_controls, msg::LINT_LIST_EXISTING),
        (&t.planned_controls, msg::LINT_LIST_PLANNED),
    ] {
        for c in duplicates(list) {
            finding(
                LintCode::DuplicateControl,
                vec![
                    id(),
                    ("control", Arg::from(c.to_string())),
                    ("list", Arg::from(text::text(which))),
                ],
            );
        }
    }
}
