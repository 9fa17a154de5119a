//! Everything the gap check concludes from the answers: [`gap_results`].

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::bank::gap_questions;
use super::roadmap::{roadmap, Roadmap};
use super::scoring::{halves, AreaScore, Tally};
use super::types::{Area, Phase, Question, Weight};
use crate::catalogue::{ClauseId, ControlId, DocumentedInfoKind, CLAUSES};
use crate::model::{Answer, GapCheck, GapMode, QuestionId, SizeBand};
use crate::text::{self, msg};

/// How many gaps [`GapResults::top_gaps`] lists.
pub const TOP_GAPS: usize = 10;

/// Whether a mandatory document seems to exist, judged from the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Every question on its clause was answered Yes.
    Present,
    /// The weakest answer on its clause was Partly.
    Partial,
    /// An answer on its clause was No, Don't know or Not applicable.
    Missing,
    /// Its clause's questions are not answered yet.
    NotAnswered,
}

impl DocumentStatus {
    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            DocumentStatus::Present => msg::DOCUMENT_STATUS_PRESENT,
            DocumentStatus::Partial => msg::DOCUMENT_STATUS_PARTIAL,
            DocumentStatus::Missing => msg::DOCUMENT_STATUS_MISSING,
            DocumentStatus::NotAnswered => msg::DOCUMENT_STATUS_NOT_ANSWERED,
        })
    }
}

/// One entry of the mandatory documented information checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentCheck {
    /// The clause that requires it.
    pub clause: ClauseId,
    /// What it is.
    pub name: &'static str,
    /// Maintained (a living document) or retained (a record).
    pub kind: DocumentedInfoKind,
    /// Present, partly there, missing or not answered.
    pub status: DocumentStatus,
}

/// One gap: a question answered below Yes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    /// The question.
    pub question: QuestionId,
    /// Its text.
    pub text: Cow<'static, str>,
    /// Its clause or theme.
    pub area: Area,
    /// The answer given.
    pub answer: Answer,
    /// The question's weight.
    pub weight: Weight,
    /// weight × (1 − value): the ranking key, 0.5 to 3.
    pub priority: f64,
    /// What to do.
    pub todo: Cow<'static, str>,
    /// The roadmap phase.
    pub phase: Phase,
    /// The clauses it evidences.
    pub clauses: Vec<ClauseId>,
    /// The controls it evidences.
    pub controls: Vec<ControlId>,
}

/// Everything the gap check concludes from the answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GapResults {
    /// The mode the results are for.
    pub mode: GapMode,
    /// The organisation's size, if given.
    pub size: Option<SizeBand>,
    /// Answered questions.
    pub answered: usize,
    /// Questions in this mode.
    pub total: usize,
    /// The overall score, 0–100.
    pub overall: Option<u8>,
    /// Scores per clause 4–10.
    pub clauses: Vec<AreaScore>,
    /// Scores per Annex A theme.
    pub themes: Vec<AreaScore>,
    /// The mandatory documented information checklist.
    pub documents: Vec<DocumentCheck>,
    /// How many gaps there are in all.
    pub gap_count: usize,
    /// The ten biggest gaps, by weight × (1 − value).
    pub top_gaps: Vec<Gap>,
    /// The roadmap.
    pub roadmap: Roadmap,
}

/// Computes the results of the gap check in its current mode. Answers to
/// questions of the other mode (or unknown ids) are ignored.
pub fn gap_results(check: &GapCheck) -> GapResults {
    let questions = gap_questions(check.mode);
    let answer = |q: &Question| check.answers.get(&q.id).copied();

    let mut overall = Tally::default();
    let mut per_area: BTreeMap<Area, Tally> = BTreeMap::new();
    for q in questions {
        overall.add(q, answer(q));
        per_area.entry(q.area).or_default().add(q, answer(q));
    }
    let area_score = |area: Area| {
        let t = per_area.get(&area).copied().unwrap_or_default();
        AreaScore {
            area,
            label: area.label(),
            score: t.score(),
            answered: t.answered,
            total: t.total,
        }
    };

    let documents = CLAUSES
        .iter()
        .flat_map(|c| {
            let on_clause: Vec<Option<u32>> = questions
                .iter()
                .filter(|q| q.clauses.contains(&c.id))
                .map(|q| answer(q).map(|a| halves(a, q.mandatory).unwrap_or(0)))
                .collect();
            let weakest = on_clause.iter().flatten().min().copied();
            let status = match weakest {
                Some(0) => DocumentStatus::Missing,
                Some(1) => DocumentStatus::Partial,
                _ if on_clause.iter().any(Option::is_none) => DocumentStatus::NotAnswered,
                _ => DocumentStatus::Present,
            };
            c.documented_information.iter().map(move |d| DocumentCheck {
                clause: c.id,
                name: d.name,
                kind: d.kind,
                status,
            })
        })
        .collect();

    let mut gaps: Vec<(u32, Gap)> = questions
        .iter()
        .filter_map(|q| {
            let a = answer(q)?;
            let h = halves(a, q.mandatory)?;
            (h < 2).then(|| {
                let key = u32::from(q.weight.get()) * (2 - h);
                let gap = Gap {
                    question: q.id.clone(),
                    text: q.text.clone(),
                    area: q.area,
                    answer: a,
                    weight: q.weight,
                    priority: f64::from(key) / 2.0,
                    todo: q.todo.clone(),
                    phase: q.phase,
                    clauses: q.clauses.clone(),
                    controls: q.controls.clone(),
                };
                // The work left, in half-days: effort × (1 − value).
                (u32::from(q.effort_days) * (2 - h), gap)
            })
        })
        .collect();
    // Highest priority first; the sort is stable, so ties keep question order.
    crate::sort::sort_by(&mut gaps, |a, b| b.1.priority.total_cmp(&a.1.priority));

    let score = overall.score();
    GapResults {
        mode: check.mode,
        size: check.size,
        answered: overall.answered,
        total: overall.total,
        overall: score,
        clauses: Area::CLAUSES.iter().map(|a| area_score(*a)).collect(),
        themes: Area::THEMES.iter().map(|a| area_score(*a)).collect(),
        documents,
        gap_count: gaps.len(),
        top_gaps: gaps.iter().take(TOP_GAPS).map(|(_, g)| g.clone()).collect(),
        roadmap: roadmap(&gaps, check.size, score),
    }
}
