//! What an import would do, before anything changes: the rows turned into
//! items (new or updating an existing one), the rejected rows with their
//! line and problem, and for a 2013 SoA the transition report.

mod cells;
mod rows;
mod transition;

use self::{cells::*, rows::*, transition::*};

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
