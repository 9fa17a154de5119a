//! The registers' entries: assets with their CIA ratings, and risks with
//! their identification, ratings and treatment.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{AssetId, RiskId};
use crate::catalogue::{AssetType, ControlId, Effort, SecurityProperty, ThreatId, VulnerabilityId};
use crate::method::{Impact, Likelihood};
use crate::quant::QuantEstimate;
use crate::text::{self, msg};
use crate::time::Date;

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
    /// The id it has in the spreadsheet it was imported from, e.g. `AS-001`
    /// (kept, shown and exported; a later import of the same register
    /// updates the asset with this reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
}

// `Deserialize` is written out below (`crate::tagged`): the derive's JSON
// and errors without its buffering. (Doc comments here are the JSON
// Schema's descriptions.)
/// How a risk was identified (ISO/IEC 27005:2022 allows both).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
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

/// The tag of an [`Identification`].
#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum IdentificationKind {
    AssetBased,
    EventBased,
}

impl IdentificationKind {
    fn fields(self) -> &'static [&'static str] {
        match self {
            IdentificationKind::AssetBased => &["assets"],
            IdentificationKind::EventBased => &["impact"],
        }
    }
}

crate::tagged::flat_fields!(IdentificationFields, IdentificationKind, "internally tagged enum Identification" {
    assets: Vec<AssetId>,
    impact: Impact,
});

impl<'de> Deserialize<'de> for Identification {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::tagged::need;
        let f = IdentificationFields::deserialize(d)?;
        Ok(match f.checked_kind()? {
            IdentificationKind::AssetBased => Identification::AssetBased {
                assets: need(f.assets, "assets")?,
            },
            IdentificationKind::EventBased => Identification::EventBased {
                impact: need(f.impact, "impact")?,
            },
        })
    }
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
    pub fn label(self) -> String {
        text::text(match self {
            TreatmentOption::Mitigate => msg::TREATMENT_OPTION_MITIGATE,
            TreatmentOption::Accept => msg::TREATMENT_OPTION_ACCEPT,
            TreatmentOption::Avoid => msg::TREATMENT_OPTION_AVOID,
            TreatmentOption::Transfer => msg::TREATMENT_OPTION_TRANSFER,
        })
    }
}

/// How far a risk's treatment has got (the risk treatment plan's status,
/// ISO/IEC 27001:2022 6.1.3 e).
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
pub enum TreatmentStatus {
    /// Nothing done yet.
    #[default]
    NotStarted,
    /// Work has begun.
    InProgress,
    /// The treatment is complete.
    Done,
}

impl TreatmentStatus {
    /// All statuses, in order.
    pub const ALL: [TreatmentStatus; 3] = [
        TreatmentStatus::NotStarted,
        TreatmentStatus::InProgress,
        TreatmentStatus::Done,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            TreatmentStatus::NotStarted => msg::TREATMENT_STATUS_NOT_STARTED,
            TreatmentStatus::InProgress => msg::TREATMENT_STATUS_IN_PROGRESS,
            TreatmentStatus::Done => msg::TREATMENT_STATUS_DONE,
        })
    }
}

/// What a risk's treatment costs, in whole units of the assessment's
/// currency (`QuantSettings::currency`, e.g. 4500 for EUR 4,500); no
/// fractions, never negative.
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
#[serde(transparent)]
pub struct Cost(pub u64);

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
    /// How far the treatment has got.
    #[serde(default)]
    pub status: TreatmentStatus,
    /// How much work the treatment is, on the catalogue's effort sizes
    /// (XS hours … XL a quarter or more), if estimated.
    #[serde(default)]
    pub effort: Option<Effort>,
    /// What the treatment costs, if estimated.
    #[serde(default)]
    pub cost: Option<Cost>,
    /// The likelihood and impact the user expects once treated (the
    /// residual risk), set instead of the proposal the planned controls
    /// give (`annexa_core::residual_proposal`). When absent, the residual is
    /// that proposal.
    #[serde(default)]
    pub target: Option<Rating>,
    /// Why the user's residual differs from the proposal. Needed (by the
    /// treatment editor) when a target is set that differs from the
    /// proposal; a target saved before this field existed has none and stays
    /// valid.
    #[serde(default)]
    pub target_reason: String,
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
    /// The security properties (C, I, A) this scenario harms (`harms` in
    /// the file), for an
    /// asset-based risk: the high-water mark runs over the chosen assets'
    /// ratings for these properties only. Empty (the default, and every
    /// file saved before this field existed) means "the threat's"
    /// (`Risk::harmed_properties`). ISO/IEC 27005:2022 8.3: consequences
    /// are judged per scenario.
    #[serde(rename = "harms", default, skip_serializing_if = "Vec::is_empty")]
    pub properties: Vec<SecurityProperty>,
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
    /// The id it has in the spreadsheet it was imported from, e.g.
    /// `RISK-0042` (a later import of the same register updates this risk).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<Reference>,
}

/// An item's id in a spreadsheet it was imported from (an asset register's
/// `AS-001`, a risk register's `RISK-0042`): kept beside Annexa's own id,
/// which Annexa assigns. At most [`crate::MAX_TEXT`] characters.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Reference(pub String);

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
