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

    /// A control's effect on a risk when it changes neither rating.
    EFFECT_NONE = "effect-none",
    /// A control's effect on the likelihood only. Arguments: `likelihood`,
    /// `impact` (steps off each).
    EFFECT_LIKELIHOOD = "effect-likelihood",
    /// A control's effect on the impact only. Arguments: `likelihood`,
    /// `impact`.
    EFFECT_IMPACT = "effect-impact",
    /// A control's effect on both ratings. Arguments: `likelihood`, `impact`.
    EFFECT_BOTH = "effect-both",
    /// The treatment plan's opening when no risk is above tolerance.
    PLAN_HEADLINE_WITHIN = "plan-headline-within",
    /// The treatment plan's opening. Arguments: `risks` (how many are above
    /// tolerance), `level` (the tolerance level's name).
    PLAN_HEADLINE_ABOVE = "plan-headline-above",
    /// The treatment plan's closing when its steps bring every risk within
    /// tolerance.
    PLAN_OUTCOME_WITHIN = "plan-outcome-within",
    /// The treatment plan's closing when risks stay above tolerance.
    /// Argument: `risks` (their ids, comma-separated).
    PLAN_OUTCOME_REMAINING = "plan-outcome-remaining",
}
