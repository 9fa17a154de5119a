//! The ids of the asset form's and the context page's texts (headings,
//! leads, buttons, captions and labels). Re-exported from [`super`]; the
//! English is in the `ui-` block of `en.ftl`.

use super::MessageId;

messages! {
    // pages/assets/form
    /// pages/assets/form: "Edit { $asset }"
    UI_ASSET_EDIT_HEADING = "ui-asset-edit-heading",
    /// pages/assets/form: "Description"
    UI_DESCRIPTION = "ui-description",
    /// pages/assets/form: "Edit asset"
    UI_EDIT_ASSET = "ui-edit-asset",
    /// pages/assets/form: "Location"
    UI_LOCATION = "ui-location",
    /// pages/assets/form: "New asset"
    UI_NEW_ASSET = "ui-new-asset",
    /// pages/assets/form: "Save asset"
    UI_SAVE_ASSET = "ui-save-asset",
    // pages/context
    /// pages/context: "Add interested party"
    UI_ADD_INTERESTED_PARTY = "ui-add-interested-party",
    /// pages/context: "Annex A controls these requirements call for (applicable in the SoA)"
    UI_ANNEX_A_CONTROLS_THESE_REQUIREMENTS_CALL = "ui-annex-a-controls-these-requirements-call",
    /// pages/context: "Apply the change"
    UI_APPLY_THE_CHANGE = "ui-apply-the-change",
    /// pages/context: "Click a cell (or press Enter on it) to move it to the next level."
    UI_CLICK_A_CELL_OR_PRESS_ENTER = "ui-click-a-cell-or-press-enter",
    /// pages/context: "Neither / not stated"
    UI_CONTEXT_BASIS_NONE = "ui-context-basis-none",
    /// pages/context: "Choose a sector…"
    UI_CONTEXT_CHOOSE_SECTOR = "ui-context-choose-sector",
    /// pages/context: "ISO/IEC 27001:2013 (transition only)"
    UI_CONTEXT_EDITION_2013 = "ui-context-edition-2013",
    /// pages/context: "ISO/IEC 27001:2022"
    UI_CONTEXT_EDITION_2022 = "ui-context-edition-2022",
    /// pages/context: "Impact definitions for { $sector }: from "{ $lowest }" to "{ $highe…"
    UI_CONTEXT_IMPACT_DEFINITIONS = "ui-context-impact-definitions",
    /// pages/context: "Impact steps"
    UI_CONTEXT_IMPACT_STEPS = "ui-context-impact-steps",
    /// pages/context: "{ $level } and below"
    UI_CONTEXT_LEVEL_AND_BELOW = "ui-context-level-and-below",
    /// pages/context: "Likelihood steps"
    UI_CONTEXT_LIKELIHOOD_STEPS = "ui-context-likelihood-steps",
    /// pages/context: "Remove interested party { $party }"
    UI_CONTEXT_REMOVE_PARTY = "ui-context-remove-party",
    /// pages/context: "Context & scope"
    UI_CONTEXT_SCOPE = "ui-context-scope",
    /// pages/context: "What the ISMS covers: services, locations, teams and systems, and a…"
    UI_CONTEXT_SCOPE_HINT = "ui-context-scope-hint",
    /// pages/context: "Definition of { $step } ({ $scale } { $n })"
    UI_CONTEXT_STEP_DEFINITION = "ui-context-step-definition",
    /// pages/context: ". Suggested assets can be added on the Assets page."
    UI_CONTEXT_SUGGESTED_ASSETS = "ui-context-suggested-assets",
    /// pages/context: "Typical threats for { $sector }:{" "}"
    UI_CONTEXT_TYPICAL_THREATS = "ui-context-typical-threats",
    /// pages/context: "How likelihood and impact are rated and combined: your risk criteri…"
    UI_HOW_LIKELIHOOD_AND_IMPACT_ARE_RATED = "ui-how-likelihood-and-impact-are-rated",
    /// pages/context: "Impact scale"
    UI_IMPACT_SCALE = "ui-impact-scale",
    /// pages/context: "Interested parties"
    UI_INTERESTED_PARTIES = "ui-interested-parties",
    /// pages/context: "Legal or contractual"
    UI_LEGAL_OR_CONTRACTUAL = "ui-legal-or-contractual",
    /// pages/context: "Likelihood scale"
    UI_LIKELIHOOD_SCALE = "ui-likelihood-scale",
    /// pages/context: "Matrix"
    UI_MATRIX = "ui-matrix",
    /// pages/context: "Party"
    UI_PARTY = "ui-party",
    /// pages/context: "Requirements"
    UI_REQUIREMENTS = "ui-requirements",
    /// pages/context: "Risk matrix editor"
    UI_RISK_MATRIX_EDITOR = "ui-risk-matrix-editor",
    /// pages/context: "Risk method"
    UI_RISK_METHOD = "ui-risk-method",
    /// pages/context: "Risk tolerance (acceptable without treatment)"
    UI_RISK_TOLERANCE_ACCEPTABLE_WITHOUT_TREATMENT = "ui-risk-tolerance-acceptable-without-treatment",
    /// pages/context: "Scope statement"
    UI_SCOPE_STATEMENT = "ui-scope-statement",
    /// pages/context: "Sector"
    UI_SECTOR = "ui-sector",
    /// pages/context: "Services in scope (one per line)"
    UI_SERVICES_IN_SCOPE_ONE_PER_LINE = "ui-services-in-scope-one-per-line",
    /// pages/context: "Sites in scope (one per line)"
    UI_SITES_IN_SCOPE_ONE_PER_LINE = "ui-sites-in-scope-one-per-line",
    /// pages/context: "Standard edition"
    UI_STANDARD_EDITION = "ui-standard-edition",
    /// pages/context: "Teams in scope (one per line)"
    UI_TEAMS_IN_SCOPE_ONE_PER_LINE = "ui-teams-in-scope-one-per-line",
    /// pages/context: "Use these impact definitions"
    UI_USE_THESE_IMPACT_DEFINITIONS = "ui-use-these-impact-definitions",
    /// pages/context: "Who you are, what the ISMS covers (clauses 4.1–4.3), and how you ra…"
    UI_WHO_YOU_ARE_WHAT_THE_ISMS = "ui-who-you-are-what-the-isms",
}
