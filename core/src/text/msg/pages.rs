//! The ids of the texts that the pages, the register kit and the shell
//! still spelled in their markup (issue 12 §2, wt-pages): headings,
//! labels, buttons, hints and the navigation's page names. Re-exported
//! from [`super`], so a page names them as `msg::PG_…`; the English is in
//! the `pg-` block of `en.ftl`.

use super::MessageId;

messages! {
    // pages (wt-pages): the markup's last English (issue 12 §2)
    /// components/register/actions: "Edit"
    PG_EDIT = "pg-edit",
    /// components/register/actions: "Delete"
    PG_DELETE = "pg-delete",
    /// components/register/pager: "Pages"
    PG_PAGES = "pg-pages",
    /// components/register/pager: "Previous"
    PG_PREVIOUS = "pg-previous",
    /// components/register/pager: "Next"
    PG_NEXT = "pg-next",
    /// pages/assets/list: "no owner"
    PG_NO_OWNER = "pg-no-owner",
    /// pages/assets/list: "Assets"
    PG_ASSETS = "pg-assets",
    /// pages/assets/list: "The information, systems, people and suppliers that matter. Rate h…"
    PG_THE_INFORMATION_SYSTEMS_PEOPLE_AND_SUPPLIERS = "pg-the-information-systems-people-and-suppliers",
    /// pages/assets/list: "Add asset"
    PG_ADD_ASSET = "pg-add-asset",
    /// pages/assets/list: "Filter assets"
    PG_FILTER_ASSETS = "pg-filter-assets",
    /// pages/assets/list: "Asset register"
    PG_ASSET_REGISTER = "pg-asset-register",
    /// pages/mod: "Page not found"
    PG_PAGE_NOT_FOUND = "pg-page-not-found",
    /// pages/mod: "That address is not part of Annexa. Use the navigation above."
    PG_THAT_ADDRESS_IS_NOT_PART_OF = "pg-that-address-is-not-part-of",
    /// pages/risks/assess: "Impact (judged)"
    PG_IMPACT_JUDGED = "pg-impact-judged",
    /// pages/risks/assess: "Override the computed impact"
    PG_OVERRIDE_THE_COMPUTED_IMPACT = "pg-override-the-computed-impact",
    /// pages/risks/assess: "Impact to use"
    PG_IMPACT_TO_USE = "pg-impact-to-use",
    /// pages/risks/assess: "Reason for the override"
    PG_REASON_FOR_THE_OVERRIDE = "pg-reason-for-the-override",
    /// pages/risks/assess: "Assess the current level with existing controls separately"
    PG_ASSESS_THE_CURRENT_LEVEL_WITH_EXISTING = "pg-assess-the-current-level-with-existing",
    /// pages/risks/assess: "Current likelihood"
    PG_CURRENT_LIKELIHOOD = "pg-current-likelihood",
    /// pages/risks/assess: "Current impact"
    PG_CURRENT_IMPACT = "pg-current-impact",
    /// pages/risks/heatmap: "Heatmap"
    PG_HEATMAP = "pg-heatmap",
    /// pages/risks/heatmap: "Heatmap shows"
    PG_HEATMAP_SHOWS = "pg-heatmap-shows",
    /// pages/risks/list: "Risks"
    PG_RISKS = "pg-risks",
    /// pages/risks/list: "Each risk combines assets, a threat and the vulnerabilities it exp…"
    PG_EACH_RISK_COMBINES_ASSETS_A_THREAT = "pg-each-risk-combines-assets-a-threat",
    /// pages/risks/register: "Register"
    PG_REGISTER = "pg-register",
    /// pages/risks/register: "Show all"
    PG_SHOW_ALL = "pg-show-all",
    /// pages/risks/register: "Risk register"
    PG_RISK_REGISTER = "pg-risk-register",
    /// pages/soa/bulk: "Decide the controls shown"
    PG_DECIDE_THE_CONTROLS_SHOWN = "pg-decide-the-controls-shown",
    /// pages/soa/bulk: "Reason to include"
    PG_REASON_TO_INCLUDE = "pg-reason-to-include",
    /// pages/soa/bulk: "Justification for excluding"
    PG_JUSTIFICATION_FOR_EXCLUDING = "pg-justification-for-excluding",
    /// pages/soa/fields: "Automatic (from reasons)"
    PG_FROM_REASONS = "pg-from-reasons",
    /// pages/soa/fields: "Automatic (no reason yet)"
    PG_NO_REASON_YET = "pg-no-reason-yet",
    /// pages/soa/fields: "Applicable"
    PG_APPLICABLE = "pg-applicable",
    /// pages/soa/fields: "Excluded"
    PG_EXCLUDED = "pg-excluded",
    /// pages/soa/fields: "Automatic (from the register)"
    PG_AUTOMATIC_FROM_THE_REGISTER = "pg-automatic-from-the-register",
    /// pages/soa/fields: "Applicability"
    PG_APPLICABILITY = "pg-applicability",
    /// pages/soa/fields: "Implementation status"
    PG_IMPLEMENTATION_STATUS = "pg-implementation-status",
    /// pages/soa/fields: "Inclusion reasons"
    PG_INCLUSION_REASONS = "pg-inclusion-reasons",
    /// pages/soa/fields: "Justification (edited)"
    PG_JUSTIFICATION_EDITED = "pg-justification-edited",
    /// pages/soa/fields: "Justification (generated until you edit it)"
    PG_JUSTIFICATION_GENERATED_UNTIL_YOU_EDIT_IT = "pg-justification-generated-until-you-edit-it",
    /// pages/soa/fields: "Use the generated text again"
    PG_USE_THE_GENERATED_TEXT_AGAIN = "pg-use-the-generated-text-again",
    /// pages/soa/fields: "Exclusion justification (required)"
    PG_EXCLUSION_JUSTIFICATION_REQUIRED = "pg-exclusion-justification-required",
    /// pages/soa/fields: "Evidence (one reference per line)"
    PG_EVIDENCE_ONE_REFERENCE_PER_LINE = "pg-evidence-one-reference-per-line",
    /// pages/soa/filters_bar: "All themes"
    PG_ALL_THEMES = "pg-all-themes",
    /// pages/soa/filters_bar: "Any status"
    PG_ANY_STATUS = "pg-any-status",
    /// pages/soa/filters_bar: "Any decision"
    PG_ANY_DECISION = "pg-any-decision",
    /// pages/soa/filters_bar: "Filter controls"
    PG_FILTER_CONTROLS = "pg-filter-controls",
    /// pages/soa/filters_bar: "Theme"
    PG_THEME = "pg-theme",
    /// pages/treatment/editor: "Treatment owner"
    PG_TREATMENT_OWNER = "pg-treatment-owner",
    /// pages/treatment/editor: "Due date"
    PG_DUE_DATE = "pg-due-date",
    /// pages/treatment/editor: "Not estimated"
    PG_NOT_ESTIMATED = "pg-not-estimated",
    /// pages/treatment/editor: "Choose a threat or vulnerabilities for this risk to get recommenda…"
    PG_CHOOSE_A_THREAT_OR_VULNERABILITIES_FOR = "pg-choose-a-threat-or-vulnerabilities-for",
    /// pages/treatment/editor: "When a control is in place, mark it done: it joins the existing co…"
    PG_WHEN_A_CONTROL_IS_IN_PLACE = "pg-when-a-control-is-in-place",
    /// pages/treatment/editor: "Set another residual (with a reason)"
    PG_SET_ANOTHER_RESIDUAL_WITH_A_REASON = "pg-set-another-residual-with-a-reason",
    /// pages/treatment/editor: "Residual likelihood"
    PG_RESIDUAL_LIKELIHOOD = "pg-residual-likelihood",
    /// pages/treatment/editor: "Residual impact"
    PG_RESIDUAL_IMPACT = "pg-residual-impact",
    /// pages/treatment/editor: "Reason for this residual"
    PG_REASON_FOR_THIS_RESIDUAL = "pg-reason-for-this-residual",
    /// pages/treatment/editor: "Record a risk acceptance"
    PG_RECORD_A_RISK_ACCEPTANCE = "pg-record-a-risk-acceptance",
    /// pages/treatment/editor: "Risk acceptance (approved by the risk owner)"
    PG_RISK_ACCEPTANCE_APPROVED_BY_THE_RISK = "pg-risk-acceptance-approved-by-the-risk",
    /// pages/treatment/editor: "Accepted by"
    PG_ACCEPTED_BY = "pg-accepted-by",
    /// pages/treatment/editor: "Accepted on"
    PG_ACCEPTED_ON = "pg-accepted-on",
    /// pages/treatment/editor: "Valid until"
    PG_VALID_UNTIL = "pg-valid-until",
    /// pages/treatment/editor: "Why it is acceptable"
    PG_WHY_IT_IS_ACCEPTABLE = "pg-why-it-is-acceptable",
    /// pages/treatment/editor: "Save treatment"
    PG_SAVE_TREATMENT = "pg-save-treatment",
    /// pages/treatment/plan: "Suggestions"
    PG_SUGGESTIONS = "pg-suggestions",
    /// shell/banners: "Annexa stopped saving here so that neither version is overwritten …"
    PG_ANNEXA_STOPPED_SAVING_HERE_SO_THAT = "pg-annexa-stopped-saving-here-so-that",
    /// shell/banners: "Reload the other tab's version"
    PG_RELOAD_THE_OTHER_TAB_S_VERSION = "pg-reload-the-other-tab-s-version",
    /// shell/banners: "Keep mine"
    PG_KEEP_MINE = "pg-keep-mine",
    /// shell/banners: "Dismiss"
    PG_DISMISS = "pg-dismiss",
    /// shell/banners: "Undo"
    PG_UNDO = "pg-undo",
    /// shell/banners: "Dismiss message"
    PG_DISMISS_MESSAGE = "pg-dismiss-message",
    /// shell/mod: "Skip to content"
    PG_SKIP_TO_CONTENT = "pg-skip-to-content",
    /// shell/mod: "ISO/IEC 27001 risk workbench · your data stays in this browser"
    PG_ISO_IEC_27001_RISK_WORKBENCH_YOUR = "pg-iso-iec-27001-risk-workbench-your",
    /// shell/mod: "Opened the shared assessment."
    PG_OPENED_THE_SHARED_ASSESSMENT = "pg-opened-the-shared-assessment",
    /// shell/mod: "Shared assessment"
    PG_SHARED_ASSESSMENT = "pg-shared-assessment",
    /// shell/mod: "This link carries an assessment."
    PG_THIS_LINK_CARRIES_AN_ASSESSMENT = "pg-this-link-carries-an-assessment",
    /// shell/mod: "The shared assessment"
    PG_THE_SHARED_ASSESSMENT = "pg-the-shared-assessment",
    /// shell/mod: "Open the shared assessment"
    PG_OPEN_THE_SHARED_ASSESSMENT = "pg-open-the-shared-assessment",
    /// shell/mod: "Keep my data"
    PG_KEEP_MY_DATA = "pg-keep-my-data",
    /// register kit: the Delete button's name. Argument: `row` (the row's name).
    PG_DELETE_ROW = "pg-delete-row",
    /// register kit: the pager. Arguments: `first`, `last`, `total` (row numbers).
    PG_ROWS_OF = "pg-rows-of",
    /// register kit: rows when one page holds them all. Argument: `count`.
    PG_ROW_COUNT = "pg-row-count",
    /// pages/assets: the button that adds a sector's typical assets. Arguments: `count`, `sector`.
    PG_ADD_SUGGESTED_ASSETS = "pg-add-suggested-assets",
    /// pages/assets: confirming a deletion. Arguments: `id`, `name`.
    PG_DELETE_ITEM = "pg-delete-item",
    /// pages/risks: the computed impact. Arguments: `value` (the scale step), `name` (its name).
    PG_INHERENT_IMPACT = "pg-inherent-impact",
    /// pages/risks: before the proposed current level.
    PG_CURRENT_PROPOSED = "pg-current-proposed",
    /// pages/risks: the heatmap's name. Argument: `stage` (inherent, current or residual).
    PG_HEATMAP_OF = "pg-heatmap-of",
    /// pages/risks: the register filtered by a heatmap cell. Arguments: `likelihood`, `impact`.
    PG_SHOWING_CELL = "pg-showing-cell",
    /// pages/soa: the bulk decision's hint. Arguments: `shown`, `to_decide`.
    PG_BULK_HINT = "pg-bulk-hint",
    /// pages/soa: the bulk include button. Argument: `shown`.
    PG_BULK_INCLUDE = "pg-bulk-include",
    /// pages/soa: the bulk exclude button. Argument: `shown`.
    PG_BULK_EXCLUDE = "pg-bulk-exclude",
    /// pages/soa: before the risks a control treats.
    PG_RISK_TREATMENT = "pg-risk-treatment",
    /// pages/soa: risks not listed. Argument: `count`.
    PG_AND_MORE = "pg-and-more",
    /// pages/soa: the findings filter. Argument: `count`.
    PG_ONLY_FINDINGS = "pg-only-findings",
    /// pages/soa: the filter's count. Argument: `count`.
    PG_CONTROLS_SHOWN = "pg-controls-shown",
    /// pages/treatment: a recommendation's score and effect. Arguments: `score`, `effect`.
    PG_REC_META = "pg-rec-meta",
    /// pages/treatment: a planned control put in place. Argument: `control`.
    PG_MARK_DONE = "pg-mark-done",
    /// pages/treatment: the editor's name. Argument: `risk` (its id).
    PG_TREATMENT_OF = "pg-treatment-of",
    /// pages/treatment: the editor's heading. Arguments: `risk`, `title`.
    PG_TREAT_RISK = "pg-treat-risk",
    /// pages/treatment: the treatment owner's hint. Argument: `owner` (the risk owner).
    PG_OWNER_FALLBACK = "pg-owner-fallback",
    /// pages/treatment: the cost field. Argument: `currency`.
    PG_COST_IN = "pg-cost-in",
    /// pages/treatment: before the proposed residual risk.
    PG_RESIDUAL_PROPOSED = "pg-residual-proposed",
    /// pages/treatment: the acceptance's hint (6.1.3 f). Argument: `owner`.
    PG_RISK_OWNER_IS = "pg-risk-owner-is",
    /// pages/treatment: before the suggested controls. Argument: `headline`.
    PG_PLAN_SUGGESTIONS = "pg-plan-suggestions",
    /// pages/treatment: a suggestion's effort and risks. Arguments: `effort`, `risks`.
    PG_STEP_EFFORT = "pg-step-effort",
    /// pages/treatment: risks a suggestion brings within the risk criteria. Argument: `risks`.
    PG_STEP_WITHIN = "pg-step-within",
    /// shell/banners: after Export JSON. Argument: `file`.
    PG_EXPORTED = "pg-exported",
    /// shell/banners: storage is off.
    PG_NOT_SAVED_HERE = "pg-not-saved-here",
    /// shell/banners: a save failed.
    PG_LATEST_NOT_SAVED = "pg-latest-not-saved",
    /// shell/banners: after a failed save.
    PG_NOTHING_LOST = "pg-nothing-lost",
    /// shell/banners: another tab saved.
    PG_CHANGED_ELSEWHERE = "pg-changed-elsewhere",
    /// shell: the product's name.
    PG_BRAND = "pg-brand",
    /// shell: the footer. Argument: `version`.
    PG_FOOTER = "pg-footer",
    /// shell: a #share= link that does not decode.
    PG_SHARE_FAILED = "pg-share-failed",
    /// shell: after a failed share link.
    PG_DATA_UNCHANGED = "pg-data-unchanged",
    /// shell: a share link stays local.
    PG_SHARE_LOCAL = "pg-share-local",
    /// pages/treatment: a recommendation already in place. Arguments: `score`, `effect`.
    PG_REC_META_IN_PLACE = "pg-rec-meta-in-place",
    /// store/routes: the navigation label of the Home page.
    PG_ROUTE_HOME = "pg-route-home",
    /// store/routes: the navigation label of the Context page.
    PG_ROUTE_CONTEXT = "pg-route-context",
    /// store/routes: the navigation label of the Assets page.
    PG_ROUTE_ASSETS = "pg-route-assets",
    /// store/routes: the navigation label of the Risks page.
    PG_ROUTE_RISKS = "pg-route-risks",
    /// store/routes: the navigation label of the Treatment page.
    PG_ROUTE_TREATMENT = "pg-route-treatment",
    /// store/routes: the navigation label of the Soa page.
    PG_ROUTE_SOA = "pg-route-soa",
    /// store/routes: the navigation label of the Quant page.
    PG_ROUTE_QUANT = "pg-route-quant",
    /// store/routes: the navigation label of the GapCheck page.
    PG_ROUTE_GAP_CHECK = "pg-route-gap-check",
    /// store/routes: the navigation label of the Data page.
    PG_ROUTE_DATA = "pg-route-data",
    /// store/routes: the navigation label of the Help page.
    PG_ROUTE_HELP = "pg-route-help",
    /// store/routes: the navigation label of the NotFound page.
    PG_ROUTE_NOT_FOUND = "pg-route-not-found",
    /// pages/assets: the filter's placeholder.
    PG_ASSET_FILTER_PLACEHOLDER = "pg-asset-filter-placeholder",
    /// pages/context: a scale size. Argument: `count`.
    PG_SCALE_STEPS = "pg-scale-steps",
    /// pages/data: an import's faults. Arguments: `count`, `problems` (joined with " · ").
    PG_IMPORT_PROBLEMS = "pg-import-problems",
    /// pages/data: the spreadsheet preview. Arguments: `new`, `updated`, `rejected` (row counts).
    PG_SHEET_PREVIEW_COUNTS = "pg-sheet-preview-counts",
    /// pages/gap_check: a mode and its questions. Arguments: `mode`, `count`.
    PG_GAP_MODE_QUESTIONS = "pg-gap-mode-questions",
    /// pages/home: a finished step.
    PG_STEP_DONE = "pg-step-done",
    /// pages/quant: a horizon. Argument: `years` (formatted).
    PG_YEARS = "pg-years",
}
