//! A 2013 SoA into a 2022 one (Annex B): which 2013 lines fed each 2022 control, where they disagree, and the SoA lines settled against the current assessment.

use super::*;

/// Folds the 2013 lines into 2022 SoA lines through Annex B, and reports.
pub(super) fn transition(
    current: &Assessment,
    rows: Vec<(u32, LegacyControlId, SoaEntry)>,
    items: &mut Vec<PlannedItem>,
) -> Transition {
    let mut by: BTreeMap<ControlId, Vec<(u32, LegacyControlId, SoaEntry)>> = BTreeMap::new();
    for (line, id, e) in rows {
        for c in catalogue::current_of(id) {
            by.entry(*c).or_default().push((line, id, e.clone()));
        }
    }
    let mut report = Transition::default();
    for (control, fed) in by {
        let from: Vec<(u32, LegacyControlId)> = fed.iter().map(|(l, i, _)| (*l, *i)).collect();
        let differ = |f: &dyn Fn(&SoaEntry) -> String| {
            let first = f(&fed[0].2);
            fed.iter().any(|x| f(&x.2) != first)
        };
        if differ(&|e| format!("{:?}", e.applicable)) {
            report.disagreements.push(Disagreement {
                control,
                field: TargetField::Applicable,
                lines: from.clone(),
            });
        }
        if differ(&|e| format!("{:?}", e.status)) {
            report.disagreements.push(Disagreement {
                control,
                field: TargetField::Status,
                lines: from.clone(),
            });
        }
        let base = current.soa.entries.get(&control).cloned();
        let update = base.is_some();
        let mut e = base.unwrap_or_default();
        let entries: Vec<&SoaEntry> = fed.iter().map(|x| &x.2).collect();
        e.applicable = if entries.iter().any(|x| x.applicable == Some(true)) {
            Some(true)
        } else {
            entries.iter().find_map(|x| x.applicable)
        };
        e.status = entries.iter().filter_map(|x| x.status).min();
        let join = |f: &dyn Fn(&SoaEntry) -> String| {
            let mut seen: Vec<String> = Vec::new();
            for x in &entries {
                let v = f(x);
                if !v.is_empty() && !seen.contains(&v) {
                    seen.push(v);
                }
            }
            seen.join(" ")
        };
        let j = join(&|x| x.justification.clone().unwrap_or_default());
        e.justification = (!j.is_empty()).then_some(j);
        e.exclusion_justification = join(&|x| x.exclusion_justification.clone());
        let owner = join(&|x| x.owner.clone());
        if !owner.is_empty() {
            e.owner = owner;
        }
        for x in &entries {
            for ev in &x.evidence {
                if !e.evidence.contains(ev) {
                    e.evidence.push(ev.clone());
                }
            }
            for r in &x.reasons {
                if !e.reasons.contains(r) {
                    e.reasons.push(*r);
                }
            }
        }
        let ids: Vec<String> = from.iter().map(|(_, i)| i.to_string()).collect();
        e.reference = Some(Reference(ids.join(", ")));
        items.push(PlannedItem {
            line: from[0].0,
            update,
            item: Planned::Soa { control, entry: e },
        });
        report.fed.push(Fed { control, from });
    }
    report.new_in_2022 = catalogue::CONTROLS
        .iter()
        .map(|c| c.id)
        .filter(|id| catalogue::legacy_of(*id).is_empty())
        .collect();
    crate::sort::sort_by_key(items, |i| i.line);
    report
}

/// Keeps in each SoA entry only what differs from what the SoA would
/// generate anyway, so that Annexa's own SoA export imports back to the
/// same data: a justification or status equal to the generated one stays
/// generated. Applicability is kept as given (a "No" stays an exclusion
/// even if a risk later names the control), except on a line with nothing
/// else set, where it equals what the SoA derives anyway.
pub(super) fn settle_soa(current: &Assessment, items: &mut [PlannedItem]) {
    let mut probe = current.clone();
    for i in items.iter() {
        if let Planned::Soa { control, entry } = &i.item {
            probe.soa.entries.insert(
                *control,
                SoaEntry {
                    reasons: entry.reasons.clone(),
                    ..SoaEntry::default()
                },
            );
        }
    }
    let generated = crate::soa::generate(&probe);
    for i in items.iter_mut() {
        let Planned::Soa { control, entry } = &mut i.item else {
            continue;
        };
        let Some(row) = generated.rows.iter().find(|r| r.control == *control) else {
            continue;
        };
        if entry.justification.as_deref() == Some(row.justification.as_str())
            && !row.justification_edited
        {
            entry.justification = None;
        }
        if entry.status == Some(row.status)
            && current
                .soa
                .entries
                .get(control)
                .and_then(|e| e.status)
                .is_none()
        {
            entry.status = None;
        }
        // A bare "yes"/"no" equal to what the SoA derives, on a line with
        // nothing else set, is a generated row of an export.
        let bare = SoaEntry {
            applicable: entry.applicable,
            reference: entry.reference.clone(),
            ..SoaEntry::default()
        };
        if *entry == bare && entry.applicable == Some(row.applicable) {
            entry.applicable = None;
        }
    }
}
