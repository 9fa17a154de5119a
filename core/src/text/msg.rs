//! The id of every message in the text layer. Each constant names one
//! message of `en.ftl` (and of every other language file); [`ALL`] lists
//! them so a test can compare the code with the files.

/// The id of one message of the text layer, e.g. `unnamed-organisation`.
/// Only this module makes them (and tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(pub(crate) &'static str);

impl MessageId {
    /// The message's id in the Fluent files.
    pub fn id(self) -> &'static str {
        self.0
    }
}

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $id:literal,)*) => {
        $($(#[$doc])* pub const $name: MessageId = MessageId($id);)*
        /// Every message id, in declaration order.
        pub const ALL: &[MessageId] = &[$($name),*];
    };
}

messages! {
    /// The organisation's name when none was given.
    UNNAMED_ORGANISATION = "unnamed-organisation",
    /// A risk with no treatment option chosen yet.
    TREATMENT_NOT_DECIDED = "treatment-not-decided",
    /// An assessment in one line: organisation, counts of assets, risks and
    /// SoA entries. Arguments: `organisation`, `assets`, `risks`, `entries`.
    SUMMARY = "summary",
    /// A risk without a title. Argument: `risk` (its id).
    RISK_TITLE_MISSING = "risk-title-missing",
}
