//! The likelihood and impact scales: positions on them, their named steps,
//! and the default scales of 3 to 6 steps.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A position on the likelihood scale, from 1 (the lowest).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Likelihood(pub u8);

/// A position on the impact scale, from 1 (the lowest).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Impact(pub u8);
/// The smallest number of levels a scale may have.
pub const MIN_SCALE: usize = 3;
/// The largest number of levels a scale may have.
pub const MAX_SCALE: usize = 6;
/// The longest step or risk level name, in characters, that an embedding
/// config (`Annexa.mount`, `#config=`) may set (ISO/IEC 27001:2022 6.1.2 a,
/// the risk criteria). Files keep the general limit,
/// [`MAX_TEXT`](crate::MAX_TEXT), so older files with longer names load.
pub const MAX_METHOD_NAME: usize = 40;

/// One named step of a likelihood or impact scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleStep {
    /// A short name, e.g. "Likely".
    pub name: String,
    /// What the step means in this organisation, e.g. "Once a year or more".
    #[serde(default)]
    pub description: String,
}

/// A likelihood or impact scale of 3 to 6 steps, lowest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The steps, lowest first.
    pub steps: Vec<ScaleStep>,
}

impl Scale {
    /// How many steps the scale has.
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// True when the scale has no steps (never the case for a valid method).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The name of step `n` (1-based), or `"?"` outside the scale.
    pub fn name(&self, n: u8) -> &str {
        usize::from(n)
            .checked_sub(1)
            .and_then(|i| self.steps.get(i))
            .map_or("?", |s| s.name.as_str())
    }

    /// The definition of step `n` (1-based), e.g. "Expected about once a
    /// year"; `None` outside the scale or when the step has none (blank).
    pub fn definition(&self, n: u8) -> Option<&str> {
        usize::from(n)
            .checked_sub(1)
            .and_then(|i| self.steps.get(i))
            .map(|s| s.description.trim())
            .filter(|d| !d.is_empty())
    }

    /// Step `n` (1-based) as "3 Possible: Could happen in the next year",
    /// or "3 Possible" when it has no definition.
    pub fn step_line(&self, n: u8) -> String {
        match self.definition(n) {
            Some(d) => format!("{n} {}: {d}", self.name(n)),
            None => format!("{n} {}", self.name(n)),
        }
    }

    fn from_names(names: &[(&str, &str)]) -> Self {
        Scale {
            steps: names
                .iter()
                .map(|(n, d)| ScaleStep {
                    name: (*n).to_owned(),
                    description: (*d).to_owned(),
                })
                .collect(),
        }
    }

    /// The default likelihood scale with `n` steps (3–6; clamped).
    pub fn default_likelihood(n: usize) -> Self {
        let names: &[(&str, &str)] = match n.clamp(MIN_SCALE, MAX_SCALE) {
            3 => &[
                ("Unlikely", "Not expected in the next few years"),
                ("Possible", "Could happen in the next year or two"),
                ("Likely", "Expected at least once a year"),
            ],
            4 => &[
                ("Rare", "Not expected in the next five years"),
                ("Unlikely", "Could happen in the next few years"),
                ("Likely", "Expected about once a year"),
                ("Almost certain", "Expected several times a year"),
            ],
            5 => &[
                ("Rare", "Not expected in the next five years"),
                ("Unlikely", "Could happen in the next few years"),
                ("Possible", "Could happen in the next year"),
                ("Likely", "Expected about once a year"),
                ("Almost certain", "Expected several times a year"),
            ],
            _ => &[
                ("Very rare", "Not expected in the next ten years"),
                ("Rare", "Not expected in the next five years"),
                ("Unlikely", "Could happen in the next few years"),
                ("Possible", "Could happen in the next year"),
                ("Likely", "Expected about once a year"),
                ("Almost certain", "Expected several times a year"),
            ],
        };
        Self::from_names(names)
    }

    /// The default impact scale with `n` steps (3–6; clamped).
    pub fn default_impact(n: usize) -> Self {
        let names: &[(&str, &str)] = match n.clamp(MIN_SCALE, MAX_SCALE) {
            3 => &[
                ("Low", "Little effect on customers or operations"),
                ("Medium", "Noticeable disruption, cost or complaints"),
                ("High", "Serious harm to customers, finances or reputation"),
            ],
            4 => &[
                ("Minor", "Little effect, absorbed by normal work"),
                ("Moderate", "Noticeable disruption, cost or complaints"),
                ("Major", "Serious harm: lost customers, regulator interest"),
                ("Severe", "Threatens the business or breaks the law badly"),
            ],
            5 => &[
                ("Negligible", "No noticeable effect"),
                ("Minor", "Little effect, absorbed by normal work"),
                ("Moderate", "Noticeable disruption, cost or complaints"),
                ("Major", "Serious harm: lost customers, regulator interest"),
                ("Severe", "Threatens the business or breaks the law badly"),
            ],
            _ => &[
                ("Negligible", "No noticeable effect"),
                ("Minor", "Little effect, absorbed by normal work"),
                ("Moderate", "Noticeable disruption, cost or complaints"),
                ("Significant", "Lasting harm to some customers or finances"),
                ("Major", "Serious harm: lost customers, regulator interest"),
                ("Severe", "Threatens the business or breaks the law badly"),
            ],
        };
        Self::from_names(names)
    }
}
