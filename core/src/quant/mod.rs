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
//!
//! # Where things are
//!
//! - `model`: the inputs ([`Amount`], [`Rate`], [`Probability`],
//!   [`Estimate`], [`Frequency`], [`Magnitude`], [`Scenario`],
//!   [`QuantEstimate`], [`QuantSettings`]); plain data, no assessment.
//! - `problems`: validation of the inputs, with JSON paths.
//! - `math`: [`exp`] and [`ln`] (bit-identical everywhere), the PERT and
//!   lognormal parameters, [`beta_cdf`].
//! - `expected`: the analytic view, [`ExpectedLoss`].
//! - `sample`: [`PertTable`], uniform and Poisson draws.
//! - `compiled`: a scenario ready to sample ([`Compiled`]) and each risk's
//!   random [`stream`].
//! - `job`: what to simulate ([`Job`], [`Phase`]) and [`bench_job`].
//! - `engine`: the simulation loop ([`Simulation`], [`Progress`]), and its
//!   split into blocks of years for several workers ([`BLOCK_YEARS`],
//!   [`split_years`], [`Simulation::part`], [`merge_parts`]).
//! - `results`: percentiles ([`summarize`]), the loss exceedance curve
//!   ([`exceedance`]) and the results of a run ([`QuantResults`]).
//! - `markdown`: [`format_amount`], [`format_percent`] and
//!   [`QuantResults::markdown`].
//! - `worker`: the worker protocol ([`WorkerRequest`], [`WorkerReport`],
//!   [`handle_request`]).
//! - `shares`: a run shared between workers, the lead merging
//!   ([`ShareWorker`], [`ShareRequest`], [`PartHeader`]).
//! - `from_assessment`: the only part that reads an assessment
//!   ([`Job::from_assessment`], [`simulate`]).

mod compiled;
mod engine;
mod expected;
mod from_assessment;
mod job;
mod markdown;
mod math;
mod model;
mod problems;
mod results;
mod sample;
mod shares;
mod worker;

pub use compiled::{block_stream, stream, Compiled};
pub use engine::{merge_parts, split_years, PartLosses, Progress, Simulation, BLOCK_YEARS};
pub use expected::ExpectedLoss;
pub use from_assessment::simulate;
pub use job::{bench_job, Job, Phase, RunEstimate};
pub use markdown::{format_amount, format_percent};
pub use math::{beta_cdf, exp, ln, lognormal_from_range, pert_shape};
pub use model::{
    Amount, Currency, Estimate, Frequency, Magnitude, Probability, QuantEstimate, QuantSettings,
    Rate, Scenario, SecondaryLoss, TolerancePoint, CURVE_POINTS, DEFAULT_TRIALS, DRAWS_PER_SECOND,
    MAX_AMOUNT, MAX_EVENTS, MAX_RATE, MAX_TOLERANCE_POINTS, MAX_TRIALS, MIN_TRIALS,
};
pub use results::{
    exceedance, log_grid, summarize, CurvePoint, LossStats, QuantResults, RiskResult,
    ToleranceCheck,
};
pub use sample::{PertTable, PERT_TABLE_SIZE};
pub use shares::{share_requests, PartHeader, ShareRequest, ShareWorker};
pub use worker::{
    handle_request, run_json, Measurement, WorkerFault, WorkerReport, WorkerRequest, STEP_YEARS,
};
