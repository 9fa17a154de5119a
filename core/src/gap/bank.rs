//! The question bank of each mode: the short questions from their specs,
//! and in thorough mode one generated question per remaining Annex A
//! control.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::questions::SPECS;
use super::types::{Area, Phase, Question, SuggestedRisk, Weight};
use crate::catalogue::{
    self, ClauseId, ControlId, Effort, ThreatId, VulnerabilityId, CONTROLS, THREATS,
    VULNERABILITIES,
};
use crate::model::{GapMode, QuestionId};

/// The number of questions in the short mode.
pub const SHORT_COUNT: usize = SPECS.len();

/// The static description of a short-mode question.
pub(super) struct Spec {
    pub(super) id: &'static str,
    pub(super) area: Area,
    pub(super) weight: Weight,
    pub(super) clauses: &'static [ClauseId],
    pub(super) controls: &'static [ControlId],
    pub(super) phase: Phase,
    pub(super) days: u16,
    pub(super) text: &'static str,
    pub(super) hint: &'static str,
    pub(super) todo: &'static str,
    /// Title, threat number and vulnerability number of the suggested risk.
    pub(super) risk: Option<(&'static str, Option<u16>, Option<u16>)>,
}

impl Spec {
    fn question(&self) -> Question {
        Question {
            id: QuestionId(self.id.to_owned()),
            text: Cow::Borrowed(self.text),
            hint: Cow::Borrowed(self.hint),
            weight: self.weight,
            area: self.area,
            clauses: self.clauses.to_vec(),
            controls: self.controls.to_vec(),
            mandatory: !self.clauses.is_empty(),
            todo: Cow::Borrowed(self.todo),
            phase: self.phase,
            effort_days: self.days,
            risk: self.risk.map(|(title, t, v)| SuggestedRisk {
                title: Cow::Borrowed(title),
                threat: t.map(ThreatId),
                vulnerability: v.map(VulnerabilityId),
            }),
        }
    }
}

/// Person-days to put a control in place from nothing, by its effort.
fn effort_days(effort: Effort) -> u16 {
    match effort {
        Effort::XS => 1,
        Effort::S => 2,
        Effort::M => 5,
        Effort::L => 10,
        Effort::XL => 20,
    }
}

/// The generated question for an Annex A control no short question covers.
fn control_question(c: &catalogue::Control) -> Question {
    let treats = |links: &[catalogue::ControlLink]| links.iter().any(|l| l.control == c.id);
    Question {
        id: QuestionId(format!("q-a-{}", c.id)),
        text: Cow::Owned(format!("Is Annex A {} \"{}\" in place?", c.id, c.title)),
        hint: Cow::Borrowed(c.summary),
        weight: Weight::LOW,
        area: Area::of_theme(c.theme()),
        clauses: Vec::new(),
        controls: vec![c.id],
        mandatory: false,
        todo: Cow::Owned(format!(
            "Put {} {} in place, or record in the SoA why it does not apply to you.",
            c.id, c.title
        )),
        phase: Phase::ImplementationAndDocumentation,
        effort_days: effort_days(c.effort),
        risk: Some(SuggestedRisk {
            title: Cow::Owned(format!("No control for {} ({})", c.title, c.id)),
            threat: THREATS.iter().find(|t| treats(t.controls)).map(|t| t.id),
            vulnerability: VULNERABILITIES
                .iter()
                .find(|v| treats(v.controls))
                .map(|v| v.id),
        }),
    }
}

/// The questions of a mode: the short bank, and in thorough mode one more
/// per Annex A control the short bank does not evidence, in control order.
pub fn gap_questions(mode: GapMode) -> &'static [Question] {
    static SHORT: OnceLock<Vec<Question>> = OnceLock::new();
    static THOROUGH: OnceLock<Vec<Question>> = OnceLock::new();
    let short = SHORT.get_or_init(|| SPECS.iter().map(Spec::question).collect());
    match mode {
        GapMode::Short => short,
        GapMode::Thorough => THOROUGH.get_or_init(|| {
            let mut all = short.clone();
            let covered: Vec<ControlId> = short
                .iter()
                .flat_map(|q| q.controls.iter().copied())
                .collect();
            all.extend(
                CONTROLS
                    .iter()
                    .filter(|c| !covered.contains(&c.id))
                    .map(control_question),
            );
            all
        }),
    }
}

/// The question with this id, in either mode.
pub fn gap_question(id: &QuestionId) -> Option<&'static Question> {
    gap_questions(GapMode::Thorough)
        .iter()
        .find(|q| q.id == *id)
}
