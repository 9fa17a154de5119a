//! The user's part of the Statement of Applicability: per control the
//! reasons, status and justification, and the document control block.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::{ControlId, LegacyControlId};
use crate::text::{self, msg};
use crate::time::Date;

/// Why a control is in the SoA.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum InclusionReason {
    /// It treats risks of the register.
    RiskTreatment,
    /// A law or regulation asks for it.
    LegalRegulatory,
    /// A contract asks for it.
    Contractual,
    /// Good practice or a business need.
    BusinessPractice,
}

impl InclusionReason {
    /// All reasons, in display order.
    pub const ALL: [InclusionReason; 4] = [
        InclusionReason::RiskTreatment,
        InclusionReason::LegalRegulatory,
        InclusionReason::Contractual,
        InclusionReason::BusinessPractice,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            InclusionReason::RiskTreatment => msg::INCLUSION_REASON_RISK_TREATMENT,
            InclusionReason::LegalRegulatory => msg::INCLUSION_REASON_LEGAL_REGULATORY,
            InclusionReason::Contractual => msg::INCLUSION_REASON_CONTRACTUAL,
            InclusionReason::BusinessPractice => msg::INCLUSION_REASON_BUSINESS_PRACTICE,
        })
    }
}

/// How far a control is implemented.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ImplementationStatus {
    /// Nothing done yet.
    NotStarted,
    /// Planned, with an owner and a date.
    Planned,
    /// Partly in place.
    PartiallyImplemented,
    /// In place and working.
    Implemented,
    /// The control is excluded from the SoA, so there is nothing to
    /// implement (ISO/IEC 27001:2022 6.1.3 d: the justification for the
    /// exclusion stands instead).
    NotApplicable,
}

impl ImplementationStatus {
    /// All statuses, in order.
    pub const ALL: [ImplementationStatus; 5] = [
        ImplementationStatus::NotStarted,
        ImplementationStatus::Planned,
        ImplementationStatus::PartiallyImplemented,
        ImplementationStatus::Implemented,
        ImplementationStatus::NotApplicable,
    ];

    /// The statuses a user sets on an applicable control (an excluded one
    /// is always [`ImplementationStatus::NotApplicable`]).
    pub const SETTABLE: [ImplementationStatus; 4] = [
        ImplementationStatus::NotStarted,
        ImplementationStatus::Planned,
        ImplementationStatus::PartiallyImplemented,
        ImplementationStatus::Implemented,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            ImplementationStatus::NotStarted => msg::IMPLEMENTATION_STATUS_NOT_STARTED,
            ImplementationStatus::Planned => msg::IMPLEMENTATION_STATUS_PLANNED,
            ImplementationStatus::PartiallyImplemented => {
                msg::IMPLEMENTATION_STATUS_PARTIALLY_IMPLEMENTED
            }
            ImplementationStatus::Implemented => msg::IMPLEMENTATION_STATUS_IMPLEMENTED,
            ImplementationStatus::NotApplicable => msg::IMPLEMENTATION_STATUS_NOT_APPLICABLE,
        })
    }
}

/// What the user set for one SoA row; everything else is generated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoaEntry {
    /// Applicability set by hand; when absent it follows from the reasons.
    #[serde(default)]
    pub applicable: Option<bool>,
    /// Reasons other than risk treatment (which is derived from the register).
    #[serde(default)]
    pub reasons: Vec<InclusionReason>,
    /// An edited justification; when absent the generated one is shown.
    #[serde(default)]
    pub justification: Option<String>,
    /// Why the control is excluded (required when not applicable).
    #[serde(default)]
    pub exclusion_justification: String,
    /// Status set by hand; when absent it follows from the register.
    #[serde(default)]
    pub status: Option<ImplementationStatus>,
    /// Who owns the control.
    #[serde(default)]
    pub owner: String,
    /// Evidence references (document names, links, ticket ids).
    #[serde(default)]
    pub evidence: Vec<String>,
    /// The row's id in a spreadsheet SoA it was imported from, when that
    /// differs from the control id (e.g. a 2013 `A.9.2.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<super::risk::Reference>,
}

/// One row of a document's change history (ISO/IEC 27001:2022 7.5.3:
/// documented information is under version control).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeRecord {
    /// The version this change produced, as the user typed it, e.g. "0.3".
    #[serde(default)]
    pub version: String,
    /// When the change was made.
    #[serde(default)]
    pub date: Option<Date>,
    /// Who made it.
    #[serde(default)]
    pub author: String,
    /// What changed, e.g. "Added the supplier risks".
    #[serde(default)]
    pub description: String,
}

/// A document's control block (ISO/IEC 27001:2022 7.5.2 and 7.5.3):
/// version, date, author, approver, approval date and change history, as the
/// user typed them. Every document of the Stage 1 pack shows it first. The
/// SoA keeps its block in `soa.document` (the field names of files from
/// before the other fields existed are unchanged, so they still load); the
/// other documents keep theirs in [`DocumentControls`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentControl {
    /// The document's version exactly as typed, e.g. "0.3" (never replaced
    /// by a default: an empty version shows as a draft).
    #[serde(default)]
    pub version: String,
    /// The document's date.
    #[serde(default)]
    pub date: Option<Date>,
    /// Who approved it.
    #[serde(default)]
    pub approver: String,
    /// The 2013 control ids a file of the 2013 edition used, each with the
    /// 2022 controls it was mapped to on import (ISO/IEC 27001:2022 Annex
    /// B); empty for a file of 2022 ids.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mapped_from_2013: BTreeMap<LegacyControlId, Vec<ControlId>>,
    /// Who wrote it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// When it was approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_on: Option<Date>,
    /// The change history, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<ChangeRecord>,
}

impl DocumentControl {
    /// True when nothing is filled in (the block is then left out of a saved file).
    pub fn is_empty(&self) -> bool {
        self == &DocumentControl::default()
    }
}

/// The SoA's document control block: the same [`DocumentControl`] every
/// document carries (the old name, kept for the code that uses it).
pub type SoaDocument = DocumentControl;

/// The document control blocks of the Stage 1 pack's documents other than
/// the SoA (whose block is `soa.document`). Each is empty until the user
/// fills it in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentControls {
    /// The ISMS scope statement (4.3).
    #[serde(default, skip_serializing_if = "DocumentControl::is_empty")]
    pub scope: DocumentControl,
    /// The risk assessment methodology (6.1.2).
    #[serde(default, skip_serializing_if = "DocumentControl::is_empty")]
    pub methodology: DocumentControl,
    /// The risk assessment report (8.2).
    #[serde(default, skip_serializing_if = "DocumentControl::is_empty")]
    pub risk_assessment: DocumentControl,
    /// The risk treatment plan (6.1.3 e, 8.3).
    #[serde(default, skip_serializing_if = "DocumentControl::is_empty")]
    pub risk_treatment_plan: DocumentControl,
    /// The gap-check report.
    #[serde(default, skip_serializing_if = "DocumentControl::is_empty")]
    pub gap_report: DocumentControl,
}

impl DocumentControls {
    /// True when no block is filled in.
    pub fn is_empty(&self) -> bool {
        self == &DocumentControls::default()
    }
}

/// The user's part of the Statement of Applicability.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoaInput {
    /// Document control.
    #[serde(default)]
    pub document: SoaDocument,
    /// Per-control entries, keyed by control id. Two keys that name one
    /// control ("A.5.1" and "5.1") are refused as they are read, rather
    /// than the later one silently replacing the first.
    #[serde(default, deserialize_with = "entries_once")]
    pub entries: BTreeMap<ControlId, SoaEntry>,
}

/// Reads the SoA's entries, refusing a control named by two keys.
fn entries_once<'de, D>(deserializer: D) -> Result<BTreeMap<ControlId, SoaEntry>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Entries;
    impl<'de> serde::de::Visitor<'de> for Entries {
        type Value = BTreeMap<ControlId, SoaEntry>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object of SoA entries keyed by control id")
        }

        fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error>
        where
            A: serde::de::MapAccess<'de>,
        {
            let mut entries = BTreeMap::new();
            while let Some((id, entry)) = map.next_entry::<ControlId, SoaEntry>()? {
                if entries.insert(id, entry).is_some() {
                    return Err(serde::de::Error::custom(format!(
                        "two keys of the SoA's entries name control {id}: keep one of them"
                    )));
                }
            }
            Ok(entries)
        }
    }
    deserializer.deserialize_map(Entries)
}
