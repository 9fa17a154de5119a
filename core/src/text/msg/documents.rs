//! The ids of the Stage 1 pack's documents (`core/src/documents`) and of
//! the workbook's sheets (`core/src/xlsx.rs`). Re-exported from [`super`].

use super::MessageId;

messages! {
    // ---- The Stage 1 pack's documents (core/src/documents).
    /// The scope statement's title (4.3).
    DOC_TITLE_SCOPE = "doc-title-scope",
    /// The methodology's title (6.1.2).
    DOC_TITLE_METHODOLOGY = "doc-title-methodology",
    /// The risk assessment report's title (8.2).
    DOC_TITLE_RISK_ASSESSMENT = "doc-title-risk-assessment",
    /// The risk treatment plan's title (6.1.3 e, 8.3).
    DOC_TITLE_RISK_TREATMENT_PLAN = "doc-title-risk-treatment-plan",
    /// The SoA's title (6.1.3 d).
    DOC_TITLE_SOA = "doc-title-soa",
    /// The gap-check report's title.
    DOC_TITLE_GAP_REPORT = "doc-title-gap-report",
    /// A document's running header. Arguments: `organisation`, `title`, `version`.
    DOC_RUNNING_HEADER = "doc-running-header",
    /// The heading of the document control block (7.5.3).
    DOC_CONTROL_HEADING = "doc-control-heading",
    /// The heading of the change history.
    DOC_HISTORY_HEADING = "doc-history-heading",
    /// An empty change history.
    DOC_HISTORY_NONE = "doc-history-none",
    /// Label: the organisation.
    DOC_ORGANISATION = "doc-organisation",
    /// Label: the document's title.
    DOC_TITLE = "doc-title",
    /// Label: the clauses a document answers.
    DOC_STANDARD_CLAUSE = "doc-standard-clause",
    /// Label: the standard.
    DOC_STANDARD = "doc-standard",
    /// Label: the sector.
    DOC_SECTOR = "doc-sector",
    /// Label: the version.
    DOC_VERSION = "doc-version",
    /// Label: the date.
    DOC_DATE = "doc-date",
    /// Label: the author.
    DOC_AUTHOR = "doc-author",
    /// Label: the approver.
    DOC_APPROVER = "doc-approver",
    /// Label: the approval date.
    DOC_APPROVAL_DATE = "doc-approval-date",
    /// Label: a change history row's description.
    DOC_CHANGE = "doc-change",
    /// The version shown when the user set none.
    DOC_DRAFT = "doc-draft",
    /// A value the user has not filled in.
    DOC_NOT_SET = "doc-not-set",
    /// An approval date not yet given.
    DOC_NOT_APPROVED = "doc-not-approved",
    /// A gap-check question without an answer.
    DOC_NOT_ANSWERED = "doc-not-answered",
    /// Yes, in a document's table.
    DOC_YES = "doc-yes",
    /// No, in a document's table.
    DOC_NO = "doc-no",
    /// An applicable control.
    DOC_APPLICABLE = "doc-applicable",
    /// An excluded control.
    DOC_NOT_APPLICABLE = "doc-not-applicable",
    /// An excluded control without a justification.
    DOC_EXCLUSION_MISSING = "doc-exclusion-missing",
    /// The assets cell of an event-based risk.
    DOC_EVENT_BASED = "doc-event-based",
    /// Scope: the organisation heading.
    DOC_SCOPE_ORGANISATION = "doc-scope-organisation",
    /// Scope: the statement heading.
    DOC_SCOPE_STATEMENT = "doc-scope-statement",
    /// Scope: no statement.
    DOC_SCOPE_STATEMENT_MISSING = "doc-scope-statement-missing",
    /// Scope: the boundaries heading.
    DOC_SCOPE_BOUNDARIES = "doc-scope-boundaries",
    /// Scope: no boundaries.
    DOC_SCOPE_BOUNDARIES_MISSING = "doc-scope-boundaries-missing",
    /// Column: the kind of boundary.
    DOC_SCOPE_BOUNDARY = "doc-scope-boundary",
    /// Column: what is in scope.
    DOC_SCOPE_IN_SCOPE = "doc-scope-in-scope",
    /// A site in scope.
    DOC_SCOPE_SITE = "doc-scope-site",
    /// A service in scope.
    DOC_SCOPE_SERVICE = "doc-scope-service",
    /// A team in scope.
    DOC_SCOPE_TEAM = "doc-scope-team",
    /// Scope: the interfaces heading.
    DOC_SCOPE_INTERFACES = "doc-scope-interfaces",
    /// Scope: what the interfaces table lists.
    DOC_SCOPE_INTERFACES_ABOUT = "doc-scope-interfaces-about",
    /// Scope: no interfaces.
    DOC_SCOPE_INTERFACES_NONE = "doc-scope-interfaces-none",
    /// Scope: the interested parties heading (4.2).
    DOC_SCOPE_PARTIES = "doc-scope-parties",
    /// Scope: no interested parties.
    DOC_SCOPE_PARTIES_NONE = "doc-scope-parties-none",
    /// Scope: the exclusions heading.
    DOC_SCOPE_EXCLUSIONS = "doc-scope-exclusions",
    /// Scope: the number of excluded controls and of those without a
    /// justification. Arguments: `count`, `missing`.
    DOC_SCOPE_EXCLUSIONS_ABOUT = "doc-scope-exclusions-about",
    /// Scope: nothing excluded.
    DOC_SCOPE_EXCLUSIONS_NONE = "doc-scope-exclusions-none",
    /// Methodology: the purpose heading.
    DOC_METHOD_PURPOSE_HEADING = "doc-method-purpose-heading",
    /// Methodology: its purpose (6.1.2 a, b).
    DOC_METHOD_PURPOSE = "doc-method-purpose",
    /// Methodology: the risk criteria heading.
    DOC_METHOD_CRITERIA_HEADING = "doc-method-criteria-heading",
    /// Methodology: the likelihood scale heading.
    DOC_METHOD_LIKELIHOOD_HEADING = "doc-method-likelihood-heading",
    /// Methodology: the impact scale heading.
    DOC_METHOD_IMPACT_HEADING = "doc-method-impact-heading",
    /// Methodology: the impact scale also rates assets.
    DOC_METHOD_IMPACT_ABOUT = "doc-method-impact-about",
    /// Methodology: the matrix heading.
    DOC_METHOD_MATRIX_HEADING = "doc-method-matrix-heading",
    /// Methodology: how to read the matrix.
    DOC_METHOD_MATRIX_ABOUT = "doc-method-matrix-about",
    /// Methodology: the acceptance criteria heading.
    DOC_METHOD_ACCEPTANCE_HEADING = "doc-method-acceptance-heading",
    /// The tolerance. Argument: `level`.
    DOC_METHOD_TOLERANCE = "doc-method-tolerance",
    /// Methodology: the judging heading.
    DOC_METHOD_JUDGING_HEADING = "doc-method-judging-heading",
    /// Methodology: how likelihood is judged.
    DOC_METHOD_JUDGING_LIKELIHOOD = "doc-method-judging-likelihood",
    /// Methodology: the high-water mark.
    DOC_METHOD_JUDGING_HIGH_WATER_MARK = "doc-method-judging-high-water-mark",
    /// Methodology: event-based impact.
    DOC_METHOD_JUDGING_EVENT = "doc-method-judging-event",
    /// Methodology: overrides. Argument: `count`.
    DOC_METHOD_JUDGING_OVERRIDES = "doc-method-judging-overrides",
    /// Methodology: inherent, current and residual.
    DOC_METHOD_JUDGING_STAGES = "doc-method-judging-stages",
    /// Methodology: the repetition heading (8.2).
    DOC_METHOD_REPEAT_HEADING = "doc-method-repeat-heading",
    /// Methodology: how often (8.2).
    DOC_METHOD_REPEAT = "doc-method-repeat",
    /// Legend: the likelihood scale.
    DOC_LEGEND_LIKELIHOOD = "doc-legend-likelihood",
    /// Legend: the impact scale.
    DOC_LEGEND_IMPACT = "doc-legend-impact",
    /// Legend: the levels.
    DOC_LEGEND_LEVELS = "doc-legend-levels",
    /// Legend: the tolerance.
    DOC_LEGEND_TOLERANCE = "doc-legend-tolerance",
    /// Legend: the product.
    DOC_LEGEND_SCORE = "doc-legend-score",
    /// Legend: what L × I means.
    DOC_LEGEND_SCORE_ABOUT = "doc-legend-score-about",
    /// Risk assessment report: the summary heading.
    DOC_RA_SUMMARY_HEADING = "doc-ra-summary-heading",
    /// Risk assessment report: the summary. Arguments: `risks`, `inherent`, `residual`.
    DOC_RA_SUMMARY = "doc-ra-summary",
    /// Risk assessment report: the legend heading.
    DOC_RA_METHOD_HEADING = "doc-ra-method-heading",
    /// Risk assessment report: the heatmaps heading.
    DOC_RA_HEATMAPS_HEADING = "doc-ra-heatmaps-heading",
    /// Risk assessment report: the register heading.
    DOC_RA_REGISTER_HEADING = "doc-ra-register-heading",
    /// Impact basis: the high-water mark. Argument: `sources`.
    DOC_BASIS_HIGH_WATER_MARK = "doc-basis-high-water-mark",
    /// Impact basis: judged directly.
    DOC_BASIS_JUDGED = "doc-basis-judged",
    /// Impact basis: overridden. Arguments: `computed`, `reason`.
    DOC_BASIS_OVERRIDDEN = "doc-basis-overridden",
    /// Impact basis: no assets.
    DOC_BASIS_NO_ASSETS = "doc-basis-no-assets",
    /// Risk treatment plan: the purpose heading.
    DOC_RTP_ABOUT_HEADING = "doc-rtp-about-heading",
    /// Risk treatment plan: what it holds.
    DOC_RTP_ABOUT = "doc-rtp-about",
    /// Risk treatment plan: the table heading.
    DOC_RTP_PLAN_HEADING = "doc-rtp-plan-heading",
    /// Risk treatment plan: no risks.
    DOC_RTP_NO_RISKS = "doc-rtp-no-risks",
    /// Risk treatment plan: the acceptance heading (6.1.3 f).
    DOC_RTP_ACCEPTANCE_HEADING = "doc-rtp-acceptance-heading",
    /// Risk treatment plan: what the acceptance records are.
    DOC_RTP_ACCEPTANCE_ABOUT = "doc-rtp-acceptance-about",
    /// Risk treatment plan: no acceptance.
    DOC_RTP_ACCEPTANCE_NONE = "doc-rtp-acceptance-none",
    /// SoA: the intro heading.
    DOC_SOA_ABOUT_HEADING = "doc-soa-about-heading",
    /// SoA: label for the applicable count.
    DOC_SOA_APPLICABLE = "doc-soa-applicable",
    /// Gap report: the summary heading.
    DOC_GAP_SUMMARY_HEADING = "doc-gap-summary-heading",
    /// Gap report: label for the mode.
    DOC_GAP_MODE = "doc-gap-mode",
    /// Gap report: label for the size.
    DOC_GAP_SIZE = "doc-gap-size",
    /// Gap report: label for the overall score.
    DOC_GAP_OVERALL = "doc-gap-overall",
    /// Gap report: the appendix heading.
    DOC_GAP_APPENDIX_HEADING = "doc-gap-appendix-heading",
    /// Column: an id.
    DOC_COLUMN_ID = "doc-column-id",
    /// Column: a title.
    DOC_COLUMN_TITLE = "doc-column-title",
    /// Column: an asset.
    DOC_COLUMN_ASSET = "doc-column-asset",
    /// Column: a risk's assets.
    DOC_COLUMN_ASSETS = "doc-column-assets",
    /// Column: a type.
    DOC_COLUMN_TYPE = "doc-column-type",
    /// Column: a description.
    DOC_COLUMN_DESCRIPTION = "doc-column-description",
    /// Column: a location.
    DOC_COLUMN_LOCATION = "doc-column-location",
    /// Column: the confidentiality rating.
    DOC_COLUMN_CONFIDENTIALITY = "doc-column-confidentiality",
    /// Column: the integrity rating.
    DOC_COLUMN_INTEGRITY = "doc-column-integrity",
    /// Column: the availability rating.
    DOC_COLUMN_AVAILABILITY = "doc-column-availability",
    /// Column: an interested party.
    DOC_COLUMN_INTERESTED_PARTY = "doc-column-interested-party",
    /// Column: their requirements.
    DOC_COLUMN_REQUIREMENTS = "doc-column-requirements",
    /// Column: why a control is excluded.
    DOC_COLUMN_EXCLUSION_JUSTIFICATION = "doc-column-exclusion-justification",
    /// Column: a scale step's value.
    DOC_COLUMN_VALUE = "doc-column-value",
    /// Column: a name.
    DOC_COLUMN_NAME = "doc-column-name",
    /// Column: a scale step's definition.
    DOC_COLUMN_DEFINITION = "doc-column-definition",
    /// Column: a risk level.
    DOC_COLUMN_LEVEL = "doc-column-level",
    /// Column: within the tolerance.
    DOC_COLUMN_ACCEPTABLE = "doc-column-acceptable",
    /// Column: a risk's title.
    DOC_COLUMN_RISK = "doc-column-risk",
    /// Column: the risk owner.
    DOC_COLUMN_RISK_OWNER = "doc-column-risk-owner",
    /// Column: how the impact was found.
    DOC_COLUMN_IMPACT_BASIS = "doc-column-impact-basis",
    /// Column: inherent likelihood.
    DOC_COLUMN_INHERENT_L = "doc-column-inherent-l",
    /// Column: inherent impact.
    DOC_COLUMN_INHERENT_I = "doc-column-inherent-i",
    /// Column: inherent product.
    DOC_COLUMN_INHERENT_LXI = "doc-column-inherent-lxi",
    /// Column: inherent level.
    DOC_COLUMN_INHERENT_LEVEL = "doc-column-inherent-level",
    /// Column: existing controls.
    DOC_COLUMN_EXISTING_CONTROLS = "doc-column-existing-controls",
    /// Column: the current level.
    DOC_COLUMN_CURRENT_LEVEL = "doc-column-current-level",
    /// Column: residual likelihood.
    DOC_COLUMN_RESIDUAL_L = "doc-column-residual-l",
    /// Column: residual impact.
    DOC_COLUMN_RESIDUAL_I = "doc-column-residual-i",
    /// Column: residual product.
    DOC_COLUMN_RESIDUAL_LXI = "doc-column-residual-lxi",
    /// Column: the residual level.
    DOC_COLUMN_RESIDUAL_LEVEL = "doc-column-residual-level",
    /// Column: residual within the acceptance criteria.
    DOC_COLUMN_WITHIN_TOLERANCE = "doc-column-within-tolerance",
    /// Column: the treatment option.
    DOC_COLUMN_OPTION = "doc-column-option",
    /// Column: planned controls.
    DOC_COLUMN_CONTROLS = "doc-column-controls",
    /// Column: who owns the treatment.
    DOC_COLUMN_TREATMENT_OWNER = "doc-column-treatment-owner",
    /// Column: the due date.
    DOC_COLUMN_DUE = "doc-column-due",
    /// Column: the treatment's effort (XS–XL).
    DOC_COLUMN_EFFORT = "doc-column-effort",
    /// An SoA row still to be decided, in a document.
    DOC_TO_DECIDE = "doc-to-decide",
    /// Column: the treatment's cost in the assessment's currency.
    DOC_COLUMN_COST = "doc-column-cost",
    /// Column: where the residual rating comes from.
    DOC_COLUMN_RESIDUAL_BASIS = "doc-column-residual-basis",
    /// A residual set by hand before reasons were recorded.
    DOC_RESIDUAL_SET_BY_HAND = "doc-residual-set-by-hand",
    /// Column: who accepted.
    DOC_COLUMN_ACCEPTED_BY = "doc-column-accepted-by",
    /// Column: when.
    DOC_COLUMN_ACCEPTED_ON = "doc-column-accepted-on",
    /// Column: until when.
    DOC_COLUMN_ACCEPTED_UNTIL = "doc-column-accepted-until",
    /// Column: the reason.
    DOC_COLUMN_REASON = "doc-column-reason",
    /// Column: applicable or not.
    DOC_COLUMN_APPLICABILITY = "doc-column-applicability",
    /// Column: evidence references.
    DOC_COLUMN_EVIDENCE = "doc-column-evidence",
    /// Column: a gap score.
    DOC_COLUMN_SCORE_OF_100 = "doc-column-score-of-100",
    /// Column: answered questions.
    DOC_COLUMN_ANSWERED_COUNT = "doc-column-answered-count",
    /// Column: questions.
    DOC_COLUMN_QUESTIONS = "doc-column-questions",
    /// Column: a question.
    DOC_COLUMN_QUESTION = "doc-column-question",
    /// The heatmap's corner cell: rows are likelihood (highest at the top), columns impact.
    DOC_HEATMAP_AXES = "doc-heatmap-axes",
    /// A page footer. Arguments: `page`, `pages` (fields the writer fills in).
    DOC_PAGE_OF = "doc-page-of",
    /// The workbook's title property.
    XLSX_TITLE = "xlsx-title",
    /// Sheet: the cover with each document's control block.
    XLSX_SHEET_COVER = "xlsx-sheet-cover",
    /// Sheet: the Statement of Applicability.
    XLSX_SHEET_SOA = "xlsx-sheet-soa",
    /// Sheet: the risk register.
    XLSX_SHEET_RISK_REGISTER = "xlsx-sheet-risk-register",
    /// Sheet: the risk treatment plan.
    XLSX_SHEET_RISK_TREATMENT_PLAN = "xlsx-sheet-risk-treatment-plan",
    /// Sheet: the risk acceptance records.
    XLSX_SHEET_RISK_ACCEPTANCE = "xlsx-sheet-risk-acceptance",
    /// Sheet: the asset register.
    XLSX_SHEET_ASSET_REGISTER = "xlsx-sheet-asset-register",
    /// Sheet: the risk criteria.
    XLSX_SHEET_METHOD = "xlsx-sheet-method",
    /// Sheet: every document's change history.
    XLSX_SHEET_HISTORY = "xlsx-sheet-history",
    /// Sheet: the gap check's questions and answers.
    XLSX_SHEET_GAP = "xlsx-sheet-gap",
    /// The sheet with the risk register as data (the CSV's columns).
    XLSX_SHEET_RISK_DATA = "xlsx-sheet-risk-data",
    /// Column: the Annex A theme.
    XLSX_COLUMN_THEME = "xlsx-column-theme",
    /// Column: the part of the method.
    XLSX_COLUMN_PART = "xlsx-column-part",
    /// A level within the tolerance.
    XLSX_ACCEPTABLE = "xlsx-acceptable",
    /// A level above the tolerance.
    XLSX_NEEDS_TREATMENT = "xlsx-needs-treatment",
    /// The sheet header's right part. Arguments: `title`, `version`.
    XLSX_HEADER_VERSION = "xlsx-header-version",
    /// Appended to text cut to fit a spreadsheet cell.
    XLSX_CELL_CUT = "xlsx-cell-cut",
    /// The cover's label for the day the workbook was made.
    XLSX_GENERATED = "xlsx-generated",
}
