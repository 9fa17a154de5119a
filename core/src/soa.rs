//! The Statement of Applicability, generated from the assessment: one row
//! for each of the 93 controls, with the user's edits laid over it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::catalogue::{self, ControlId, LegacyControlId, Theme, CONTROLS};
use super::model::{Assessment, Edition, ImplementationStatus, InclusionReason, RiskId};
use super::text::{self, msg, Arg};
use super::time::Date;

/// One row of the SoA.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SoaRow {
    /// The control.
    pub control: ControlId,
    /// Its theme.
    pub theme: Theme,
    /// Its title.
    pub title: &'static str,
    /// Applicable or excluded.
    pub applicable: bool,
    /// Why it is included (empty when excluded).
    pub reasons: Vec<InclusionReason>,
    /// The risks it treats (existing or planned).
    pub risks: Vec<RiskId>,
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
}

/// The standard's name for an edition.
pub fn standard_name(edition: Edition) -> String {
    text::text(match edition {
        Edition::Iso2022 => msg::SOA_STANDARD_2022,
        Edition::Iso2013 => msg::SOA_STANDARD_2013,
    })
}

/// How many risks a generated justification names before it says "and N more".
pub const JUSTIFICATION_RISKS: usize = 10;

/// The justification the SoA generates for a row.
pub fn generated_justification(
    assessment: &Assessment,
    risks: &[RiskId],
    reasons: &[InclusionReason],
) -> String {
    justification_with(
        &|id| assessment.risk(id).map(|r| r.title.as_str()),
        risks,
        reasons,
    )
}

fn justification_with<'a>(
    title: &dyn Fn(RiskId) -> Option<&'a str>,
    risks: &[RiskId],
    reasons: &[InclusionReason],
) -> String {
    let mut parts = Vec::new();
    if !risks.is_empty() {
        let mut list: Vec<String> = risks
            .iter()
            .take(JUSTIFICATION_RISKS)
            .map(|id| match title(*id) {
                Some(t) if !t.is_empty() => text::text_with(
                    msg::SOA_JUSTIFICATION_RISK,
                    &[("risk", Arg::from(id.to_string())), ("title", Arg::from(t))],
                ),
                _ => id.to_string(),
            })
            .collect();
        if risks.len() > JUSTIFICATION_RISKS {
            list.push(text::text_with(
                msg::SOA_JUSTIFICATION_MORE,
                &[("count", Arg::from(risks.len() - JUSTIFICATION_RISKS))],
            ));
        }
        parts.push(text::text_with(
            msg::SOA_JUSTIFICATION_RISKS,
            &[("risks", Arg::from(list.join(", ")))],
        ));
    }
    for r in reasons {
        let id = match r {
            InclusionReason::RiskTreatment => continue,
            InclusionReason::LegalRegulatory => msg::SOA_JUSTIFICATION_LEGAL,
            InclusionReason::Contractual => msg::SOA_JUSTIFICATION_CONTRACTUAL,
            InclusionReason::BusinessPractice => msg::SOA_JUSTIFICATION_BUSINESS,
        };
        parts.push(text::text(id));
    }
    parts.join(" ")
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
    let titles: BTreeMap<RiskId, &str> = assessment
        .risks
        .iter()
        .map(|r| (r.id, r.title.as_str()))
        .collect();
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
            risks.sort();
            risks.dedup();
            let mut reasons: Vec<InclusionReason> = Vec::new();
            if !risks.is_empty() {
                reasons.push(InclusionReason::RiskTreatment);
            }
            for r in &entry.reasons {
                if !reasons.contains(r) {
                    reasons.push(*r);
                }
            }
            reasons.sort();
            let applicable = entry.applicable.unwrap_or(!reasons.is_empty());
            let derived_status = if !existing.is_empty() {
                ImplementationStatus::Implemented
            } else if !planned.is_empty() {
                ImplementationStatus::Planned
            } else {
                ImplementationStatus::NotStarted
            };
            let (justification, edited) = match &entry.justification {
                Some(text) => (text.clone(), true),
                None if applicable => (justification_with(&title, &risks, &reasons), false),
                None => (String::new(), false),
            };
            SoaRow {
                control: c.id,
                theme: c.theme(),
                title: c.title,
                applicable,
                reasons: if applicable { reasons } else { Vec::new() },
                risks,
                justification,
                justification_edited: edited,
                exclusion_justification: entry.exclusion_justification.clone(),
                status: entry.status.unwrap_or(derived_status),
                owner: entry.owner.clone(),
                evidence: entry.evidence.clone(),
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
        },
        rows,
    }
}
