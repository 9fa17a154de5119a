//! The ids of the texts of the pages and components (headings, leads,
//! buttons, captions and labels) that moved into the text layer from the
//! markup (issue 12 §2). Re-exported from [`super`], so a page names
//! them as `msg::UI_…`; the English is in the `ui-` block of `en.ftl`.

use super::MessageId;

messages! {
    // components/calculator
    /// components/calculator: "Above the risk tolerance ({ $level } and below): treat it, or recor…"
    UI_CALC_ABOVE_TOLERANCE = "ui-calc-above-tolerance",
    /// components/calculator: "activate to choose this cell"
    UI_CALC_CELL_ACTION = "ui-calc-cell-action",
    /// components/calculator: "Risk matrix, { $rows } by { $columns }; the chosen cell is marked"
    UI_CALC_MATRIX = "ui-calc-matrix",
    /// components/calculator: "Within the risk tolerance ({ $level } and below): it can be accepte…"
    UI_CALC_WITHIN_TOLERANCE = "ui-calc-within-tolerance",
    /// components/calculator: "Impact"
    UI_IMPACT = "ui-impact",
    /// components/calculator: "Likelihood"
    UI_LIKELIHOOD = "ui-likelihood",
    /// components/calculator: "Rate one risk's likelihood and impact to see its level on this risk…"
    UI_RATE_ONE_RISKS_LIKELIHOOD_AND_IMPACT = "ui-rate-one-risks-likelihood-and-impact",
    /// components/calculator: "Risk calculator"
    UI_RISK_CALCULATOR = "ui-risk-calculator",
    /// components/calculator: "Risk level:"
    UI_RISK_LEVEL = "ui-risk-level",
    // components/document_control
    /// components/document_control: "Add a change"
    UI_ADD_A_CHANGE = "ui-add-a-change",
    /// components/document_control: "Approval date"
    UI_APPROVAL_DATE = "ui-approval-date",
    /// components/document_control: "Approved by"
    UI_APPROVED_BY = "ui-approved-by",
    /// components/document_control: "Author"
    UI_AUTHOR = "ui-author",
    /// components/document_control: "Change"
    UI_CHANGE = "ui-change",
    /// components/document_control: "Change history"
    UI_CHANGE_HISTORY = "ui-change-history",
    /// components/document_control: "Date"
    UI_DATE = "ui-date",
    /// components/document_control: "Remove change { $n }"
    UI_DOC_REMOVE_CHANGE = "ui-doc-remove-change",
    /// components/document_control: "SoA version"
    UI_DOC_SOA_VERSION = "ui-doc-soa-version",
    /// components/document_control: "Version"
    UI_VERSION = "ui-version",
    // components/heatmap
    /// components/heatmap: "Rows: likelihood (highest at the top). Columns: impact. Dashed line…"
    UI_HEATMAP_CAPTION = "ui-heatmap-caption",
    /// components/heatmap: "{ $level } — likelihood { $l } { $likelihood }, impact { $i } { $im…"
    UI_HEATMAP_CELL = "ui-heatmap-cell",
    /// components/heatmap: "activate to change the level"
    UI_HEATMAP_CELL_ACTION = "ui-heatmap-cell-action",
    /// components/heatmap: "{ $count } { $level } — likelihood { $l } { $likelihood }, impact {…"
    UI_HEATMAP_CELL_COUNTED = "ui-heatmap-cell-counted",
    /// components/heatmap: "Impact →"
    UI_IMPACT_2 = "ui-impact-2",
    // components/quant/curve
    /// components/quant/curve: "After treatment (residual)"
    UI_AFTER_TREATMENT_RESIDUAL = "ui-after-treatment-residual",
    /// components/quant/curve: "Before treatment (inherent)"
    UI_BEFORE_TREATMENT_INHERENT = "ui-before-treatment-inherent",
    /// components/quant/curve: "below the chart"
    UI_CURVE_BELOW_CHART = "ui-curve-below-chart",
    /// components/quant/curve: "Probability that the annual loss exceeds an amount, on logarithmic…"
    UI_CURVE_DESCRIPTION = "ui-curve-description",
    /// components/quant/curve: "{" "}Residual: a 5 % chance of losing more than { $amount }."
    UI_CURVE_RESIDUAL = "ui-curve-residual",
    /// components/quant/curve: "Loss exceedance curve"
    UI_LOSS_EXCEEDANCE_CURVE = "ui-loss-exceedance-curve",
    /// components/quant/curve: "No simulated year had a loss: there is no curve to draw."
    UI_NO_SIMULATED_YEAR_HAD_A_LOSS = "ui-no-simulated-year-had-a-loss",
    /// components/quant/curve: "Annual loss ({ $currency })"
    UI_QUANT_AXIS_LOSS = "ui-quant-axis-loss",
    /// components/quant/curve: "Risk tolerance"
    UI_RISK_TOLERANCE = "ui-risk-tolerance",
    /// components/quant/curve: "The dashed line is the risk tolerance."
    UI_THE_DASHED_LINE_IS_THE_RISK = "ui-the-dashed-line-is-the-risk",
    // components/quant/editor
    /// components/quant/editor: "Fixed probability"
    UI_QUANT_FIXED_PROBABILITY = "ui-quant-fixed-probability",
    /// components/quant/editor: "Fixed rate"
    UI_QUANT_FIXED_RATE = "ui-quant-fixed-rate",
    /// components/quant/editor: "{ $what }, high end (95th percentile)"
    UI_QUANT_HIGH_END = "ui-quant-high-end",
    /// components/quant/editor: "{ $what }, low end (5th percentile)"
    UI_QUANT_LOW_END = "ui-quant-low-end",
    /// components/quant/editor: "Maximum"
    UI_QUANT_MAXIMUM = "ui-quant-maximum",
    /// components/quant/editor: "maximum"
    UI_QUANT_MAXIMUM_LOWER = "ui-quant-maximum-lower",
    /// components/quant/editor: "Maximum vulnerability"
    UI_QUANT_MAXIMUM_VULNERABILITY = "ui-quant-maximum-vulnerability",
    /// components/quant/editor: "Minimum"
    UI_QUANT_MINIMUM = "ui-quant-minimum",
    /// components/quant/editor: "minimum"
    UI_QUANT_MINIMUM_LOWER = "ui-quant-minimum-lower",
    /// components/quant/editor: "Minimum vulnerability"
    UI_QUANT_MINIMUM_VULNERABILITY = "ui-quant-minimum-vulnerability",
    /// components/quant/editor: "Most likely"
    UI_QUANT_MOST_LIKELY = "ui-quant-most-likely",
    /// components/quant/editor: "most likely"
    UI_QUANT_MOST_LIKELY_LOWER = "ui-quant-most-likely-lower",
    /// components/quant/editor: "Most likely vulnerability"
    UI_QUANT_MOST_LIKELY_VULNERABILITY = "ui-quant-most-likely-vulnerability",
    /// components/quant/editor: "{ $what }, { $part }"
    UI_QUANT_PART_OF_AMOUNT = "ui-quant-part-of-amount",
    /// components/quant/editor: "{ $part } { $what }"
    UI_QUANT_PART_OF_RATE = "ui-quant-part-of-rate",
    /// components/quant/editor: "per year"
    UI_QUANT_PER_YEAR = "ui-quant-per-year",
    /// components/quant/editor: "90 % range (lognormal, as riskquant)"
    UI_QUANT_RANGE90 = "ui-quant-range90",
    /// components/quant/editor: "Three-point estimate (PERT)"
    UI_QUANT_THREE_POINT = "ui-quant-three-point",
    /// components/quant/editor: "{ $what }: estimate"
    UI_QUANT_WHAT_ESTIMATE = "ui-quant-what-estimate",
    /// components/quant/editor: "{ $what } per year"
    UI_QUANT_WHAT_PER_YEAR = "ui-quant-what-per-year",
    /// components/quant/editor: "Vulnerability: estimate"
    UI_VULNERABILITY_ESTIMATE = "ui-vulnerability-estimate",
    /// components/quant/editor: "Vulnerability (threat capability beats resistance)"
    UI_VULNERABILITY_THREAT_CAPABILITY_BEATS_RESISTANCE = "ui-vulnerability-threat-capability-beats-resistance",
    // components/quant/panel
    /// components/quant/panel: "Estimate how often losses happen and how large they are, in money;…"
    UI_ESTIMATE_HOW_OFTEN_LOSSES_HAPPEN_AND = "ui-estimate-how-often-losses-happen-and",
    /// components/quant/panel: "Estimate the risk after treatment separately"
    UI_ESTIMATE_THE_RISK_AFTER_TREATMENT_SEPARATELY = "ui-estimate-the-risk-after-treatment-separately",
    /// components/quant/panel: "Expected loss (rate × mean magnitude): { $events } events a year ×…"
    UI_QUANT_EXPECTED_LOSS = "ui-quant-expected-loss",
    /// components/quant/panel: "{ $count } value(s) need fixing before you can save: see the highli…"
    UI_QUANT_VALUES_TO_FIX = "ui-quant-values-to-fix",
    /// components/quant/panel: "Quantify this risk (FAIR)"
    UI_QUANTIFY_THIS_RISK_FAIR = "ui-quantify-this-risk-fair",
    // components/quant/scenario
    /// components/quant/scenario: "Frequency model"
    UI_FREQUENCY_MODEL = "ui-frequency-model",
    /// components/quant/scenario: "Probability of secondary losses per event (SLEF)"
    UI_PROBABILITY_OF_SECONDARY_LOSSES_PER_EVENT = "ui-probability-of-secondary-losses-per-event",
    /// components/quant/scenario: "Loss events"
    UI_QUANT_LOSS_EVENTS = "ui-quant-loss-events",
    /// components/quant/scenario: "Loss events per year"
    UI_QUANT_LOSS_EVENTS_PER_YEAR = "ui-quant-loss-events-per-year",
    /// components/quant/scenario: "Threat events × vulnerability (Open FAIR)"
    UI_QUANT_OPEN_FAIR = "ui-quant-open-fair",
    /// components/quant/scenario: "Primary loss per event"
    UI_QUANT_PRIMARY_LOSS = "ui-quant-primary-loss",
    /// components/quant/scenario: "Secondary loss"
    UI_QUANT_SECONDARY_LOSS = "ui-quant-secondary-loss",
    /// components/quant/scenario: "Threat events"
    UI_QUANT_THREAT_EVENTS = "ui-quant-threat-events",
    /// components/quant/scenario: "Secondary losses (fines, claims, lost customers)"
    UI_SECONDARY_LOSSES_FINES_CLAIMS_LOST_CUSTOMERS = "ui-secondary-losses-fines-claims-lost-customers",
}
