//! The gap check's vocabulary: the [`Area`] (clause or theme) and roadmap
//! [`Phase`] of a question, its [`Weight`], the [`Question`] itself, and the
//! edits of the answers on [`GapCheck`].

use std::borrow::Cow;

use serde::Serialize;

use crate::catalogue::{ClauseId, ControlId, Theme, ThreatId, VulnerabilityId};
use crate::model::{Answer, GapCheck, GapMode, QuestionId, SizeBand};
use crate::text::{self, msg};

/// What part of the standard a question belongs to: a clause 4–10 or an
/// Annex A theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Clause 4, context of the organization.
    Context,
    /// Clause 5, leadership.
    Leadership,
    /// Clause 6, planning.
    Planning,
    /// Clause 7, support.
    Support,
    /// Clause 8, operation.
    Operation,
    /// Clause 9, performance evaluation.
    Performance,
    /// Clause 10, improvement.
    Improvement,
    /// Annex A theme 5, organizational controls.
    Organizational,
    /// Annex A theme 6, people controls.
    People,
    /// Annex A theme 7, physical controls.
    Physical,
    /// Annex A theme 8, technological controls.
    Technological,
}

impl Area {
    /// The seven clause areas, 4 to 10.
    pub const CLAUSES: [Area; 7] = [
        Area::Context,
        Area::Leadership,
        Area::Planning,
        Area::Support,
        Area::Operation,
        Area::Performance,
        Area::Improvement,
    ];

    /// The four Annex A theme areas.
    pub const THEMES: [Area; 4] = [
        Area::Organizational,
        Area::People,
        Area::Physical,
        Area::Technological,
    ];

    /// All areas: clauses, then themes.
    pub const ALL: [Area; 11] = [
        Area::Context,
        Area::Leadership,
        Area::Planning,
        Area::Support,
        Area::Operation,
        Area::Performance,
        Area::Improvement,
        Area::Organizational,
        Area::People,
        Area::Physical,
        Area::Technological,
    ];

    /// The clause number (4–10), for a clause area.
    pub fn clause(self) -> Option<u8> {
        Area::CLAUSES
            .iter()
            .position(|a| *a == self)
            .map(|i| i as u8 + 4)
    }

    /// The Annex A theme, for a theme area.
    pub fn theme(self) -> Option<Theme> {
        match self {
            Area::Organizational => Some(Theme::Organizational),
            Area::People => Some(Theme::People),
            Area::Physical => Some(Theme::Physical),
            Area::Technological => Some(Theme::Technological),
            _ => None,
        }
    }

    /// The area of an Annex A theme.
    pub fn of_theme(theme: Theme) -> Area {
        match theme {
            Theme::Organizational => Area::Organizational,
            Theme::People => Area::People,
            Theme::Physical => Area::Physical,
            Theme::Technological => Area::Technological,
        }
    }

    /// The area of a clause id (4.x to 10.x).
    pub fn of_clause(id: ClauseId) -> Option<Area> {
        id.clause
            .checked_sub(4)
            .and_then(|i| Area::CLAUSES.get(usize::from(i)).copied())
    }

    /// A display label, e.g. "4 Context of the organization".
    pub fn label(self) -> String {
        text::text(match self {
            Area::Context => msg::GAP_AREA_CONTEXT,
            Area::Leadership => msg::GAP_AREA_LEADERSHIP,
            Area::Planning => msg::GAP_AREA_PLANNING,
            Area::Support => msg::GAP_AREA_SUPPORT,
            Area::Operation => msg::GAP_AREA_OPERATION,
            Area::Performance => msg::GAP_AREA_PERFORMANCE,
            Area::Improvement => msg::GAP_AREA_IMPROVEMENT,
            Area::Organizational => msg::GAP_AREA_ORGANIZATIONAL,
            Area::People => msg::GAP_AREA_PEOPLE,
            Area::Physical => msg::GAP_AREA_PHYSICAL,
            Area::Technological => msg::GAP_AREA_TECHNOLOGICAL,
        })
    }

    /// A short label for charts, e.g. "4 Context" or "A.8 Technological".
    pub fn short_label(self) -> String {
        text::text(match self {
            Area::Context => msg::GAP_AREA_SHORT_CONTEXT,
            Area::Leadership => msg::GAP_AREA_SHORT_LEADERSHIP,
            Area::Planning => msg::GAP_AREA_SHORT_PLANNING,
            Area::Support => msg::GAP_AREA_SHORT_SUPPORT,
            Area::Operation => msg::GAP_AREA_SHORT_OPERATION,
            Area::Performance => msg::GAP_AREA_SHORT_PERFORMANCE,
            Area::Improvement => msg::GAP_AREA_SHORT_IMPROVEMENT,
            Area::Organizational => msg::GAP_AREA_SHORT_ORGANIZATIONAL,
            Area::People => msg::GAP_AREA_SHORT_PEOPLE,
            Area::Physical => msg::GAP_AREA_SHORT_PHYSICAL,
            Area::Technological => msg::GAP_AREA_SHORT_TECHNOLOGICAL,
        })
    }

    /// A stable slug for anchors and test ids, e.g. `context`.
    pub fn slug(self) -> &'static str {
        match self {
            Area::Context => "context",
            Area::Leadership => "leadership",
            Area::Planning => "planning",
            Area::Support => "support",
            Area::Operation => "operation",
            Area::Performance => "performance",
            Area::Improvement => "improvement",
            Area::Organizational => "organizational",
            Area::People => "people",
            Area::Physical => "physical",
            Area::Technological => "technological",
        }
    }
}

/// The phases of the usual journey to certification, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Context, scope, leadership and policy.
    ScopeAndLeadership,
    /// Risk method, risk assessment, treatment, SoA and objectives.
    RiskAssessmentAndTreatment,
    /// Putting controls in place, skills, documents.
    ImplementationAndDocumentation,
    /// Running the ISMS, measuring it, internal audit, management review.
    OperationAndInternalAudit,
    /// The certification body's stage 1 and stage 2 audits.
    CertificationAudit,
}

impl Phase {
    /// All phases in journey order.
    pub const ALL: [Phase; 5] = [
        Phase::ScopeAndLeadership,
        Phase::RiskAssessmentAndTreatment,
        Phase::ImplementationAndDocumentation,
        Phase::OperationAndInternalAudit,
        Phase::CertificationAudit,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            Phase::ScopeAndLeadership => msg::GAP_PHASE_SCOPE_AND_LEADERSHIP,
            Phase::RiskAssessmentAndTreatment => msg::GAP_PHASE_RISK_ASSESSMENT_AND_TREATMENT,
            Phase::ImplementationAndDocumentation => {
                msg::GAP_PHASE_IMPLEMENTATION_AND_DOCUMENTATION
            }
            Phase::OperationAndInternalAudit => msg::GAP_PHASE_OPERATION_AND_INTERNAL_AUDIT,
            Phase::CertificationAudit => msg::GAP_PHASE_CERTIFICATION_AUDIT,
        })
    }

    /// What the phase is about, in a sentence.
    pub fn description(self) -> String {
        text::text(match self {
            Phase::ScopeAndLeadership => msg::GAP_PHASE_SCOPE_AND_LEADERSHIP_ABOUT,
            Phase::RiskAssessmentAndTreatment => msg::GAP_PHASE_RISK_ASSESSMENT_AND_TREATMENT_ABOUT,
            Phase::ImplementationAndDocumentation => {
                msg::GAP_PHASE_IMPLEMENTATION_AND_DOCUMENTATION_ABOUT
            }
            Phase::OperationAndInternalAudit => msg::GAP_PHASE_OPERATION_AND_INTERNAL_AUDIT_ABOUT,
            Phase::CertificationAudit => msg::GAP_PHASE_CERTIFICATION_AUDIT_ABOUT,
        })
    }
}

/// How much a question counts in the score: 1 (low) to 3 (high).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Weight(u8);

impl Weight {
    /// Counts once.
    pub const LOW: Weight = Weight(1);
    /// Counts twice.
    pub const MEDIUM: Weight = Weight(2);
    /// Counts three times: a core requirement or a control that stops common attacks.
    pub const HIGH: Weight = Weight(3);

    /// A weight from 1 to 3; `None` outside that range.
    pub fn new(w: u8) -> Option<Weight> {
        (1..=3).contains(&w).then_some(Weight(w))
    }

    /// The weight as a number, 1 to 3.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// The risk "Continue to full assessment" suggests when a question is
/// answered No.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SuggestedRisk {
    /// The risk's title.
    pub title: Cow<'static, str>,
    /// A fitting threat from the library, if any.
    pub threat: Option<ThreatId>,
    /// A fitting vulnerability from the library, if any.
    pub vulnerability: Option<VulnerabilityId>,
}

/// One question of the gap check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    /// Its stable id, e.g. `q-4.3-scope`.
    pub id: QuestionId,
    /// The question, in plain English.
    pub text: Cow<'static, str>,
    /// Why this matters.
    pub hint: Cow<'static, str>,
    /// How much it counts.
    pub weight: Weight,
    /// The clause or theme it belongs to.
    pub area: Area,
    /// The clauses it evidences (clause questions).
    pub clauses: Vec<ClauseId>,
    /// The Annex A controls it evidences (control questions).
    pub controls: Vec<ControlId>,
    /// True when Not applicable is not an option (it then counts as No).
    pub mandatory: bool,
    /// What to do when it is a gap.
    pub todo: Cow<'static, str>,
    /// The roadmap phase its gap belongs to.
    pub phase: Phase,
    /// A rough effort to close the gap from nothing, in person-days for an
    /// organisation of 11–50 people.
    pub effort_days: u16,
    /// The risk to suggest when the answer is No (control questions).
    pub risk: Option<SuggestedRisk>,
}

impl GapCheck {
    /// Records an answer.
    pub fn set_answer(&mut self, id: QuestionId, answer: Answer) {
        self.answers.insert(id, answer);
    }

    /// Removes an answer.
    pub fn clear_answer(&mut self, id: &QuestionId) {
        self.answers.remove(id);
    }

    /// Switches the mode; answers of both modes are kept.
    pub fn set_mode(&mut self, mode: GapMode) {
        self.mode = mode;
    }

    /// Sets or clears the organisation's size band.
    pub fn set_size(&mut self, size: Option<SizeBand>) {
        self.size = size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_clause_numbers() {
        assert_eq!(Area::Context.clause(), Some(4));
        assert_eq!(Area::Improvement.clause(), Some(10));
        assert_eq!(Area::People.clause(), None);
        assert_eq!(
            Area::of_clause(ClauseId::new(9, 2, 1)),
            Some(Area::Performance)
        );
        assert_eq!(Area::of_clause(ClauseId::new(3, 1, 0)), None);
    }
}
