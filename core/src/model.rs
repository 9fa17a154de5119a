//! The assessment: everything a user enters, as one serde type.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::catalogue::{AssetType, ControlId, ThreatId, VulnerabilityId};
use super::method::{Impact, Likelihood, Method};
use super::quant::{QuantEstimate, QuantSettings};
use super::text_serde::text_serde;
use super::time::Date;

macro_rules! numbered_id {
    ($(#[$doc:meta])* $ty:ident, $prefix:literal, $name:literal, $pattern:literal, $example:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $ty(pub u32);

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "-{:02}"), self.0)
            }
        }

        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.strip_prefix(concat!($prefix, "-"))
                    .filter(|d| !d.is_empty() && d.len() <= 6 && d.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|d| d.parse::<u32>().ok())
                    .filter(|n| *n > 0)
                    .map($ty)
                    .ok_or_else(|| format!(concat!("\"{}\" is not ", $example), s))
            }
        }

        text_serde!($ty, $name, $pattern);
    };
}

numbered_id!(
    /// An asset's id, written `A-01`.
    AssetId, "A", "AssetId", "^A-[0-9]{1,6}$", "an asset id like \"A-01\""
);
numbered_id!(
    /// A risk's id, written `R-01`.
    RiskId, "R", "RiskId", "^R-[0-9]{1,6}$", "a risk id like \"R-01\""
);

/// The edition of ISO/IEC 27001 the assessment follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Edition {
    /// ISO/IEC 27001:2022 (with Amd 1:2024).
    #[default]
    #[serde(rename = "2022")]
    Iso2022,
    /// ISO/IEC 27001:2013, only for organisations still in transition.
    #[serde(rename = "2013")]
    Iso2013,
}

/// The organisation's sector; a preset suggests typical assets and threats.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// SaaS and cloud software.
    SaasCloud,
    /// Fintech and e-commerce.
    FintechEcommerce,
    /// Healthcare.
    Healthcare,
    /// Education.
    Education,
    /// Logistics.
    Logistics,
    /// Managed and professional services.
    ManagedServices,
    /// Public sector.
    PublicSector,
}

/// Someone with an interest in the ISMS, and what they require.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterestedParty {
    /// Who, e.g. "Customers".
    pub name: String,
    /// What they require, e.g. "Their data stays confidential; 99.5 % uptime".
    #[serde(default)]
    pub requirements: String,
}

/// Context and scope (clauses 4.1–4.3).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// The organisation's name.
    #[serde(default)]
    pub organisation: String,
    /// Its sector, if chosen.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// The ISMS scope statement.
    #[serde(default)]
    pub scope: String,
    /// Sites in scope.
    #[serde(default)]
    pub sites: Vec<String>,
    /// Services in scope.
    #[serde(default)]
    pub services: Vec<String>,
    /// Teams in scope.
    #[serde(default)]
    pub teams: Vec<String>,
    /// Interested parties and their requirements.
    #[serde(default)]
    pub interested_parties: Vec<InterestedParty>,
    /// The edition of the standard.
    #[serde(default)]
    pub edition: Edition,
}

/// An asset's confidentiality, integrity and availability ratings, on the
/// impact scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cia {
    /// How bad a leak would be.
    pub confidentiality: Impact,
    /// How bad an unwanted change would be.
    pub integrity: Impact,
    /// How bad an outage would be.
    pub availability: Impact,
}

/// An asset of the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Asset {
    /// Its id.
    pub id: AssetId,
    /// Its name, e.g. "CRM platform".
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub asset_type: AssetType,
    /// Who is accountable for it.
    #[serde(default)]
    pub owner: String,
    /// Where it lives.
    #[serde(default)]
    pub location: String,
    /// A short description.
    #[serde(default)]
    pub description: String,
    /// Its C, I and A ratings.
    pub ratings: Cia,
}

/// How a risk was identified (ISO/IEC 27005:2022 allows both).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Identification {
    /// Assets, a threat and vulnerabilities; the impact is the high-water
    /// mark of the assets' ratings.
    AssetBased {
        /// The assets at risk.
        assets: Vec<AssetId>,
    },
    /// A scenario with no assets, whose impact is judged directly.
    EventBased {
        /// The judged impact.
        impact: Impact,
    },
}

/// A likelihood and an impact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    /// Likelihood.
    pub likelihood: Likelihood,
    /// Impact.
    pub impact: Impact,
}

/// An impact set by hand instead of the computed one, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImpactOverride {
    /// The impact to use.
    pub impact: Impact,
    /// Why the computed impact is wrong.
    pub reason: String,
}

/// The four risk treatment options.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TreatmentOption {
    /// Reduce the risk with controls.
    Mitigate,
    /// Live with it, knowingly.
    Accept,
    /// Stop the activity that causes it.
    Avoid,
    /// Share it: insurance, contracts, outsourcing.
    Transfer,
}

impl TreatmentOption {
    /// All options, in display order.
    pub const ALL: [TreatmentOption; 4] = [
        TreatmentOption::Mitigate,
        TreatmentOption::Accept,
        TreatmentOption::Avoid,
        TreatmentOption::Transfer,
    ];

    /// A display label.
    pub fn label(self) -> &'static str {
        match self {
            TreatmentOption::Mitigate => "Mitigate",
            TreatmentOption::Accept => "Accept",
            TreatmentOption::Avoid => "Avoid",
            TreatmentOption::Transfer => "Transfer",
        }
    }
}

/// A recorded risk acceptance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// Who accepted it (a risk owner or management).
    pub by: String,
    /// When.
    pub on: Date,
    /// Until when the acceptance holds.
    pub until: Date,
    /// Why it is acceptable.
    #[serde(default)]
    pub reason: String,
}

/// How a risk is treated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Treatment {
    /// The chosen option, if decided.
    #[serde(default)]
    pub option: Option<TreatmentOption>,
    /// Annex A controls to put in place.
    #[serde(default)]
    pub planned_controls: Vec<ControlId>,
    /// Who owns the treatment.
    #[serde(default)]
    pub owner: String,
    /// When it is due.
    #[serde(default)]
    pub due: Option<Date>,
    /// The expected likelihood and impact once treated (the residual risk).
    #[serde(default)]
    pub target: Option<Rating>,
    /// The acceptance, where the risk (or its residual) is accepted.
    #[serde(default)]
    pub acceptance: Option<Acceptance>,
}

/// A risk of the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// Its id.
    pub id: RiskId,
    /// A short title, e.g. "Leavers keep CRM access".
    pub title: String,
    /// The scenario in a sentence or two.
    #[serde(default)]
    pub description: String,
    /// Asset-based or event-based.
    pub identification: Identification,
    /// The threat, from the library.
    #[serde(default)]
    pub threat: Option<ThreatId>,
    /// The vulnerabilities it exploits, from the library.
    #[serde(default)]
    pub vulnerabilities: Vec<VulnerabilityId>,
    /// The risk owner.
    #[serde(default)]
    pub owner: String,
    /// The inherent likelihood (no controls considered).
    pub likelihood: Likelihood,
    /// A hand-set impact instead of the computed one.
    #[serde(default)]
    pub impact_override: Option<ImpactOverride>,
    /// Controls already in place against this risk.
    #[serde(default)]
    pub existing_controls: Vec<ControlId>,
    /// Likelihood and impact with the existing controls; when absent, the
    /// current risk equals the inherent one.
    #[serde(default)]
    pub current: Option<Rating>,
    /// The treatment.
    #[serde(default)]
    pub treatment: Treatment,
    /// The quantitative (FAIR) estimate, inherent and residual, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quant: Option<QuantEstimate>,
}

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
    pub fn label(self) -> &'static str {
        match self {
            InclusionReason::RiskTreatment => "Risk treatment",
            InclusionReason::LegalRegulatory => "Legal/regulatory",
            InclusionReason::Contractual => "Contractual",
            InclusionReason::BusinessPractice => "Business/best practice",
        }
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
}

impl ImplementationStatus {
    /// All statuses, in order.
    pub const ALL: [ImplementationStatus; 4] = [
        ImplementationStatus::NotStarted,
        ImplementationStatus::Planned,
        ImplementationStatus::PartiallyImplemented,
        ImplementationStatus::Implemented,
    ];

    /// A display label.
    pub fn label(self) -> &'static str {
        match self {
            ImplementationStatus::NotStarted => "Not started",
            ImplementationStatus::Planned => "Planned",
            ImplementationStatus::PartiallyImplemented => "Partially implemented",
            ImplementationStatus::Implemented => "Implemented",
        }
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
}

/// The SoA's document control block.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoaDocument {
    /// The SoA's version, e.g. "1.0".
    #[serde(default)]
    pub version: String,
    /// Its date.
    #[serde(default)]
    pub date: Option<Date>,
    /// Who approved it.
    #[serde(default)]
    pub approver: String,
}

/// The user's part of the Statement of Applicability.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoaInput {
    /// Document control.
    #[serde(default)]
    pub document: SoaDocument,
    /// Per-control entries, keyed by control id.
    #[serde(default)]
    pub entries: BTreeMap<ControlId, SoaEntry>,
}

/// The id of a gap-check question, e.g. `q-4.3-scope`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct QuestionId(pub String);

/// An answer to a gap-check question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Yes, in place.
    Yes,
    /// Partly.
    Partly,
    /// No.
    No,
    /// Does not apply here.
    NotApplicable,
    /// Not known (counts as a gap).
    DontKnow,
}

impl Answer {
    /// All answers, in the order the gap check offers them.
    pub const ALL: [Answer; 5] = [
        Answer::Yes,
        Answer::Partly,
        Answer::No,
        Answer::NotApplicable,
        Answer::DontKnow,
    ];

    /// A display label.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::Partly => "Partly",
            Answer::No => "No",
            Answer::NotApplicable => "Not applicable",
            Answer::DontKnow => "Don't know",
        }
    }
}

/// How deep the gap check goes.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GapMode {
    /// About 25 questions, ten minutes: every clause and the everyday controls.
    #[default]
    Short,
    /// The short questions plus one for every other Annex A control.
    Thorough,
}

impl GapMode {
    /// Both modes, in display order.
    pub const ALL: [GapMode; 2] = [GapMode::Short, GapMode::Thorough];

    /// A display label.
    pub fn label(self) -> &'static str {
        match self {
            GapMode::Short => "Short (about 10 minutes)",
            GapMode::Thorough => "Thorough (every Annex A control)",
        }
    }
}

/// How many people the organisation has, for the effort and time estimates.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum SizeBand {
    /// 1 to 10 people.
    #[serde(rename = "1-10")]
    Micro,
    /// 11 to 50 people.
    #[serde(rename = "11-50")]
    Small,
    /// 51 to 250 people.
    #[serde(rename = "51-250")]
    Medium,
    /// More than 250 people.
    #[serde(rename = "250+")]
    Large,
}

impl SizeBand {
    /// All bands, smallest first.
    pub const ALL: [SizeBand; 4] = [
        SizeBand::Micro,
        SizeBand::Small,
        SizeBand::Medium,
        SizeBand::Large,
    ];

    /// A display label, e.g. "11–50 people".
    pub fn label(self) -> &'static str {
        match self {
            SizeBand::Micro => "1–10 people",
            SizeBand::Small => "11–50 people",
            SizeBand::Medium => "51–250 people",
            SizeBand::Large => "More than 250 people",
        }
    }
}

/// The gap-check answers and settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GapCheck {
    /// Answers by question id.
    #[serde(default)]
    pub answers: BTreeMap<QuestionId, Answer>,
    /// Short or thorough (files from before the setting load as short).
    #[serde(default)]
    pub mode: GapMode,
    /// The organisation's size, if given.
    #[serde(default)]
    pub size: Option<SizeBand>,
    /// The suggested risks "Continue to full assessment" raised, by the
    /// question that raised them, so that a second run adds none twice.
    #[serde(default)]
    pub raised_risks: BTreeMap<QuestionId, RiskId>,
}

/// The whole assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Context and scope.
    #[serde(default)]
    pub context: Context,
    /// The risk method.
    #[serde(default)]
    pub method: Method,
    /// The asset register.
    #[serde(default)]
    pub assets: Vec<Asset>,
    /// The risk register.
    #[serde(default)]
    pub risks: Vec<Risk>,
    /// The user's SoA entries and document control.
    #[serde(default)]
    pub soa: SoaInput,
    /// Gap-check answers.
    #[serde(default)]
    pub gap_check: GapCheck,
    /// Settings of the quantitative simulation (seed, trials, currency,
    /// tolerance curve).
    #[serde(default, skip_serializing_if = "QuantSettings::is_default")]
    pub quant_settings: QuantSettings,
}

impl Assessment {
    /// The asset with this id.
    pub fn asset(&self, id: AssetId) -> Option<&Asset> {
        self.assets.iter().find(|a| a.id == id)
    }

    /// The risk with this id.
    pub fn risk(&self, id: RiskId) -> Option<&Risk> {
        self.risks.iter().find(|r| r.id == id)
    }

    /// The next free asset id.
    pub fn next_asset_id(&self) -> AssetId {
        AssetId(self.assets.iter().map(|a| a.id.0).max().unwrap_or(0) + 1)
    }

    /// The next free risk id.
    pub fn next_risk_id(&self) -> RiskId {
        RiskId(self.risks.iter().map(|r| r.id.0).max().unwrap_or(0) + 1)
    }
}
