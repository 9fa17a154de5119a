//! Quantitative risk: a FAIR-style Monte Carlo of annual losses.
//!
//! Per simulated year and per risk with a [`QuantEstimate`]:
//!
//! 1. **Frequency**: the loss event frequency is fixed or a three-point
//!    estimate (PERT with shape 4, drawn through a precomputed inverse-CDF
//!    [`PertTable`]), or the Open FAIR split: threat event frequency ×
//!    vulnerability. Thinning a Poisson process of threat events, each
//!    becoming a loss event with probability `v`, gives a Poisson process of
//!    rate `tef · v`; Annexa draws that thinned count directly.
//! 2. **Events**: Poisson with that frequency (a cumulative table for a fixed
//!    rate, sequential inversion for a rate drawn per year).
//! 3. **Loss**: each event's primary loss from a 90 % range (lognormal with
//!    low and high as its 5th and 95th percentiles) or a PERT; a secondary
//!    loss occurs with probability SLEF, with its own magnitude.
//! 4. **Aggregation**: annual losses add up across the selected risks, year
//!    by year.
//!
//! Every risk draws from its own Xoshiro256++ stream, seeded from the
//! assessment's seed and the risk's id, so a risk's numbers do not depend on
//! which other risks are selected, and the inherent and residual runs share
//! their random numbers (common random numbers make the difference sharper).
//! Same seed, same numbers, natively and in WebAssembly.
//!
//! Working memory is 8 bytes per trial: one `f32` annual loss per year for
//! the portfolio, and one `f32` per year with a loss for the risk being run.

use std::borrow::Cow;
use std::fmt;

use rand_core::{Rng, SeedableRng};
use rand_distr::{Distribution, Exp1, Poisson, StandardNormal};
use rand_xoshiro::Xoshiro256PlusPlus;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::error::{Error, ErrorKind, Result};
use super::model::{Assessment, RiskId};

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

/// A value known exactly, or a three-point estimate drawn as a PERT
/// distribution (shape 4) each simulated year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
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
pub struct SecondaryLoss {
    /// The secondary loss event frequency (SLEF): the probability that a
    /// primary loss event brings secondary losses.
    pub probability: Probability,
    /// Their size.
    pub magnitude: Magnitude,
}

/// One quantitative scenario: frequency and magnitudes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
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

// ---------------------------------------------------------------------------
// Validation

/// A problem list: JSON path and message.
type Problems = Vec<(String, String)>;

fn finite_at_least_zero(out: &mut Problems, path: String, what: &str, v: f64) {
    if !v.is_finite() {
        out.push((path, format!("the {what} must be a number")));
    } else if v < 0.0 {
        out.push((path, format!("the {what} ({v}) must not be negative")));
    }
}

fn probability(out: &mut Problems, path: String, what: &str, v: f64) {
    if !v.is_finite() || !(0.0..=1.0).contains(&v) {
        out.push((
            path,
            format!("the {what} ({v}) must be a probability from 0 to 1 (e.g. 0.25 for 25 %)"),
        ));
    }
}

fn three_point(out: &mut Problems, path: &str, [min, ml, max]: [f64; 3]) {
    if min > ml {
        out.push((
            format!("{path}.min"),
            format!(
                "the minimum ({min}) is above the most likely value ({ml}): use min ≤ most likely ≤ max"
            ),
        ));
    }
    if ml > max {
        out.push((
            format!("{path}.max"),
            format!(
                "the maximum ({max}) is below the most likely value ({ml}): use min ≤ most likely ≤ max"
            ),
        ));
    }
}

/// Checks a value or the three values of an estimate with `check` (naming
/// them "{what}" or "minimum {what}", …).
fn estimate<T: Copy + Into<f64>>(
    out: &mut Problems,
    path: &str,
    e: &Estimate<T>,
    what: &str,
    check: fn(&mut Problems, String, &str, f64),
) {
    match *e {
        Estimate::Fixed { value } => check(out, format!("{path}.value"), what, value.into()),
        Estimate::ThreePoint {
            min,
            most_likely,
            max,
        } => three_values(
            out,
            path,
            [min.into(), most_likely.into(), max.into()],
            what,
            check,
        ),
    }
}

/// Checks min, most likely and max with `check`, then, if each is valid,
/// their order.
fn three_values(
    out: &mut Problems,
    path: &str,
    values: [f64; 3],
    what: &str,
    check: fn(&mut Problems, String, &str, f64),
) {
    let n = out.len();
    let names = [
        ("min", "minimum"),
        ("most_likely", "most likely"),
        ("max", "maximum"),
    ];
    for ((key, name), v) in names.into_iter().zip(values) {
        check(out, format!("{path}.{key}"), &format!("{name} {what}"), v);
    }
    if out.len() == n {
        three_point(out, path, values);
    }
}

fn magnitude(out: &mut Problems, path: &str, m: &Magnitude) {
    match *m {
        Magnitude::Range90 { low, high } => {
            if !low.0.is_finite() || low.0 <= 0.0 {
                out.push((
                    format!("{path}.low"),
                    format!("the low end ({low}) must be a positive amount: a 90 % range is lognormal, so it starts above 0"),
                ));
            } else if !high.0.is_finite() || high.0 <= low.0 {
                out.push((
                    format!("{path}.high"),
                    format!("the high end ({high}) must be above the low end ({low}): low < high"),
                ));
            }
        }
        Magnitude::ThreePoint {
            min,
            most_likely,
            max,
        } => three_values(
            out,
            path,
            [min.0, most_likely.0, max.0],
            "loss",
            finite_at_least_zero,
        ),
    }
}

impl Scenario {
    /// Every problem of the scenario's inputs, with JSON paths under `path`.
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        match &self.frequency {
            Frequency::Direct { lef } => estimate(
                &mut out,
                &format!("{path}.frequency.lef"),
                lef,
                "frequency",
                finite_at_least_zero,
            ),
            Frequency::OpenFair { tef, vulnerability } => {
                estimate(
                    &mut out,
                    &format!("{path}.frequency.tef"),
                    tef,
                    "frequency",
                    finite_at_least_zero,
                );
                estimate(
                    &mut out,
                    &format!("{path}.frequency.vulnerability"),
                    vulnerability,
                    "vulnerability",
                    probability,
                );
            }
        }
        magnitude(&mut out, &format!("{path}.primary"), &self.primary);
        if let Some(s) = &self.secondary {
            probability(
                &mut out,
                format!("{path}.secondary.probability"),
                "secondary loss probability (SLEF)",
                s.probability.0,
            );
            magnitude(
                &mut out,
                &format!("{path}.secondary.magnitude"),
                &s.magnitude,
            );
        }
        out
    }
}

impl QuantEstimate {
    /// Every problem of the inherent and residual inputs, with JSON paths
    /// under `path` (e.g. `risks[2].quant`).
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = self.inherent.problems(&format!("{path}.inherent"));
        if let Some(r) = &self.residual {
            out.extend(r.problems(&format!("{path}.residual")));
        }
        out
    }
}

impl QuantSettings {
    /// Every problem of the settings, with JSON paths under `path` (e.g.
    /// `quant_settings`).
    pub fn problems(&self, path: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !(MIN_TRIALS..=MAX_TRIALS).contains(&self.trials) {
            out.push((
                format!("{path}.trials"),
                format!(
                    "{} trials is outside the range Annexa runs: use {MIN_TRIALS} to {MAX_TRIALS}",
                    self.trials
                ),
            ));
        }
        let c = &self.currency.0;
        if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
            out.push((
                format!("{path}.currency"),
                format!("\"{c}\" is not a currency code: use three capital letters such as EUR, USD or GBP"),
            ));
        }
        if self.tolerance.len() > MAX_TOLERANCE_POINTS {
            out.push((
                format!("{path}.tolerance"),
                format!(
                    "the tolerance curve has {} points; the limit is {MAX_TOLERANCE_POINTS}",
                    self.tolerance.len()
                ),
            ));
        }
        let mut prev: Option<&TolerancePoint> = None;
        for (i, t) in self.tolerance.iter().enumerate() {
            let at = format!("{path}.tolerance[{i}]");
            if !t.loss.0.is_finite() || t.loss.0 <= 0.0 {
                out.push((
                    format!("{at}.loss"),
                    format!("the loss ({}) must be a positive amount", t.loss),
                ));
            }
            if !t.probability.0.is_finite() || t.probability.0 <= 0.0 || t.probability.0 > 1.0 {
                out.push((
                    format!("{at}.probability"),
                    format!(
                        "the probability ({}) must be above 0 and at most 1 (e.g. 0.05 for 5 %)",
                        t.probability
                    ),
                ));
            }
            if let Some(p) = prev {
                if t.loss.0 <= p.loss.0 {
                    out.push((
                        format!("{at}.loss"),
                        format!(
                            "the losses must increase point by point: {} follows {}",
                            t.loss, p.loss
                        ),
                    ));
                } else if t.probability.0 > p.probability.0 {
                    out.push((
                        format!("{at}.probability"),
                        format!("a larger loss cannot be more tolerable: the probability {} is above the previous point's {}", t.probability, p.probability),
                    ));
                }
            }
            prev = Some(t);
        }
        out
    }
}

// ---------------------------------------------------------------------------
// Analytic values

/// The PERT (shape 4) Beta parameters of `min ≤ mode ≤ max` (min < max).
pub fn pert_shape(min: f64, mode: f64, max: f64) -> (f64, f64) {
    let range = max - min;
    (
        1.0 + 4.0 * (mode - min) / range,
        1.0 + 4.0 * (max - mode) / range,
    )
}

/// The lognormal `(mu, sigma)` whose 5th and 95th percentiles are `low` and
/// `high`.
pub fn lognormal_from_range(low: f64, high: f64) -> (f64, f64) {
    /// The standard normal's 95th percentile.
    const Z95: f64 = 1.644_853_626_951_472_2;
    let (a, b) = (ln(low), ln(high));
    ((a + b) / 2.0, (b - a) / (2.0 * Z95))
}

fn pert_mean(min: f64, mode: f64, max: f64) -> f64 {
    (min + 4.0 * mode + max) / 6.0
}

impl Estimate<Rate> {
    /// The mean rate.
    pub fn mean(&self) -> f64 {
        match *self {
            Estimate::Fixed { value } => value.0,
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } => pert_mean(min.0, most_likely.0, max.0),
        }
    }
}

impl Estimate<Probability> {
    /// The mean probability.
    pub fn mean(&self) -> f64 {
        match *self {
            Estimate::Fixed { value } => value.0,
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } => pert_mean(min.0, most_likely.0, max.0),
        }
    }
}

impl Frequency {
    /// The mean loss events per year (tef and vulnerability are independent).
    pub fn mean(&self) -> f64 {
        match self {
            Frequency::Direct { lef } => lef.mean(),
            Frequency::OpenFair { tef, vulnerability } => tef.mean() * vulnerability.mean(),
        }
    }
}

impl Magnitude {
    /// The mean of one loss.
    pub fn mean(&self) -> f64 {
        match *self {
            Magnitude::Range90 { low, high } => {
                let (mu, sigma) = lognormal_from_range(low.0, high.0);
                exp(mu + sigma * sigma / 2.0)
            }
            Magnitude::ThreePoint {
                min,
                most_likely,
                max,
            } => pert_mean(min.0, most_likely.0, max.0),
        }
    }
}

/// The expected-loss view (as pyfair reports it): mean rate × mean magnitude.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExpectedLoss {
    /// Mean loss events per year.
    pub events_per_year: f64,
    /// Mean loss per event (primary plus SLEF × secondary).
    pub loss_per_event: f64,
    /// Their product: the expected annual loss.
    pub annual: f64,
}

impl Scenario {
    /// The expected-loss view of the scenario: no simulation, no spread.
    pub fn expected(&self) -> ExpectedLoss {
        let events_per_year = self.frequency.mean();
        let loss_per_event = self.primary.mean()
            + self
                .secondary
                .map_or(0.0, |s| s.probability.0 * s.magnitude.mean());
        ExpectedLoss {
            events_per_year,
            loss_per_event,
            annual: events_per_year * loss_per_event,
        }
    }
}

/// The regularised incomplete beta function `I_x(a, b)`: the CDF of
/// Beta(a, b) at `x` (continued fraction, Numerical Recipes §6.4).
pub fn beta_cdf(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_cf(a, b, x) / a
    } else {
        1.0 - front * beta_cf(b, a, 1.0 - x) / b
    }
}

fn beta_cf(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..300 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7).
fn ln_gamma(x: f64) -> f64 {
    const G: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut s = G[0];
    for (i, g) in G.iter().enumerate().skip(1) {
        s += g / (x + i as f64);
    }
    let t = x + 7.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + s.ln()
}

// ---------------------------------------------------------------------------
// Samplers

/// Intervals of a [`PertTable`].
pub const PERT_TABLE_SIZE: usize = 2048;

/// A PERT distribution's inverse CDF, tabulated at `PERT_TABLE_SIZE + 1`
/// evenly spaced probabilities and interpolated linearly: one uniform draw
/// and one table look-up per sample, no per-draw Beta sampler.
#[derive(Clone, Debug)]
pub struct PertTable {
    quantiles: Vec<f32>,
}

impl PertTable {
    /// The table of PERT(min, mode, max) with shape 4. A degenerate range
    /// (min = max) gives a constant.
    pub fn new(min: f64, mode: f64, max: f64) -> PertTable {
        PertTable::weighted(min, mode, max, |_| 1.0).0
    }

    /// The table of PERT(min, mode, max) reweighted by `w(x)` (density
    /// ∝ pert(x)·w(x)), and the mean of `w` under the PERT. With
    /// `w(λ) = 1 − e^−λ` this is the rate of a year that has events.
    pub fn weighted(min: f64, mode: f64, max: f64, w: impl Fn(f64) -> f64) -> (PertTable, f64) {
        if max <= min {
            return (
                PertTable {
                    quantiles: vec![min as f32; PERT_TABLE_SIZE + 1],
                },
                w(min),
            );
        }
        let (a, b) = pert_shape(min, mode, max);
        // The Beta(a, b) CDF on a fine grid (a, b ≥ 1: the density is
        // bounded), by Simpson's rule on each cell, then inverted.
        const GRID: usize = 1 << 14;
        let scale = |x: f64| min + x * (max - min);
        let pdf = |x: f64| {
            let base = if x <= 0.0 {
                f64::from(u8::from(a == 1.0))
            } else if x >= 1.0 {
                f64::from(u8::from(b == 1.0))
            } else {
                exp((a - 1.0) * ln(x) + (b - 1.0) * ln(1.0 - x))
            };
            (base, base * w(scale(x)))
        };
        let h = 1.0 / GRID as f64;
        let mut cdf = Vec::with_capacity(GRID + 1);
        cdf.push(0.0);
        let (mut plain, mut acc) = (0.0, 0.0);
        let mut left = pdf(0.0);
        for i in 0..GRID {
            let x0 = i as f64 * h;
            let (mid, right) = (pdf(x0 + h / 2.0), pdf(x0 + h));
            plain += h / 6.0 * (left.0 + 4.0 * mid.0 + right.0);
            acc += h / 6.0 * (left.1 + 4.0 * mid.1 + right.1);
            cdf.push(acc);
            left = right;
        }
        let total = acc;
        let mut quantiles = Vec::with_capacity(PERT_TABLE_SIZE + 1);
        let mut j = 0usize;
        for i in 0..=PERT_TABLE_SIZE {
            let p = i as f64 / PERT_TABLE_SIZE as f64 * total;
            while j + 1 < GRID && cdf[j + 1] < p {
                j += 1;
            }
            let (c0, c1) = (cdf[j], cdf[j + 1]);
            let f = if c1 > c0 {
                ((p - c0) / (c1 - c0)).clamp(0.0, 1.0)
            } else {
                0.0
            };
            quantiles.push(scale(((j as f64 + f) * h).clamp(0.0, 1.0)) as f32);
        }
        let mean_w = if plain > 0.0 { total / plain } else { 0.0 };
        (PertTable { quantiles }, mean_w)
    }

    /// The quantile at probability `u` in [0, 1).
    #[inline]
    pub fn quantile(&self, u: f64) -> f64 {
        let x = u * PERT_TABLE_SIZE as f64;
        let i = (x as usize).min(PERT_TABLE_SIZE - 1);
        let f = x - i as f64;
        let (q0, q1) = (
            f64::from(self.quantiles[i]),
            f64::from(self.quantiles[i + 1]),
        );
        q0 + f * (q1 - q0)
    }
}

/// 2^(j/32) for j = 0..32, each correctly rounded.
#[allow(clippy::excessive_precision, clippy::approx_constant)]
const EXP2_32: [f64; 32] = [
    1.0,
    1.0218971486541166,
    1.0442737824274138,
    1.0671404006768237,
    1.0905077326652577,
    1.1143867425958924,
    1.1387886347566916,
    1.1637248587775775,
    1.189207115002721,
    1.215247359980469,
    1.241857812073484,
    1.2690509571917332,
    1.2968395546510096,
    1.3252366431597413,
    1.3542555469368927,
    1.383909881963832,
    1.4142135623730951,
    1.4451808069770467,
    1.4768261459394993,
    1.5091644275934228,
    1.5422108254079407,
    1.5759808451078865,
    1.6104903319492543,
    1.645755478153965,
    1.681792830507429,
    1.718619298122478,
    1.7562521603732995,
    1.7947090750031072,
    1.8340080864093424,
    1.8741676341103,
    1.9152065613971474,
    1.9571441241754002,
];

/// e^x with plain IEEE arithmetic (no fused operations, no platform maths
/// library), so that native code and WebAssembly compute bit-identical
/// losses; about 1 ulp. e^x = 2^(k/32) · e^r with k = round(32x / ln 2)
/// and |r| ≤ ln 2 / 64: a table of 2^(j/32) and a degree-6 polynomial,
/// with no division (the simulation's hottest function after the normal
/// draw).
#[allow(clippy::excessive_precision)]
#[inline]
pub fn exp(x: f64) -> f64 {
    // 32 / ln 2; ln 2 / 32 split so that k · HI is exact for every k used.
    const INV: f64 = 46.166_241_308_446_83;
    const HI: f64 = 0.021_660_849_386_535_12;
    const LO: f64 = 5.963_171_653_970_586_6e-12;
    // Adding and removing 1.5 · 2^52 rounds to the nearest integer.
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    if x.is_nan() {
        return x;
    }
    if x > 709.78 {
        return f64::INFINITY;
    }
    if x < -745.13 {
        return 0.0;
    }
    let kf = (x * INV + SHIFT) - SHIFT;
    let r = (x - kf * HI) - kf * LO;
    let q = r
        * (1.0
            + r * (0.5
                + r * (1.0 / 6.0 + r * (1.0 / 24.0 + r * (1.0 / 120.0 + r * (1.0 / 720.0))))));
    let k = kf as i64;
    let t = EXP2_32[(k & 31) as usize];
    let y = t + t * q;
    let m = k >> 5;
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    if m > 1023 {
        y * 2.0 * pow2(m - 1)
    } else if m < -1020 {
        y * pow2(m + 1000) * pow2(-1000)
    } else {
        y * pow2(m)
    }
}

/// ln x with plain IEEE arithmetic (fdlibm's algorithm through the `libm`
/// crate: no platform maths library), bit-identical natively and in
/// WebAssembly.
#[inline]
pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

/// A uniform draw in [0, 1) with 53 random bits.
#[inline]
fn uniform<R: Rng>(rng: &mut R) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Rates up to this use tables or inversion; above it, rand_distr's Poisson.
const SMALL_RATE: f64 = 30.0;

/// A Poisson count for a rate that changes every year: sequential
/// inversion for small rates, rand_distr's sampler for large ones.
#[inline]
fn poisson_varying<R: Rng>(rate: f64, rng: &mut R) -> u32 {
    if rate <= 0.0 {
        return 0;
    }
    if rate > SMALL_RATE {
        return Poisson::new(rate).map_or(0, |p| p.sample(rng) as u32);
    }
    let u = uniform(rng);
    let mut p = exp(-rate);
    let mut s = p;
    let mut k = 0u32;
    while u >= s && k < 200 {
        k += 1;
        p *= rate / f64::from(k);
        s += p;
    }
    k
}

/// A Poisson count given that it is at least 1 (zero-truncated), for a
/// rate drawn this year.
#[inline]
fn poisson_at_least_one<R: Rng>(rate: f64, rng: &mut R) -> u32 {
    if rate > SMALL_RATE {
        let Ok(p) = Poisson::new(rate) else { return 1 };
        // P(0) < e^−30: the loop practically never repeats.
        for _ in 0..100 {
            let n = p.sample(rng) as u32;
            if n > 0 {
                return n;
            }
        }
        return 1;
    }
    let p0 = exp(-rate);
    let u = p0 + uniform(rng) * (1.0 - p0);
    let mut p = p0;
    let mut s = p0;
    let mut k = 0u32;
    while u >= s && k < 200 {
        k += 1;
        p *= rate / f64::from(k);
        s += p;
    }
    k.max(1)
}

#[derive(Clone, Debug)]
enum Value {
    Const(f64),
    Pert(PertTable),
}

impl Value {
    fn of<T: Into<f64> + Copy>(e: &Estimate<T>) -> Value {
        match *e {
            Estimate::Fixed { value } => Value::Const(value.into()),
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } => {
                let (a, m, b) = (min.into(), most_likely.into(), max.into());
                if b <= a {
                    Value::Const(a)
                } else {
                    Value::Pert(PertTable::new(a, m, b))
                }
            }
        }
    }

    #[inline]
    fn sample<R: Rng>(&self, rng: &mut R) -> f64 {
        match self {
            Value::Const(v) => *v,
            Value::Pert(t) => t.quantile(uniform(rng)),
        }
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

/// How many loss events a year has.
///
/// When the yearly rate is fixed, or a constant times one PERT, years are
/// independent and a year has events with a known probability `p`: the
/// years in between are skipped with one geometric draw
/// (⌊Exp(1) / −ln(1 − p)⌋ empty years), and a year with events draws its
/// count from the zero-truncated Poisson (for a PERT rate, the rate first,
/// from the PERT reweighted by 1 − e^−λ). The distribution of every year is
/// exactly the one of the plain year-by-year draw; only the work is spent
/// on the years with losses.
#[derive(Clone, Debug)]
enum Events {
    /// A rate of 0.
    Never,
    /// A fixed rate: the cumulative table P(N ≤ k) for small rates.
    Fixed {
        /// −ln P(no event in a year).
        skip: f64,
        /// P(N ≤ k), k = 0, 1, … (small rates).
        cdf: Vec<f64>,
        /// The sampler for large rates.
        large: Option<Poisson<f64>>,
    },
    /// rate = scale × PERT.
    Scaled {
        /// −ln P(no event in a year).
        skip: f64,
        /// The factor.
        scale: f64,
        /// The PERT given that the year has events.
        conditional: PertTable,
    },
    /// A three-point threat event frequency times a three-point
    /// vulnerability: drawn year by year.
    Varying(Value, Value),
}

impl Events {
    fn of(f: &Frequency) -> Events {
        let (rate, vuln) = match f {
            Frequency::Direct { lef } => (Value::of(lef), Value::Const(1.0)),
            Frequency::OpenFair { tef, vulnerability } => {
                (Value::of(tef), Value::of(vulnerability))
            }
        };
        match (rate, vuln) {
            (Value::Const(r), Value::Const(v)) => Events::fixed(r * v),
            (r, v) => Events::scaled_or_varying(f, r, v),
        }
    }

    fn fixed(rate: f64) -> Events {
        if rate.is_nan() || rate <= 0.0 {
            return Events::Never;
        }
        if rate > SMALL_RATE {
            return match Poisson::new(rate) {
                Ok(p) => Events::Fixed {
                    skip: rate,
                    cdf: Vec::new(),
                    large: Some(p),
                },
                Err(_) => Events::Never,
            };
        }
        let mut cdf = Vec::new();
        let mut p = exp(-rate);
        let mut s = p;
        let mut k = 0.0;
        cdf.push(s);
        while 1.0 - s > 1e-16 && cdf.len() < 200 {
            k += 1.0;
            p *= rate / k;
            s += p;
            cdf.push(s);
        }
        Events::Fixed {
            skip: rate,
            cdf,
            large: None,
        }
    }

    fn scaled_or_varying(f: &Frequency, rate: Value, vuln: Value) -> Events {
        // Which estimate is the PERT, and the constant it is scaled by.
        let three = |e: &Estimate<f64>| match *e {
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } if max > min => Some((min, most_likely, max)),
            _ => None,
        };
        let (base, scale) = match (f, &rate, &vuln) {
            (Frequency::Direct { lef }, _, _) => (lef.map(f64::from), 1.0),
            (Frequency::OpenFair { tef, .. }, Value::Pert(_), Value::Const(v)) => {
                (tef.map(f64::from), *v)
            }
            (Frequency::OpenFair { vulnerability, .. }, Value::Const(r), Value::Pert(_)) => {
                (vulnerability.map(f64::from), *r)
            }
            _ => return Events::Varying(rate, vuln),
        };
        let Some((min, mode, max)) = three(&base) else {
            return Events::Varying(rate, vuln);
        };
        if scale.is_nan() || scale <= 0.0 {
            return Events::Never;
        }
        let (conditional, p) = PertTable::weighted(min, mode, max, |x| 1.0 - exp(-scale * x));
        if p.is_nan() || p <= 0.0 {
            return Events::Never;
        }
        Events::Scaled {
            skip: -ln(1.0 - p),
            scale,
            conditional,
        }
    }

    /// Empty years before the next year with events.
    #[inline]
    fn gap<R: Rng>(skip: f64, rng: &mut R) -> usize {
        let e: f64 = Exp1.sample(rng);
        let g = e / skip;
        if g < 1e15 {
            g as usize
        } else {
            usize::MAX / 4
        }
    }

    /// The count of a year known to have events.
    #[inline]
    fn count_given_any<R: Rng>(&self, rng: &mut R) -> u32 {
        match self {
            Events::Fixed { cdf, large, .. } => match large {
                Some(p) => {
                    for _ in 0..100 {
                        let n = p.sample(rng) as u32;
                        if n > 0 {
                            return n;
                        }
                    }
                    1
                }
                None => {
                    let p0 = cdf[0];
                    let u = p0 + uniform(rng) * (1.0 - p0);
                    let mut k = 1;
                    while k < cdf.len() && u >= cdf[k] {
                        k += 1;
                    }
                    k.min(cdf.len() - 1).max(1) as u32
                }
            },
            Events::Scaled {
                scale, conditional, ..
            } => poisson_at_least_one(scale * conditional.quantile(uniform(rng)), rng),
            Events::Never | Events::Varying(..) => 0,
        }
    }
}

trait MapEstimate {
    fn map(&self, f: impl Fn(Self::T) -> f64) -> Estimate<f64>;
    type T;
}

impl<T: Copy> MapEstimate for Estimate<T> {
    type T = T;
    fn map(&self, f: impl Fn(T) -> f64) -> Estimate<f64> {
        match *self {
            Estimate::Fixed { value } => Estimate::Fixed { value: f(value) },
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } => Estimate::ThreePoint {
                min: f(min),
                most_likely: f(most_likely),
                max: f(max),
            },
        }
    }
}

#[derive(Clone, Debug)]
enum Loss {
    LogNormal { mu: f64, sigma: f64 },
    Value(Value),
}

impl Loss {
    fn of(m: &Magnitude) -> Loss {
        match *m {
            Magnitude::Range90 { low, high } => {
                let (mu, sigma) = lognormal_from_range(low.0, high.0);
                Loss::LogNormal { mu, sigma }
            }
            Magnitude::ThreePoint {
                min,
                most_likely,
                max,
            } => Loss::Value(if max.0 <= min.0 {
                Value::Const(min.0)
            } else {
                Value::Pert(PertTable::new(min.0, most_likely.0, max.0))
            }),
        }
    }

    #[inline]
    fn sample<R: Rng>(&self, rng: &mut R) -> f64 {
        match self {
            Loss::LogNormal { mu, sigma } => {
                let z: f64 = StandardNormal.sample(rng);
                exp(mu + sigma * z)
            }
            Loss::Value(v) => v.sample(rng),
        }
    }
}

/// A scenario made ready to sample: tables built, parameters derived.
#[derive(Clone, Debug)]
pub struct Compiled {
    events: Events,
    primary: Loss,
    secondary: Option<(f64, Loss)>,
}

impl Compiled {
    /// Prepares a (valid) scenario.
    pub fn new(s: &Scenario) -> Compiled {
        Compiled {
            events: Events::of(&s.frequency),
            primary: Loss::of(&s.primary),
            secondary: s
                .secondary
                .map(|x| (x.probability.0, Loss::of(&x.magnitude))),
        }
    }

    #[inline]
    fn losses<R: Rng>(&self, n: u32, rng: &mut R) -> f64 {
        let mut loss = 0.0;
        for _ in 0..n {
            loss += self.primary.sample(rng);
            if let Some((p, m)) = &self.secondary {
                if uniform(rng) < *p {
                    loss += m.sample(rng);
                }
            }
        }
        loss
    }

    /// Calls `f(year, loss)` for each year of `from..to` with a loss above
    /// 0. `next` carries the next year with events from one call to the
    /// next: start a risk with `None` and `from = 0`, then continue where
    /// the last call stopped (the numbers do not depend on how the years
    /// are split into calls).
    #[inline]
    pub fn run<R: Rng>(
        &self,
        rng: &mut R,
        from: usize,
        to: usize,
        next: &mut Option<usize>,
        mut f: impl FnMut(usize, f64),
    ) {
        let skip = match &self.events {
            Events::Never => return,
            Events::Varying(rate, vuln) => {
                for y in from..to {
                    let r = rate.sample(rng) * vuln.sample(rng);
                    let n = poisson_varying(r, rng);
                    if n > 0 {
                        let loss = self.losses(n, rng);
                        if loss > 0.0 {
                            f(y, loss);
                        }
                    }
                }
                return;
            }
            Events::Fixed { skip, .. } | Events::Scaled { skip, .. } => *skip,
        };
        let mut y = match *next {
            Some(y) => y,
            None => from.saturating_add(Events::gap(skip, rng)),
        };
        while y < to {
            let n = self.events.count_given_any(rng);
            let loss = self.losses(n, rng);
            if loss > 0.0 {
                f(y, loss);
            }
            y = y.saturating_add(1).saturating_add(Events::gap(skip, rng));
        }
        *next = Some(y);
    }

    /// `years` simulated years from a fresh start, one loss a year (0 for
    /// a year without loss): for tests and benchmarks.
    pub fn sample_years<R: Rng>(&self, rng: &mut R, years: usize) -> Vec<f64> {
        let mut out = vec![0.0; years];
        self.run(rng, 0, years, &mut None, |y, l| out[y] = l);
        out
    }
}

/// The generator of one risk: its own stream from the seed and the risk id.
pub fn stream(seed: u64, risk: RiskId) -> Xoshiro256PlusPlus {
    // SplitMix64 of the pair, so nearby seeds and ids give unrelated streams.
    let mut z = seed ^ u64::from(risk.0).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    Xoshiro256PlusPlus::seed_from_u64(z)
}

// ---------------------------------------------------------------------------
// Statistics

/// The statistics of a sample of annual losses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LossStats {
    /// Mean annual loss.
    pub mean: f64,
    /// Standard deviation.
    pub sd: f64,
    /// Smallest annual loss.
    pub min: f64,
    /// Largest annual loss.
    pub max: f64,
    /// 10th percentile.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
    /// 95th percentile.
    pub p95: f64,
    /// 99th percentile.
    pub p99: f64,
    /// Tail value at risk: the mean of the worst 5 % of years.
    pub tvar95: f64,
    /// The share of years with any loss.
    pub p_any: f64,
}

/// A point of a loss exceedance curve: P(annual loss > loss).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    /// The annual loss.
    pub loss: f64,
    /// The probability that a year's loss exceeds it.
    pub probability: f64,
}

/// The statistics of a sample of `n` annual losses whose positive values
/// are `losses` (the others are 0). Percentiles are nearest-rank order
/// statistics, found by selection; `losses` is reordered.
pub fn summarize(losses: &mut [f32], n: usize) -> LossStats {
    if n == 0 {
        return LossStats::default();
    }
    let zeros = n - losses.len();
    let nf = n as f64;
    // One pass: sums, squares, extremes.
    let (mut sum, mut sq, mut min, mut max) = (0.0f64, 0.0f64, f32::INFINITY, 0.0f32);
    for &v in losses.iter() {
        let x = f64::from(v);
        sum += x;
        sq += x * x;
        min = min.min(v);
        max = max.max(v);
    }
    let mean = sum / nf;
    let ss = (sq - nf * mean * mean).max(0.0);
    let sd = if n > 1 { (ss / (nf - 1.0)).sqrt() } else { 0.0 };
    let min = if zeros > 0 || losses.is_empty() {
        0.0
    } else {
        f64::from(min)
    };
    // Nearest rank: the ⌈p·n⌉-th smallest value (0-based index ⌈p·n⌉ − 1).
    let rank = |p: f64| ((p * nf).ceil() as usize).clamp(1, n) - 1;
    // Select from the top percentile down, each within the part below.
    let mut hi = losses.len();
    let mut at = |losses: &mut [f32], r: usize| -> f64 {
        if r < zeros {
            return 0.0;
        }
        let i = r - zeros;
        let (_, v, _) = losses[..hi].select_nth_unstable_by(i, f32::total_cmp);
        hi = i + 1;
        f64::from(*v)
    };
    let p99 = at(losses, rank(0.99));
    let r95 = rank(0.95);
    let p95 = at(losses, r95);
    // The values after the P95 rank are ≥ P95: the worst n − r95 − 1
    // years (5 % of them), whose mean is the tail value at risk.
    let tail_n = n - r95 - 1;
    let tvar95 = if tail_n == 0 {
        p95
    } else if r95 < zeros {
        sum / tail_n as f64
    } else {
        let i = r95 - zeros;
        losses[i + 1..].iter().map(|&v| f64::from(v)).sum::<f64>() / tail_n as f64
    };
    let p90 = at(losses, rank(0.90));
    let p50 = at(losses, rank(0.50));
    let p10 = at(losses, rank(0.10));
    LossStats {
        mean,
        sd,
        min,
        max: f64::from(max),
        p10,
        p50,
        p90,
        p95,
        p99,
        tvar95,
        p_any: losses.len() as f64 / nf,
    }
}

/// `points` log-spaced losses from `lo` to `hi` (both above 0).
pub fn log_grid(lo: f64, hi: f64, points: usize) -> Vec<f64> {
    if points < 2 || hi <= lo {
        return vec![lo; points.min(1)];
    }
    let (a, b) = (ln(lo), ln(hi));
    (0..points)
        .map(|i| exp(a + (b - a) * i as f64 / (points - 1) as f64))
        .collect()
}

/// log2 of a positive f32, roughly (within 0.09), from its bits.
#[inline]
fn rough_log2(v: f32) -> f32 {
    v.to_bits() as f32 * (1.0 / (1u32 << 23) as f32) - 127.0
}

/// P(loss > x) for each `x` of `grid` (increasing) over `n` years whose
/// positive losses are `losses`: exact counts in one pass. On a log-spaced
/// grid each loss's place is guessed from its exponent bits and settled by
/// a comparison or two; otherwise it is found by binary search.
pub fn exceedance(losses: &[f32], n: usize, grid: &[f64]) -> Vec<CurvePoint> {
    let m = grid.len();
    let grid32: Vec<f32> = grid.iter().map(|&x| x as f32).collect();
    // hist[k]: losses with exactly k grid points below them.
    let mut hist = vec![0usize; m + 1];
    let log_spaced = m >= 3
        && grid[0] > 0.0
        && grid
            .windows(2)
            .all(|w| ((w[1] / w[0]) / (grid[1] / grid[0]) - 1.0).abs() < 1e-6);
    let (l0, step) = if log_spaced {
        let l0 = ln(grid[0]) / std::f64::consts::LN_2;
        (
            l0,
            (ln(grid[m - 1]) / std::f64::consts::LN_2 - l0) / (m - 1) as f64,
        )
    } else {
        (0.0, 0.0)
    };
    // The guess is within one grid step when the steps are wider than the
    // guess's error (0.09 in log2): then one branch-free correction each way.
    if step > 0.1 {
        let (l0, inv) = (l0 as f32, (1.0 / step) as f32);
        // padded[k] is grid[k − 1], with −∞ and +∞ at the ends.
        let mut padded = Vec::with_capacity(m + 2);
        padded.push(f32::NEG_INFINITY);
        padded.extend_from_slice(&grid32);
        padded.push(f32::INFINITY);
        for &v in losses {
            let guess = ((rough_log2(v) - l0) * inv).max(-1.0) + 1.0;
            let mut k = (guess as usize).min(m);
            k -= usize::from(padded[k] >= v);
            k += usize::from(padded[k + 1] < v);
            hist[k] += 1;
        }
    } else {
        for &v in losses {
            hist[grid32.partition_point(|&g| g < v)] += 1;
        }
    }
    let mut above = losses.len() - hist[0];
    grid.iter()
        .enumerate()
        .map(|(j, &x)| {
            let p = above as f64 / n.max(1) as f64;
            above -= hist[j + 1];
            CurvePoint {
                loss: x,
                probability: p,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The run

/// Inherent or residual.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Before treatment.
    Inherent,
    /// After treatment.
    Residual,
}

/// What to simulate: the scenarios of the selected risks and the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The seed.
    pub seed: u64,
    /// Simulated years.
    pub trials: u32,
    /// The currency, for labels.
    pub currency: Currency,
    /// The tolerance curve.
    pub tolerance: Vec<TolerancePoint>,
    /// The selected risks: id, title and estimate.
    pub risks: Vec<(RiskId, String, QuantEstimate)>,
}

impl Job {
    /// The job for the risks of `a` with an estimate (all of them when
    /// `only` is empty), with the assessment's settings and `trials` if set.
    /// Fails when the inputs are invalid or no risk has an estimate.
    pub fn from_assessment(a: &Assessment, only: &[RiskId], trials: Option<u32>) -> Result<Job> {
        let s = &a.quant_settings;
        let mut problems = s.problems("quant_settings");
        let mut risks = Vec::new();
        for (i, r) in a.risks.iter().enumerate() {
            let Some(q) = &r.quant else { continue };
            if !only.is_empty() && !only.contains(&r.id) {
                continue;
            }
            problems.extend(q.problems(&format!("risks[{i}].quant")));
            risks.push((r.id, r.title.clone(), *q));
        }
        let trials = trials.unwrap_or(s.trials);
        if !(MIN_TRIALS..=MAX_TRIALS).contains(&trials) {
            problems.push((
                "trials".into(),
                format!("{trials} trials is outside the range Annexa runs: use {MIN_TRIALS} to {MAX_TRIALS}"),
            ));
        }
        if let Some((path, message)) = problems.into_iter().next() {
            return Err(Error::new(ErrorKind::Invalid, message).at(path));
        }
        if risks.is_empty() {
            return Err(Error::new(
                ErrorKind::Invalid,
                "no selected risk has a quantitative estimate: add one with Quantify on the Treatment page (risks[i].quant in the file)",
            ));
        }
        Ok(Job {
            seed: s.seed,
            trials,
            currency: s.currency.clone(),
            tolerance: s.tolerance.clone(),
            risks,
        })
    }

    /// True when some risk has a residual estimate that differs from its
    /// inherent one (otherwise the residual run is skipped: it would give
    /// the same numbers).
    pub fn has_residual(&self) -> bool {
        self.risks
            .iter()
            .any(|(_, _, q)| q.residual.is_some_and(|r| r != q.inherent))
    }
}

/// One risk's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RiskResult {
    /// The risk.
    pub id: RiskId,
    /// Its title.
    pub title: String,
    /// Simulated annual losses before treatment.
    pub inherent: LossStats,
    /// After treatment.
    pub residual: LossStats,
    /// Expected loss (rate × mean magnitude) before treatment.
    pub expected_inherent: ExpectedLoss,
    /// Expected loss after treatment.
    pub expected_residual: ExpectedLoss,
}

/// A tolerance point and where the portfolio stands against it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToleranceCheck {
    /// The point.
    pub point: TolerancePoint,
    /// P(inherent annual loss > point.loss).
    pub inherent: f64,
    /// P(residual annual loss > point.loss).
    pub residual: f64,
}

impl ToleranceCheck {
    /// True when the residual exceedance is within the tolerance.
    pub fn residual_within(&self) -> bool {
        self.residual <= self.point.probability.0
    }
}

/// The results of a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantResults {
    /// The seed used.
    pub seed: u64,
    /// Simulated years.
    pub trials: u32,
    /// The currency.
    pub currency: Currency,
    /// Per risk, in register order.
    pub risks: Vec<RiskResult>,
    /// The selected risks together, before treatment.
    pub portfolio_inherent: LossStats,
    /// The selected risks together, after treatment.
    pub portfolio_residual: LossStats,
    /// Expected loss of the portfolio before treatment.
    pub expected_inherent: f64,
    /// Expected loss of the portfolio after treatment.
    pub expected_residual: f64,
    /// The portfolio's loss exceedance curve before treatment.
    pub curve_inherent: Vec<CurvePoint>,
    /// After treatment.
    pub curve_residual: Vec<CurvePoint>,
    /// The tolerance curve against both.
    pub tolerance: Vec<ToleranceCheck>,
}

/// How far a run is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Scenario-years simulated.
    pub done: u64,
    /// Scenario-years in all.
    pub total: u64,
}

impl Progress {
    /// The share done, from 0 to 1.
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f64 / self.total as f64
        }
    }
}

/// A run that advances in steps, so that a worker can report progress
/// between them. The numbers do not depend on the step sizes.
pub struct Simulation {
    job: Job,
    compiled: Vec<(Compiled, Option<Compiled>)>,
    residual: bool,
    phase: Phase,
    risk: usize,
    year: usize,
    next: Option<usize>,
    rng: Xoshiro256PlusPlus,
    portfolio: Vec<f32>,
    scratch: Vec<f32>,
    per_risk: Vec<(LossStats, LossStats)>,
    portfolio_stats: [(LossStats, Vec<CurvePoint>, Vec<f64>); 2],
    done: u64,
}

impl Simulation {
    /// Prepares a run (tables built, buffers allocated: 8 bytes a trial).
    pub fn new(job: Job) -> Simulation {
        let compiled = job
            .risks
            .iter()
            .map(|(_, _, q)| {
                (
                    Compiled::new(&q.inherent),
                    q.residual
                        .filter(|r| *r != q.inherent)
                        .map(|r| Compiled::new(&r)),
                )
            })
            .collect();
        let n = job.trials as usize;
        let residual = job.has_residual();
        let rng = stream(job.seed, job.risks.first().map_or(RiskId(0), |r| r.0));
        Simulation {
            compiled,
            residual,
            phase: Phase::Inherent,
            risk: 0,
            year: 0,
            next: None,
            rng,
            portfolio: vec![0.0; n],
            scratch: Vec::with_capacity(if job.risks.len() > 1 { n } else { 0 }),
            per_risk: vec![Default::default(); job.risks.len()],
            portfolio_stats: Default::default(),
            done: 0,
            job,
        }
    }

    /// Scenario-years in all.
    pub fn total(&self) -> u64 {
        let per_pass = self.job.risks.len() as u64 * u64::from(self.job.trials);
        if self.residual {
            2 * per_pass
        } else {
            per_pass
        }
    }

    /// Bytes of working memory held for the trials (both buffers).
    pub fn working_bytes(&self) -> usize {
        (self.portfolio.capacity() + self.scratch.capacity()) * std::mem::size_of::<f32>()
    }

    /// How far the run is.
    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: self.total(),
        }
    }

    /// True when every pass is done.
    pub fn finished(&self) -> bool {
        self.risk >= self.job.risks.len() && (self.phase == Phase::Residual || !self.residual)
    }

    /// Simulates up to `budget` more scenario-years; returns the progress.
    pub fn step(&mut self, budget: u64) -> Progress {
        let n = self.job.trials as usize;
        let mut left = budget;
        while left > 0 && !self.finished() {
            let (inh, res) = &self.compiled[self.risk];
            let c = match (self.phase, res) {
                (Phase::Residual, Some(r)) => r,
                _ => inh,
            };
            let end = (self.year + left.min(usize::MAX as u64) as usize).min(n);
            let (portfolio, scratch) = (&mut self.portfolio, &mut self.scratch);
            // With one risk, the risk's statistics are the portfolio's.
            let keep = self.job.risks.len() > 1;
            c.run(&mut self.rng, self.year, end, &mut self.next, |y, loss| {
                let loss = loss as f32;
                portfolio[y] += loss;
                if keep {
                    scratch.push(loss);
                }
            });
            left -= (end - self.year) as u64;
            self.done += (end - self.year) as u64;
            self.year = end;
            if self.year == n {
                self.end_risk();
            }
        }
        self.progress()
    }

    fn end_risk(&mut self) {
        let n = self.job.trials as usize;
        let single = self.job.risks.len() == 1;
        let stats = if single {
            LossStats::default()
        } else {
            summarize(&mut self.scratch, n)
        };
        let slot = &mut self.per_risk[self.risk];
        match self.phase {
            Phase::Inherent => slot.0 = stats,
            Phase::Residual => slot.1 = stats,
        }
        self.scratch.clear();
        self.year = 0;
        self.next = None;
        self.risk += 1;
        if self.risk < self.job.risks.len() {
            self.rng = stream(self.job.seed, self.job.risks[self.risk].0);
            return;
        }
        // The pass is over: the portfolio's statistics and curve.
        let mut w = 0;
        for i in 0..n {
            let v = self.portfolio[i];
            if v > 0.0 {
                self.portfolio[w] = v;
                w += 1;
            }
        }
        let positive = &mut self.portfolio[..w];
        let (lo, hi) = positive
            .iter()
            .fold((f32::INFINITY, 0.0f32), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            });
        let grid = if w == 0 {
            Vec::new()
        } else {
            log_grid(f64::from(lo), f64::from(hi), CURVE_POINTS)
        };
        let curve = exceedance(positive, n, &grid);
        let tol_grid: Vec<f64> = self.job.tolerance.iter().map(|t| t.loss.0).collect();
        let tol = exceedance(positive, n, &tol_grid)
            .into_iter()
            .map(|p| p.probability)
            .collect();
        let stats = summarize(positive, n);
        let slot = if self.phase == Phase::Inherent { 0 } else { 1 };
        if single {
            match self.phase {
                Phase::Inherent => self.per_risk[0].0 = stats,
                Phase::Residual => self.per_risk[0].1 = stats,
            }
        }
        self.portfolio_stats[slot] = (stats, curve, tol);
        if self.phase == Phase::Inherent && self.residual {
            self.phase = Phase::Residual;
            self.risk = 0;
            self.next = None;
            self.portfolio.iter_mut().for_each(|v| *v = 0.0);
            self.rng = stream(self.job.seed, self.job.risks[0].0);
        }
    }

    /// Runs to the end.
    pub fn run(mut self) -> QuantResults {
        while !self.finished() {
            self.step(u64::MAX);
        }
        self.results()
    }

    /// The results (complete once [`Simulation::finished`]).
    pub fn results(self) -> QuantResults {
        let residual = self.residual;
        let [inh, res] = self.portfolio_stats;
        let res = if residual { res } else { inh.clone() };
        let risks: Vec<RiskResult> = self
            .job
            .risks
            .iter()
            .zip(&self.per_risk)
            .map(|((id, title, q), (i, r))| RiskResult {
                id: *id,
                title: title.clone(),
                inherent: *i,
                residual: if residual { *r } else { *i },
                expected_inherent: q.inherent.expected(),
                expected_residual: q.residual.unwrap_or(q.inherent).expected(),
            })
            .collect();
        let tolerance = self
            .job
            .tolerance
            .iter()
            .enumerate()
            .map(|(k, t)| ToleranceCheck {
                point: *t,
                inherent: inh.2.get(k).copied().unwrap_or(0.0),
                residual: res.2.get(k).copied().unwrap_or(0.0),
            })
            .collect();
        QuantResults {
            seed: self.job.seed,
            trials: self.job.trials,
            currency: self.job.currency,
            expected_inherent: risks.iter().map(|r| r.expected_inherent.annual).sum(),
            expected_residual: risks.iter().map(|r| r.expected_residual.annual).sum(),
            risks,
            portfolio_inherent: inh.0,
            portfolio_residual: res.0,
            curve_inherent: inh.1,
            curve_residual: res.1,
            tolerance,
        }
    }
}

/// Simulates the risks of `a` that have an estimate (or only those in
/// `only`), with the assessment's settings and `trials` if set.
pub fn simulate(a: &Assessment, only: &[RiskId], trials: Option<u32>) -> Result<QuantResults> {
    Ok(Simulation::new(Job::from_assessment(a, only, trials)?).run())
}

// ---------------------------------------------------------------------------
// Text

/// A whole amount with thousands separators, e.g. `1,234,567`.
pub fn format_amount(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let n = x.round().abs() as u64;
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if x.round() < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// A probability as a percentage with sensible precision, e.g. `4.2 %`.
pub fn format_percent(p: f64) -> String {
    let pc = p * 100.0;
    if pc == 0.0 || pc >= 10.0 {
        format!("{pc:.0} %")
    } else if pc >= 1.0 {
        format!("{pc:.1} %")
    } else {
        format!("{pc:.2} %")
    }
}

impl QuantResults {
    /// The results as Markdown: the statistics table, the expected-loss view
    /// and the tolerance check.
    pub fn markdown(&self) -> String {
        let c = &self.currency;
        let m = format_amount;
        let mut out = format!(
            "# Quantitative risk (FAIR Monte Carlo)\n\n{} simulated years, seed {}, amounts in {c}.\n\n",
            format_amount(f64::from(self.trials)),
            self.seed
        );
        out.push_str("| Risk | Phase | Mean | SD | Min | P10 | P50 | P90 | P95 | P99 | Max | TVaR 95 | P(any loss) |\n");
        out.push_str("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        let row = |out: &mut String, name: &str, phase: &str, s: &LossStats| {
            out.push_str(&format!(
                "| {name} | {phase} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
                m(s.mean),
                m(s.sd),
                m(s.min),
                m(s.p10),
                m(s.p50),
                m(s.p90),
                m(s.p95),
                m(s.p99),
                m(s.max),
                m(s.tvar95),
                format_percent(s.p_any)
            ));
        };
        for r in &self.risks {
            let name = format!("{} {}", r.id, r.title.replace('|', "/"));
            row(&mut out, &name, "inherent", &r.inherent);
            row(&mut out, &name, "residual", &r.residual);
        }
        row(
            &mut out,
            "**Portfolio**",
            "inherent",
            &self.portfolio_inherent,
        );
        row(
            &mut out,
            "**Portfolio**",
            "residual",
            &self.portfolio_residual,
        );
        out.push_str("\n## Expected loss (rate × mean magnitude, no simulation)\n\n");
        out.push_str("| Risk | Events/year (inherent) | Loss/event (inherent) | Expected annual loss (inherent) | Expected annual loss (residual) |\n");
        out.push_str("| --- | ---: | ---: | ---: | ---: |\n");
        for r in &self.risks {
            out.push_str(&format!(
                "| {} {} | {:.3} | {} | {} | {} |\n",
                r.id,
                r.title.replace('|', "/"),
                r.expected_inherent.events_per_year,
                m(r.expected_inherent.loss_per_event),
                m(r.expected_inherent.annual),
                m(r.expected_residual.annual)
            ));
        }
        out.push_str(&format!(
            "| **Portfolio** | | | {} | {} |\n",
            m(self.expected_inherent),
            m(self.expected_residual)
        ));
        if !self.tolerance.is_empty() {
            out.push_str("\n## Risk tolerance\n\n| Annual loss above | Tolerated | Inherent | Residual | Residual within tolerance |\n| ---: | ---: | ---: | ---: | --- |\n");
            for t in &self.tolerance {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    m(t.point.loss.0),
                    format_percent(t.point.probability.0),
                    format_percent(t.inherent),
                    format_percent(t.residual),
                    if t.residual_within() { "yes" } else { "no" }
                ));
            }
        }
        out
    }
}

/// A message from the simulation worker to the page (JSON over
/// `postMessage`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerReport {
    /// The worker is listening: send the job now (a message sent before
    /// its WebAssembly has started would be lost).
    Ready,
    /// How far the run is.
    Progress(Progress),
    /// The run finished.
    Done(Box<QuantResults>),
    /// The job could not be run; says why.
    Failed(String),
    /// How long the work took and how much memory it took.
    Measured(Measurement),
}

/// Scenario-years per step between two progress reports: small enough that
/// the bar moves, large enough that reporting costs nothing measurable.
pub const STEP_YEARS: u64 = 1 << 18;

/// A message from the page to the simulation worker (JSON over
/// `postMessage`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerRequest {
    /// Simulate a job.
    Run(Job),
    /// Benchmark only: time the percentiles and curve of the annual losses
    /// of `bench_job(1, trials)`.
    BenchSummary {
        /// Simulated years.
        trials: u32,
    },
}

/// What a worker measured about a request (for the browser benchmark).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// Wall time of the work, in milliseconds.
    pub elapsed_ms: f64,
    /// How much the worker's memory grew, in bytes.
    pub memory_bytes: f64,
}

/// Handles one request given as JSON, calling `report` with progress after
/// every step, the measurement, and the result at the end (the worker's
/// whole job). `now` reads a clock in milliseconds; `memory` the bytes the
/// worker holds.
pub fn handle_request(
    request: &str,
    now: &dyn Fn() -> f64,
    memory: &dyn Fn() -> f64,
    mut report: impl FnMut(&WorkerReport),
) {
    let request: WorkerRequest = match serde_json::from_str(request) {
        Ok(r) => r,
        Err(e) => {
            report(&WorkerReport::Failed(format!(
                "the simulation job could not be read ({e}); reload the page"
            )));
            return;
        }
    };
    let (m0, t0) = (memory(), now());
    match request {
        WorkerRequest::Run(job) => {
            let mut sim = Simulation::new(job);
            report(&WorkerReport::Progress(sim.progress()));
            while !sim.finished() {
                let p = sim.step(STEP_YEARS);
                report(&WorkerReport::Progress(p));
            }
            let results = sim.results();
            report(&WorkerReport::Measured(Measurement {
                elapsed_ms: now() - t0,
                memory_bytes: memory() - m0,
            }));
            report(&WorkerReport::Done(Box::new(results)));
        }
        WorkerRequest::BenchSummary { trials } => {
            let job = bench_job(1, trials);
            let c = Compiled::new(&job.risks[0].2.inherent);
            let mut rng = stream(job.seed, job.risks[0].0);
            let mut losses = vec![0f32; trials as usize];
            c.run(&mut rng, 0, losses.len(), &mut None, |y, l| {
                losses[y] = l as f32
            });
            losses.retain(|v| *v > 0.0);
            let t0 = now();
            let (lo, hi) = losses
                .iter()
                .fold((f32::INFINITY, 0f32), |(a, b), &v| (a.min(v), b.max(v)));
            let grid = log_grid(f64::from(lo), f64::from(hi), CURVE_POINTS);
            let curve = exceedance(&losses, trials as usize, &grid);
            let stats = summarize(&mut losses, trials as usize);
            report(&WorkerReport::Measured(Measurement {
                elapsed_ms: now() - t0,
                memory_bytes: memory() - m0,
            }));
            std::hint::black_box((curve, stats));
        }
    }
}

/// Runs a job given as JSON with no clock (native fallback and tests).
pub fn run_json(job: &str, report: impl FnMut(&WorkerReport)) {
    handle_request(job, &|| 0.0, &|| 0.0, report);
}

/// A deterministic benchmark job: `scenarios` risks × `trials` years. One
/// scenario is a loss event a year with losses of 10,000–1,000,000 nine
/// times in ten; more mix rates from 0.05 to 5 a year, 90 % ranges and
/// PERTs, three-point frequencies, the Open FAIR split and secondary losses.
pub fn bench_job(scenarios: usize, trials: u32) -> Job {
    let risks = (0..scenarios)
        .map(|i| {
            let id = RiskId(i as u32 + 1);
            let s = if scenarios == 1 {
                Scenario {
                    frequency: Frequency::Direct {
                        lef: Estimate::Fixed { value: Rate(1.0) },
                    },
                    primary: Magnitude::Range90 {
                        low: Amount(10_000.0),
                        high: Amount(1_000_000.0),
                    },
                    secondary: None,
                }
            } else {
                let t = i as f64 / (scenarios - 1).max(1) as f64;
                let rate = 0.05 * 100f64.powf(t);
                let low = 1_000.0 * 10f64.powf(2.0 * ((i * 7) % 10) as f64 / 10.0);
                let frequency = match i % 4 {
                    0 => Frequency::Direct {
                        lef: Estimate::ThreePoint {
                            min: Rate(rate / 2.0),
                            most_likely: Rate(rate),
                            max: Rate(rate * 3.0),
                        },
                    },
                    1 => Frequency::OpenFair {
                        tef: Estimate::Fixed {
                            value: Rate(rate * 4.0),
                        },
                        vulnerability: Estimate::Fixed {
                            value: Probability(0.25),
                        },
                    },
                    _ => Frequency::Direct {
                        lef: Estimate::Fixed { value: Rate(rate) },
                    },
                };
                let primary = if i % 3 == 2 {
                    Magnitude::ThreePoint {
                        min: Amount(low),
                        most_likely: Amount(low * 5.0),
                        max: Amount(low * 100.0),
                    }
                } else {
                    Magnitude::Range90 {
                        low: Amount(low),
                        high: Amount(low * 100.0),
                    }
                };
                let secondary = (i % 5 == 0).then_some(SecondaryLoss {
                    probability: Probability(0.2),
                    magnitude: Magnitude::Range90 {
                        low: Amount(low / 2.0),
                        high: Amount(low * 20.0),
                    },
                });
                Scenario {
                    frequency,
                    primary,
                    secondary,
                }
            };
            (
                id,
                format!("Benchmark scenario {}", i + 1),
                QuantEstimate {
                    inherent: s,
                    residual: None,
                },
            )
        })
        .collect();
    Job {
        seed: 2026,
        trials,
        currency: Currency::default(),
        tolerance: vec![TolerancePoint {
            loss: Amount(1_000_000.0),
            probability: Probability(0.05),
        }],
        risks,
    }
}
