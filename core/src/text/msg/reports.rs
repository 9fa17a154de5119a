//! The ids of the reports' words: the Markdown and CSV reports' cells and
//! columns, the register and the gap check's report. Re-exported from
//! [`super`].

use super::MessageId;

messages! {
    /// "yes" in a Markdown table cell.
    MD_YES = "md-yes",
    /// "no" in a Markdown table cell.
    MD_NO = "md-no",
    /// The column of a step's or gap's rank.
    COLUMN_RANK = "column-rank",
    /// The column of Annex A controls.
    COLUMN_CONTROL = "column-control",
    /// The column of a control's effort.
    COLUMN_EFFORT = "column-effort",
    /// The column of the risks a plan step lowers.
    COLUMN_LOWERS = "column-lowers",
    /// The column of the risks a plan step brings within tolerance.
    COLUMN_BRINGS_WITHIN_TOLERANCE = "column-brings-within-tolerance",
    /// The column of a score.
    COLUMN_SCORE = "column-score",
    /// The column of a control's effect.
    COLUMN_EFFECT = "column-effect",
    /// The column saying whether a control is in place.
    COLUMN_IN_PLACE = "column-in-place",
    /// The column of a recommendation's reasons.
    COLUMN_WHY = "column-why",
    /// The column of a control's applicability.
    COLUMN_APPLICABLE = "column-applicable",
    /// The column of a control's inclusion reasons.
    COLUMN_REASONS = "column-reasons",
    /// The column of the risks behind a control.
    COLUMN_RISKS = "column-risks",
    /// The column of a control's justification.
    COLUMN_JUSTIFICATION = "column-justification",
    /// The column of a status.
    COLUMN_STATUS = "column-status",
    /// The column of an owner.
    COLUMN_OWNER = "column-owner",
    /// The column of a gap-check area.
    COLUMN_AREA = "column-area",
    /// The column of how many questions are answered.
    COLUMN_ANSWERED = "column-answered",
    /// The column of a clause.
    COLUMN_CLAUSE = "column-clause",
    /// The column of a mandatory document.
    COLUMN_DOCUMENT = "column-document",
    /// The column of a document's kind (maintained or retained).
    COLUMN_KIND = "column-kind",
    /// The column of a gap-check answer.
    COLUMN_ANSWER = "column-answer",
    /// The column of a gap's priority.
    COLUMN_PRIORITY = "column-priority",
    /// The column of what closes a gap.
    COLUMN_WHAT_TO_DO = "column-what-to-do",
    /// The column of a roadmap phase.
    COLUMN_PHASE = "column-phase",
    /// The column of a phase's open gaps.
    COLUMN_OPEN_GAPS = "column-open-gaps",
    /// The column of a phase's effort.
    COLUMN_EFFORT_DAYS = "column-effort-days",
    /// The heading of the suggestions (formerly the treatment plan).
    MD_PLAN_HEADING = "md-plan-heading",
    /// The heading of the user's risk treatment plan.
    MD_RTP_HEADING = "md-rtp-heading",
    /// The column of a risk.
    COLUMN_RISK = "column-risk",
    /// The column of a treatment option.
    COLUMN_OPTION = "column-option",
    /// The column of a due date.
    COLUMN_DUE = "column-due",
    /// The column of a residual level.
    COLUMN_RESIDUAL = "column-residual",
    /// The title of the recommendations report.
    MD_RECOMMENDATIONS_TITLE = "md-recommendations-title",
    /// The heading of one risk's recommendations. Arguments: `risk` (its id), `title`, `level` (its current level).
    MD_RECOMMENDATIONS_RISK = "md-recommendations-risk",
    /// A risk no library maps to a control.
    MD_NO_LIBRARY_MAPPING = "md-no-library-mapping",
    /// The title of the SoA.
    MD_SOA_TITLE = "md-soa-title",
    /// The SoA header's organisation.
    SOA_ORGANISATION = "soa-organisation",
    /// The SoA header's ISMS scope.
    SOA_SCOPE = "soa-scope",
    /// The SoA header's standard.
    SOA_STANDARD = "soa-standard",
    /// The SoA header's version.
    SOA_VERSION = "soa-version",
    /// The SoA header's date.
    SOA_DATE = "soa-date",
    /// The SoA header's approver.
    SOA_APPROVED_BY = "soa-approved-by",
    /// How many controls are applicable. Arguments: `applicable`, `total`.
    MD_SOA_APPLICABLE = "md-soa-applicable",
    /// An excluded control's justification. Argument: `justification`.
    MD_SOA_EXCLUDED = "md-soa-excluded",
    /// A risk acceptance in the register export. Arguments: `by`, `on`, `until` (dates), `reason`.
    REGISTER_ACCEPTANCE = "register-acceptance",
    /// A readiness score. Argument: `score` (0–100).
    GAP_SCORE = "gap-score",
    /// A readiness score with no answers behind it.
    GAP_SCORE_NOT_ANSWERED = "gap-score-not-answered",
    /// The organisation's size when it was not given.
    GAP_SIZE_NOT_GIVEN = "gap-size-not-given",
    /// How many questions of an area are answered. Arguments: `answered`, `total`.
    MD_GAP_ANSWERED_OF = "md-gap-answered-of",
    /// The title of the gap-check report. Argument: `organisation`.
    MD_GAP_TITLE = "md-gap-title",
    /// The gap check's mode, size and progress. Arguments: `mode`, `size` (labels), `answered`, `total`.
    MD_GAP_SUMMARY = "md-gap-summary",
    /// The overall readiness. Argument: `score` (as words).
    MD_GAP_OVERALL = "md-gap-overall",
    /// The heading of the clause scores.
    MD_GAP_CLAUSES = "md-gap-clauses",
    /// The heading of the Annex A theme scores.
    MD_GAP_THEMES = "md-gap-themes",
    /// The heading of the documented-information checklist.
    MD_GAP_DOCUMENTS = "md-gap-documents",
    /// Documented information that is maintained (a living document).
    DOCUMENT_MAINTAINED = "document-maintained",
    /// Documented information that is retained (a record).
    DOCUMENT_RETAINED = "document-retained",
    /// The heading of the top gaps.
    MD_GAP_TOP_GAPS = "md-gap-top-gaps",
    /// How many gaps there are. Argument: `gaps`.
    MD_GAP_COUNT = "md-gap-count",
    /// No gaps so far.
    MD_GAP_NONE = "md-gap-none",
    /// The heading of the roadmap.
    MD_GAP_ROADMAP = "md-gap-roadmap",
    /// The total row of the roadmap.
    MD_GAP_TOTAL = "md-gap-total",

    /// What the phase `Phase::ScopeAndLeadership` is about.
    GAP_PHASE_SCOPE_AND_LEADERSHIP_ABOUT = "gap-phase-scope-and-leadership-about",
    /// What the phase `Phase::RiskAssessmentAndTreatment` is about.
    GAP_PHASE_RISK_ASSESSMENT_AND_TREATMENT_ABOUT = "gap-phase-risk-assessment-and-treatment-about",
    /// What the phase `Phase::ImplementationAndDocumentation` is about.
    GAP_PHASE_IMPLEMENTATION_AND_DOCUMENTATION_ABOUT = "gap-phase-implementation-and-documentation-about",
    /// What the phase `Phase::OperationAndInternalAudit` is about.
    GAP_PHASE_OPERATION_AND_INTERNAL_AUDIT_ABOUT = "gap-phase-operation-and-internal-audit-about",
    /// What the phase `Phase::CertificationAudit` is about.
    GAP_PHASE_CERTIFICATION_AUDIT_ABOUT = "gap-phase-certification-audit-about",
    /// Who the timeline speaks of when the size is not given.
    GAP_TIMELINE_MOST = "gap-timeline-most",
    /// Who the timeline speaks of. Argument: `size` (the size band's label, lower case).
    GAP_TIMELINE_OF_SIZE = "gap-timeline-of-size",
    /// The timeline with a readiness score. Arguments: `who`, `min`, `max`, `score`, `likely`.
    GAP_TIMELINE_SCORED = "gap-timeline-scored",
    /// The timeline before any answer. Arguments: `who`, `min`, `max`.
    GAP_TIMELINE_UNSCORED = "gap-timeline-unscored",

}
