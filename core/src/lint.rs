//! The traceability lint: gaps an auditor would find, each with a stable
//! code and a message that says what to do.

use std::fmt;

use serde::Serialize;

use super::model::{Assessment, TreatmentOption};
use super::scoring::{Scored, ScoredRegister};
use super::soa::generate;
use super::time::Date;

/// A lint rule. The code (e.g. `SOA-001`) never changes meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintCode {
    /// A control marked not applicable without a justification.
    ExcludedWithoutJustification,
    /// A control marked applicable with no reason and no risk behind it.
    ApplicableWithoutDriver,
    /// A risk above tolerance with neither a treatment nor an acceptance.
    UntreatedRisk,
    /// A residual level higher than the current level.
    ResidualAboveCurrent,
    /// A risk to mitigate with no planned control.
    MitigationWithoutControl,
    /// An acceptance whose end date has passed.
    ExpiredAcceptance,
    /// An asset with no owner.
    AssetWithoutOwner,
}

impl LintCode {
    /// Every code.
    pub const ALL: [LintCode; 7] = [
        LintCode::ExcludedWithoutJustification,
        LintCode::ApplicableWithoutDriver,
        LintCode::UntreatedRisk,
        LintCode::ResidualAboveCurrent,
        LintCode::MitigationWithoutControl,
        LintCode::ExpiredAcceptance,
        LintCode::AssetWithoutOwner,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            LintCode::ExcludedWithoutJustification => "SOA-001",
            LintCode::ApplicableWithoutDriver => "SOA-002",
            LintCode::UntreatedRisk => "RISK-001",
            LintCode::ResidualAboveCurrent => "RISK-002",
            LintCode::MitigationWithoutControl => "RISK-003",
            LintCode::ExpiredAcceptance => "RISK-004",
            LintCode::AssetWithoutOwner => "ASSET-001",
        }
    }
}

impl fmt::Display for LintCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for LintCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule.
    pub code: LintCode,
    /// What it is about: a control, risk or asset id.
    pub subject: String,
    /// What is wrong and what to do.
    pub message: String,
}

/// Runs every rule. `today` decides which acceptances have expired.
pub fn lint(assessment: &Assessment, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    let method = &assessment.method;
    for row in generate(assessment).rows {
        if !row.applicable && row.exclusion_justification.trim().is_empty() {
            out.push(Finding {
                code: LintCode::ExcludedWithoutJustification,
                subject: row.control.to_string(),
                message: format!(
                    "Control {} {} is excluded without a justification: write why it does not apply, or mark it applicable.",
                    row.control, row.title
                ),
            });
        }
        if row.applicable && row.reasons.is_empty() {
            out.push(Finding {
                code: LintCode::ApplicableWithoutDriver,
                subject: row.control.to_string(),
                message: format!(
                    "Control {} {} is applicable but nothing drives it: link it to a risk or give an inclusion reason (legal, contractual, business).",
                    row.control, row.title
                ),
            });
        }
    }
    let register = ScoredRegister::new(assessment);
    for Scored {
        risk,
        score: scored,
    } in register.rows(assessment)
    {
        let t = &risk.treatment;
        if !scored.current_within_tolerance && t.option.is_none() && t.acceptance.is_none() {
            out.push(Finding {
                code: LintCode::UntreatedRisk,
                subject: risk.id.to_string(),
                message: format!(
                    "Risk {} is {} (above the tolerance of {}) and has no treatment: choose mitigate, avoid or transfer, or record an acceptance.",
                    risk.id,
                    method.level_name(scored.current.level),
                    method.level_name(method.tolerance)
                ),
            });
        }
        if scored.residual.level > scored.current.level {
            out.push(Finding {
                code: LintCode::ResidualAboveCurrent,
                subject: risk.id.to_string(),
                message: format!(
                    "Risk {}: the residual level ({}) is above the current level ({}); a treatment should not raise a risk, so check the target likelihood and impact.",
                    risk.id,
                    method.level_name(scored.residual.level),
                    method.level_name(scored.current.level)
                ),
            });
        }
        if t.option == Some(TreatmentOption::Mitigate) && t.planned_controls.is_empty() {
            out.push(Finding {
                code: LintCode::MitigationWithoutControl,
                subject: risk.id.to_string(),
                message: format!(
                    "Risk {} is to be mitigated but no control is planned: pick controls from the recommendations.",
                    risk.id
                ),
            });
        }
        if let Some(a) = &t.acceptance {
            if a.until < today {
                out.push(Finding {
                    code: LintCode::ExpiredAcceptance,
                    subject: risk.id.to_string(),
                    message: format!(
                        "Risk {}: the acceptance by {} ran out on {}: review the risk and renew or change the decision.",
                        risk.id,
                        if a.by.is_empty() { "someone" } else { a.by.as_str() },
                        a.until
                    ),
                });
            }
        }
    }
    for asset in &assessment.assets {
        if asset.owner.trim().is_empty() {
            out.push(Finding {
                code: LintCode::AssetWithoutOwner,
                subject: asset.id.to_string(),
                message: format!(
                    "Asset {} {} has no owner: name the person accountable for it.",
                    asset.id, asset.name
                ),
            });
        }
    }
    out
}

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
    /// The SoA has no lint findings.
    pub soa: bool,
}

/// The progress of an assessment; `today` dates the acceptances.
pub fn progress(assessment: &Assessment, today: Date) -> Progress {
    let findings = lint(assessment, today);
    let has = |code: LintCode| findings.iter().any(|f| f.code == code);
    Progress {
        context: !assessment.context.organisation.trim().is_empty()
            && !assessment.context.scope.trim().is_empty(),
        assets: !assessment.assets.is_empty() && !has(LintCode::AssetWithoutOwner),
        risks: !assessment.risks.is_empty(),
        treatment: !assessment.risks.is_empty()
            && !has(LintCode::UntreatedRisk)
            && !has(LintCode::MitigationWithoutControl),
        soa: !findings.iter().any(|f| f.code.code().starts_with("SOA"))
            && !assessment.risks.is_empty(),
    }
}
