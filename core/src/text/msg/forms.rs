//! The ids of issue 18's sentences: limits in the forms, the checked
//! autosave, the recovery view's repair, the simulation's run estimate.
//! Re-exported from [`super`].

use super::MessageId;

messages! {
    // Issue 18 (wt-a): limits in the forms, the checked autosave, the
    // recovery view's repair, the simulation's run estimate.
    /// Under a text field whose text reached the limit. Argument: `limit`
    /// (characters).
    FIELD_LIMIT_REACHED = "field-limit-reached",
    /// The banner's title when the autosave refused what it would write.
    AUTOSAVE_REFUSED_TITLE = "autosave-refused-title",
    /// Why the autosave wrote nothing. Arguments: `field` (the JSON path of
    /// the field at fault), `problem` (what is wrong and what to do).
    AUTOSAVE_REFUSED = "autosave-refused",
    /// The recovery banner's title.
    RECOVERY_TITLE = "recovery-title",
    /// The recovery banner's body. Arguments: `key` (the backup key),
    /// `reason`.
    RECOVERY_BODY = "recovery-body",
    /// The recovery banner's download button.
    RECOVERY_DOWNLOAD = "recovery-download",
    /// A banner's dismiss button.
    BANNER_DISMISS = "banner-dismiss",
    /// Above the list of what the repair would change. Argument: `count`.
    RECOVERY_REPAIRABLE = "recovery-repairable",
    /// The button that loads the repaired data.
    RECOVERY_LOAD_REPAIRED = "recovery-load-repaired",
    /// The notice after loading the repaired data. Arguments: `count`
    /// (changes), `key` (the backup key holding the original).
    RECOVERY_LOADED = "recovery-loaded",
    /// A text the repair shortened. Arguments: `path`, `from`, `to`
    /// (characters).
    REPAIR_SHORTENED = "repair-shortened",
    /// An id the repair renumbered. Arguments: `path`, `from`, `to` (ids).
    REPAIR_RENUMBERED = "repair-renumbered",
    /// The simulation's estimate before a run. Arguments: `seconds` (in a
    /// browser), `years` (scenario-years), `events` (loss events drawn),
    /// `rate` (draws a second natively).
    QUANT_RUN_ESTIMATE = "quant-run-estimate",
}
