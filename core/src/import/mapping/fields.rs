//! What a row becomes ([`RowKind`]) and what each column fills
//! ([`TargetField`]): their labels, the kind of value each field takes, and
//! the header names each is recognised by.

use serde::{Deserialize, Serialize};

use super::super::values::ValueKind;

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

    /// Header names (normalised, see [`normalise`](super::super::values::normalise)) that propose this field.
    pub(super) fn synonyms(self, kind: RowKind) -> &'static [&'static str] {
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
