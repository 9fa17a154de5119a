//! The rules' codes and areas, and the findings they give: typed values
//! (code, subject, arguments) until [`Finding::message`] turns them into
//! words.

use std::fmt;

use serde::Serialize;

use crate::catalogue::ControlId;
use crate::model::{AssetId, RiskId};
use crate::text::{self, msg, Arg, MessageId};

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
