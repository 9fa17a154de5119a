//! The whole [`Assessment`] and its look-ups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::context::Context;
use super::gap_check::GapCheck;
use std::collections::BTreeSet;

use super::ids::{AssetId, RiskId, MAX_ID};
use super::risk::{Asset, Risk};
use super::soa::{DocumentControls, SoaInput};
use crate::error::{Error, ErrorKind, Result};
use crate::method::Method;
use crate::quant::QuantSettings;
use crate::rescale::ScaleMemory;

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
    /// Ratings that scale changes moved, so that restoring a scale
    /// restores them (see [`crate::rescale`]). Absent when empty.
    #[serde(default, skip_serializing_if = "ScaleMemory::is_empty")]
    pub scale_memory: ScaleMemory,
    /// The document control blocks of the Stage 1 pack's documents other
    /// than the SoA (ISO/IEC 27001:2022 7.5.3); files without them load
    /// with empty blocks.
    #[serde(default, skip_serializing_if = "DocumentControls::is_empty")]
    pub documents: DocumentControls,
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

    /// The id a new asset gets: one more than the largest in use, or, when
    /// that would pass [`MAX_ID`], the lowest free number. An error only when
    /// every number from 1 to [`MAX_ID`] is taken.
    pub fn next_asset_id(&self) -> Result<AssetId> {
        next_free(self.assets.iter().map(|a| a.id.0))
            .map(AssetId)
            .ok_or_else(|| full("asset", "A"))
    }

    /// The id a new risk gets: one more than the largest in use, or, when
    /// that would pass [`MAX_ID`], the lowest free number. An error only when
    /// every number from 1 to [`MAX_ID`] is taken.
    pub fn next_risk_id(&self) -> Result<RiskId> {
        next_free(self.risks.iter().map(|r| r.id.0))
            .map(RiskId)
            .ok_or_else(|| full("risk", "R"))
    }
}

/// One more than the largest number in use if it fits the id format, else
/// the lowest free number from 1; `None` when all of 1..=MAX_ID are taken.
pub(crate) fn next_free(used: impl Iterator<Item = u32> + Clone) -> Option<u32> {
    let max = used.clone().filter(|n| *n <= MAX_ID).max().unwrap_or(0);
    if max < MAX_ID {
        return Some(max + 1);
    }
    let taken: BTreeSet<u32> = used.collect();
    (1..=MAX_ID).find(|n| !taken.contains(n))
}

fn full(what: &str, prefix: &str) -> Error {
    Error::new(
        ErrorKind::TooMany,
        format!(
            "every {what} id from {prefix}-01 to {prefix}-{MAX_ID} is taken: delete {what}s you no longer need, then add this one again"
        ),
    )
}
