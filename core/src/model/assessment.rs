//! The whole [`Assessment`] and its look-ups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::context::Context;
use super::gap_check::GapCheck;
use super::ids::{AssetId, RiskId};
use super::risk::{Asset, Risk};
use super::soa::SoaInput;
use crate::method::Method;
use crate::quant::QuantSettings;

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
