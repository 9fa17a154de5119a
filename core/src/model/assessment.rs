//! The whole [`Assessment`] and its look-ups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::context::Context;
use super::gap_check::GapCheck;
use std::collections::{BTreeSet, HashMap};

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
    /// The asset with this id. A binary search when the register is in
    /// id order (the usual case: a new asset gets the largest id), else a
    /// scan; ids are unique (validation refuses duplicates).
    pub fn asset(&self, id: AssetId) -> Option<&Asset> {
        find_by_id(&self.assets, id, |a| a.id)
    }

    /// The risk with this id: a binary search when the register is in id
    /// order, else a scan (see [`Assessment::asset`]).
    pub fn risk(&self, id: RiskId) -> Option<&Risk> {
        find_by_id(&self.risks, id, |r| r.id)
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

/// The assets of an assessment found by id in constant time, built once
/// for work over the whole register (scoring, the lint, recommendations,
/// the plan), so that a risk naming thousands of assets costs as many
/// look-ups, not as many scans of the asset register.
#[derive(Clone, Debug)]
pub struct AssetIndex<'a> {
    by_id: HashMap<AssetId, &'a Asset>,
}

impl<'a> AssetIndex<'a> {
    /// Indexes every asset of `assessment` (the first of a duplicated id
    /// wins, as with [`Assessment::asset`]).
    pub fn new(assessment: &'a Assessment) -> Self {
        let mut by_id = HashMap::with_capacity(assessment.assets.len());
        for a in &assessment.assets {
            by_id.entry(a.id).or_insert(a);
        }
        AssetIndex { by_id }
    }

    /// The asset with this id.
    pub fn get(&self, id: AssetId) -> Option<&'a Asset> {
        self.by_id.get(&id).copied()
    }
}

/// Where the scoring functions find assets: an [`AssetIndex`] for work over
/// the register, or [`Assessment::asset`] for one risk.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Assets<'i, 'a> {
    /// The index built for the register.
    Indexed(&'i AssetIndex<'a>),
    /// The assessment's own look-up.
    Direct(&'a Assessment),
}

impl<'a> Assets<'_, 'a> {
    /// The asset with this id.
    pub(crate) fn get(self, id: AssetId) -> Option<&'a Asset> {
        match self {
            Assets::Indexed(i) => i.get(id),
            Assets::Direct(a) => a.asset(id),
        }
    }
}

/// The item with this id: a binary search first (it finds every id of a
/// list in id order, and may find some of a list out of order), then, on a
/// miss, the scan that finds it wherever it is. With unique ids both give
/// the one item that has it.
fn find_by_id<T, K: Ord + Copy>(items: &[T], id: K, key: impl Fn(&T) -> K) -> Option<&T> {
    match items.binary_search_by_key(&id, &key) {
        Ok(i) => items.get(i),
        Err(_) => items.iter().find(|x| key(x) == id),
    }
}

/// One more than the largest number in use if it fits the id format, else
/// the lowest free number from 1; `None` when all of 1..=MAX_ID are taken.
pub(crate) fn next_free(used: impl Iterator<Item = u32> + Clone) -> Option<u32> {
    let max = used.clone().filter(|n| *n <= MAX_ID).max().unwrap_or(0);
    if max < MAX_ID {
        return Some(max + 1);
    }
    let taken: BTreeSet<u32> = crate::sort::set(used);
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
