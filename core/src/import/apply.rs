//! Applying a previewed import: merge into the current assessment or
//! replace the register, atomically.

use serde::{Deserialize, Serialize};

use super::error::ImportError;
use super::mapping::RowKind;
use super::preview::{Planned, Preview};
use crate::edit;
use std::collections::{HashMap, HashSet};

use crate::model::{Assessment, AssetId, Identification, RiskId, MAX_ID};

/// How the imported rows meet the current register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// New rows are added; rows that match an item (by Annexa id or
    /// reference) update it; the other items stay.
    Merge,
    /// As merge, then the register's items that no row matched are removed
    /// (for assets: also from the risks that name them).
    Replace,
}

/// The assessment after the import: `current` with the preview's items
/// merged in (or the register replaced). Atomic: either every planned item
/// goes in and the result passes every rule of the data, or an error says
/// why and `current` is left as it was (it is never changed: the caller
/// keeps it for undo). Rejected rows are left out; the preview lists them.
pub fn apply(
    current: &Assessment,
    preview: &Preview,
    mode: ImportMode,
) -> Result<Assessment, ImportError> {
    let mut a = current.clone();
    let mut assets: Vec<AssetId> = Vec::new();
    let mut risks: Vec<RiskId> = Vec::new();
    // Where each id sits, so that 50,000 rows are not 50,000 searches.
    let mut asset_at: HashMap<AssetId, usize> = a
        .assets
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id, i))
        .collect();
    let mut risk_at: HashMap<RiskId, usize> =
        a.risks.iter().enumerate().map(|(i, x)| (x.id, i)).collect();
    // Items with an Annexa id keep it when it is free (or update the item
    // with it); the others get the next free id once those are in.
    let mut later = Vec::new();
    for item in &preview.items {
        match &item.item {
            Planned::Asset(x) if x.id.0 != 0 && (item.update || !asset_at.contains_key(&x.id)) => {
                match asset_at.get(&x.id) {
                    Some(i) => a.assets[*i] = (**x).clone(),
                    None => {
                        asset_at.insert(x.id, a.assets.len());
                        a.assets.push((**x).clone());
                    }
                }
                assets.push(x.id);
            }
            Planned::Risk(x) if x.id.0 != 0 && (item.update || !risk_at.contains_key(&x.id)) => {
                match risk_at.get(&x.id) {
                    Some(i) => a.risks[*i] = (**x).clone(),
                    None => {
                        risk_at.insert(x.id, a.risks.len());
                        a.risks.push((**x).clone());
                    }
                }
                risks.push(x.id);
            }
            Planned::Soa { control, entry } => edit::set_soa_entry(&mut a, *control, entry.clone()),
            other => later.push(other.clone()),
        }
    }
    let mut next_asset = a.next_asset_id().ok().map(|i| i.0);
    let mut next_risk = a.next_risk_id().ok().map(|i| i.0);
    for item in later {
        let added = match item {
            Planned::Asset(mut x) => {
                // One more than the largest while that fits; else the
                // domain's allocator finds the lowest free id.
                let id = match next_asset
                    .filter(|n| *n <= MAX_ID && !asset_at.contains_key(&AssetId(*n)))
                {
                    Some(n) => {
                        next_asset = Some(n + 1);
                        Some(AssetId(n))
                    }
                    None => a.next_asset_id().ok(),
                };
                id.map(|id| {
                    x.id = id;
                    asset_at.insert(id, a.assets.len());
                    a.assets.push(*x);
                    assets.push(id);
                })
            }
            Planned::Risk(mut x) => {
                let id = match next_risk
                    .filter(|n| *n <= MAX_ID && !risk_at.contains_key(&RiskId(*n)))
                {
                    Some(n) => {
                        next_risk = Some(n + 1);
                        Some(RiskId(n))
                    }
                    None => a.next_risk_id().ok(),
                };
                id.map(|id| {
                    x.id = id;
                    risk_at.insert(id, a.risks.len());
                    a.risks.push(*x);
                    risks.push(id);
                })
            }
            Planned::Soa { .. } => Some(()),
        };
        if added.is_none() {
            return Err(ImportError::Invalid {
                detail: a_full_message(&a, preview.kind),
            });
        }
    }
    if mode == ImportMode::Replace {
        match preview.kind {
            RowKind::Asset => {
                let keep: HashSet<AssetId> = assets.iter().copied().collect();
                let gone: HashSet<AssetId> = a
                    .assets
                    .iter()
                    .map(|x| x.id)
                    .filter(|id| !keep.contains(id))
                    .collect();
                a.assets.retain(|x| !gone.contains(&x.id));
                for r in &mut a.risks {
                    if let Identification::AssetBased { assets } = &mut r.identification {
                        assets.retain(|x| !gone.contains(x));
                    }
                }
            }
            RowKind::Risk => {
                let keep: HashSet<RiskId> = risks.iter().copied().collect();
                a.risks.retain(|r| keep.contains(&r.id));
            }
            RowKind::Soa => {
                let keep: Vec<_> = preview
                    .items
                    .iter()
                    .filter_map(|i| match &i.item {
                        Planned::Soa { control, .. } => Some(*control),
                        _ => None,
                    })
                    .collect();
                a.soa.entries.retain(|c, _| keep.contains(c));
            }
        }
    }
    crate::validate(&a, "assessment").map_err(|e| ImportError::Invalid {
        detail: match e.path {
            Some(p) => format!("{p}: {}", e.message),
            None => e.message,
        },
    })?;
    Ok(a)
}

fn a_full_message(a: &Assessment, kind: RowKind) -> String {
    let e = match kind {
        RowKind::Asset => a.next_asset_id().err(),
        _ => a.next_risk_id().err(),
    };
    e.map(|e| e.message).unwrap_or_default()
}
