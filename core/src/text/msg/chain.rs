//! The ids of the risk chain's and the documents' later sentences (issues
//! 13 and 15): a lint finding and the plan's overdue mark. Re-exported
//! from [`super`]; the English is in `en.ftl` beside their siblings.

use super::MessageId;

messages! {
    /// SOA-005: a control excluded while interested parties' requirements
    /// call for it (ISO/IEC 27001:2022 4.2, 6.1.3 c). Arguments: `control`,
    /// `title`, `parties` (their names, joined with ", ").
    LINT_EXCLUDED_BUT_REQUIRED = "lint-excluded-but-required",
    /// A treatment's status in the risk treatment plan when its due date
    /// has passed and it is not done (6.1.3 e). Argument: `status`.
    DOC_STATUS_OVERDUE = "doc-status-overdue",
}
