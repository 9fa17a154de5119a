//! The traceability lint: gaps an auditor would find, each with a stable
//! code and a message that says what to do.

use std::fmt;

use serde::Serialize;

use super::catalogue::ControlId;
use super::model::{Assessment, AssetId, RiskId, TreatmentOption};
use super::scoring::{Scored, ScoredRegister};
use super::soa::generate;
use super::text::{self, msg, Arg, MessageId};
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

/// The part of an assessment a rule checks: the first part of its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintArea {
    /// The Statement of Applicability (`SOA-…`).
    Soa,
    /// The risk register (`RISK-…`).
    Risk,
    /// The asset inventory (`ASSET-…`).
    Asset,
}

impl LintCode {
    /// The part of the assessment the rule checks.
    pub fn area(self) -> LintArea {
        match self {
            LintCode::ExcludedWithoutJustification | LintCode::ApplicableWithoutDriver => {
                LintArea::Soa
            }
            LintCode::UntreatedRisk
            | LintCode::ResidualAboveCurrent
            | LintCode::MitigationWithoutControl
            | LintCode::ExpiredAcceptance => LintArea::Risk,
            LintCode::AssetWithoutOwner => LintArea::Asset,
        }
    }

    /// The message that says what is wrong and what to do.
    fn message_id(self) -> MessageId {
        match self {
            LintCode::ExcludedWithoutJustification => msg::LINT_EXCLUDED_WITHOUT_JUSTIFICATION,
            LintCode::ApplicableWithoutDriver => msg::LINT_APPLICABLE_WITHOUT_DRIVER,
            LintCode::UntreatedRisk => msg::LINT_UNTREATED_RISK,
            LintCode::ResidualAboveCurrent => msg::LINT_RESIDUAL_ABOVE_CURRENT,
            LintCode::MitigationWithoutControl => msg::LINT_MITIGATION_WITHOUT_CONTROL,
            LintCode::ExpiredAcceptance => msg::LINT_EXPIRED_ACCEPTANCE,
            LintCode::AssetWithoutOwner => msg::LINT_ASSET_WITHOUT_OWNER,
        }
    }
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// An Annex A control, a row of the SoA.
    Control(ControlId),
    /// A risk of the register.
    Risk(RiskId),
    /// An asset of the inventory.
    Asset(AssetId),
}

/// The subject's id as the user sees it: `7.4`, `R-07`, `A-06`.
impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Control(id) => id.fmt(f),
            Subject::Risk(id) => id.fmt(f),
            Subject::Asset(id) => id.fmt(f),
        }
    }
}

impl Serialize for Subject {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One finding: a rule, what it is about and the facts its message names.
/// It becomes words only through [`Finding::message`].
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The rule.
    pub code: LintCode,
    /// What it is about: a control, risk or asset.
    pub subject: Subject,
    /// The message's arguments: ids, names, levels, dates.
    pub args: Vec<(&'static str, Arg)>,
}

impl Finding {
    /// What is wrong and what to do, in words.
    pub fn message(&self) -> String {
        text::text_with(self.code.message_id(), &self.args)
    }
}

/// `{"code": "SOA-001", "subject": "7.4", "message": "…"}`: the rule, the
/// subject's id and the message in words.
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Finding", 3)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("subject", &self.subject)?;
        st.serialize_field("message", &self.message())?;
        st.end()
    }
}

/// Runs every rule. `today` decides which acceptances have expired.
pub fn lint(assessment: &Assessment, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    let method = &assessment.method;
    for row in generate(assessment).rows {
        let control = || {
            vec![
                ("control", Arg::from(row.control.to_string())),
                ("title", Arg::from(row.title)),
            ]
        };
        if !row.applicable && row.exclusion_justification.trim().is_empty() {
            out.push(Finding {
                code: LintCode::ExcludedWithoutJustification,
                subject: Subject::Control(row.control),
                args: control(),
            });
        }
        if row.applicable && row.reasons.is_empty() {
            out.push(Finding {
                code: LintCode::ApplicableWithoutDriver,
                subject: Subject::Control(row.control),
                args: control(),
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
        let id = || ("risk", Arg::from(risk.id.to_string()));
        let level = |l| Arg::from(method.level_name(l));
        if !scored.current_within_tolerance && t.option.is_none() && t.acceptance.is_none() {
            out.push(Finding {
                code: LintCode::UntreatedRisk,
                subject: Subject::Risk(risk.id),
                args: vec![
                    id(),
                    ("level", level(scored.current.level)),
                    ("tolerance", level(method.tolerance)),
                ],
            });
        }
        if scored.residual.level > scored.current.level {
            out.push(Finding {
                code: LintCode::ResidualAboveCurrent,
                subject: Subject::Risk(risk.id),
                args: vec![
                    id(),
                    ("residual", level(scored.residual.level)),
                    ("current", level(scored.current.level)),
                ],
            });
        }
        if t.option == Some(TreatmentOption::Mitigate) && t.planned_controls.is_empty() {
            out.push(Finding {
                code: LintCode::MitigationWithoutControl,
                subject: Subject::Risk(risk.id),
                args: vec![id()],
            });
        }
        if let Some(a) = &t.acceptance {
            if a.until < today {
                let by = if a.by.is_empty() {
                    text::text(msg::LINT_ACCEPTED_BY_SOMEONE)
                } else {
                    a.by.clone()
                };
                out.push(Finding {
                    code: LintCode::ExpiredAcceptance,
                    subject: Subject::Risk(risk.id),
                    args: vec![
                        id(),
                        ("by", Arg::from(by)),
                        ("until", Arg::from(a.until.to_string())),
                    ],
                });
            }
        }
    }
    for asset in &assessment.assets {
        if asset.owner.trim().is_empty() {
            out.push(Finding {
                code: LintCode::AssetWithoutOwner,
                subject: Subject::Asset(asset.id),
                args: vec![
                    ("asset", Arg::from(asset.id.to_string())),
                    ("name", Arg::from(asset.name.as_str())),
                ],
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
        soa: !findings.iter().any(|f| f.code.area() == LintArea::Soa)
            && !assessment.risks.is_empty(),
    }
}
