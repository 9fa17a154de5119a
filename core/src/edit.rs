//! Edits of an assessment, as pure functions. The app's reducer calls these
//! and nothing else, so every rule about changing data lives here.

use std::collections::BTreeSet;

use super::catalogue::ControlId;
use super::error::{Error, ErrorKind};
use super::model::{
    Assessment, Asset, AssetId, Identification, InclusionReason, Risk, RiskId, SoaEntry,
};

/// Adds an asset, or replaces the one with the same id. A new asset given
/// id 0 gets the next free id ([`Assessment::next_asset_id`]), which is
/// returned. `None`, and no change, only when every id is taken; then
/// [`Assessment::next_asset_id`] gives the error to show.
pub fn upsert_asset(a: &mut Assessment, mut asset: Asset) -> Option<AssetId> {
    if asset.id.0 == 0 {
        asset.id = a.next_asset_id().ok()?;
    }
    let id = asset.id;
    match a.assets.iter_mut().find(|x| x.id == id) {
        Some(slot) => *slot = asset,
        None => a.assets.push(asset),
    }
    Some(id)
}

/// The risks that name an asset, before it is deleted: deleting it
/// removes it from each, and a risk left with no asset loses the basis of
/// its impact (ISO/IEC 27005:2022 asset-based identification).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetUsage {
    /// The asset.
    pub asset: AssetId,
    /// Every risk naming it, in register order, with its title and whether
    /// the asset is that risk's only one.
    pub risks: Vec<(RiskId, String, bool)>,
}

impl AssetUsage {
    /// True when no risk names the asset: it can go without asking.
    pub fn is_unused(&self) -> bool {
        self.risks.is_empty()
    }

    /// What deleting the asset does, a sentence per risk after a heading:
    /// "A-03 Cloud telephony is used by 2 risks:", then "R-06 Cloud telephony
    /// outage … (its only asset: its impact becomes unknown …)".
    pub fn describe(&self, asset_name: &str) -> (String, Vec<String>) {
        let head = crate::text::text_with(
            crate::text::msg::ASSET_DELETE_USED_BY,
            &[
                (
                    "asset",
                    crate::text::Arg::from(format!("{} {asset_name}", self.asset)),
                ),
                ("count", crate::text::Arg::from(self.risks.len())),
            ],
        );
        let lines = self
            .risks
            .iter()
            .map(|(id, title, only)| {
                crate::text::text_with(
                    if *only {
                        crate::text::msg::ASSET_DELETE_ORPHAN
                    } else {
                        crate::text::msg::ASSET_DELETE_RISK
                    },
                    &[
                        ("risk", crate::text::Arg::from(id.to_string())),
                        ("title", crate::text::Arg::from(title.as_str())),
                    ],
                )
            })
            .collect();
        (head, lines)
    }
}

/// Which risks name asset `id` (see [`AssetUsage`]).
pub fn asset_usage(a: &Assessment, id: AssetId) -> AssetUsage {
    let risks = a
        .risks
        .iter()
        .filter_map(|r| match &r.identification {
            Identification::AssetBased { assets } if assets.contains(&id) => {
                Some((r.id, r.title.clone(), assets.iter().all(|x| *x == id)))
            }
            _ => None,
        })
        .collect();
    AssetUsage { asset: id, risks }
}

/// The assets that at least one risk names, in one pass over the risks:
/// an asset not in the set is unused ([`AssetUsage::is_unused`] of its
/// [`asset_usage`]), so a register can tell every row apart without
/// scanning the risks once per asset.
pub fn assets_in_use(a: &Assessment) -> BTreeSet<AssetId> {
    crate::sort::set(
        a.risks
            .iter()
            .flat_map(|r| match &r.identification {
                Identification::AssetBased { assets } => assets.as_slice(),
                _ => &[],
            })
            .copied(),
    )
}

/// Deletes an asset and removes it from the risks that name it.
pub fn delete_asset(a: &mut Assessment, id: AssetId) {
    a.assets.retain(|x| x.id != id);
    for r in &mut a.risks {
        if let Identification::AssetBased { assets } = &mut r.identification {
            assets.retain(|x| *x != id);
        }
    }
}

/// Adds a risk, or replaces the one with the same id (id 0: the next free
/// id, [`Assessment::next_risk_id`]). `None`, and no change, only when
/// every id is taken; then [`Assessment::next_risk_id`] gives the error.
pub fn upsert_risk(a: &mut Assessment, mut risk: Risk) -> Option<RiskId> {
    if risk.id.0 == 0 {
        risk.id = a.next_risk_id().ok()?;
    }
    let id = risk.id;
    match a.risks.iter_mut().find(|x| x.id == id) {
        Some(slot) => *slot = risk,
        None => a.risks.push(risk),
    }
    Some(id)
}

/// Deletes a risk.
pub fn delete_risk(a: &mut Assessment, id: RiskId) {
    a.risks.retain(|x| x.id != id);
}

/// The evidence references of a text as it is being typed, one per line,
/// kept exactly (blank lines and spaces included), so that the field shows
/// what was typed even when it is saved mid-line:
/// `evidence_as_typed(t).join("\n") == t`. The SoA ([`crate::soa::generate`])
/// and the documents built from it list them trimmed, blank ones left out
/// ([`tidy_evidence`]).
pub fn evidence_as_typed(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_owned).collect()
}

/// Evidence references as the SoA lists them: each line trimmed, blank
/// ones left out.
pub fn tidy_evidence(evidence: &[String]) -> Vec<String> {
    evidence
        .iter()
        .flat_map(|e| e.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Sets one SoA entry; an entry equal to the default is removed.
pub fn set_soa_entry(a: &mut Assessment, id: ControlId, entry: SoaEntry) {
    if entry == SoaEntry::default() {
        a.soa.entries.remove(&id);
    } else {
        a.soa.entries.insert(id, entry);
    }
}

/// One decision taken on many SoA rows at once (ISO/IEC 27001:2022
/// 6.1.3 d: each control is included with a reason or excluded with a
/// justification).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SoaBulkDecision {
    /// Applicable for this reason: legal or regulatory, contractual or
    /// business practice (risk treatment comes from the register itself).
    Include(InclusionReason),
    /// Excluded, with one justification for all of them.
    Exclude(String),
}

/// Applies one decision to the given controls as one change, and returns
/// how many rows it changed. An exclusion leaves out the controls a risk
/// uses (in place or planned): excluding them would contradict the risk
/// register. Errors (and no change): an exclusion without a justification,
/// or an inclusion for "risk treatment", which only the register gives.
pub fn decide_soa(
    a: &mut Assessment,
    controls: &[ControlId],
    decision: &SoaBulkDecision,
) -> Result<usize, Error> {
    match decision {
        SoaBulkDecision::Include(InclusionReason::RiskTreatment) => {
            return Err(Error::new(
                ErrorKind::Invalid,
                "risk treatment comes from the risks' controls: choose legal, contractual or business as the reason, or add the control to a risk",
            ))
        }
        SoaBulkDecision::Exclude(text) if text.trim().is_empty() => {
            return Err(Error::new(
                ErrorKind::Invalid,
                "an exclusion needs a justification: write why these controls do not apply",
            ))
        }
        _ => {}
    }
    let used: BTreeSet<ControlId> = crate::sort::set(
        a.risks
            .iter()
            .flat_map(|r| {
                r.existing_controls
                    .iter()
                    .chain(&r.treatment.planned_controls)
            })
            .copied(),
    );
    let mut changed = 0;
    for id in crate::sort::set(controls.iter()) {
        let mut entry = a.soa.entries.get(id).cloned().unwrap_or_default();
        match decision {
            SoaBulkDecision::Include(reason) => {
                entry.applicable = Some(true);
                if !entry.reasons.contains(reason) {
                    entry.reasons.push(*reason);
                    crate::sort::sort(&mut entry.reasons);
                }
            }
            SoaBulkDecision::Exclude(text) => {
                if used.contains(id) {
                    continue;
                }
                entry.applicable = Some(false);
                entry.exclusion_justification = text.trim().to_owned();
            }
        }
        if a.soa.entries.get(id) != Some(&entry) {
            set_soa_entry(a, *id, entry);
            changed += 1;
        }
    }
    Ok(changed)
}

/// Changes the scale sizes (3–6 steps each). Every rating is moved onto
/// the new scales and remembered, so that restoring a size restores them:
/// see [`crate::rescale::change_scales`], which this calls, and
/// [`crate::rescale::preview_scale_change`] to show what it will do first.
pub fn resize_method(
    a: &mut Assessment,
    likelihood_steps: usize,
    impact_steps: usize,
) -> crate::rescale::ScaleChange {
    crate::rescale::change_scales(a, likelihood_steps, impact_steps)
}

#[cfg(test)]
mod tests {
    #[test]
    fn evidence_is_kept_as_typed_and_listed_tidy() {
        let typed = "  ISMS-POL-07 \n\nhttps://intranet/policy\n";
        let draft = evidence_as_typed(typed);
        assert_eq!(draft.join("\n"), typed, "the field shows what was typed");
        let mut a = Assessment::default();
        let id = ControlId::new(5, 1);
        let entry = SoaEntry {
            evidence: draft.clone(),
            ..SoaEntry::default()
        };
        set_soa_entry(&mut a, id, entry);
        assert_eq!(a.soa.entries[&id].evidence, draft, "saved as typed");
        let soa = crate::soa::generate(&a);
        let row = soa.rows.iter().find(|r| r.control == id).expect("5.1");
        assert_eq!(row.evidence, vec!["ISMS-POL-07", "https://intranet/policy"]);
        assert_eq!(
            tidy_evidence(&evidence_as_typed("\n  \n")),
            Vec::<String>::new()
        );
    }

    use super::*;
    use crate::example;

    #[test]
    fn resizing_keeps_the_data_valid() {
        for (l, i) in [(3, 3), (6, 4), (4, 6), (5, 5)] {
            let mut a = example();
            resize_method(&mut a, l, i);
            assert_eq!(crate::problems(&a, ""), vec![], "{l}×{i}");
        }
    }

    #[test]
    fn an_assets_usage_lists_its_risks_and_those_it_would_orphan() {
        let a = example();
        // A-03 Cloud telephony: R-03 names it with others, R-06 names only it.
        let u = asset_usage(&a, AssetId(3));
        let ids: Vec<(RiskId, bool)> = u.risks.iter().map(|r| (r.0, r.2)).collect();
        assert_eq!(ids, vec![(RiskId(3), false), (RiskId(6), true)]);
        let (head, lines) = u.describe("Cloud telephony");
        assert_eq!(head, "A-03 Cloud telephony is used by 2 risks:");
        assert!(
            lines[1]
                .starts_with("R-06 Cloud telephony outage stops the support lines (its only asset"),
            "{}",
            lines[1]
        );
        assert!(asset_usage(&a, AssetId(999)).is_unused());
    }

    #[test]
    fn the_assets_in_use_are_those_whose_usage_names_a_risk() {
        let mut a = example();
        a.assets.push(Asset {
            id: AssetId(999),
            ..a.assets[0].clone()
        });
        let in_use = assets_in_use(&a);
        assert!(!in_use.is_empty());
        for x in &a.assets {
            assert_eq!(
                in_use.contains(&x.id),
                !asset_usage(&a, x.id).is_unused(),
                "{}",
                x.id
            );
        }
        assert!(!in_use.contains(&AssetId(999)));
    }

    #[test]
    fn deleting_an_asset_removes_its_references() {
        let mut a = example();
        delete_asset(&mut a, AssetId(2));
        assert!(a.asset(AssetId(2)).is_none());
        assert_eq!(crate::problems(&a, ""), vec![]);
    }

    #[test]
    fn a_bulk_decision_is_one_change_that_spares_used_controls() {
        let mut a = example();
        let used = a.risks[0].treatment.planned_controls[0];
        let free = ControlId::new(7, 5);
        a.soa.entries.remove(&free);
        let n = decide_soa(
            &mut a,
            &[used, free, free],
            &SoaBulkDecision::Exclude("  No such premises.  ".into()),
        )
        .unwrap();
        assert_eq!(n, 1);
        assert_eq!(a.soa.entries[&free].applicable, Some(false));
        assert_eq!(
            a.soa.entries[&free].exclusion_justification,
            "No such premises."
        );
        assert_ne!(
            a.soa.entries.get(&used).and_then(|e| e.applicable),
            Some(false)
        );
        let n = decide_soa(
            &mut a,
            &[free],
            &SoaBulkDecision::Include(InclusionReason::Contractual),
        )
        .unwrap();
        assert_eq!(n, 1);
        assert_eq!(a.soa.entries[&free].applicable, Some(true));
        assert_eq!(a.soa.entries[&free].reasons, [InclusionReason::Contractual]);
        let before = a.clone();
        assert!(decide_soa(&mut a, &[free], &SoaBulkDecision::Exclude(" ".into())).is_err());
        assert!(decide_soa(
            &mut a,
            &[free],
            &SoaBulkDecision::Include(InclusionReason::RiskTreatment)
        )
        .is_err());
        assert_eq!(a, before, "no change on an error");
    }

    #[test]
    fn upsert_assigns_ids_and_replaces() {
        let mut a = example();
        let mut asset = a.assets[0].clone();
        asset.id = AssetId(0);
        let id = upsert_asset(&mut a, asset.clone()).unwrap();
        assert_eq!(id, AssetId(9));
        asset.id = id;
        asset.name = "Renamed".into();
        upsert_asset(&mut a, asset).unwrap();
        assert_eq!(a.assets.len(), 9);
        assert_eq!(a.asset(id).map(|x| x.name.as_str()), Some("Renamed"));
    }
}
