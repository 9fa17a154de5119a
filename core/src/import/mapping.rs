//! Column mapping: what a row becomes ([`RowKind`]), what each column fills
//! ([`TargetField`]), the value tables of label columns, and the mapping
//! Annexa proposes from the header names and the values found.

use serde::{Deserialize, Serialize};

use super::table::Table;
use super::values::{self, normalise, ValueChoice, ValueKind};
use crate::method::Method;
use crate::model::{AssetId, RiskId};

/// What each row of the sheet becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// An asset of the asset register.
    Asset,
    /// A risk of the risk register.
    Risk,
    /// A line of the Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d).
    Soa,
}

impl RowKind {
    /// All kinds, in display order.
    pub const ALL: [RowKind; 3] = [RowKind::Asset, RowKind::Risk, RowKind::Soa];

    /// The fields a row of this kind can fill, in display order.
    pub fn fields(self) -> &'static [TargetField] {
        use TargetField as F;
        match self {
            RowKind::Asset => &[
                F::Id,
                F::Reference,
                F::Name,
                F::AssetType,
                F::Owner,
                F::Location,
                F::Description,
                F::Confidentiality,
                F::Integrity,
                F::Availability,
                F::Classification,
                F::Criticality,
            ],
            RowKind::Risk => &[
                F::Id,
                F::Reference,
                F::Name,
                F::Description,
                F::Owner,
                F::Assets,
                F::Threat,
                F::Vulnerabilities,
                F::Likelihood,
                F::Impact,
                F::CurrentLikelihood,
                F::CurrentImpact,
                F::ResidualLikelihood,
                F::ResidualImpact,
                F::ExistingControls,
                F::PlannedControls,
                F::TreatmentOption,
                F::TreatmentOwner,
                F::TreatmentStatus,
            ],
            RowKind::Soa => &[
                F::Control,
                F::Reference,
                F::Applicable,
                F::Justification,
                F::ExclusionJustification,
                F::Status,
                F::Owner,
                F::Evidence,
                F::Reasons,
            ],
        }
    }
}

/// A field of an Annexa item that a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetField {
    /// Annexa's own id (`A-01`, `R-01`): an existing item with it is updated.
    Id,
    /// The item's id in the spreadsheet (`AS-001`): kept as its reference,
    /// and used to update it on a later import.
    Reference,
    /// The asset's name or the risk's title.
    Name,
    /// A description.
    Description,
    /// The asset owner, risk owner or control owner.
    Owner,
    /// The asset's type (a value table).
    AssetType,
    /// Where the asset lives.
    Location,
    /// The confidentiality rating (impact scale; a value table).
    Confidentiality,
    /// The integrity rating.
    Integrity,
    /// The availability rating.
    Availability,
    /// A classification label (Public, Internal, Confidential…): the
    /// confidentiality rating when no confidentiality column is mapped.
    Classification,
    /// A criticality word: the integrity and availability ratings when no
    /// column of their own is mapped.
    Criticality,
    /// The risk's assets (Annexa ids, references or names; a list).
    Assets,
    /// The threat (`T07` or the threat's name).
    Threat,
    /// The vulnerabilities (`V03`; a list).
    Vulnerabilities,
    /// The inherent likelihood (a value table).
    Likelihood,
    /// The inherent impact: an event-based risk's impact, or a hand-set
    /// impact where it differs from the assets' high-water mark.
    Impact,
    /// The current likelihood, with the existing controls.
    CurrentLikelihood,
    /// The current impact.
    CurrentImpact,
    /// The residual likelihood once treated (the risk treatment plan's target).
    ResidualLikelihood,
    /// The residual impact once treated.
    ResidualImpact,
    /// Controls in place (any spelling; 2013 ids through Annex B).
    ExistingControls,
    /// Controls the risk treatment plan adds.
    PlannedControls,
    /// The treatment option (a value table).
    TreatmentOption,
    /// Who owns the treatment.
    TreatmentOwner,
    /// How far the treatment has got (a value table).
    TreatmentStatus,
    /// The SoA line's control (2022 or 2013 id, any spelling).
    Control,
    /// Applicable or excluded (a value table).
    Applicable,
    /// The justification (for an excluded control: its exclusion
    /// justification, unless a column of its own is mapped).
    Justification,
    /// Why the control is excluded.
    ExclusionJustification,
    /// The implementation status (a value table).
    Status,
    /// Evidence and document references (a list; several columns may feed it).
    Evidence,
    /// Reasons for inclusion other than risk treatment (labels such as
    /// "Legal or regulatory"; a list).
    Reasons,
}

impl TargetField {
    /// The kind of labels this field's value table maps, if it has one.
    pub fn value_kind(self) -> Option<ValueKind> {
        use TargetField as F;
        Some(match self {
            F::AssetType => ValueKind::AssetType,
            F::Confidentiality
            | F::Integrity
            | F::Availability
            | F::Classification
            | F::Criticality
            | F::Impact
            | F::CurrentImpact
            | F::ResidualImpact => ValueKind::Impact,
            F::Likelihood | F::CurrentLikelihood | F::ResidualLikelihood => ValueKind::Likelihood,
            F::TreatmentOption => ValueKind::Option,
            F::TreatmentStatus => ValueKind::TreatmentStatus,
            F::Status => ValueKind::Status,
            F::Applicable => ValueKind::Applicable,
            _ => return None,
        })
    }

    /// True when several columns may feed the field (their values are joined).
    pub fn many(self) -> bool {
        matches!(self, TargetField::Evidence | TargetField::Description)
    }

    /// The field's name in a mapping file and in messages, e.g. `asset_type`.
    pub fn key(self) -> String {
        crate::catalogue::snake(&self)
    }

    /// Header names (normalised, see [`normalise`]) that propose this field.
    fn synonyms(self, kind: RowKind) -> &'static [&'static str] {
        use TargetField as F;
        match (self, kind) {
            (F::Id, _) => &["id", "annexa id"],
            (F::Reference, RowKind::Asset) => &[
                "asset id",
                "reference",
                "ref",
                "ref id",
                "external id",
                "asset ref",
                "asset no",
                "asset number",
                "tag",
                "asset tag",
            ],
            (F::Reference, RowKind::Risk) => &[
                "ref id",
                "risk id",
                "reference",
                "ref",
                "risk ref",
                "risk no",
                "risk number",
                "external id",
            ],
            (F::Reference, RowKind::Soa) => &["reference", "ref", "row id"],
            (F::Name, RowKind::Asset) => &["name", "asset name", "asset", "title", "asset title"],
            (F::Name, _) => &[
                "name",
                "title",
                "risk",
                "risk name",
                "risk title",
                "risk scenario",
            ],
            (F::Description, _) => &[
                "description",
                "details",
                "risk description",
                "scenario",
                "asset description",
            ],
            (F::Owner, RowKind::Asset) => &["owner", "asset owner", "accountable", "responsible"],
            (F::Owner, RowKind::Risk) => &["owner", "risk owner"],
            (F::Owner, RowKind::Soa) => &["owner", "control owner", "responsible"],
            (F::AssetType, _) => &["type", "asset type", "category", "asset category", "kind"],
            (F::Location, _) => &["location", "site", "where", "hosted"],
            (F::Confidentiality, _) => &["confidentiality", "c", "conf"],
            (F::Integrity, _) => &["integrity", "i"],
            (F::Availability, _) => &["availability", "a", "avail"],
            (F::Classification, _) => &[
                "classification",
                "data classification",
                "information classification",
                "sensitivity",
                "class",
                "label",
                "classification level",
            ],
            (F::Criticality, _) => &[
                "criticality",
                "business criticality",
                "importance",
                "business impact",
                "business value",
                "asset value",
                "value",
            ],
            (F::Assets, _) => &["assets", "asset", "affected assets", "asset ids"],
            (F::Threat, _) => &["threat", "threats"],
            (F::Vulnerabilities, _) => &["vulnerabilities", "vulnerability", "weakness"],
            (F::Likelihood, _) => &[
                "inherent likelihood value",
                "likelihood",
                "probability",
                "inherent proba",
                "inherent likelihood",
                "inherent probability",
                "proba",
            ],
            (F::Impact, _) => &[
                "inherent impact value",
                "impact",
                "inherent impact",
                "consequence",
                "severity",
            ],
            (F::CurrentLikelihood, _) => &[
                "current likelihood value",
                "current proba",
                "current likelihood",
                "current probability",
            ],
            (F::CurrentImpact, _) => &["current impact value", "current impact"],
            (F::ResidualLikelihood, _) => &[
                "residual likelihood value",
                "residual proba",
                "residual likelihood",
                "residual probability",
                "target likelihood",
            ],
            (F::ResidualImpact, _) => {
                &["residual impact value", "residual impact", "target impact"]
            }
            (F::ExistingControls, _) => &[
                "existing controls",
                "existing applied controls",
                "controls in place",
                "current controls",
                "existing control",
            ],
            (F::PlannedControls, _) => &[
                "additional controls",
                "planned controls",
                "applied controls",
                "treatment controls",
                "proposed controls",
                "controls to implement",
            ],
            (F::TreatmentOption, _) => &[
                "treatment",
                "treatment option",
                "risk treatment",
                "decision",
                "risk response",
                "response",
                "strategy",
            ],
            (F::TreatmentOwner, _) => &["treatment owner", "action owner"],
            (F::TreatmentStatus, _) => &["treatment status", "action status"],
            (F::Control, _) => &[
                "control",
                "control id",
                "id",
                "ref",
                "annex a",
                "annex a control",
                "control ref",
                "control no",
                "control number",
                "clause",
                "number",
            ],
            (F::Applicable, _) => &[
                "applicable",
                "applicability",
                "appl",
                "applies",
                "included",
                "in scope",
                "applicable y n",
            ],
            (F::Justification, _) => &[
                "justification",
                "reason",
                "rationale",
                "justification for inclusion",
                "justification for inclusion exclusion",
                "reason for selection",
            ],
            (F::ExclusionJustification, _) => &[
                "exclusion justification",
                "justification for exclusion",
                "reason for exclusion",
            ],
            (F::Status, _) => &[
                "status",
                "implementation status",
                "implementation",
                "state",
                "implemented",
            ],
            (F::Evidence, _) => &[
                "evidence",
                "doc",
                "document",
                "documents",
                "evidence references",
                "policy",
                "reference document",
                "documentation",
            ],
            (F::Reasons, _) => &["inclusion reasons", "reasons", "reason for inclusion"],
        }
    }
}

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
