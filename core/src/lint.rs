//! The traceability lint: gaps an auditor would find, each with a stable
//! code and a message that says what to do.

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

use super::catalogue::ControlId;
use super::method::Method;
use super::model::{Assessment, AssetId, Identification, RiskId, TreatmentOption};
use super::scoring::{Evaluation, ImpactBasis, Scored, ScoredRegister};
use super::soa::{generate, Decision, Soa};
use super::text::{self, msg, Arg, MessageId};
use super::time::Date;
use crate::{AcceptanceGap, AcceptanceNeed, AcceptanceState};

/// A lint rule. The code (e.g. `SOA-001`) never changes meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintCode {
    /// A control the user excluded without a justification
    /// (ISO/IEC 27001:2022 6.1.3 d).
    ExcludedWithoutJustification,
    /// A control marked applicable with no reason and no risk behind it.
    ApplicableWithoutDriver,
    /// A control that no risk, requirement or gap-check answer drives and
    /// that nobody has decided yet: to decide, not to justify (6.1.3 d).
    ControlToDecide,
    /// A control excluded while a risk uses it (in place or planned).
    ExcludedButUsed,
    /// A control excluded while an interested party's requirements call
    /// for it (ISO/IEC 27001:2022 4.2 and 6.1.3 c: the requirements of
    /// interested parties, e.g. legal or contractual ones, are among the
    /// reasons a control is necessary).
    ExcludedButRequired,
    /// A risk above tolerance with neither a treatment nor an acceptance.
    UntreatedRisk,
    /// A residual likelihood, impact or level above the current one.
    ResidualAboveCurrent,
    /// A risk to mitigate with no planned control.
    MitigationWithoutControl,
    /// An acceptance whose end date has passed.
    ExpiredAcceptance,
    /// A residual risk lower than the current one with no planned control,
    /// when the option is neither avoid nor transfer.
    ResidualLoweredWithoutControl,
    /// A current likelihood, impact or level above the inherent one.
    CurrentAboveInherent,
    /// One control both in place and planned for the same risk.
    ControlInPlaceAndPlanned,
    /// Option "accept" with no acceptance record (6.1.3 f: the risk
    /// owners' acceptance of the residual risk).
    AcceptWithoutRecord,
    /// An acceptance record without an approver or a reason, or whose
    /// "valid until" is before its date.
    AcceptanceIncomplete,
    /// A treated risk whose residual level stays above the risk tolerance
    /// and that no risk owner has accepted (6.1.3 f).
    ResidualNotAccepted,
    /// A control listed twice in one of a risk's control lists.
    DuplicateControl,
    /// A risk without a title.
    RiskWithoutTitle,
    /// An asset-based risk with no assets left (and no judged impact):
    /// its impact is unknown.
    ImpactUnknown,
    /// An asset with no owner.
    AssetWithoutOwner,
    /// A highly rated asset that no risk covers.
    AssetWithoutRisk,
}

impl LintCode {
    /// Every code.
    pub const ALL: [LintCode; 20] = [
        LintCode::ExcludedWithoutJustification,
        LintCode::ApplicableWithoutDriver,
        LintCode::ControlToDecide,
        LintCode::ExcludedButUsed,
        LintCode::ExcludedButRequired,
        LintCode::UntreatedRisk,
        LintCode::ResidualAboveCurrent,
        LintCode::MitigationWithoutControl,
        LintCode::ExpiredAcceptance,
        LintCode::ResidualLoweredWithoutControl,
        LintCode::CurrentAboveInherent,
        LintCode::ControlInPlaceAndPlanned,
        LintCode::AcceptWithoutRecord,
        LintCode::AcceptanceIncomplete,
        LintCode::DuplicateControl,
        LintCode::RiskWithoutTitle,
        LintCode::ImpactUnknown,
        LintCode::ResidualNotAccepted,
        LintCode::AssetWithoutOwner,
        LintCode::AssetWithoutRisk,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            LintCode::ExcludedWithoutJustification => "SOA-001",
            LintCode::ApplicableWithoutDriver => "SOA-002",
            LintCode::ControlToDecide => "SOA-003",
            LintCode::ExcludedButUsed => "SOA-004",
            LintCode::ExcludedButRequired => "SOA-005",
            LintCode::UntreatedRisk => "RISK-001",
            LintCode::ResidualAboveCurrent => "RISK-002",
            LintCode::MitigationWithoutControl => "RISK-003",
            LintCode::ExpiredAcceptance => "RISK-004",
            LintCode::ResidualLoweredWithoutControl => "RISK-005",
            LintCode::CurrentAboveInherent => "RISK-006",
            LintCode::ControlInPlaceAndPlanned => "RISK-007",
            LintCode::AcceptWithoutRecord => "RISK-008",
            LintCode::AcceptanceIncomplete => "RISK-009",
            LintCode::DuplicateControl => "RISK-010",
            LintCode::RiskWithoutTitle => "RISK-011",
            LintCode::ImpactUnknown => "RISK-012",
            LintCode::ResidualNotAccepted => "RISK-013",
            LintCode::AssetWithoutOwner => "ASSET-001",
            LintCode::AssetWithoutRisk => "ASSET-002",
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
            LintCode::ExcludedWithoutJustification
            | LintCode::ApplicableWithoutDriver
            | LintCode::ControlToDecide
            | LintCode::ExcludedButUsed
            | LintCode::ExcludedButRequired => LintArea::Soa,
            LintCode::UntreatedRisk
            | LintCode::ResidualAboveCurrent
            | LintCode::MitigationWithoutControl
            | LintCode::ExpiredAcceptance
            | LintCode::ResidualLoweredWithoutControl
            | LintCode::CurrentAboveInherent
            | LintCode::ControlInPlaceAndPlanned
            | LintCode::AcceptWithoutRecord
            | LintCode::AcceptanceIncomplete
            | LintCode::DuplicateControl
            | LintCode::RiskWithoutTitle
            | LintCode::ImpactUnknown
            | LintCode::ResidualNotAccepted => LintArea::Risk,
            LintCode::AssetWithoutOwner | LintCode::AssetWithoutRisk => LintArea::Asset,
        }
    }

    /// True for a decision still to take rather than a fault: the SoA's
    /// "to be decided" rows. The navigation shows them apart, with no alarm.
    pub fn is_to_do(self) -> bool {
        self == LintCode::ControlToDecide
    }

    /// The message that says what is wrong and what to do.
    fn message_id(self) -> MessageId {
        match self {
            LintCode::ExcludedWithoutJustification => msg::LINT_EXCLUDED_WITHOUT_JUSTIFICATION,
            LintCode::ApplicableWithoutDriver => msg::LINT_APPLICABLE_WITHOUT_DRIVER,
            LintCode::ControlToDecide => msg::LINT_CONTROL_TO_DECIDE,
            LintCode::ExcludedButUsed => msg::LINT_EXCLUDED_BUT_USED,
            LintCode::ExcludedButRequired => msg::LINT_EXCLUDED_BUT_REQUIRED,
            LintCode::UntreatedRisk => msg::LINT_UNTREATED_RISK,
            LintCode::ResidualAboveCurrent => msg::LINT_RESIDUAL_ABOVE_CURRENT,
            LintCode::MitigationWithoutControl => msg::LINT_MITIGATION_WITHOUT_CONTROL,
            LintCode::ExpiredAcceptance => msg::LINT_EXPIRED_ACCEPTANCE,
            LintCode::ResidualLoweredWithoutControl => msg::LINT_RESIDUAL_LOWERED_WITHOUT_CONTROL,
            LintCode::CurrentAboveInherent => msg::LINT_CURRENT_ABOVE_INHERENT,
            LintCode::ControlInPlaceAndPlanned => msg::LINT_CONTROL_IN_PLACE_AND_PLANNED,
            LintCode::AcceptWithoutRecord => msg::LINT_ACCEPT_WITHOUT_RECORD,
            LintCode::AcceptanceIncomplete => msg::LINT_ACCEPTANCE_INCOMPLETE,
            LintCode::DuplicateControl => msg::LINT_DUPLICATE_CONTROL,
            LintCode::RiskWithoutTitle => msg::LINT_RISK_WITHOUT_TITLE,
            LintCode::ImpactUnknown => msg::LINT_IMPACT_UNKNOWN,
            LintCode::ResidualNotAccepted => msg::LINT_RESIDUAL_NOT_ACCEPTED,
            LintCode::AssetWithoutOwner => msg::LINT_ASSET_WITHOUT_OWNER,
            LintCode::AssetWithoutRisk => msg::LINT_ASSET_WITHOUT_RISK,
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

/// The impact step from which an asset counts as highly rated: the top
/// step, or the two top steps on a scale of more than three.
fn high_rating(method: &Method) -> u8 {
    let n = method.impact.len() as u8;
    if n > 3 {
        n - 1
    } else {
        n
    }
}

/// Runs every rule. `today` decides which acceptances have expired.
pub fn lint(assessment: &Assessment, today: Date) -> Vec<Finding> {
    lint_with(
        assessment,
        &generate(assessment),
        &ScoredRegister::new(assessment),
        today,
    )
}

/// [`lint`] from an SoA and a scored register already computed for this
/// assessment (`generate_soa(assessment)` and
/// `ScoredRegister::new(assessment)`), so that a caller that shows them
/// too computes each once. The findings are those of [`lint`] when both
/// belong to `assessment`.
pub fn lint_with(
    assessment: &Assessment,
    soa: &Soa,
    register: &ScoredRegister,
    today: Date,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let method = &assessment.method;
    for row in &soa.rows {
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
    let mut covered: BTreeSet<AssetId> = BTreeSet::new();
    for Scored {
        risk,
        score: scored,
    } in register.rows(assessment)
    {
        if let Identification::AssetBased { assets } = &risk.identification {
            covered.extend(assets.iter().copied());
        }
        let t = &risk.treatment;
        let id = || ("risk", Arg::from(risk.id.to_string()));
        let level = |l| Arg::from(method.level_name(l));
        let mut finding = |code, args| {
            out.push(Finding {
                code,
                subject: Subject::Risk(risk.id),
                args,
            })
        };
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
    let high = high_rating(method);
    for asset in &assessment.assets {
        let args = || {
            vec![
                ("asset", Arg::from(asset.id.to_string())),
                ("name", Arg::from(asset.name.as_str())),
            ]
        };
        if asset.owner.trim().is_empty() {
            out.push(Finding {
                code: LintCode::AssetWithoutOwner,
                subject: Subject::Asset(asset.id),
                args: args(),
            });
        }
        let r = asset.ratings;
        let top = r.confidentiality.max(r.integrity).max(r.availability);
        if top.0 >= high && !covered.contains(&asset.id) {
            let mut a = args();
            a.push(("rating", Arg::from(method.impact.name(top.0))));
            out.push(Finding {
                code: LintCode::AssetWithoutRisk,
                subject: Subject::Asset(asset.id),
                args: a,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::method::{Impact, Likelihood};
    use crate::model::{
        Acceptance, Asset, Cia, ImpactOverride, InterestedParty, Rating, RequirementBasis, Risk,
    };

    fn rating(l: u8, i: u8) -> Rating {
        Rating {
            likelihood: Likelihood(l),
            impact: Impact(i),
        }
    }

    /// One asset (rated 3 on 5) and one risk to it, mitigated with one
    /// planned control: no risk or asset finding.
    fn base() -> Assessment {
        let mut a = Assessment::default();
        let mut asset = Asset::new_default(&a.method);
        asset.id = AssetId(1);
        asset.name = "File server".into();
        asset.owner = "IT Lead".into();
        a.assets.push(asset);
        let mut r = Risk::new_default(&a.method);
        r.id = RiskId(1);
        r.title = "Ransomware encrypts the file server".into();
        r.identification = Identification::AssetBased {
            assets: vec![AssetId(1)],
        };
        r.likelihood = Likelihood(3);
        r.treatment.option = Some(TreatmentOption::Mitigate);
        r.treatment.planned_controls = vec![ControlId::new(8, 7)];
        r.treatment.target = Some(rating(2, 3));
        a.risks.push(r);
        a
    }

    fn acceptance(by: &str, reason: &str) -> Acceptance {
        Acceptance {
            by: by.into(),
            on: Date::new(2026, 1, 10).unwrap(),
            until: Date::new(2027, 1, 10).unwrap(),
            reason: reason.into(),
        }
    }

    fn today() -> Date {
        Date::new(2026, 6, 1).unwrap()
    }

    /// The risk and asset findings, as (code, subject).
    fn found(a: &Assessment) -> Vec<(LintCode, String)> {
        lint(a, today())
            .into_iter()
            .filter(|f| f.code.area() != LintArea::Soa)
            .map(|f| (f.code, f.subject.to_string()))
            .collect()
    }

    type Edit = fn(&mut Assessment);
    /// (what, the edit, the findings it must give: exactly these)
    type Case = (&'static str, Edit, &'static [(LintCode, &'static str)]);

    #[test]
    fn each_contradiction_of_the_register_is_one_finding() {
        assert_eq!(found(&base()), vec![], "the base is consistent");
        let cases: &[Case] = &[
            (
                "residual likelihood above current, same level band",
                |a| a.risks[0].treatment.target = Some(rating(4, 2)),
                &[(LintCode::ResidualAboveCurrent, "R-01")],
            ),
            (
                "residual impact above current",
                |a| a.risks[0].treatment.target = Some(rating(2, 4)),
                &[(LintCode::ResidualAboveCurrent, "R-01")],
            ),
            (
                "residual equal to current is fine",
                |a| a.risks[0].treatment.target = Some(rating(3, 3)),
                &[],
            ),
            (
                "residual lowered with no control",
                |a| {
                    a.risks[0].treatment.option = Some(TreatmentOption::Accept);
                    a.risks[0].treatment.planned_controls.clear();
                    a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Low spend"));
                },
                &[(LintCode::ResidualLoweredWithoutControl, "R-01")],
            ),
            (
                "residual lowered with no option and no control",
                |a| {
                    a.risks[0].treatment.option = None;
                    a.risks[0].treatment.planned_controls.clear();
                },
                &[(LintCode::ResidualLoweredWithoutControl, "R-01")],
            ),
            (
                "residual lowered by avoiding the activity needs no control",
                |a| {
                    a.risks[0].treatment.option = Some(TreatmentOption::Avoid);
                    a.risks[0].treatment.planned_controls.clear();
                },
                &[],
            ),
            (
                "residual lowered by transferring needs no control",
                |a| {
                    a.risks[0].treatment.option = Some(TreatmentOption::Transfer);
                    a.risks[0].treatment.planned_controls.clear();
                },
                &[],
            ),
            (
                "current likelihood above inherent",
                |a| {
                    a.risks[0].current = Some(rating(4, 3));
                    a.risks[0].treatment.target = Some(rating(4, 3));
                    // Its high residual is accepted: only the rise shows.
                    a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known"));
                },
                &[(LintCode::CurrentAboveInherent, "R-01")],
            ),
            (
                "current likelihood and impact above inherent",
                |a| {
                    a.risks[0].current = Some(rating(5, 4));
                    a.risks[0].treatment.target = Some(rating(5, 4));
                    // Its high residual is accepted: only the rise shows.
                    a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known"));
                },
                &[
                    (LintCode::CurrentAboveInherent, "R-01"),
                    (LintCode::CurrentAboveInherent, "R-01"),
                ],
            ),
            (
                "a control in place and planned",
                |a| {
                    a.risks[0].existing_controls = vec![ControlId::new(8, 7)];
                    // The control in place lowers the current rating it
                    // proposes; the residual follows the plan's proposal.
                    a.risks[0].treatment.target = None;
                },
                &[(LintCode::ControlInPlaceAndPlanned, "R-01")],
            ),
            (
                "accept without a record",
                |a| {
                    a.risks[0].treatment.option = Some(TreatmentOption::Accept);
                    a.risks[0].treatment.target = None;
                },
                &[(LintCode::AcceptWithoutRecord, "R-01")],
            ),
            (
                "an acceptance without approver",
                |a| a.risks[0].treatment.acceptance = Some(acceptance(" ", "Known")),
                &[(LintCode::AcceptanceIncomplete, "R-01")],
            ),
            (
                "an acceptance without reason",
                |a| a.risks[0].treatment.acceptance = Some(acceptance("CEO", "")),
                &[(LintCode::AcceptanceIncomplete, "R-01")],
            ),
            (
                "an acceptance whose end is before its start",
                |a| {
                    let mut x = acceptance("CEO", "Known");
                    x.until = Date::new(2025, 1, 1).unwrap();
                    a.risks[0].treatment.acceptance = Some(x);
                },
                &[
                    (LintCode::AcceptanceIncomplete, "R-01"),
                    (LintCode::ExpiredAcceptance, "R-01"),
                ],
            ),
            (
                "a treated residual above the tolerance, not accepted",
                |a| {
                    a.assets[0].ratings.availability = Impact(5);
                    a.risks[0].treatment.target = Some(rating(3, 5));
                },
                &[(LintCode::ResidualNotAccepted, "R-01")],
            ),
            (
                "a treated residual above the tolerance, accepted",
                |a| {
                    a.assets[0].ratings.availability = Impact(5);
                    a.risks[0].treatment.target = Some(rating(3, 5));
                    a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known"));
                },
                &[],
            ),
            (
                "a complete acceptance",
                |a| a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known")),
                &[],
            ),
            (
                "a control planned twice",
                |a| {
                    a.risks[0].treatment.planned_controls = vec![
                        ControlId::new(8, 7),
                        ControlId::new(8, 8),
                        ControlId::new(8, 7),
                    ]
                },
                &[(LintCode::DuplicateControl, "R-01")],
            ),
            (
                "a control in place twice",
                |a| a.risks[0].existing_controls = vec![ControlId::new(5, 1), ControlId::new(5, 1)],
                &[(LintCode::DuplicateControl, "R-01")],
            ),
            (
                "an empty risk title",
                |a| a.risks[0].title = " \t".into(),
                &[(LintCode::RiskWithoutTitle, "R-01")],
            ),
            (
                "an asset-based risk with no assets left",
                |a| {
                    a.risks[0].identification = Identification::AssetBased { assets: vec![] };
                },
                &[(LintCode::ImpactUnknown, "R-01")],
            ),
            (
                "no assets but a judged impact",
                |a| {
                    a.risks[0].identification = Identification::AssetBased { assets: vec![] };
                    a.risks[0].impact_override = Some(ImpactOverride {
                        impact: Impact(3),
                        reason: "Judged in the workshop".into(),
                    });
                },
                &[],
            ),
            (
                "a highly rated asset no risk covers",
                |a| {
                    a.assets[0].ratings = Cia {
                        confidentiality: Impact(2),
                        integrity: Impact(4),
                        availability: Impact(2),
                    };
                    a.risks[0].identification = Identification::EventBased { impact: Impact(3) };
                },
                &[(LintCode::AssetWithoutRisk, "A-01")],
            ),
            (
                "a covered highly rated asset",
                |a| a.assets[0].ratings.integrity = Impact(5),
                &[],
            ),
        ];
        for (what, edit, expected) in cases {
            let mut a = base();
            edit(&mut a);
            let expected: Vec<(LintCode, String)> = expected
                .iter()
                .map(|(c, s)| (*c, (*s).to_owned()))
                .collect();
            assert_eq!(found(&a), expected, "{what}");
            for f in lint(&a, today()) {
                let m = f.message();
                assert!(!m.contains('{') && m.len() > 20, "{what}: {m}");
            }
        }
    }

    #[test]
    fn an_excluded_control_a_risk_uses_is_a_finding() {
        let mut a = base();
        let id = ControlId::new(8, 7);
        a.soa.entries.entry(id).or_default().applicable = Some(false);
        a.soa.entries.entry(id).or_default().exclusion_justification = "No malware here.".into();
        let f: Vec<Finding> = lint(&a, today())
            .into_iter()
            .filter(|f| f.subject == Subject::Control(id))
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].code, LintCode::ExcludedButUsed);
        assert!(f[0].message().contains("R-01"), "{}", f[0].message());
    }

    /// The SoA findings about control `id`, as codes.
    fn found_for(a: &Assessment, id: ControlId) -> Vec<LintCode> {
        lint(a, today())
            .into_iter()
            .filter(|f| f.subject == Subject::Control(id))
            .map(|f| f.code)
            .collect()
    }

    fn party(
        name: &str,
        basis: Option<RequirementBasis>,
        controls: &[ControlId],
    ) -> InterestedParty {
        InterestedParty {
            name: name.into(),
            requirements: "Records kept for six years".into(),
            basis,
            controls: controls.to_vec(),
        }
    }

    fn exclude(a: &mut Assessment, id: ControlId) {
        let e = a.soa.entries.entry(id).or_default();
        e.applicable = Some(false);
        e.exclusion_justification = "Not relevant to us.".into();
    }

    #[test]
    fn each_contradiction_of_the_soa_is_one_finding() {
        // 5.33 Protection of records: no risk of the base uses it.
        let records = ControlId::new(5, 33);
        let malware = ControlId::new(8, 7);
        type SoaCase = (&'static str, Edit, ControlId, &'static [LintCode]);
        let cases: &[SoaCase] = &[
            (
                "excluded, required by a legal requirement",
                |a| {
                    let id = ControlId::new(5, 33);
                    a.context.interested_parties.push(party(
                        "Tax authority",
                        Some(RequirementBasis::LegalRegulatory),
                        &[id],
                    ));
                    exclude(a, id);
                },
                records,
                &[LintCode::ExcludedButRequired],
            ),
            (
                "excluded, required with no basis stated",
                |a| {
                    let id = ControlId::new(5, 33);
                    a.context
                        .interested_parties
                        .push(party("Owners", None, &[id]));
                    exclude(a, id);
                },
                records,
                &[LintCode::ExcludedButRequired],
            ),
            (
                "excluded, a party requires another control",
                |a| {
                    a.context.interested_parties.push(party(
                        "Customers",
                        Some(RequirementBasis::Contractual),
                        &[ControlId::new(5, 34)],
                    ));
                    exclude(a, ControlId::new(5, 33));
                },
                records,
                &[],
            ),
            (
                "required and applicable",
                |a| {
                    let id = ControlId::new(5, 33);
                    a.context.interested_parties.push(party(
                        "Tax authority",
                        Some(RequirementBasis::LegalRegulatory),
                        &[id],
                    ));
                    a.soa.entries.entry(id).or_default().applicable = Some(true);
                },
                records,
                &[],
            ),
            (
                "excluded, used by a risk and required by a party",
                |a| {
                    let id = ControlId::new(8, 7);
                    a.context.interested_parties.push(party(
                        "Customers",
                        Some(RequirementBasis::Contractual),
                        &[id],
                    ));
                    exclude(a, id);
                },
                malware,
                &[LintCode::ExcludedButUsed, LintCode::ExcludedButRequired],
            ),
        ];
        for (what, edit, id, expected) in cases {
            let mut a = base();
            edit(&mut a);
            assert_eq!(found_for(&a, *id), expected.to_vec(), "{what}");
            for f in lint(&a, today())
                .into_iter()
                .filter(|f| f.code == LintCode::ExcludedButRequired)
            {
                let m = f.message();
                assert!(!m.contains('{'), "{what}: {m}");
                assert!(m.contains(&id.to_string()), "{what}: {m}");
                let named = a.context.interested_parties[0].name.as_str();
                assert!(m.contains(named), "{what}: {m}");
            }
        }
    }

    #[test]
    fn undriven_controls_are_to_decide_not_excluded() {
        let a = Assessment::default();
        let findings = lint(&a, today());
        assert_eq!(findings.len(), 93, "one decision per control, nothing else");
        assert!(findings.iter().all(|f| f.code == LintCode::ControlToDecide));
        assert!(findings[0].message().contains("Decide"));
        assert!(!progress(&a, today()).soa);
        let soa = generate(&a);
        assert_eq!(soa.to_decide_count(), 93);
        assert!(soa
            .rows
            .iter()
            .all(|r| r.status == crate::model::ImplementationStatus::NotStarted));
    }

    #[test]
    fn soa_counts_of_an_empty_assessment_are_to_decide_without_alarm() {
        let a = Assessment::default();
        let counts = SoaCounts::of(&lint(&a, today()));
        assert_eq!(counts.to_decide, 93);
        assert_eq!(counts.findings, 0);
        assert_eq!(counts.describe(), "93 controls to decide, 0 findings");
        let one = SoaCounts {
            to_decide: 1,
            findings: 1,
        };
        assert_eq!(one.describe(), "1 control to decide, 1 finding");
        assert!(SoaCounts::default().is_empty());
    }
}
