//! The gap check's answers and settings.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::RiskId;
use crate::text::{self, msg};

/// The id of a gap-check question, e.g. `q-4.3-scope`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct QuestionId(pub String);

/// An answer to a gap-check question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Yes, in place.
    Yes,
    /// Partly.
    Partly,
    /// No.
    No,
    /// Does not apply here.
    NotApplicable,
    /// Not known (counts as a gap).
    DontKnow,
}

impl Answer {
    /// All answers, in the order the gap check offers them.
    pub const ALL: [Answer; 5] = [
        Answer::Yes,
        Answer::Partly,
        Answer::No,
        Answer::NotApplicable,
        Answer::DontKnow,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            Answer::Yes => msg::GAP_ANSWER_YES,
            Answer::Partly => msg::GAP_ANSWER_PARTLY,
            Answer::No => msg::GAP_ANSWER_NO,
            Answer::NotApplicable => msg::GAP_ANSWER_NOT_APPLICABLE,
            Answer::DontKnow => msg::GAP_ANSWER_DONT_KNOW,
        })
    }
}

/// How deep the gap check goes.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GapMode {
    /// About 25 questions, ten minutes: every clause and the everyday controls.
    #[default]
    Short,
    /// The short questions plus one for every other Annex A control.
    Thorough,
}

impl GapMode {
    /// Both modes, in display order.
    pub const ALL: [GapMode; 2] = [GapMode::Short, GapMode::Thorough];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            GapMode::Short => msg::GAP_MODE_SHORT,
            GapMode::Thorough => msg::GAP_MODE_THOROUGH,
        })
    }
}

/// How many people the organisation has, for the effort and time estimates.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum SizeBand {
    /// 1 to 10 people.
    #[serde(rename = "1-10")]
    Micro,
    /// 11 to 50 people.
    #[serde(rename = "11-50")]
    Small,
    /// 51 to 250 people.
    #[serde(rename = "51-250")]
    Medium,
    /// More than 250 people.
    #[serde(rename = "250+")]
    Large,
}

impl SizeBand {
    /// All bands, smallest first.
    pub const ALL: [SizeBand; 4] = [
        SizeBand::Micro,
        SizeBand::Small,
        SizeBand::Medium,
        SizeBand::Large,
    ];

    /// A display label, e.g. "11–50 people".
    pub fn label(self) -> String {
        text::text(match self {
            SizeBand::Micro => msg::SIZE_BAND_MICRO,
            SizeBand::Small => msg::SIZE_BAND_SMALL,
            SizeBand::Medium => msg::SIZE_BAND_MEDIUM,
            SizeBand::Large => msg::SIZE_BAND_LARGE,
        })
    }
}

/// The gap-check answers and settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GapCheck {
    /// Answers by question id.
    #[serde(default)]
    pub answers: BTreeMap<QuestionId, Answer>,
    /// Short or thorough (files from before the setting load as short).
    #[serde(default)]
    pub mode: GapMode,
    /// The organisation's size, if given.
    #[serde(default)]
    pub size: Option<SizeBand>,
    /// The suggested risks "Continue to full assessment" raised, by the
    /// question that raised them, so that a second run adds none twice.
    #[serde(default)]
    pub raised_risks: BTreeMap<QuestionId, RiskId>,
}
