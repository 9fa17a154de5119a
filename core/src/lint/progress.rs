//! What the findings say about the assessment as a whole: the start page's
//! progress and the SoA counts of the navigation.

use serde::Serialize;

use super::{lint, Finding, LintArea, LintCode};
use crate::model::Assessment;
use crate::text::{self, msg, Arg};
use crate::time::Date;

/// How far an assessment has come, step by step (for the start page's stepper).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// An organisation name and a scope statement are set.
    pub context: bool,
    /// At least one asset, and every asset has an owner.
    pub assets: bool,
    /// At least one risk.
    pub risks: bool,
    /// Every risk above tolerance has a treatment or an acceptance.
    pub treatment: bool,
    /// Every control of the SoA is decided and the SoA has no finding left.
    pub soa: bool,
}

/// The progress of an assessment; `today` dates the acceptances.
pub fn progress(assessment: &Assessment, today: Date) -> Progress {
    progress_from(assessment, &lint(assessment, today))
}

/// [`progress`] from the findings of [`lint`] on this assessment, already
/// computed.
pub fn progress_from(assessment: &Assessment, findings: &[Finding]) -> Progress {
    let has = |code: LintCode| findings.iter().any(|f| f.code == code);
    Progress {
        context: !assessment.context.organisation.trim().is_empty()
            && !assessment.context.scope.trim().is_empty(),
        assets: !assessment.assets.is_empty() && !has(LintCode::AssetWithoutOwner),
        risks: !assessment.risks.is_empty(),
        treatment: !assessment.risks.is_empty()
            && !has(LintCode::UntreatedRisk)
            && !has(LintCode::MitigationWithoutControl),
        soa: !findings.iter().any(|f| f.code.area() == LintArea::Soa),
    }
}

/// What the navigation and the SoA page count about the Statement of
/// Applicability (ISO/IEC 27001:2022 6.1.3 d): the controls still to be
/// decided (a plain count, never an alarm) and the open findings of the
/// SoA page (`SOA-…` rules other than "to be decided"). An empty
/// assessment has 93 controls to decide and no finding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SoaCounts {
    /// Controls no reason includes and no justification excludes yet.
    pub to_decide: usize,
    /// Open findings of the SoA page (faults to fix).
    pub findings: usize,
}

impl SoaCounts {
    /// Counts the SoA findings among `findings` (those of [`lint`]).
    pub fn of(findings: &[Finding]) -> SoaCounts {
        let soa = findings.iter().filter(|f| f.code.area() == LintArea::Soa);
        let (to_do, faults): (Vec<_>, Vec<_>) = soa.partition(|f| f.code.is_to_do());
        SoaCounts {
            to_decide: to_do.len(),
            findings: faults.len(),
        }
    }

    /// True when there is nothing to show (no badge, no sentence).
    pub fn is_empty(&self) -> bool {
        self.to_decide == 0 && self.findings == 0
    }

    /// The sentence after the page's name in the navigation link's
    /// accessible name, e.g. "12 controls to decide, 3 findings".
    pub fn describe(&self) -> String {
        text::text_with(
            msg::NAV_SOA_COUNTS,
            &[
                ("to_decide", Arg::Number(self.to_decide as f64)),
                ("findings", Arg::Number(self.findings as f64)),
            ],
        )
    }

    /// The to-decide badge's tooltip, e.g. "12 controls to decide".
    pub fn to_decide_title(&self) -> String {
        text::text_with(
            msg::NAV_TO_DECIDE,
            &[("count", Arg::Number(self.to_decide as f64))],
        )
    }

    /// The findings badge's tooltip, e.g. "3 findings to fix on the SoA page".
    pub fn findings_title(&self) -> String {
        text::text_with(
            msg::NAV_FINDINGS,
            &[("count", Arg::Number(self.findings as f64))],
        )
    }
}
