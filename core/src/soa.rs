//! The Statement of Applicability, generated from the assessment: one row
//! for each of the 93 controls, with the user's edits laid over it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::catalogue::{self, ControlId, LegacyControlId, Theme, CONTROLS};
use super::gap::gap_question;
use super::model::{
    Answer, Assessment, Edition, ImplementationStatus, InclusionReason, QuestionId,
    RequirementBasis, RiskId,
};
use super::text::{self, msg, Arg};
use super::time::Date;

mod justification;

use justification::justification_with;
pub use justification::{capped_list, generated_justification, party_reasons, Party};

/// The most characters a spreadsheet cell holds (Excel's limit, which the
/// XLSX export must respect). Generated texts stay below it.
pub const CELL_LIMIT: usize = 32_767;

/// A cell's text that fits [`CELL_LIMIT`]: unchanged when it does,
/// else cut with "… and N more characters" (for joined lists of user text,
/// such as many long evidence references, that no single limit bounds).
pub fn fit_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let n = cell.chars().count();
    if n <= CELL_LIMIT {
        return std::borrow::Cow::Borrowed(cell);
    }
    let keep = CELL_LIMIT - 100;
    let mut out: String = cell.chars().take(keep).collect();
    out.push_str(&text::text_with(
        msg::CELL_CUT,
        &[("count", Arg::from(n - keep))],
    ));
    std::borrow::Cow::Owned(out)
}

/// What the SoA says about a control: applicable, excluded, or not decided
/// yet (ISO/IEC 27001:2022 6.1.3 d asks for a decision on every control).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// In the SoA: a risk, a requirement, a gap-check answer or the user
    /// includes it.
    Applicable,
    /// Excluded by the user (a justification is required).
    Excluded,
    /// Nothing drives it and nobody has decided: not an exclusion.
    ToDecide,
}

impl Decision {
    /// All decisions, in display order.
    pub const ALL: [Decision; 3] = [Decision::Applicable, Decision::Excluded, Decision::ToDecide];

    /// A display label, e.g. "To be decided".
    pub fn label(self) -> String {
        text::text(match self {
            Decision::Applicable => msg::SOA_DECISION_APPLICABLE,
            Decision::Excluded => msg::SOA_DECISION_EXCLUDED,
            Decision::ToDecide => msg::SOA_DECISION_TO_DECIDE,
        })
    }
}

/// One row of the SoA.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SoaRow {
    /// The control.
    pub control: ControlId,
    /// Its theme.
    pub theme: Theme,
    /// Its title.
    pub title: &'static str,
    /// Applicable, excluded or still to be decided.
    pub decision: Decision,
    /// True when the decision is [`Decision::Applicable`].
    pub applicable: bool,
    /// Why it is included (empty when excluded).
    pub reasons: Vec<InclusionReason>,
    /// The risks it treats (existing or planned).
    pub risks: Vec<RiskId>,
    /// The gap-check questions answered about it (any answer but "Not
    /// applicable"), with their answers.
    pub answers: Vec<(QuestionId, Answer)>,
    /// The interested parties whose requirements call for it (Context).
    pub parties: Vec<Party>,
    /// The justification: the user's text, or the generated one.
    pub justification: String,
    /// True when the justification is the user's own text.
    pub justification_edited: bool,
    /// Why it is excluded (required when not applicable).
    pub exclusion_justification: String,
    /// Implementation status.
    pub status: ImplementationStatus,
    /// Control owner.
    pub owner: String,
    /// Evidence references.
    pub evidence: Vec<String>,
    /// The ISO/IEC 27001:2013 controls it corresponds to.
    pub iso27001_2013: Vec<LegacyControlId>,
}

/// The SoA's document control.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SoaHeader {
    /// The organisation.
    pub organisation: String,
    /// The ISMS scope.
    pub scope: String,
    /// The standard.
    pub standard: String,
    /// SoA version.
    pub version: String,
    /// SoA date.
    pub date: Option<Date>,
    /// Approver.
    pub approver: String,
    /// For an assessment in the 2013 edition whose file used 2013 control
    /// ids: each 2013 id with the 2022 controls it was mapped to (Annex B).
    /// The rows are always the 93 controls of ISO/IEC 27001:2022.
    pub mapped_from_2013: Vec<(LegacyControlId, Vec<ControlId>)>,
}

/// The whole SoA.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Soa {
    /// Document control.
    pub document: SoaHeader,
    /// The 93 rows, in control order.
    pub rows: Vec<SoaRow>,
}

impl Soa {
    /// How many rows are applicable.
    pub fn applicable_count(&self) -> usize {
        self.rows.iter().filter(|r| r.applicable).count()
    }

    /// How many rows are still to be decided.
    pub fn to_decide_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.decision == Decision::ToDecide)
            .count()
    }
}

/// The standard's name for an edition.
pub fn standard_name(edition: Edition) -> String {
    text::text(match edition {
        Edition::Iso2022 => msg::SOA_STANDARD_2022,
        Edition::Iso2013 => msg::SOA_STANDARD_2013,
    })
}

/// Generates the SoA.
pub fn generate(assessment: &Assessment) -> Soa {
    // One pass over the register: which risks name each control.
    let mut existing_by: BTreeMap<ControlId, Vec<RiskId>> = BTreeMap::new();
    let mut planned_by: BTreeMap<ControlId, Vec<RiskId>> = BTreeMap::new();
    for r in &assessment.risks {
        for c in &r.existing_controls {
            existing_by.entry(*c).or_default().push(r.id);
        }
        for c in &r.treatment.planned_controls {
            planned_by.entry(*c).or_default().push(r.id);
        }
    }
    // The gap-check answers about each control ("Not applicable" drives
    // nothing).
    let mut answered: BTreeMap<ControlId, Vec<(QuestionId, Answer)>> = BTreeMap::new();
    for (q, answer) in &assessment.gap_check.answers {
        if *answer == Answer::NotApplicable {
            continue;
        }
        if let Some(question) = gap_question(q) {
            for c in &question.controls {
                answered.entry(*c).or_default().push((q.clone(), *answer));
            }
        }
    }
    // The interested parties whose requirements call for each control.
    let mut required_by: BTreeMap<ControlId, Vec<Party>> = BTreeMap::new();
    for p in &assessment.context.interested_parties {
        for c in &p.controls {
            let list = required_by.entry(*c).or_default();
            if !list.iter().any(|x| x.name == p.name && x.basis == p.basis) {
                list.push(Party {
                    name: p.name.clone(),
                    basis: p.basis,
                });
            }
        }
    }
    let titles: BTreeMap<RiskId, &str> =
        crate::sort::map(assessment.risks.iter().map(|r| (r.id, r.title.as_str())));
    let title = |id: RiskId| titles.get(&id).copied();
    let rows = CONTROLS
        .iter()
        .map(|c| {
            let entry = assessment
                .soa
                .entries
                .get(&c.id)
                .cloned()
                .unwrap_or_default();
            let existing: &[RiskId] = existing_by.get(&c.id).map_or(&[], Vec::as_slice);
            let planned: &[RiskId] = planned_by.get(&c.id).map_or(&[], Vec::as_slice);
            let mut risks: Vec<RiskId> = existing.iter().chain(planned.iter()).copied().collect();
            crate::sort::sort(&mut risks);
            risks.dedup();
            let mut reasons: Vec<InclusionReason> = Vec::new();
            if !risks.is_empty() {
                reasons.push(InclusionReason::RiskTreatment);
            }
            let parties = required_by.remove(&c.id).unwrap_or_default();
            let from_parties = parties.iter().map(|p| {
                p.basis
                    .map_or(InclusionReason::BusinessPractice, RequirementBasis::reason)
            });
            for r in entry.reasons.iter().copied().chain(from_parties) {
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
            crate::sort::sort(&mut reasons);
            let answers = answered.remove(&c.id).unwrap_or_default();
            let decision = match entry.applicable {
                Some(true) => Decision::Applicable,
                Some(false) => Decision::Excluded,
                None if !reasons.is_empty() || !answers.is_empty() => Decision::Applicable,
                None => Decision::ToDecide,
            };
            let applicable = decision == Decision::Applicable;
            // In place for some risks and still planned (for the same or
            // other risks): partly implemented, not "Implemented".
            let derived_status = match (existing.is_empty(), planned.is_empty()) {
                (false, false) => ImplementationStatus::PartiallyImplemented,
                (false, true) => ImplementationStatus::Implemented,
                (true, false) => ImplementationStatus::Planned,
                (true, true) => ImplementationStatus::NotStarted,
            };
            let status = match decision {
                Decision::Excluded => ImplementationStatus::NotApplicable,
                _ => entry
                    .status
                    .filter(|s| *s != ImplementationStatus::NotApplicable)
                    .unwrap_or(derived_status),
            };
            let (justification, edited) = match &entry.justification {
                Some(text) => (text.clone(), true),
                None if applicable => (
                    justification_with(&title, &risks, &reasons, &answers, &parties),
                    false,
                ),
                None => (String::new(), false),
            };
            SoaRow {
                control: c.id,
                theme: c.theme(),
                title: c.title,
                decision,
                applicable,
                reasons: if applicable { reasons } else { Vec::new() },
                risks,
                answers,
                parties,
                justification,
                justification_edited: edited,
                exclusion_justification: entry.exclusion_justification.clone(),
                status,
                owner: entry.owner.clone(),
                evidence: crate::edit::tidy_evidence(&entry.evidence),
                iso27001_2013: catalogue::legacy_of(c.id).to_vec(),
            }
        })
        .collect();
    let doc = &assessment.soa.document;
    Soa {
        document: SoaHeader {
            organisation: assessment.context.organisation.clone(),
            scope: assessment.context.scope.clone(),
            standard: standard_name(assessment.context.edition),
            version: doc.version.clone(),
            date: doc.date,
            approver: doc.approver.clone(),
            mapped_from_2013: doc
                .mapped_from_2013
                .iter()
                .map(|(l, now)| (*l, now.clone()))
                .collect(),
        },
        rows,
    }
}
