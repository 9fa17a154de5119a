//! The ids of the risk editor (in the order a user fills it), the pick
//! list and the SoA page's heading, lead, filters and glossary terms
//! (issue 14). Re-exported from [`super`].

use super::MessageId;

messages! {
    // Issue 14 (wt-keys): the risk editor in the order a user fills it,
    // and the searchable pick list.
    /// The risk editor's heading for a new risk.
    RISK_EDITOR_NEW = "risk-editor-new",
    /// The risk editor's heading for a saved risk. Argument: `risk` (its id).
    RISK_EDITOR_EDIT = "risk-editor-edit",
    /// The button that opens the editor of a new risk.
    RISK_ADD = "risk-add",
    /// The button that saves the risk.
    RISK_SAVE = "risk-save",
    /// The risk's title field.
    RISK_TITLE_LABEL = "risk-title-label",
    /// The risk's assets (a pick list).
    RISK_ASSETS_LABEL = "risk-assets-label",
    /// Heading of the risk editor's optional part, after "Save risk".
    RISK_MORE = "risk-more",
    /// Under that heading: what it holds and that the defaults are fine.
    RISK_MORE_HINT = "risk-more-hint",
    /// How the risk is identified (a choice).
    RISK_KIND_LABEL = "risk-kind-label",
    /// The asset-based way of identifying a risk (ISO/IEC 27005).
    RISK_KIND_ASSET = "risk-kind-asset",
    /// The event-based way of identifying a risk.
    RISK_KIND_EVENT = "risk-kind-event",
    /// The risk's scenario (free text).
    RISK_SCENARIO_LABEL = "risk-scenario-label",
    /// A pick list's legend. Arguments: `label` (the list's name), `count`
    /// (how many are chosen).
    PICKER_LEGEND = "picker-legend",
    /// The label of a pick list's filter box. Argument: `label`.
    PICKER_SEARCH = "picker-search",
    /// The placeholder of a pick list's filter box.
    PICKER_PLACEHOLDER = "picker-placeholder",
    /// Under a pick list: matches not shown. Argument: `count`.
    PICKER_MORE = "picker-more",
    /// Glossary (wt-keys, the SoA's terms): the name of a term.
    GLOSSARY_APPLICABILITY_NAME = "glossary-applicability-name",
    /// Glossary: the entry of a term.
    GLOSSARY_APPLICABILITY = "glossary-applicability",
    /// Glossary: the name of a term.
    GLOSSARY_TO_BE_DECIDED_NAME = "glossary-to-be-decided-name",
    /// Glossary: the entry of a term.
    GLOSSARY_TO_BE_DECIDED = "glossary-to-be-decided",
    /// Glossary: the name of a term.
    GLOSSARY_IMPLEMENTATION_STATUS_NAME = "glossary-implementation-status-name",
    /// Glossary: the entry of a term.
    GLOSSARY_IMPLEMENTATION_STATUS = "glossary-implementation-status",
    /// The SoA page's heading.
    SOA_TITLE = "soa-title",
    /// The SoA page's lead. Arguments: `applicable`, `to_decide` (numbers).
    SOA_LEAD = "soa-lead",
    /// The SoA filter by implementation status.
    SOA_FILTER_STATUS = "soa-filter-status",
    /// The SoA filter by decision (applicable, excluded, to be decided).
    SOA_FILTER_DECISION = "soa-filter-decision",
}
