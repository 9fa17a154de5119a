//! The ids of the gap check's, home, quantify and treatment pages' texts.
//! Re-exported from [`super`]; the English is in the `ui-` block of
//! `en.ftl`.

use super::MessageId;

messages! {
    // pages/gap_check/chart
    /// pages/gap_check/chart: "not answered"
    UI_GAP_NOT_ANSWERED = "ui-gap-not-answered",
    // pages/gap_check/page
    /// pages/gap_check/page: "A ten-minute readiness check against ISO/IEC 27001: every clause fr…"
    UI_A_TEN_MINUTE_READINESS_CHECK_AGAINST = "ui-a-ten-minute-readiness-check-against",
    /// pages/gap_check/page: "Questions"
    UI_QUESTIONS = "ui-questions",
    /// pages/gap_check/page: "Quick gap check"
    UI_QUICK_GAP_CHECK = "ui-quick-gap-check",
    /// pages/gap_check/page: "View"
    UI_VIEW = "ui-view",
    // pages/gap_check/question
    /// pages/gap_check/question: "Required for certification, so Not applicable is not offered."
    UI_REQUIRED_FOR_CERTIFICATION_SO_NOT_APPLICABLE = "ui-required-for-certification-so-not-applicable",
    /// pages/gap_check/question: "Why this matters:"
    UI_WHY_THIS_MATTERS = "ui-why-this-matters",
    // pages/gap_check/questions
    /// pages/gap_check/questions: "{ $answered } of { $total } answered"
    UI_GAP_ANSWERED_OF = "ui-gap-answered-of",
    /// pages/gap_check/questions: "{ $answered } of { $total }"
    UI_GAP_ANSWERED_SHORT = "ui-gap-answered-short",
    /// pages/gap_check/questions: "{" "}· { $answered } of { $total } answered"
    UI_GAP_AREA_ANSWERED = "ui-gap-area-answered",
    /// pages/gap_check/questions: "See results"
    UI_SEE_RESULTS = "ui-see-results",
    // pages/gap_check/report
    /// pages/gap_check/report: "Clause"
    UI_CLAUSE = "ui-clause",
    /// pages/gap_check/report: "Document"
    UI_DOCUMENT = "ui-document",
    /// pages/gap_check/report: "{ $answered } of { $total } questions answered; { $gaps } gap(s) fo…"
    UI_GAP_ANSWERED = "ui-gap-answered",
    /// pages/gap_check/report: "{" "}· { $gaps } open gap(s) · about { $days } person-day(s)"
    UI_GAP_PHASE_FIGURES = "ui-gap-phase-figures",
    /// pages/gap_check/report: "Short mode"
    UI_GAP_SHORT_MODE = "ui-gap-short-mode",
    /// pages/gap_check/report: "size not given"
    UI_GAP_SIZE_NOT_GIVEN = "ui-gap-size-not-given",
    /// pages/gap_check/report: "Thorough mode"
    UI_GAP_THOROUGH_MODE = "ui-gap-thorough-mode",
    /// pages/gap_check/report: "Top { $count } gaps"
    UI_GAP_TOP_GAPS = "ui-gap-top-gaps",
    /// pages/gap_check/report: "Total: about { $days } person-days of work. Effort figures are roug…"
    UI_GAP_TOTAL = "ui-gap-total",
    /// pages/gap_check/report: "ISO/IEC 27001 readiness report"
    UI_ISO_IEC_27001_READINESS_REPORT = "ui-iso-iec-27001-readiness-report",
    /// pages/gap_check/report: "Mandatory documented information"
    UI_MANDATORY_DOCUMENTED_INFORMATION = "ui-mandatory-documented-information",
    /// pages/gap_check/report: "No gaps among the answered questions."
    UI_NO_GAPS_AMONG_THE_ANSWERED_QUESTIONS = "ui-no-gaps-among-the-answered-questions",
    /// pages/gap_check/report: "Overall readiness"
    UI_OVERALL_READINESS = "ui-overall-readiness",
    /// pages/gap_check/report: "Roadmap to certification"
    UI_ROADMAP_TO_CERTIFICATION = "ui-roadmap-to-certification",
    /// pages/gap_check/report: "Scores per Annex A theme"
    UI_SCORES_PER_ANNEX_A_THEME = "ui-scores-per-annex-a-theme",
    /// pages/gap_check/report: "Scores per clause"
    UI_SCORES_PER_CLAUSE = "ui-scores-per-clause",
    // pages/gap_check/results
    /// pages/gap_check/results: "Continue to full assessment"
    UI_CONTINUE_TO_FULL_ASSESSMENT = "ui-continue-to-full-assessment",
    /// pages/gap_check/results: "Continue to full assessment pre-fills the SoA status of every contr…"
    UI_CONTINUE_TO_FULL_ASSESSMENT_PRE_FILLS = "ui-continue-to-full-assessment-pre-fills",
    /// pages/gap_check/results: "Export results (JSON)"
    UI_EXPORT_RESULTS_JSON = "ui-export-results-json",
    /// pages/gap_check/results: "Print report"
    UI_PRINT_REPORT = "ui-print-report",
    // pages/gap_check/settings
    /// pages/gap_check/settings: "How thorough?"
    UI_HOW_THOROUGH = "ui-how-thorough",
    /// pages/gap_check/settings: "Not given"
    UI_NOT_GIVEN = "ui-not-given",
    /// pages/gap_check/settings: "Organisation name"
    UI_ORGANISATION_NAME = "ui-organisation-name",
    /// pages/gap_check/settings: "Organisation size"
    UI_ORGANISATION_SIZE = "ui-organisation-size",
    // pages/home
    /// pages/home: "Annexa: ISO/IEC 27001 risk workbench"
    UI_ANNEXA_ISO_IEC_27001_RISK_WORKBENCH = "ui-annexa-iso-iec-27001-risk-workbench",
    /// pages/home: "Build your asset and risk register, score risks with your own metho…"
    UI_BUILD_YOUR_ASSET_AND_RISK_REGISTER = "ui-build-your-asset-and-risk-register",
    /// pages/home: "Confirm replacing your data"
    UI_CONFIRM_REPLACING_YOUR_DATA = "ui-confirm-replacing-your-data",
    /// pages/home: "Every calculation runs on your machine. Nothing is uploaded; data l…"
    UI_EVERY_CALCULATION_RUNS_ON_YOUR_MACHINE = "ui-every-calculation-runs-on-your-machine",
    /// pages/home: "This replaces your current assessment ({ $summary }). Export JSON o…"
    UI_HOME_REPLACES = "ui-home-replaces",
    /// pages/home: "Load example"
    UI_LOAD_EXAMPLE = "ui-load-example",
    /// pages/home: "Start new assessment"
    UI_START_NEW_ASSESSMENT = "ui-start-new-assessment",
    /// pages/home: "Steps of an assessment"
    UI_STEPS_OF_AN_ASSESSMENT = "ui-steps-of-an-assessment",
    /// pages/home: "Ways to begin"
    UI_WAYS_TO_BEGIN = "ui-ways-to-begin",
    /// pages/home: "Your data never leaves this browser."
    UI_YOUR_DATA_NEVER_LEAVES_THIS_BROWSER = "ui-your-data-never-leaves-this-browser",
    // pages/quant/page
    /// pages/quant/page: "How much could these risks cost in a year? Annexa simulates many ye…"
    UI_HOW_MUCH_COULD_THESE_RISKS_COST = "ui-how-much-could-these-risks-cost",
    /// pages/quant/page: "Quantify"
    UI_QUANTIFY = "ui-quantify",
    // pages/quant/portfolio
    /// pages/quant/portfolio: "No risk has a quantitative estimate yet. Open a risk on the"
    UI_NO_RISK_HAS_A_QUANTITATIVE_ESTIMATE = "ui-no-risk-has-a-quantitative-estimate",
    /// pages/quant/portfolio: "{" "}and fill in its Quantify panel."
    UI_QUANT_FILL_PANEL = "ui-quant-fill-panel",
    /// pages/quant/portfolio: "Risks in the portfolio"
    UI_RISKS_IN_THE_PORTFOLIO = "ui-risks-in-the-portfolio",
    /// pages/quant/portfolio: "Run simulation"
    UI_RUN_SIMULATION = "ui-run-simulation",
    /// pages/quant/portfolio: "Simulating…"
    UI_SIMULATING = "ui-simulating",
    /// pages/quant/portfolio: "Treatment page"
    UI_TREATMENT_PAGE = "ui-treatment-page",
    // pages/quant/results
    /// pages/quant/results: "After treatment"
    UI_AFTER_TREATMENT = "ui-after-treatment",
    /// pages/quant/results: "Against the risk tolerance"
    UI_AGAINST_THE_RISK_TOLERANCE = "ui-against-the-risk-tolerance",
    /// pages/quant/results: "Before treatment"
    UI_BEFORE_TREATMENT = "ui-before-treatment",
    /// pages/quant/results: "Expected annual loss before treatment"
    UI_EXPECTED_ANNUAL_LOSS_BEFORE_TREATMENT = "ui-expected-annual-loss-before-treatment",
    /// pages/quant/results: "Loss events a year"
    UI_LOSS_EVENTS_A_YEAR = "ui-loss-events-a-year",
    /// pages/quant/results: "Max"
    UI_MAX = "ui-max",
    /// pages/quant/results: "Mean"
    UI_MEAN = "ui-mean",
    /// pages/quant/results: "Mean loss per event"
    UI_MEAN_LOSS_PER_EVENT = "ui-mean-loss-per-event",
    /// pages/quant/results: "Min"
    UI_MIN = "ui-min",
    /// pages/quant/results: "No"
    UI_NO = "ui-no",
    /// pages/quant/results: "P(any loss)"
    UI_P_ANY_LOSS = "ui-p-any-loss",
    /// pages/quant/results: "Phase"
    UI_PHASE = "ui-phase",
    /// pages/quant/results: "Portfolio"
    UI_PORTFOLIO = "ui-portfolio",
    /// pages/quant/results: "Expected loss: rate × mean magnitude ({ $currency }; no simulation,…"
    UI_QUANT_EXPECTED_CAPTION = "ui-quant-expected-caption",
    /// pages/quant/results: "Annual loss above ({ $currency })"
    UI_QUANT_LOSS_ABOVE = "ui-quant-loss-above",
    /// pages/quant/results: "{ $years } simulated years, seed { $seed }, amounts in { $currency…"
    UI_QUANT_RESULTS_SUMMARY = "ui-quant-results-summary",
    /// pages/quant/results: "Simulated annual loss ({ $currency })"
    UI_QUANT_SIMULATED_LOSS = "ui-quant-simulated-loss",
    /// pages/quant/results: "Results"
    UI_RESULTS = "ui-results",
    /// pages/quant/results: "SD"
    UI_SD = "ui-sd",
    /// pages/quant/results: "Tail value at risk: the mean of the worst 5 % of years"
    UI_TAIL_VALUE_AT_RISK_THE_MEAN = "ui-tail-value-at-risk-the-mean",
    /// pages/quant/results: "Tolerated"
    UI_TOLERATED = "ui-tolerated",
    /// pages/quant/results: "TVaR 95"
    UI_TVAR_95 = "ui-tvar-95",
    /// pages/quant/results: "Within tolerance after treatment"
    UI_WITHIN_TOLERANCE_AFTER_TREATMENT = "ui-within-tolerance-after-treatment",
    /// pages/quant/results: "Yes"
    UI_YES = "ui-yes",
    // pages/quant/run
    /// pages/quant/run: "Simulation cancelled."
    UI_QUANT_CANCELLED = "ui-quant-cancelled",
    /// pages/quant/run: "Cannot run: { $error }"
    UI_QUANT_CANNOT_RUN = "ui-quant-cannot-run",
    // pages/quant/settings
    /// pages/quant/settings: "Add tolerance point"
    UI_ADD_TOLERANCE_POINT = "ui-add-tolerance-point",
    /// pages/quant/settings: "Currency (ISO code)"
    UI_CURRENCY_ISO_CODE = "ui-currency-iso-code",
    /// pages/quant/settings: "Points the organisation accepts: for example, at most a 10 % chance…"
    UI_POINTS_THE_ORGANISATION_ACCEPTS_FOR_EXAMPLE = "ui-points-the-organisation-accepts-for-example",
    /// pages/quant/settings: "Point { $n }: annual loss above"
    UI_QUANT_POINT_LOSS = "ui-quant-point-loss",
    /// pages/quant/settings: "Point { $n }: at most this likely in a year"
    UI_QUANT_POINT_PROBABILITY = "ui-quant-point-probability",
    /// pages/quant/settings: "Remove tolerance point { $n }"
    UI_QUANT_REMOVE_POINT = "ui-quant-remove-point",
    /// pages/quant/settings: "Random seed"
    UI_RANDOM_SEED = "ui-random-seed",
    /// pages/quant/settings: "Remove"
    UI_REMOVE = "ui-remove",
    /// pages/quant/settings: "Risk tolerance curve"
    UI_RISK_TOLERANCE_CURVE = "ui-risk-tolerance-curve",
    /// pages/quant/settings: "Simulated years (trials)"
    UI_SIMULATED_YEARS_TRIALS = "ui-simulated-years-trials",
    /// pages/quant/settings: "Simulation settings"
    UI_SIMULATION_SETTINGS = "ui-simulation-settings",
    // pages/treatment/list
    /// pages/treatment/list: "Decide what to do about each risk: mitigate with Annex A controls,…"
    UI_DECIDE_WHAT_TO_DO_ABOUT_EACH = "ui-decide-what-to-do-about-each",
    /// pages/treatment/list: "Only risks above tolerance"
    UI_ONLY_RISKS_ABOVE_TOLERANCE = "ui-only-risks-above-tolerance",
    /// pages/treatment/list: "Overdue"
    UI_OVERDUE = "ui-overdue",
    /// pages/treatment/list: "Risk treatment plan"
    UI_RISK_TREATMENT_PLAN = "ui-risk-treatment-plan",
    /// pages/treatment/list: "Treat"
    UI_TREAT = "ui-treat",
    /// pages/treatment/list: "Treatment"
    UI_TREATMENT = "ui-treatment",
    /// pages/treatment/list: "{ $count } treatment(s) are overdue."
    UI_TREATMENT_OVERDUE = "ui-treatment-overdue",
    /// The notice after a file replaced the data. Argument: `file` (its name).
    UI_IMPORTED_FILE = "ui-imported-file",
    /// The notice after a file was merged. Arguments: `file`, `new`,
    /// `updated` (counts of items).
    UI_IMPORTED_MERGED = "ui-imported-merged",
    /// The landmark name of the steps' links at the end of a step page.
    UI_STEP_NAV = "ui-step-nav",
    /// The link to the next step. Argument: `step` (its page's name).
    UI_STEP_NEXT = "ui-step-next",
    /// The link to the step before. Argument: `step`.
    UI_STEP_BACK = "ui-step-back",
    /// After the last step: the link to the documents on the Data page.
    UI_STEP_FINISH = "ui-step-finish",
    // The simulation shared between workers (issue 17, item 4)
    /// A share's losses did not match their header.
    QUANT_SHARE_DAMAGED = "quant-share-damaged",
    /// A share ended without its losses.
    QUANT_SHARE_LOST = "quant-share-lost",
    /// A worker of an older build got a share.
    QUANT_SHARE_REFUSED = "quant-share-refused",
    /// One of the workers stopped. Arguments: `count` (workers), `error`.
    QUANT_WORKER_FAILED = "quant-worker-failed",
    /// A worker's message could not be read.
    QUANT_WORKER_UNREADABLE = "quant-worker-unreadable",
    /// A message could not be posted to a worker. Argument: `error`.
    QUANT_WORKER_SEND = "quant-worker-send",
}
