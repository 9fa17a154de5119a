//! The worker protocol: the messages between the page and the simulation
//! worker, and the handler that runs one request.

use serde::{Deserialize, Serialize};

use super::compiled::{stream, Compiled};
use super::engine::{Progress, Simulation};
use super::job::{bench_job, Job};
use super::model::CURVE_POINTS;
use super::results::{exceedance, log_grid, summarize, QuantResults};
use super::shares::{PartHeader, ShareRequest};

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
    /// A share's raw losses, in the buffer that comes with the message:
    /// the page hands them on to the lead ([`WorkerRequest::Merge`]).
    Part(PartHeader),
    /// The job could not be run; says why.
    Failed(String),
    /// The job could not be run, by kind; the page says it in words
    /// ([`WorkerFault::message`]), so the worker's module carries no text
    /// layer (its Fluent bundle and English would double the simulation
    /// worker's download).
    Fault(WorkerFault),
    /// How long the work took and how much memory it took.
    Measured(Measurement),
}

/// What went wrong in a simulation worker, for the page to put into words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerFault {
    /// The request could not be read; the reader's reason.
    JobUnreadable(String),
    /// A share or a part sent to a worker of an older build.
    ShareRefused,
    /// A share's losses do not match their header.
    ShareDamaged,
    /// A share finished without its losses.
    ShareLost,
    /// The worker's report could not be written; the writer's reason.
    NotWritten(String),
}

impl WorkerFault {
    /// The sentence for the user, with what to do.
    pub fn message(&self) -> String {
        use crate::text::{msg, text, text_with, Arg};
        match self {
            WorkerFault::JobUnreadable(why) => text_with(
                msg::QUANT_JOB_UNREADABLE,
                &[("why", Arg::from(why.as_str()))],
            ),
            WorkerFault::ShareRefused => text(msg::QUANT_SHARE_REFUSED),
            WorkerFault::ShareDamaged => text(msg::QUANT_SHARE_DAMAGED),
            WorkerFault::ShareLost => text(msg::QUANT_SHARE_LOST),
            WorkerFault::NotWritten(why) => text_with(
                msg::QUANT_RESULTS_NOT_WRITTEN,
                &[("why", Arg::from(why.as_str()))],
            ),
        }
    }
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
    /// Simulate a share of a job's years (one of several workers).
    Share(ShareRequest),
    /// The lead only: another worker's share, its losses in the buffer
    /// that comes with the message.
    Merge(PartHeader),
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
            report(&WorkerReport::Fault(WorkerFault::JobUnreadable(
                e.to_string(),
            )));
            return;
        }
    };
    handle_parsed(request, now, memory, report);
}

/// Handles one request already read: a whole run or a benchmark, as
/// [`handle_request`]. A share or a part needs a `ShareWorker`
/// (see `shares`), which holds state between messages: here it is
/// refused.
pub(super) fn handle_parsed(
    request: WorkerRequest,
    now: &dyn Fn() -> f64,
    memory: &dyn Fn() -> f64,
    mut report: impl FnMut(&WorkerReport),
) {
    let (m0, t0) = (memory(), now());
    match request {
        WorkerRequest::Share(_) | WorkerRequest::Merge(_) => {
            report(&WorkerReport::Fault(WorkerFault::ShareRefused));
        }
        WorkerRequest::Run(job) => {
            // A job that passes its check runs to an end with finite numbers.
            if let Err(e) = job.check() {
                report(&WorkerReport::Failed(e.to_string()));
                return;
            }
            let mut sim = Simulation::new(job);
            report(&WorkerReport::Progress(sim.progress()));
            while !sim.finished() {
                let p = sim.step(STEP_YEARS);
                report(&WorkerReport::Progress(p));
            }
            let results = sim.results();
            if let Err(e) = results.check_finite() {
                report(&WorkerReport::Failed(e.to_string()));
                return;
            }
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
