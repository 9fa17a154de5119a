//! Applying a previewed import: merge into the current assessment or
//! replace the register, atomically.

use serde::{Deserialize, Serialize};

use super::error::ImportError;
use super::mapping::RowKind;
use super::preview::{Planned, Preview};
use crate::edit;
use crate::model::{Assessment, AssetId, RiskId};

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
    // Items with an Annexa id keep it when it is free; the others get the
    // next free id after all of those are in.
    let mut later = Vec::new();
    for item in &preview.items {
        match &item.item {
            Planned::Asset(x) if x.id.0 != 0 && (item.update || a.asset(x.id).is_none()) => {
                assets.extend(edit::upsert_asset(&mut a, (**x).clone()));
            }
            Planned::Risk(x) if x.id.0 != 0 && (item.update || a.risk(x.id).is_none()) => {
                risks.extend(edit::upsert_risk(&mut a, (**x).clone()));
            }
            Planned::Soa { control, entry } => edit::set_soa_entry(&mut a, *control, entry.clone()),
            other => later.push(other.clone()),
        }
    }
    for item in later {
        let added = match item {
            Planned::Asset(mut x) => {
                x.id = AssetId(0);
                edit::upsert_asset(&mut a, *x).map(|id| assets.push(id))
            }
            Planned::Risk(mut x) => {
                x.id = RiskId(0);
                edit::upsert_risk(&mut a, *x).map(|id| risks.push(id))
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
                let gone: Vec<AssetId> = a
                    .assets
                    .iter()
                    .map(|x| x.id)
                    .filter(|id| !assets.contains(id))
                    .collect();
                for id in gone {
                    edit::delete_asset(&mut a, id);
                }
            }
            RowKind::Risk => a.risks.retain(|r| risks.contains(&r.id)),
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
