//! The ids of the navigation, the register cards' labels and the SoA
//! themes (issue 14: phone layouts, SoA by theme, navigation counts).
//! Re-exported from [`super`].

use super::MessageId;

messages! {
    // Issue 14 (phone layouts, SoA by theme, navigation counts, axe): the
    // navigation, the register cards' labels and the SoA themes.
    /// The navigation's name (its landmark).
    NAV_LABEL = "nav-label",
    /// The button that opens the navigation on a phone.
    NAV_MENU = "nav-menu",
    /// After "SoA" in the navigation link's name. Arguments: `to_decide`,
    /// `findings` (numbers).
    NAV_SOA_COUNTS = "nav-soa-counts",
    /// The to-decide badge's tooltip. Argument: `count`.
    NAV_TO_DECIDE = "nav-to-decide",
    /// The findings badge's tooltip. Argument: `count`.
    NAV_FINDINGS = "nav-findings",
    /// Column: an item's id.
    COL_ID = "col-id",
    /// Column: a name.
    COL_NAME = "col-name",
    /// Column: an asset's type.
    COL_TYPE = "col-type",
    /// Column: an owner.
    COL_OWNER = "col-owner",
    /// Column: confidentiality (short).
    COL_C = "col-c",
    /// Column: integrity (short).
    COL_I = "col-i",
    /// Column: availability (short).
    COL_A = "col-a",
    /// Column: confidentiality (the card label on a phone).
    COL_CONFIDENTIALITY = "col-confidentiality",
    /// Column: integrity (the card label on a phone).
    COL_INTEGRITY = "col-integrity",
    /// Column: availability (the card label on a phone).
    COL_AVAILABILITY = "col-availability",
    /// Column: the row's buttons.
    COL_ACTIONS = "col-actions",
    /// Column: a risk.
    COL_RISK = "col-risk",
    /// Column: the inherent level.
    COL_INHERENT = "col-inherent",
    /// Column: the current level.
    COL_CURRENT = "col-current",
    /// Column: the residual level.
    COL_RESIDUAL = "col-residual",
    /// Column: the treatment option.
    COL_TREATMENT = "col-treatment",
    /// Column: the treatment option (treatment plan).
    COL_OPTION = "col-option",
    /// Column: the planned controls.
    COL_PLANNED_CONTROLS = "col-planned-controls",
    /// Column: the due date.
    COL_DUE = "col-due",
    /// Column: the status.
    COL_STATUS = "col-status",
    /// Column: the effort.
    COL_EFFORT = "col-effort",
    /// Column: the cost. Argument: `currency`.
    COL_COST = "col-cost",
    /// A theme of the SoA, closed or open: its counts. Arguments: `shown`,
    /// `to_decide`, `findings` (numbers).
    SOA_THEME_COUNTS = "soa-theme-counts",
    /// Opens every theme of the SoA.
    SOA_EXPAND_ALL = "soa-expand-all",
    /// Closes every theme of the SoA.
    SOA_COLLAPSE_ALL = "soa-collapse-all",
    /// A planned control's link to its SoA entry. Argument: `control`.
    SOA_OPEN_CONTROL = "soa-open-control",
    /// A link to the SoA names no control of Annex A. Argument: `given`
    /// (the text of the link).
    SOA_LINK_UNKNOWN = "soa-link-unknown",
    /// The heading of the risk tolerance curve on the Quantify page.
    QUANT_TOLERANCE_CURVE = "quant-tolerance-curve",
}
