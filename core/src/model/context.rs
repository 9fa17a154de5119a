//! Context and scope: the edition, the sector, interested parties.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::soa::InclusionReason;
use crate::catalogue::ControlId;
use crate::text::{self, msg};

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
    /// Professional services: accounting, legal, consulting.
    ProfessionalServices,
    /// Retail: shops and online sales.
    Retail,
    /// Manufacturing.
    Manufacturing,
    /// Non-profit: charities, associations, foundations.
    NonProfit,
}

/// Where an interested party's requirement comes from (ISO/IEC 27001:2022
/// 4.2 c: which of their requirements the ISMS addresses).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RequirementBasis {
    /// A law or regulation.
    LegalRegulatory,
    /// A contract.
    Contractual,
}

impl RequirementBasis {
    /// Both bases, in display order.
    pub const ALL: [RequirementBasis; 2] = [
        RequirementBasis::LegalRegulatory,
        RequirementBasis::Contractual,
    ];

    /// The SoA's inclusion reason for a control such a requirement calls for.
    pub fn reason(self) -> InclusionReason {
        match self {
            RequirementBasis::LegalRegulatory => InclusionReason::LegalRegulatory,
            RequirementBasis::Contractual => InclusionReason::Contractual,
        }
    }

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            RequirementBasis::LegalRegulatory => msg::INCLUSION_REASON_LEGAL_REGULATORY,
            RequirementBasis::Contractual => msg::INCLUSION_REASON_CONTRACTUAL,
        })
    }
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
    /// Whether the requirements are legal or contractual; none when they
    /// are neither (or not stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<RequirementBasis>,
    /// The Annex A controls the requirements call for. Each is applicable
    /// in the SoA, with this party named in its justification.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<ControlId>,
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
