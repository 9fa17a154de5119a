//! The ids of the catalogue prose module's texts: what shows while it
//! loads and what goes wrong when it cannot (issue 17 item 1).
//! Re-exported from [`super`].

use super::MessageId;

messages! {
    /// Shown in place of a threat's or vulnerability's description, or a
    /// control's rationale, while the catalogue prose module loads.
    PROSE_LOADING = "prose-loading",
    /// The catalogue prose module is not JSON of the expected shape.
    /// Argument: `detail` (the parser's message).
    PROSE_NOT_JSON = "prose-not-json",
    /// The catalogue prose module lacks a text. Argument: `what` (e.g.
    /// `T01 description`, `V07 → 8.5 rationale`).
    PROSE_MISSING = "prose-missing",
    /// The catalogue prose module could not be loaded. Argument: `detail`.
    PROSE_LOAD_FAILED = "prose-load-failed",
}
