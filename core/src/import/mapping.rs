//! Column mapping: what a row becomes ([`RowKind`]), what each column fills
//! ([`TargetField`]), the value tables of label columns, and the mapping
//! Annexa proposes from the header names and the values found. The row
//! kinds and the fields, with their header names, are in `mapping/fields.rs`.

use serde::{Deserialize, Serialize};

use super::table::Table;
use super::values::{self, normalise, ValueChoice, ValueKind};
use crate::method::Method;
use crate::model::{AssetId, RiskId};

mod fields;

pub use fields::{RowKind, TargetField};

/// What one column of the sheet fills.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnChoice {
    /// The column's header, as found.
    pub header: String,
    /// The field it fills, or `None` to ignore the column.
    pub target: Option<TargetField>,
}

/// The value table of one mapped label column.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueMap {
    /// The field whose labels it maps.
    pub field: TargetField,
    /// One line per distinct label found (or kept from an earlier import).
    pub values: Vec<ValueChoice>,
}

/// A whole mapping: what rows become, each column's field, and the value
/// tables. Saved per namespace under a name, and exported as a small JSON
/// file, so that next quarter's sheet imports in two clicks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// The name the user gave it (e.g. "Asset register, finance").
    #[serde(default)]
    pub name: String,
    /// What each row becomes.
    pub kind: RowKind,
    /// The workbook's sheet to read, when the file is a workbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The header row, 1-based, when it is not the first non-empty row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_row: Option<u32>,
    /// One choice per column, matched to the sheet by header name.
    pub columns: Vec<ColumnChoice>,
    /// The value tables of the mapped label columns.
    #[serde(default)]
    pub values: Vec<ValueMap>,
}

/// The largest number of distinct labels a value table lists.
pub const MAX_DISTINCT_VALUES: usize = 200;

impl Mapping {
    /// The mapping as pretty JSON (the file a user exports).
    pub fn to_json(&self) -> String {
        crate::report::to_json(self)
    }

    /// Reads a mapping file; the error says what is wrong with it.
    pub fn from_json(text: &str) -> Result<Mapping, super::ImportError> {
        serde_json::from_str(text).map_err(|e| super::ImportError::BadMapping {
            detail: e.to_string(),
        })
    }

    /// The column index of each choice for this table: a choice applies to
    /// the column whose header equals it (normalised); with headers that
    /// repeat, to the n-th of them.
    pub fn column_targets(&self, table: &Table) -> Vec<Option<TargetField>> {
        let mut used = vec![false; self.columns.len()];
        table
            .headers
            .iter()
            .map(|h| {
                let n = normalise(h);
                let found = self
                    .columns
                    .iter()
                    .enumerate()
                    .find(|(i, c)| !used[*i] && normalise(&c.header) == n);
                found.and_then(|(i, c)| {
                    used[i] = true;
                    c.target
                })
            })
            .collect()
    }

    /// The value table of a field, if any.
    pub fn values_of(&self, field: TargetField) -> Option<&ValueMap> {
        self.values.iter().find(|v| v.field == field)
    }

    /// Sets a column's field (`None` ignores it), then refreshes the value
    /// tables for `table`.
    pub fn set_column(
        &mut self,
        column: usize,
        target: Option<TargetField>,
        table: &Table,
        method: &Method,
    ) {
        if let Some(c) = self.columns.get_mut(column) {
            c.target = target;
        }
        self.refresh_values(table, method);
    }

    /// Sets what one label of a field's value table becomes.
    pub fn set_value(&mut self, field: TargetField, found: &str, to: Option<values::MappedValue>) {
        if let Some(v) = self.values.iter_mut().find(|v| v.field == field) {
            if let Some(c) = v.values.iter_mut().find(|c| c.found == found) {
                c.to = to;
            }
        }
    }

    /// Rebuilds the value tables for the mapped label columns of `table`:
    /// choices already made are kept; new labels get a proposal.
    pub fn refresh_values(&mut self, table: &Table, method: &Method) {
        let targets = self.column_targets(table);
        // Every label of the columns of each kind of value: a rating
        // column is read on the scale of all the columns on that scale.
        let mut of_kind: Vec<(ValueKind, Vec<String>)> = Vec::new();
        for (i, t) in targets.iter().enumerate() {
            let Some(kind) = t.and_then(|f| f.value_kind()) else {
                continue;
            };
            let at = match of_kind.iter().position(|(k, _)| *k == kind) {
                Some(at) => at,
                None => {
                    of_kind.push((kind, Vec::new()));
                    of_kind.len() - 1
                }
            };
            for v in table.distinct(i, MAX_DISTINCT_VALUES) {
                if !of_kind[at].1.contains(&v) {
                    of_kind[at].1.push(v);
                }
            }
        }
        let mut tables = Vec::new();
        for field in self.kind.fields() {
            let Some(kind) = field.value_kind() else {
                continue;
            };
            let mut found: Vec<String> = Vec::new();
            for (i, t) in targets.iter().enumerate() {
                if *t == Some(*field) {
                    for v in table.distinct(i, MAX_DISTINCT_VALUES) {
                        if !found.contains(&v) {
                            found.push(v);
                        }
                    }
                }
            }
            if found.is_empty() && !targets.contains(&Some(*field)) {
                continue;
            }
            let scale = match kind {
                ValueKind::Likelihood => &method.likelihood,
                _ => &method.impact,
            };
            let names: Vec<&str> = scale.steps.iter().map(|s| s.name.as_str()).collect();
            let same_kind = of_kind
                .iter()
                .find(|(k, _)| *k == kind)
                .map_or(&found, |(_, v)| v);
            let proposed = values::propose_among(kind, &found, same_kind, scale.len(), &names);
            let old = self.values_of(*field);
            let values = proposed
                .into_iter()
                .map(|p| {
                    old.and_then(|o| o.values.iter().find(|c| c.found == p.found).cloned())
                        .unwrap_or(p)
                })
                .collect();
            tables.push(ValueMap {
                field: *field,
                values,
            });
        }
        self.values = tables;
    }
}

/// The share of a column's non-empty values that satisfy `test`.
fn share(table: &Table, column: usize, test: impl Fn(&str) -> bool) -> f64 {
    let mut all = 0usize;
    let mut ok = 0usize;
    for r in table.rows.iter().take(500) {
        let v = Table::cell(r, column);
        if v.is_empty() {
            continue;
        }
        all += 1;
        if test(v) {
            ok += 1;
        }
    }
    if all == 0 {
        0.0
    } else {
        ok as f64 / all as f64
    }
}

/// The row kind the headers suggest: the kind whose field names match
/// most headers; a risk register when headers speak of likelihood,
/// threats or treatment and match at least as well.
pub fn guess_kind(table: &Table) -> RowKind {
    let names: Vec<String> = table.headers.iter().map(|h| normalise(h)).collect();
    let score = |kind: RowKind| -> usize {
        names
            .iter()
            .filter(|n| {
                kind.fields()
                    .iter()
                    .any(|f| f.synonyms(kind).contains(&n.as_str()))
            })
            .count()
    };
    let risky = names.iter().any(|n| {
        ["likelihood", "probability", "proba", "threat", "treatment"]
            .iter()
            .any(|w| n.contains(w))
    });
    let (a, r, s) = (
        score(RowKind::Asset),
        score(RowKind::Risk),
        score(RowKind::Soa),
    );
    if risky && r >= a && r >= s {
        RowKind::Risk
    } else if s > a && s >= r {
        RowKind::Soa
    } else if r > a {
        RowKind::Risk
    } else {
        RowKind::Asset
    }
}

/// Proposes a mapping for `table`: the row kind (or `kind` when given),
/// each column's field from its header name and values, and value tables
/// with proposals on `method`'s scales. Each field is proposed for one
/// column at most (the best match), except fields that take several.
pub fn propose(table: &Table, kind: Option<RowKind>, method: &Method) -> Mapping {
    let kind = kind.unwrap_or_else(|| guess_kind(table));
    let names: Vec<String> = table.headers.iter().map(|h| normalise(h)).collect();
    // (rank, column, field): a lower rank is a better match.
    let mut candidates: Vec<(usize, usize, TargetField)> = Vec::new();
    for (col, n) in names.iter().enumerate() {
        for field in kind.fields() {
            if let Some(rank) = field.synonyms(kind).iter().position(|s| s == n) {
                candidates.push((rank, col, *field));
            }
        }
    }
    // Values decide between an Annexa id, a foreign reference and a control.
    let annexa_id = |v: &str| match kind {
        RowKind::Asset => v.parse::<AssetId>().is_ok(),
        RowKind::Risk => v.parse::<RiskId>().is_ok(),
        RowKind::Soa => false,
    };
    let mut fixed: Vec<(usize, usize, TargetField)> = Vec::new();
    for (rank, col, field) in candidates {
        let field = match field {
            TargetField::Id | TargetField::Reference if kind != RowKind::Soa => {
                if share(table, col, annexa_id) >= 0.999 {
                    TargetField::Id
                } else {
                    TargetField::Reference
                }
            }
            TargetField::Control | TargetField::Reference if kind == RowKind::Soa => {
                if share(table, col, |v| values::parse_control(v).is_some()) >= 0.8 {
                    TargetField::Control
                } else if field == TargetField::Control {
                    continue;
                } else {
                    field
                }
            }
            f => f,
        };
        fixed.push((rank, col, field));
    }
    // An SoA's control column may have any header ("#"): find it by value.
    if kind == RowKind::Soa && !fixed.iter().any(|c| c.2 == TargetField::Control) {
        if let Some(col) = (0..names.len())
            .find(|i| share(table, *i, |v| values::parse_control(v).is_some()) >= 0.8)
        {
            fixed.push((0, col, TargetField::Control));
        }
    }
    crate::sort::sort(&mut fixed);
    let mut targets: Vec<Option<TargetField>> = vec![None; names.len()];
    for (_, col, field) in fixed {
        if targets[col].is_some() {
            continue;
        }
        if !field.many() && targets.contains(&Some(field)) {
            continue;
        }
        targets[col] = Some(field);
    }
    let mut m = Mapping {
        name: String::new(),
        kind,
        sheet: None,
        header_row: None,
        columns: table
            .headers
            .iter()
            .zip(targets)
            .map(|(h, target)| ColumnChoice {
                header: h.clone(),
                target,
            })
            .collect(),
        values: Vec::new(),
    };
    m.refresh_values(table, method);
    m
}
