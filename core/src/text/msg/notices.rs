//! The ids of the notices the store shows after a change (the banner with
//! Undo), and of the words Undo uses for what it brings back. Re-exported
//! from [`super`]; the English is in the `notice-` block of `en.ftl`.

use super::MessageId;

messages! {
    /// An edit the domain refused, with no reason given.
    NOTICE_NOT_MADE = "notice-not-made",
    /// An edit the domain refused. Argument: `why` (the domain's message).
    NOTICE_NOT_MADE_BECAUSE = "notice-not-made-because",
    /// A deletion that can be undone. Argument: `what` (e.g. the
    /// [`UNDO_RISK`] text).
    NOTICE_DELETED = "notice-deleted",
    /// Undo brought something back. Argument: `what`.
    NOTICE_RESTORED = "notice-restored",
    /// What Undo brings back after a risk was deleted. Arguments: `id`,
    /// `title`.
    UNDO_RISK = "undo-risk",
    /// What Undo brings back after an asset was deleted. Arguments: `id`,
    /// `name`.
    UNDO_ASSET = "undo-asset",
    /// Every suggested asset was added. Argument: `count`.
    NOTICE_SUGGESTED_ADDED = "notice-suggested-added",
    /// Only some suggested assets were added. Arguments: `added`, `count`,
    /// `why` (the reason, in parentheses after a space, or empty).
    NOTICE_SUGGESTED_PARTLY = "notice-suggested-partly",
    /// A bulk SoA decision changed no control.
    NOTICE_SOA_UNCHANGED = "notice-soa-unchanged",
    /// A bulk SoA decision. Argument: `count` (controls decided).
    NOTICE_SOA_DECIDED = "notice-soa-decided",
    /// What Undo brings back after a bulk SoA decision. Argument: `count`.
    UNDO_SOA_DECIDED = "undo-soa-decided",
    /// A file with several faults. Arguments: `count`, `list` (the faults,
    /// separated by " · ").
    NOTICE_FILE_PROBLEMS = "notice-file-problems",
    /// What Undo brings back after an import. Argument: `file`.
    UNDO_IMPORT = "undo-import",
    /// A scale change. Argument: `lines` (what moved, separated by "; ").
    NOTICE_SCALES_CHANGED = "notice-scales-changed",
    /// What Undo brings back after a scale change.
    UNDO_SCALES = "undo-scales",
    /// The example assessment was loaded.
    NOTICE_EXAMPLE_LOADED = "notice-example-loaded",
    /// A new, empty assessment was started.
    NOTICE_NEW_STARTED = "notice-new-started",
    /// All data was cleared.
    NOTICE_CLEARED = "notice-cleared",
    /// After a conflict between two tabs, this tab's data was kept.
    NOTICE_KEPT_MINE = "notice-kept-mine",
    /// The host page imported data through `Annexa.mount(…).import`.
    NOTICE_HOST_IMPORTED = "notice-host-imported",
}
