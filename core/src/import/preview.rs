//! What an import would do, before anything changes: the rows turned into
//! items (new or updating an existing one), the rejected rows with their
//! line and problem, and for a 2013 SoA the transition report.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::error::RowProblem;
use super::mapping::{Mapping, RowKind, TargetField};
use super::table::{Row, Table};
use super::values::{self, split_list, ControlRef, MappedValue};
use crate::catalogue::{self, ControlId, LegacyControlId, ThreatId, VulnerabilityId};
use crate::method::{Impact, Likelihood};
use crate::model::{
    Assessment, Asset, AssetId, Identification, ImpactOverride, InclusionReason, Rating, Reference,
    Risk, RiskId, SoaEntry,
};
use crate::text::{self, msg};

/// An item a row becomes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Planned {
    /// An asset (id 0: Annexa gives it the next free id).
    Asset(Box<Asset>),
    /// A risk (id 0: the next free id).
    Risk(Box<Risk>),
    /// An SoA line.
    Soa {
        /// The control.
        control: ControlId,
        /// What the user set for it.
        entry: SoaEntry,
    },
}

/// A row that imports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlannedItem {
    /// The row's line (for a 2022 line fed by several 2013 lines, the first).
    pub line: u32,
    /// True when it updates an item already in the assessment.
    pub update: bool,
    /// The item.
    pub item: Planned,
}

/// A row that does not import, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rejected {
    /// Its line.
    pub line: u32,
    /// What to fix.
    pub problem: RowProblem,
}

impl Rejected {
    /// "Line 7: …", the sentence shown.
    pub fn message(&self) -> String {
        format!("{}: {}", self.line, self.problem.message())
    }
}

/// The 2013 lines that fed one 2022 SoA line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fed {
    /// The 2022 control.
    pub control: ControlId,
    /// The 2013 lines: line number and 2013 control id.
    pub from: Vec<(u32, LegacyControlId)>,
}

/// Two 2013 lines that feed one 2022 control and disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Disagreement {
    /// The 2022 control.
    pub control: ControlId,
    /// What they disagree on (applicability or status).
    pub field: TargetField,
    /// The lines and 2013 ids that disagree.
    pub lines: Vec<(u32, LegacyControlId)>,
}

/// The transition report of a 2013 SoA imported into a 2022 one through
/// Annex B of ISO/IEC 27002:2022.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Transition {
    /// Which 2013 lines fed each 2022 control.
    pub fed: Vec<Fed>,
    /// Where 2013 lines that feed one control disagree (the import keeps
    /// the applicable one, and the least advanced status).
    pub disagreements: Vec<Disagreement>,
    /// The 2022 controls that no 2013 control maps to (11): each needs a
    /// decision.
    pub new_in_2022: Vec<ControlId>,
}

/// What an import would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// What the rows become.
    pub kind: RowKind,
    /// The rows that import.
    pub items: Vec<PlannedItem>,
    /// The rows that do not, with the reason.
    pub rejected: Vec<Rejected>,
    /// For an SoA with 2013 control ids, the transition report.
    pub transition: Option<Transition>,
}

impl Preview {
    /// How many rows add a new item.
    pub fn new_count(&self) -> usize {
        self.items.iter().filter(|i| !i.update).count()
    }

    /// How many rows update an existing item.
    pub fn updated_count(&self) -> usize {
        self.items.iter().filter(|i| i.update).count()
    }

    /// How many rows are rejected.
    pub fn rejected_count(&self) -> usize {
        self.rejected.len()
    }
}

/// The cells of one row by field.
struct Cells<'a> {
    by: HashMap<TargetField, Vec<&'a str>>,
}

impl<'a> Cells<'a> {
    fn new(row: &'a Row, targets: &[Option<TargetField>]) -> Self {
        let mut by: HashMap<TargetField, Vec<&'a str>> = HashMap::new();
        for (i, t) in targets.iter().enumerate() {
            if let Some(t) = t {
                let v = Table::cell(row, i);
                by.entry(*t).or_default().push(v);
            }
        }
        Cells { by }
    }

    fn mapped(&self, f: TargetField) -> bool {
        self.by.contains_key(&f)
    }

    /// The first non-empty cell of a field.
    fn get(&self, f: TargetField) -> Option<&'a str> {
        self.by
            .get(&f)
            .and_then(|v| v.iter().copied().find(|s| !s.is_empty()))
    }

    /// Every non-empty cell of a field (fields fed by several columns).
    fn all(&self, f: TargetField) -> Vec<&'a str> {
        self.by
            .get(&f)
            .map(|v| v.iter().copied().filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    }
}

/// The mapping's value lookups.
struct Values<'m> {
    mapping: &'m Mapping,
    likelihood_steps: usize,
    impact_steps: usize,
}

impl Values<'_> {
    /// The mapped value of a label cell: `Ok(None)` for an empty or blank
    /// cell; an error for a label the value table does not map.
    fn get(
        &self,
        field: TargetField,
        cell: Option<&str>,
    ) -> Result<Option<MappedValue>, RowProblem> {
        let Some(cell) = cell.filter(|c| !c.is_empty()) else {
            return Ok(None);
        };
        let found = self
            .mapping
            .values_of(field)
            .and_then(|v| v.values.iter().find(|c| c.found == cell))
            .and_then(|c| c.to);
        match found {
            Some(MappedValue::Blank) => Ok(None),
            Some(v) => Ok(Some(v)),
            None => Err(RowProblem::Unmapped {
                field,
                value: cell.to_owned(),
            }),
        }
    }

    fn step(&self, field: TargetField, cell: Option<&str>) -> Result<Option<u8>, RowProblem> {
        let steps = match field.value_kind() {
            Some(values::ValueKind::Likelihood) => self.likelihood_steps,
            _ => self.impact_steps,
        };
        match self.get(field, cell)? {
            Some(MappedValue::Step(s)) if (1..=steps).contains(&usize::from(s)) => Ok(Some(s)),
            Some(MappedValue::Step(step)) => Err(RowProblem::OutOfScale { field, step, steps }),
            Some(_) => Err(RowProblem::Unmapped {
                field,
                value: cell.unwrap_or_default().to_owned(),
            }),
            None => Ok(None),
        }
    }
}

/// Reads a list of controls; 2013 ids become their 2022 controls.
fn controls(cell: Option<&str>) -> Result<Vec<ControlId>, RowProblem> {
    let refs = values::split_items(cell.unwrap_or(""), values::parse_control)
        .map_err(|value| RowProblem::NotAControl { value })?;
    let mut out = Vec::new();
    for r in refs {
        match r {
            ControlRef::Current(id) => out.push(id),
            ControlRef::Legacy(id) => out.extend_from_slice(catalogue::current_of(id)),
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(*c));
    Ok(out)
}

/// The first word of a cell ("T07 Malware" → "T07").
fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn threat_of(s: &str) -> Option<ThreatId> {
    first_word(s)
        .parse::<ThreatId>()
        .ok()
        .filter(|t| catalogue::threat(*t).is_some())
        .or_else(|| {
            let n = values::normalise(s);
            catalogue::THREATS
                .iter()
                .find(|t| values::normalise(t.name) == n)
                .map(|t| t.id)
        })
}

fn vulnerability_of(s: &str) -> Option<VulnerabilityId> {
    first_word(s)
        .parse::<VulnerabilityId>()
        .ok()
        .filter(|v| catalogue::vulnerability(*v).is_some())
        .or_else(|| {
            let n = values::normalise(s);
            catalogue::VULNERABILITIES
                .iter()
                .find(|v| values::normalise(v.name) == n)
                .map(|v| v.id)
        })
}

/// Where the import finds existing items: by Annexa id, by reference, and
/// (for a risk's assets) by name.
struct Index {
    asset_ids: std::collections::BTreeSet<AssetId>,
    risk_pos: HashMap<RiskId, usize>,
    asset_by_ref: HashMap<String, AssetId>,
    asset_by_name: HashMap<String, AssetId>,
    risk_by_ref: HashMap<String, RiskId>,
}

impl Index {
    fn new(a: &Assessment) -> Self {
        Index {
            asset_ids: a.assets.iter().map(|x| x.id).collect(),
            risk_pos: a.risks.iter().enumerate().map(|(i, r)| (r.id, i)).collect(),
            asset_by_ref: a
                .assets
                .iter()
                .filter_map(|x| x.reference.as_ref().map(|r| (r.0.clone(), x.id)))
                .collect(),
            asset_by_name: a
                .assets
                .iter()
                .map(|x| (values::normalise(&x.name), x.id))
                .collect(),
            risk_by_ref: a
                .risks
                .iter()
                .filter_map(|x| x.reference.as_ref().map(|r| (r.0.clone(), x.id)))
                .collect(),
        }
    }

    fn asset(&self, s: &str) -> Option<AssetId> {
        first_word(s)
            .parse::<AssetId>()
            .ok()
            .filter(|id| self.asset_ids.contains(id))
            .or_else(|| self.asset_by_ref.get(s).copied())
            .or_else(|| self.asset_by_ref.get(first_word(s)).copied())
            .or_else(|| self.asset_by_name.get(&values::normalise(s)).copied())
    }
}

/// What the import of `table` with `mapping` into `current` would do.
/// Nothing changes: [`super::apply`] does the change.
pub fn preview(current: &Assessment, table: &Table, mapping: &Mapping) -> Preview {
    let targets = mapping.column_targets(table);
    let vals = Values {
        mapping,
        likelihood_steps: current.method.likelihood.len(),
        impact_steps: current.method.impact.len(),
    };
    let index = Index::new(current);
    let mut items = Vec::new();
    let mut rejected = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    let mut legacy_rows: Vec<(u32, LegacyControlId, SoaEntry)> = Vec::new();
    for row in &table.rows {
        let cells = Cells::new(row, &targets);
        // One reference (or id) per row: a second is rejected.
        let key = match mapping.kind {
            // One line per control (two 2013 lines may feed one 2022 control).
            RowKind::Soa => cells
                .get(TargetField::Control)
                .and_then(values::parse_control)
                .map(|c| format!("{c:?}")),
            _ => cells
                .get(TargetField::Id)
                .or_else(|| cells.get(TargetField::Reference))
                .map(str::to_owned),
        };
        if let Some(k) = &key {
            if let Some(first) = seen.get(k) {
                let value = match mapping.kind {
                    RowKind::Soa => cells
                        .get(TargetField::Control)
                        .unwrap_or_default()
                        .to_owned(),
                    _ => k.clone(),
                };
                rejected.push(Rejected {
                    line: row.line,
                    problem: RowProblem::Duplicate {
                        value,
                        first_line: *first,
                    },
                });
                continue;
            }
        }
        let result = match mapping.kind {
            RowKind::Asset => asset_row(current, &index, &cells, &vals),
            RowKind::Risk => risk_row(current, &index, &cells, &vals),
            RowKind::Soa => match soa_row(current, &cells, &vals) {
                Ok(SoaLine::Legacy(id, entry)) => {
                    legacy_rows.push((row.line, id, entry));
                    if let Some(k) = key {
                        seen.insert(k, row.line);
                    }
                    continue;
                }
                Ok(SoaLine::Current(item)) => Ok(item),
                Err(e) => Err(e),
            },
        };
        match result {
            Ok((update, item)) => {
                if let Some(k) = key {
                    seen.insert(k, row.line);
                }
                items.push(PlannedItem {
                    line: row.line,
                    update,
                    item,
                });
            }
            Err(problem) => rejected.push(Rejected {
                line: row.line,
                problem,
            }),
        }
    }
    let transition =
        (!legacy_rows.is_empty()).then(|| transition(current, legacy_rows, &mut items));
    if mapping.kind == RowKind::Soa {
        settle_soa(current, &mut items);
    }
    Preview {
        kind: mapping.kind,
        items,
        rejected,
        transition,
    }
}

type RowResult = Result<(bool, Planned), RowProblem>;

fn text_of(cells: &Cells, f: TargetField) -> Option<String> {
    let all = cells.all(f);
    (!all.is_empty()).then(|| all.join("\n"))
}

fn asset_row(current: &Assessment, index: &Index, cells: &Cells, vals: &Values) -> RowResult {
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

fn unmapped(field: TargetField, cells: &Cells) -> RowProblem {
    RowProblem::Unmapped {
        field,
        value: cells.get(field).unwrap_or_default().to_owned(),
    }
}

fn check(problems: Vec<crate::Error>) -> Result<(), RowProblem> {
    match problems.into_iter().next() {
        Some(e) => Err(RowProblem::Invalid { detail: e.message }),
        None => Ok(()),
    }
}

fn risk_row(current: &Assessment, index: &Index, cells: &Cells, vals: &Values) -> RowResult {
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

enum SoaLine {
    Current((bool, Planned)),
    Legacy(LegacyControlId, SoaEntry),
}

fn reasons_of(cell: Option<&str>) -> Vec<InclusionReason> {
    let mut out = Vec::new();
    for part in cell.map(split_list).unwrap_or_default() {
        let n = values::normalise(part);
        if let Some(r) = InclusionReason::ALL.iter().find(|r| {
            values::normalise(&r.label()) == n || values::normalise(&catalogue::snake(*r)) == n
        }) {
            if *r != InclusionReason::RiskTreatment && !out.contains(r) {
                out.push(*r);
            }
        }
    }
    out
}

fn blank(s: &str) -> bool {
    matches!(s.trim(), "" | "-" | "—" | "–" | "n/a" | "N/A")
}

fn soa_row(current: &Assessment, cells: &Cells, vals: &Values) -> Result<SoaLine, RowProblem> {
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

/// Folds the 2013 lines into 2022 SoA lines through Annex B, and reports.
fn transition(
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
    items.sort_by_key(|i| i.line);
    report
}

/// Keeps in each SoA entry only what differs from what the SoA would
/// generate anyway, so that Annexa's own SoA export imports back to the
/// same data: a justification or status equal to the generated one stays
/// generated. Applicability is kept as given (a "No" stays an exclusion
/// even if a risk later names the control), except on a line with nothing
/// else set, where it equals what the SoA derives anyway.
fn settle_soa(current: &Assessment, items: &mut [PlannedItem]) {
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
