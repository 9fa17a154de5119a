//! The id of every message in the text layer. Each constant names one
//! message of `en.ftl` (and of every other language file); [`every`] lists
//! them so a test can compare the code with the files. The ids are declared
//! one file per area (`msg/*.rs`) and all re-exported here.

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

// The texts of the pages and components, one module per area so no file
// grows past 400 lines (issue 12 §2, §6). Each area declares its own ids
// and its own `ALL`; they are all re-exported here, so a caller names any
// of them as `msg::…`.
pub mod chain;
pub mod documents;
pub mod embed;
pub mod forms;
pub mod help;
pub mod import;
pub mod keys;
pub mod labels;
pub mod lint;
pub mod navigation;
pub mod notices;
pub mod pages;
pub mod platform;
pub mod prose;
pub mod reports;
pub mod ui;
pub mod ui_data;
pub mod ui_forms;
pub mod ui_pages;
pub use chain::*;
pub use documents::*;
pub use embed::*;
pub use forms::*;
pub use help::*;
pub use import::*;
pub use keys::*;
pub use labels::*;
pub use lint::*;
pub use navigation::*;
pub use notices::*;
pub use pages::*;
pub use platform::*;
pub use prose::*;
pub use reports::*;
pub use ui::*;
pub use ui_data::*;
pub use ui_forms::*;
pub use ui_pages::*;

/// Every message id of every area: [`ALL`] and each area's list.
pub fn every() -> impl Iterator<Item = MessageId> {
    let areas: [&[MessageId]; 20] = [
        ALL,
        chain::ALL,
        documents::ALL,
        embed::ALL,
        forms::ALL,
        help::ALL,
        import::ALL,
        keys::ALL,
        labels::ALL,
        lint::ALL,
        navigation::ALL,
        notices::ALL,
        pages::ALL,
        platform::ALL,
        prose::ALL,
        reports::ALL,
        ui::ALL,
        ui_data::ALL,
        ui_forms::ALL,
        ui_pages::ALL,
    ];
    areas.into_iter().flatten().copied()
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

    /// A line of a scale change's preview. Arguments: `what` (e.g. "12
    /// asset ratings"), `from` and `to` (step names).
    RESCALE_LINE = "rescale-line",
    /// A line of a scale change that restores ratings. Arguments as
    /// `rescale-line`.
    RESCALE_LINE_RESTORED = "rescale-line-restored",
    /// A step in a preview. Arguments: `name`, `step`, `steps`.
    RESCALE_STEP = "rescale-step",
    /// Counted asset ratings. Argument: `count`.
    RESCALE_ASSET_RATINGS = "rescale-asset-ratings",
    /// Counted risk likelihoods. Argument: `count`.
    RESCALE_RISK_LIKELIHOODS = "rescale-risk-likelihoods",
    /// Counted judged or hand-set risk impacts. Argument: `count`.
    RESCALE_RISK_IMPACTS = "rescale-risk-impacts",
    /// Counted current ratings. Argument: `count`.
    RESCALE_CURRENT_RATINGS = "rescale-current-ratings",
    /// Counted residual ratings. Argument: `count`.
    RESCALE_RESIDUAL_RATINGS = "rescale-residual-ratings",
    /// Above a scale change's preview. Arguments: `scale` (likelihood or
    /// impact), `steps` (the new size).
    RESCALE_PREVIEW = "rescale-preview",
    /// A scale change that moves no rating. Arguments as `rescale-preview`.
    RESCALE_NOTHING = "rescale-nothing",
    /// Below a preview: the change can be undone. Argument: `steps` (the
    /// size now).
    RESCALE_UNDO_HINT = "rescale-undo-hint",

    /// Above the risks an asset deletion touches. Arguments: `asset` (id
    /// and name), `count`.
    ASSET_DELETE_USED_BY = "asset-delete-used-by",
    /// A risk that keeps other assets. Arguments: `risk`, `title`.
    ASSET_DELETE_RISK = "asset-delete-risk",
    /// A risk left with no asset. Arguments: `risk`, `title`.
    ASSET_DELETE_ORPHAN = "asset-delete-orphan",

    /// Whom "Start new assessment" is for.
    HOME_FOR_NEW = "home-for-new",
    /// Whom "Load example" is for.
    HOME_FOR_EXAMPLE = "home-for-example",
    /// Whom "Quick gap check" is for.
    HOME_FOR_GAP_CHECK = "home-for-gap-check",
    /// The start page's offer to go on. Argument: `organisation`.
    HOME_CONTINUE = "home-continue",
    /// When the data was last saved. Argument: `when` (`2026-11-30 07:20 UTC`).
    HOME_LAST_SAVED = "home-last-saved",
    /// The step to go on with. Argument: `step` (its navigation label).
    HOME_NEXT_STEP = "home-next-step",
    /// Every step has a result.
    HOME_ALL_STEPS_DONE = "home-all-steps-done",

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
    /// A proposal's change of likelihood. Arguments: `from`, `to` (steps).
    PROPOSAL_LIKELIHOOD = "proposal-likelihood",
    /// A proposal's change of impact. Arguments: `from`, `to` (steps).
    PROPOSAL_IMPACT = "proposal-impact",
    /// One control's part in a proposal. Arguments: `control` (its id),
    /// `effect` (its effect in words).
    PROPOSAL_CONTROL = "proposal-control",
    /// A proposal with its reason. Arguments: `change`, `controls`, `steps`.
    PROPOSAL_REASON = "proposal-reason",
    /// A proposal the rule's limit held back. Arguments: `change`,
    /// `controls`, `steps` (the limit per axis).
    PROPOSAL_REASON_CAPPED = "proposal-reason-capped",
    /// A proposal where no control changes the rating.
    PROPOSAL_UNCHANGED = "proposal-unchanged",
    /// One asset rating that set the high-water mark. Arguments: `asset`
    /// (its id), `name`, `property` (lower case).
    IMPACT_SOURCE = "impact-source",
    /// The high-water mark over the threat's properties. Arguments:
    /// `properties`, `impact`, `sources`.
    IMPACT_HWM_THREAT = "impact-hwm-threat",
    /// The high-water mark over the properties the user named for the
    /// scenario. Arguments as `impact-hwm-threat`.
    IMPACT_HWM_CHOSEN = "impact-hwm-chosen",
    /// An event-based risk's impact.
    IMPACT_JUDGED = "impact-judged",
    /// An overridden impact. Arguments: `computed`, `reason`.
    IMPACT_OVERRIDDEN = "impact-overridden",
    /// An asset-based risk with no assets yet.
    IMPACT_NO_ASSETS = "impact-no-assets",
    /// A risk was saved (announced in a live region). Argument: `risk`.
    RISK_SAVED = "risk-saved",
    /// A risk's treatment was saved. Argument: `risk`.
    TREATMENT_SAVED = "treatment-saved",
    /// Next to the high-water mark: it is a suggestion to confirm or lower.
    IMPACT_SUGGESTION_HINT = "impact-suggestion-hint",
    /// Above the C/I/A checkboxes of a risk.
    IMPACT_PROPERTIES_HINT = "impact-properties-hint",
    /// A target residual that differs from the proposal without a reason.
    /// Argument: `risk`.
    TARGET_REASON_MISSING = "target-reason-missing",
    /// Marking a control done on a risk that does not exist. Argument: `risk`.
    CONTROL_DONE_NO_RISK = "control-done-no-risk",
    /// Marking a control done that is not planned. Arguments: `risk`, `control`.
    CONTROL_DONE_NOT_PLANNED = "control-done-not-planned",
    /// An accepted risk without an acceptance record. Argument: `risk`.
    ACCEPTANCE_MISSING_ACCEPT = "acceptance-missing-accept",
    /// A residual above tolerance without an acceptance record. Argument: `risk`.
    ACCEPTANCE_MISSING_RESIDUAL = "acceptance-missing-residual",
    /// An incomplete acceptance record. Arguments: `risk`, `fields`.
    ACCEPTANCE_INCOMPLETE = "acceptance-incomplete",
    /// The label of `Effort::XS`.
    EFFORT_XS = "effort-xs",
    /// The label of `Effort::S`.
    EFFORT_S = "effort-s",
    /// The label of `Effort::M`.
    EFFORT_M = "effort-m",
    /// The label of `Effort::L`.
    EFFORT_L = "effort-l",
    /// The label of `Effort::XL`.
    EFFORT_XL = "effort-xl",
    /// The acceptance's missing "who".
    ACCEPTANCE_GAP_BY = "acceptance-gap-by",
    /// The acceptance's missing "why".
    ACCEPTANCE_GAP_REASON = "acceptance-gap-reason",
    /// The acceptance's period ends before it starts.
    ACCEPTANCE_GAP_PERIOD = "acceptance-gap-period",
}
