//! One row of the table as an asset, a risk or an SoA line, or the reason it is rejected.

use super::*;

pub(super) fn asset_row(
    current: &Assessment,
    index: &Index,
    cells: &Cells,
    vals: &Values,
) -> RowResult {
    let reference = cells
        .get(TargetField::Reference)
        .map(|r| Reference(r.to_owned()));
    let by_id = cells
        .get(TargetField::Id)
        .and_then(|s| s.parse::<AssetId>().ok());
    let existing = by_id.and_then(|id| current.asset(id)).or_else(|| {
        reference
            .as_ref()
            .and_then(|r| index.asset_by_ref.get(&r.0))
            .and_then(|id| current.asset(*id))
    });
    let mut asset = match existing {
        Some(a) => a.clone(),
        None => {
            let mut a = Asset::new_default(&current.method);
            // Annexa's own id is kept when free (a round trip of an export).
            a.id = by_id.filter(|id| id.fits()).unwrap_or(AssetId(0));
            a
        }
    };
    if let Some(name) = cells.get(TargetField::Name) {
        asset.name = name.to_owned();
    }
    if asset.name.trim().is_empty() {
        return Err(RowProblem::Missing {
            field: TargetField::Name,
        });
    }
    if reference.is_some() {
        asset.reference = reference;
    }
    if let Some(v) = vals.get(TargetField::AssetType, cells.get(TargetField::AssetType))? {
        match v {
            MappedValue::AssetType(t) => asset.asset_type = t,
            _ => return Err(unmapped(TargetField::AssetType, cells)),
        }
    }
    for (f, slot) in [
        (TargetField::Owner, &mut asset.owner),
        (TargetField::Location, &mut asset.location),
    ] {
        if let Some(v) = cells.get(f) {
            *slot = v.to_owned();
        }
    }
    if let Some(d) = text_of(cells, TargetField::Description) {
        asset.description = d;
    }
    let rating = |f: TargetField| vals.step(f, cells.get(f));
    let class = rating(TargetField::Classification)?;
    let crit = rating(TargetField::Criticality)?;
    let c = rating(TargetField::Confidentiality)?.or(class);
    let i = rating(TargetField::Integrity)?.or(crit);
    let a = rating(TargetField::Availability)?.or(crit);
    if let Some(c) = c {
        asset.ratings.confidentiality = Impact(c);
    }
    if let Some(i) = i {
        asset.ratings.integrity = Impact(i);
    }
    if let Some(a) = a {
        asset.ratings.availability = Impact(a);
    }
    check(crate::validate::asset_problems(current, &asset))?;
    Ok((existing.is_some(), Planned::Asset(Box::new(asset))))
}

pub(super) fn risk_row(
    current: &Assessment,
    index: &Index,
    cells: &Cells,
    vals: &Values,
) -> RowResult {
    use TargetField as F;
    let reference = cells.get(F::Reference).map(|r| Reference(r.to_owned()));
    let by_id = cells.get(F::Id).and_then(|s| s.parse::<RiskId>().ok());
    let at = |id: &RiskId| index.risk_pos.get(id).and_then(|i| current.risks.get(*i));
    let existing = by_id.as_ref().and_then(at).or_else(|| {
        reference
            .as_ref()
            .and_then(|r| index.risk_by_ref.get(&r.0))
            .and_then(at)
    });
    let mut risk = match existing {
        Some(r) => r.clone(),
        None => {
            let mut r = Risk::new_default(&current.method);
            r.id = by_id.filter(|id| id.fits()).unwrap_or(RiskId(0));
            r
        }
    };
    if let Some(t) = cells.get(F::Name) {
        risk.title = t.to_owned();
    }
    if risk.title.trim().is_empty() {
        return Err(RowProblem::Missing { field: F::Name });
    }
    if reference.is_some() {
        risk.reference = reference;
    }
    if let Some(d) = text_of(cells, F::Description) {
        risk.description = d;
    }
    if let Some(o) = cells.get(F::Owner) {
        risk.owner = o.to_owned();
    }
    if let Some(t) = cells.get(F::Threat) {
        risk.threat = Some(threat_of(t).ok_or_else(|| RowProblem::UnknownLibraryItem {
            field: F::Threat,
            value: t.to_owned(),
        })?);
    }
    if let Some(v) = cells.get(F::Vulnerabilities) {
        risk.vulnerabilities = values::split_items(v, vulnerability_of).map_err(|value| {
            RowProblem::UnknownLibraryItem {
                field: F::Vulnerabilities,
                value,
            }
        })?;
    }
    if let Some(l) = vals.step(F::Likelihood, cells.get(F::Likelihood))? {
        risk.likelihood = Likelihood(l);
    }
    let impact = vals.step(F::Impact, cells.get(F::Impact))?.map(Impact);
    if cells.mapped(F::Assets) {
        let assets = values::split_items(cells.get(F::Assets).unwrap_or(""), |s| index.asset(s))
            .map_err(|value| RowProblem::UnknownAsset { value })?;
        risk.identification = if assets.is_empty() {
            Identification::EventBased {
                impact: impact.unwrap_or(Impact(current.method.impact.middle())),
            }
        } else {
            Identification::AssetBased { assets }
        };
    } else if let (Some(i), Identification::AssetBased { assets }) = (impact, &risk.identification)
    {
        if assets.is_empty() {
            risk.identification = Identification::EventBased { impact: i };
        }
    }
    if let Identification::EventBased { impact: slot } = &mut risk.identification {
        if let Some(i) = impact {
            *slot = i;
        }
    }
    // An asset-based risk whose given impact differs from its assets'
    // high-water mark keeps the given one as a hand-set impact.
    if let (Some(i), Identification::AssetBased { .. }) = (impact, &risk.identification) {
        let computed = crate::scoring::high_water_mark(current, &risk).map(|(c, _)| c);
        risk.impact_override = (computed != Some(i)).then(|| ImpactOverride {
            impact: i,
            reason: text::text(msg::IMPORT_IMPACT_REASON),
        });
    }
    let inherent = crate::scoring::inherent_impact(current, &risk).0;
    let cl = vals.step(F::CurrentLikelihood, cells.get(F::CurrentLikelihood))?;
    let ci = vals.step(F::CurrentImpact, cells.get(F::CurrentImpact))?;
    if cl.is_some() || ci.is_some() {
        let r = Rating {
            likelihood: cl.map_or(risk.likelihood, Likelihood),
            impact: ci.map_or(inherent, Impact),
        };
        let same = r.likelihood == risk.likelihood && r.impact == inherent;
        risk.current = (!same).then_some(r);
    }
    let current_rating = risk.current.unwrap_or(Rating {
        likelihood: risk.likelihood,
        impact: inherent,
    });
    let rl = vals.step(F::ResidualLikelihood, cells.get(F::ResidualLikelihood))?;
    let ri = vals.step(F::ResidualImpact, cells.get(F::ResidualImpact))?;
    if rl.is_some() || ri.is_some() {
        let r = Rating {
            likelihood: rl.map_or(current_rating.likelihood, Likelihood),
            impact: ri.map_or(current_rating.impact, Impact),
        };
        risk.treatment.target = (r != current_rating).then_some(r);
    }
    if cells.mapped(F::ExistingControls) {
        risk.existing_controls = controls(cells.get(F::ExistingControls))?;
    }
    if cells.mapped(F::PlannedControls) {
        risk.treatment.planned_controls = controls(cells.get(F::PlannedControls))?;
    }
    if cells.mapped(F::TreatmentOption) {
        risk.treatment.option = match vals.get(F::TreatmentOption, cells.get(F::TreatmentOption))? {
            Some(MappedValue::Option(o)) => Some(o),
            None => None,
            Some(_) => return Err(unmapped(F::TreatmentOption, cells)),
        };
    }
    if let Some(o) = cells.get(F::TreatmentOwner) {
        risk.treatment.owner = o.to_owned();
    }
    match vals.get(F::TreatmentStatus, cells.get(F::TreatmentStatus))? {
        Some(MappedValue::TreatmentStatus(s)) => risk.treatment.status = s,
        None => {}
        Some(_) => return Err(unmapped(F::TreatmentStatus, cells)),
    }
    let place = index
        .risk_pos
        .get(&risk.id)
        .copied()
        .unwrap_or(current.risks.len());
    check(crate::validate::risk_problems_at(
        current,
        &risk,
        place,
        &index.asset_ids,
    ))?;
    Ok((existing.is_some(), Planned::Risk(Box::new(risk))))
}

pub(super) enum SoaLine {
    Current((bool, Planned)),
    Legacy(LegacyControlId, SoaEntry),
}

pub(super) fn soa_row(
    current: &Assessment,
    cells: &Cells,
    vals: &Values,
) -> Result<SoaLine, RowProblem> {
    use TargetField as F;
    let Some(c) = cells.get(F::Control) else {
        return Err(RowProblem::Missing { field: F::Control });
    };
    let control = values::parse_control(c).ok_or_else(|| RowProblem::NotAControl {
        value: c.to_owned(),
    })?;
    let base = match control {
        ControlRef::Current(id) => current.soa.entries.get(&id).cloned(),
        ControlRef::Legacy(_) => None,
    };
    let update = base.is_some();
    let mut e = base.unwrap_or_default();
    let applicable = match vals.get(F::Applicable, cells.get(F::Applicable))? {
        Some(MappedValue::Applicable(b)) => Some(b),
        None => None,
        Some(_) => return Err(unmapped(F::Applicable, cells)),
    };
    if cells.mapped(F::Applicable) {
        e.applicable = applicable;
    }
    let justification = cells.get(F::Justification).filter(|s| !blank(s));
    let exclusion = cells.get(F::ExclusionJustification).filter(|s| !blank(s));
    match (
        justification,
        applicable,
        cells.mapped(F::ExclusionJustification),
    ) {
        (Some(j), Some(false), false) => e.exclusion_justification = j.to_owned(),
        (Some(j), _, _) => e.justification = Some(j.to_owned()),
        _ => {}
    }
    if let Some(x) = exclusion {
        e.exclusion_justification = x.to_owned();
    }
    match vals.get(F::Status, cells.get(F::Status))? {
        // "Not applicable" is what an excluded control's status reads: an
        // exclusion, not a status to store.
        Some(MappedValue::Status(crate::ImplementationStatus::NotApplicable)) => {
            e.applicable.get_or_insert(false);
        }
        Some(MappedValue::Status(s)) => e.status = Some(s),
        None => {}
        Some(_) => return Err(unmapped(F::Status, cells)),
    }
    if let Some(o) = cells.get(F::Owner).filter(|s| !blank(s)) {
        e.owner = o.to_owned();
    }
    let evidence: Vec<String> = cells
        .all(F::Evidence)
        .into_iter()
        .flat_map(split_list)
        .filter(|s| !blank(s))
        .map(str::to_owned)
        .collect();
    if !evidence.is_empty() {
        e.evidence = evidence;
    }
    if cells.mapped(F::Reasons) {
        e.reasons = reasons_of(cells.get(F::Reasons));
    }
    if let Some(r) = cells.get(F::Reference) {
        e.reference = Some(Reference(r.to_owned()));
    }
    for text in [
        e.justification.as_deref().unwrap_or(""),
        &e.exclusion_justification,
        &e.owner,
    ] {
        if text.chars().count() > crate::MAX_TEXT {
            return Err(RowProblem::Invalid {
                detail: format!(
                    "a text of {} characters is longer than {}",
                    text.chars().count(),
                    crate::MAX_TEXT
                ),
            });
        }
    }
    Ok(match control {
        ControlRef::Current(id) => SoaLine::Current((
            update,
            Planned::Soa {
                control: id,
                entry: e,
            },
        )),
        ControlRef::Legacy(id) => SoaLine::Legacy(id, e),
    })
}
