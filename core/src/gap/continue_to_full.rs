//! The hand-over to the full assessment: [`continue_to_full`] carries the
//! answers into the SoA and suggests risks for the gaps.

use std::collections::BTreeMap;

use serde::Serialize;

use super::bank::gap_questions;
use crate::catalogue::ControlId;
use crate::method::{Impact, Likelihood};
use crate::model::{
    Answer, Assessment, Identification, ImplementationStatus, InclusionReason, Risk, RiskId,
    Treatment,
};

/// What "Continue to full assessment" changed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Continued {
    /// Controls whose SoA status was set or changed.
    pub statuses_changed: Vec<ControlId>,
    /// Controls whose SoA status follows from an answer (changed or not).
    pub controls_prefilled: Vec<ControlId>,
    /// The suggested risks added.
    pub risks_added: Vec<RiskId>,
}

impl Continued {
    /// A one-line summary for the user.
    pub fn summary(&self) -> String {
        format!(
            "Carried the gap check into the full assessment: {} SoA status{} pre-filled ({} changed) and {} suggested risk{} added. Review them on the SoA and Risks pages.",
            self.controls_prefilled.len(),
            if self.controls_prefilled.len() == 1 { "" } else { "es" },
            self.statuses_changed.len(),
            self.risks_added.len(),
            if self.risks_added.len() == 1 { "" } else { "s" },
        )
    }
}

/// The SoA status an answer implies; `None` for Not applicable.
pub fn implied_status(answer: Answer) -> Option<ImplementationStatus> {
    match answer {
        Answer::Yes => Some(ImplementationStatus::Implemented),
        Answer::Partly => Some(ImplementationStatus::PartiallyImplemented),
        Answer::No | Answer::DontKnow => Some(ImplementationStatus::NotStarted),
        Answer::NotApplicable => None,
    }
}

/// Carries the gap check into the full assessment:
///
/// - sets the SoA implementation status of every control an answered
///   Annex A question evidences (Yes → implemented, Partly → partially
///   implemented, No and Don't know → not started; Not applicable leaves the
///   entry alone; where two answers touch one control the weaker wins);
/// - adds an event-based suggested risk (likelihood 3, impact 3, with a
///   fitting threat and vulnerability from the libraries) for every Annex A
///   question answered No, once: the question is remembered in
///   [`GapCheck::raised_risks`](crate::GapCheck::raised_risks), so a second
///   run adds nothing, even if the risk was deleted since.
pub fn continue_to_full(a: &mut Assessment) -> Continued {
    let questions = gap_questions(a.gap_check.mode);
    let mut statuses: BTreeMap<ControlId, ImplementationStatus> = BTreeMap::new();
    for q in questions {
        let Some(status) = a
            .gap_check
            .answers
            .get(&q.id)
            .copied()
            .and_then(implied_status)
        else {
            continue;
        };
        for c in &q.controls {
            statuses
                .entry(*c)
                .and_modify(|s| *s = (*s).min(status))
                .or_insert(status);
        }
    }
    let mut done = Continued::default();
    for (control, status) in statuses {
        let entry = a.soa.entries.entry(control).or_default();
        if entry.status != Some(status) {
            entry.status = Some(status);
            done.statuses_changed.push(control);
        }
        // The gap check asked about it as everyday good practice: it is
        // applicable for that reason unless the user already decided.
        if entry.applicable.is_none() && entry.reasons.is_empty() {
            entry.reasons.push(InclusionReason::BusinessPractice);
        }
        done.controls_prefilled.push(control);
    }
    for q in questions {
        let (Some(Answer::No), Some(risk)) = (a.gap_check.answers.get(&q.id), &q.risk) else {
            continue;
        };
        if a.gap_check.raised_risks.contains_key(&q.id) {
            continue;
        }
        // Every risk id taken (never in practice: the register holds at
        // most MAX_ITEMS risks): the question stays unraised for a later run.
        let Ok(id) = a.next_risk_id() else {
            break;
        };
        a.risks.push(Risk {
            id,
            title: risk.title.to_string(),
            description: format!(
                "Suggested by the gap check, where the answer to \"{}\" was No. Check the likelihood and impact, then decide how to treat it.",
                q.text
            ),
            identification: Identification::EventBased { impact: Impact(3) },
            threat: risk.threat,
            vulnerabilities: risk.vulnerability.into_iter().collect(),
            owner: String::new(),
            likelihood: Likelihood(3),
            properties: vec![],
            impact_override: None,
            existing_controls: Vec::new(),
            current: None,
            treatment: Treatment::default(),
            quant: None,
            reference: None,
        });
        a.gap_check.raised_risks.insert(q.id.clone(), id);
        done.risks_added.push(id);
    }
    done
}
