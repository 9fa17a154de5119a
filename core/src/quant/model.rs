//! The inputs of the simulation: amounts, rates and probabilities,
//! estimates, scenarios, a risk's [`QuantEstimate`] and the assessment-level
//! [`QuantSettings`]. Plain data: nothing here reads an assessment.

use std::borrow::Cow;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod read;

macro_rules! quantity {
    ($(#[$doc:meta])* $ty:ident, $name:literal, $desc:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialOrd, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $ty(pub f64);

        // Equal when bit-for-bit equal, so that the model keeps `Eq`;
        // validation rejects NaN and infinities.
        impl PartialEq for $ty {
            fn eq(&self, other: &Self) -> bool {
                self.0.to_bits() == other.0.to_bits()
            }
        }

        impl Eq for $ty {}

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "number", "description": $desc })
            }
        }
    };
}

quantity!(
    /// An amount of money in the assessment's currency.
    Amount, "Amount", "An amount of money in the assessment's currency (at least 0)."
);
quantity!(
    /// A number of events per year.
    Rate, "Rate", "Events per year (at least 0)."
);
quantity!(
    /// A probability, from 0 to 1.
    Probability, "Probability", "A probability from 0 to 1."
);

// This and the other tagged enums of the model write out their
// `Deserialize` below (`crate::tagged`): the derive's JSON and errors
// without its buffering. (Doc comments here are the JSON Schema's
// descriptions.)
/// A value known exactly, or a three-point estimate drawn as a PERT
/// distribution (shape 4) each simulated year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Estimate<T> {
    /// One value.
    Fixed {
        /// The value.
        value: T,
    },
    /// Minimum, most likely and maximum (min ≤ most likely ≤ max).
    ThreePoint {
        /// The smallest plausible value.
        min: T,
        /// The most likely value.
        most_likely: T,
        /// The largest plausible value.
        max: T,
    },
}

/// How often a loss event happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Frequency {
    /// The loss event frequency (LEF), in events per year.
    Direct {
        /// Loss events per year.
        lef: Estimate<Rate>,
    },
    /// Open FAIR: threat event frequency × vulnerability.
    OpenFair {
        /// Threat events per year (contact that becomes an attempt).
        tef: Estimate<Rate>,
        /// The probability that a threat event becomes a loss event: that
        /// the threat's capability exceeds the resistance strength.
        vulnerability: Estimate<Probability>,
    },
}

/// How large one loss is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Magnitude {
    /// A 90 % confidence range: a lognormal with `low` and `high` as its 5th
    /// and 95th percentiles (as riskquant does).
    Range90 {
        /// The 5th percentile (above 0).
        low: Amount,
        /// The 95th percentile (above `low`).
        high: Amount,
    },
    /// A PERT distribution (shape 4) between min and max.
    ThreePoint {
        /// The smallest plausible loss.
        min: Amount,
        /// The most likely loss.
        most_likely: Amount,
        /// The largest plausible loss.
        max: Amount,
    },
}

/// Losses that follow a primary loss event with some probability (fines,
/// lawsuits, lost customers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecondaryLoss {
    /// The secondary loss event frequency (SLEF): the probability that a
    /// primary loss event brings secondary losses.
    pub probability: Probability,
    /// Their size.
    pub magnitude: Magnitude,
}

/// One quantitative scenario: frequency and magnitudes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// How often loss events happen.
    pub frequency: Frequency,
    /// The primary loss of each event.
    pub primary: Magnitude,
    /// Secondary losses, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary: Option<SecondaryLoss>,
}

/// A risk's quantitative estimate, before and after treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuantEstimate {
    /// The estimate with no treatment (the inherent or current risk).
    pub inherent: Scenario,
    /// The estimate once treated; when absent, the residual equals the
    /// inherent estimate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residual: Option<Scenario>,
}

/// A point of the risk tolerance curve: the organisation accepts at most
/// `probability` that the annual loss exceeds `loss`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TolerancePoint {
    /// The annual loss.
    pub loss: Amount,
    /// The highest acceptable probability of exceeding it in a year.
    pub probability: Probability,
}

/// An ISO 4217 currency code such as `EUR`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Currency(pub String);

impl Default for Currency {
    fn default() -> Self {
        Currency("EUR".into())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The default number of simulated years.
pub const DEFAULT_TRIALS: u32 = 100_000;
/// The fewest simulated years a run may have.
pub const MIN_TRIALS: u32 = 1_000;
/// The most simulated years a run may have (80 MB of working memory).
pub const MAX_TRIALS: u32 = 10_000_000;
/// The most loss (or threat) events a year an estimate may give: 10,000, a
/// little more than one an hour. More is not one risk but a stream of
/// small events, better estimated as one loss a year; and the simulation
/// draws every event, so a larger rate runs for hours (validation refuses
/// it, naming the path and this maximum).
pub const MAX_RATE: f64 = 10_000.0;
/// The largest amount of money an estimate or tolerance point may name:
/// 1e15 (a thousand trillion) in the assessment's currency, above any
/// organisation's worth, and small enough that ten thousand such losses a
/// year still add up to a finite number (validation refuses more).
pub const MAX_AMOUNT: f64 = 1e15;
/// The most loss events one run may draw in all (inherent and residual,
/// every risk, every simulated year), estimated before the run by
/// [`Job::estimate`](super::Job::estimate): 2e9, about a minute natively and
/// several in a browser. A larger run is refused with what to change.
pub const MAX_EVENTS: f64 = 2e9;
/// The number of loss events (and simulated scenario-years) a run draws
/// per second natively, roughly: the basis of
/// [`RunEstimate::seconds`](super::RunEstimate::seconds). WebAssembly in a
/// browser is about half as fast.
pub const DRAWS_PER_SECOND: f64 = 3e7;
/// The most points a tolerance curve may have.
pub const MAX_TOLERANCE_POINTS: usize = 20;
/// The number of points of a loss exceedance curve.
pub const CURVE_POINTS: usize = 200;

fn default_seed() -> u64 {
    1
}

fn default_trials() -> u32 {
    DEFAULT_TRIALS
}

/// The assessment-level settings of the simulation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuantSettings {
    /// The random seed: the same seed gives the same numbers.
    #[serde(default = "default_seed")]
    pub seed: u64,
    /// How many years to simulate.
    #[serde(default = "default_trials")]
    pub trials: u32,
    /// The currency of every amount.
    #[serde(default)]
    pub currency: Currency,
    /// The risk tolerance curve, by increasing loss.
    #[serde(default)]
    pub tolerance: Vec<TolerancePoint>,
}

impl Default for QuantSettings {
    fn default() -> Self {
        QuantSettings {
            seed: default_seed(),
            trials: DEFAULT_TRIALS,
            currency: Currency::default(),
            tolerance: Vec::new(),
        }
    }
}

impl QuantSettings {
    /// True when nothing differs from the defaults (then files leave the
    /// settings out).
    pub fn is_default(&self) -> bool {
        *self == QuantSettings::default()
    }
}

impl From<Rate> for f64 {
    fn from(r: Rate) -> f64 {
        r.0
    }
}

impl From<Probability> for f64 {
    fn from(p: Probability) -> f64 {
        p.0
    }
}
