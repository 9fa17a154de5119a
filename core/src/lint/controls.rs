//! The SoA's rules (`SOA-…`): each control decided, excluded with a
//! justification, included for a reason, and never excluded while a risk
//! or an interested party needs it (ISO/IEC 27001:2022 6.1.3 d).

use super::{Finding, LintCode, Subject};
use crate::soa::{Decision, SoaRow};
use crate::text::Arg;

/// The findings of one row of the SoA, pushed to `out` in rule order.
pub(super) fn check_row(row: &SoaRow, out: &mut Vec<Finding>) {
    let control = || {
        vec![
            ("control", Arg::from(row.control.to_string())),
            ("title", Arg::from(row.title)),
        ]
    };
    let mut push = |code| {
        out.push(Finding {
            code,
            subject: Subject::Control(row.control),
            args: control(),
        })
    };
    match row.decision {
        Decision::ToDecide => push(LintCode::ControlToDecide),
        Decision::Excluded if row.exclusion_justification.trim().is_empty() => {
            push(LintCode::ExcludedWithoutJustification)
        }
        Decision::Applicable if row.reasons.is_empty() && row.answers.is_empty() => {
            push(LintCode::ApplicableWithoutDriver)
        }
        _ => {}
    }
    if row.decision == Decision::Excluded && !row.risks.is_empty() {
        let risks: Vec<String> = row.risks.iter().map(ToString::to_string).collect();
        let mut args = control();
        args.push(("risks", Arg::from(risks.join(", "))));
        out.push(Finding {
            code: LintCode::ExcludedButUsed,
            subject: Subject::Control(row.control),
            args,
        });
    }
    if row.decision == Decision::Excluded && !row.parties.is_empty() {
        let parties: Vec<String> = row.parties.iter().map(|p| p.name.clone()).collect();
        let mut args = control();
        args.push(("parties", Arg::from(parties.join(", "))));
        out.push(Finding {
            code: LintCode::ExcludedButRequired,
            subject: Subject::Control(row.control),
            args,
        });
    }
}
