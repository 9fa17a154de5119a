//! The ids of issue 14's findable libraries, glossary and badge tooltips.
//! Re-exported from [`super`].

use super::MessageId;

messages! {
    // ── Issue 14 (wt-d): findable libraries, glossary, badge tooltips ──
    /// A combobox's placeholder.
    COMBO_PLACEHOLDER = "combo-placeholder",
    /// How to use a combobox, for screen readers.
    COMBO_KEYS_HINT = "combo-keys-hint",
    /// How many items a multi-pick combobox holds. Argument: `count`.
    COMBO_CHOSEN = "combo-chosen",
    /// A combobox query that matches nothing.
    COMBO_NO_MATCH = "combo-no-match",
    /// Options not listed. Argument: `count`.
    COMBO_MORE = "combo-more",
    /// The name of a chosen item's remove button. Argument: `item`.
    COMBO_REMOVE = "combo-remove",
    /// The tag of a vulnerability linked to the chosen threat.
    COMBO_LINKED = "combo-linked",
    /// The threat combobox's first option: no threat.
    RISK_NO_THREAT = "risk-no-threat",
    /// The threat combobox's label.
    RISK_THREAT_LABEL = "risk-threat-label",
    /// The vulnerabilities combobox's label.
    RISK_VULNS_LABEL = "risk-vulns-label",
    /// The existing-controls picker's label.
    RISK_EXISTING_LABEL = "risk-existing-label",
    /// The collapsed existing-controls picker. Argument: `count`.
    RISK_EXISTING_TOGGLE = "risk-existing-toggle",
    /// The treatment editor: a control to plan that is not recommended.
    TREATMENT_OTHER_CONTROL_LABEL = "treatment-other-control-label",
    /// The risk form's likelihood label.
    RISK_LIKELIHOOD_LABEL = "risk-likelihood-label",
    /// The risk form's legend of the C, I and A checkboxes.
    RISK_HARMS_LEGEND = "risk-harms-legend",
    /// The risk form's owner label.
    RISK_OWNER_LABEL = "risk-owner-label",
    /// Before the current level's badge in the treatment editor.
    TREATMENT_CURRENT_LEVEL = "treatment-current-level",
    /// Before the residual level's badge in the treatment editor.
    TREATMENT_RESIDUAL_LEVEL = "treatment-residual-level",
    /// The treatment option's label.
    TREATMENT_OPTION_LABEL = "treatment-option-label",
    /// The effort's label.
    TREATMENT_EFFORT_LABEL = "treatment-effort-label",
    /// The heading of the planned controls.
    TREATMENT_PLANNED = "treatment-planned",
    /// The treatment editor's heading of the recommended controls.
    TREATMENT_RECOMMENDED = "treatment-recommended",
    /// The "?" button's accessible name. Argument: `term`.
    TERM_HELP = "term-help",
    /// The link from an entry to the full glossary.
    TERM_MORE = "term-more",
    /// The help page's heading.
    HELP_TITLE = "help-title",
    /// The help page's introduction.
    HELP_INTRO = "help-intro",
    /// The navigation name of the help page.
    HELP_NAV = "help-nav",
    /// A level badge's tooltip within tolerance. Arguments: `level`, `l`, `i`.
    BADGE_TIP_WITHIN = "badge-tip-within",
    /// A level badge's tooltip above tolerance. Arguments: `level`, `l`, `i`.
    BADGE_TIP_ABOVE = "badge-tip-above",
    /// Glossary: the name of a term.
    GLOSSARY_ISMS_NAME = "glossary-isms-name",
    /// Glossary: the entry of a term.
    GLOSSARY_ISMS = "glossary-isms",
    /// Glossary: the name of a term.
    GLOSSARY_HIGH_WATER_MARK_NAME = "glossary-high-water-mark-name",
    /// Glossary: the entry of a term.
    GLOSSARY_HIGH_WATER_MARK = "glossary-high-water-mark",
    /// Glossary: the name of a term.
    GLOSSARY_INHERENT_RISK_NAME = "glossary-inherent-risk-name",
    /// Glossary: the entry of a term.
    GLOSSARY_INHERENT_RISK = "glossary-inherent-risk",
    /// Glossary: the name of a term.
    GLOSSARY_CURRENT_RISK_NAME = "glossary-current-risk-name",
    /// Glossary: the entry of a term.
    GLOSSARY_CURRENT_RISK = "glossary-current-risk",
    /// Glossary: the name of a term.
    GLOSSARY_RESIDUAL_RISK_NAME = "glossary-residual-risk-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RESIDUAL_RISK = "glossary-residual-risk",
    /// Glossary: the name of a term.
    GLOSSARY_L_X_I_NAME = "glossary-l-x-i-name",
    /// Glossary: the entry of a term.
    GLOSSARY_L_X_I = "glossary-l-x-i",
    /// Glossary: the name of a term.
    GLOSSARY_WITHIN_TOLERANCE_NAME = "glossary-within-tolerance-name",
    /// Glossary: the entry of a term.
    GLOSSARY_WITHIN_TOLERANCE = "glossary-within-tolerance",
    /// Glossary: the name of a term.
    GLOSSARY_CIA_NAME = "glossary-cia-name",
    /// Glossary: the entry of a term.
    GLOSSARY_CIA = "glossary-cia",
    /// Glossary: the name of a term.
    GLOSSARY_FINDING_CODE_NAME = "glossary-finding-code-name",
    /// Glossary: the entry of a term.
    GLOSSARY_FINDING_CODE = "glossary-finding-code",
    /// Glossary: the name of a term.
    GLOSSARY_EFFORT_NAME = "glossary-effort-name",
    /// Glossary: the entry of a term.
    GLOSSARY_EFFORT = "glossary-effort",
    /// Glossary: the name of a term.
    GLOSSARY_FAIR_NAME = "glossary-fair-name",
    /// Glossary: the entry of a term.
    GLOSSARY_FAIR = "glossary-fair",
    /// Glossary: the name of a term.
    GLOSSARY_LOGNORMAL_NAME = "glossary-lognormal-name",
    /// Glossary: the entry of a term.
    GLOSSARY_LOGNORMAL = "glossary-lognormal",
    /// Glossary: the name of a term.
    GLOSSARY_RANDOM_SEED_NAME = "glossary-random-seed-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RANDOM_SEED = "glossary-random-seed",
    /// Glossary: the name of a term.
    GLOSSARY_RISK_OWNER_NAME = "glossary-risk-owner-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RISK_OWNER = "glossary-risk-owner",
    /// Glossary: the name of a term.
    GLOSSARY_RISK_TREATMENT_PLAN_NAME = "glossary-risk-treatment-plan-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RISK_TREATMENT_PLAN = "glossary-risk-treatment-plan",
    /// Glossary: the name of a term.
    GLOSSARY_SOA_NAME = "glossary-soa-name",
    /// Glossary: the entry of a term.
    GLOSSARY_SOA = "glossary-soa",
    /// Glossary: the name of a term.
    GLOSSARY_RISK_CRITERIA_NAME = "glossary-risk-criteria-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RISK_CRITERIA = "glossary-risk-criteria",
    /// Glossary: the name of a term.
    GLOSSARY_NONCONFORMITY_NAME = "glossary-nonconformity-name",
    /// Glossary: the entry of a term.
    GLOSSARY_NONCONFORMITY = "glossary-nonconformity",
    /// Glossary: the name of a term.
    GLOSSARY_DOCUMENTED_INFORMATION_NAME = "glossary-documented-information-name",
    /// Glossary: the entry of a term.
    GLOSSARY_DOCUMENTED_INFORMATION = "glossary-documented-information",
}
