//! A run shared between workers: the wire form of a share's raw losses
//! ([`PartHeader`] and one flat `f32` buffer) and the stateful handler
//! ([`ShareWorker`]) a browser worker runs, lead or not.
//!
//! The page sends each worker a [`ShareRequest`] (the job and its years,
//! from [`split_years`](super::split_years)). Every worker but the lead
//! answers with [`WorkerReport::Part`]: a small JSON header and the losses
//! as raw little-endian `f32`s (4 bytes a year and pass for the portfolio,
//! 4 bytes for each risk's year with a loss), which the browser moves as a
//! transferable `ArrayBuffer`, never as JSON numbers. The page hands each
//! part on, untouched, to the lead ([`WorkerRequest::Merge`]); the lead
//! merges (the sorting for percentiles and the curve) once it holds every
//! share, its own included, and reports [`WorkerReport::Done`]. The page's
//! thread only relays. The results are bit-identical to a single run,
//! whatever the number of shares ([`merge_parts`]).
//!
//! Why bytes: a share's losses are large (the second of two shares of
//! 100 risks × 1M years is 91.9 MB of `f32`s). Measured in Node on this
//! project's 2-core machine, 2.3 million `f32`s took 980 ms to write as
//! JSON (16 characters a number, 4 times the bytes) and 585 ms to read
//! back, against 17 ms to copy and transfer as an `ArrayBuffer`.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::engine::{merge_parts, PartLosses, Simulation};
use super::job::Job;
use super::worker::{
    handle_parsed, Measurement, WorkerFault, WorkerReport, WorkerRequest, STEP_YEARS,
};

/// What a worker is asked to simulate: a share of a job's years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShareRequest {
    /// The whole job (every share gets the same one).
    pub job: Job,
    /// The years of this share (block-aligned, from `split_years`).
    pub years: Range<usize>,
    /// For the lead only: how many shares it merges, its own included.
    /// `None` for the other workers, which report their part instead.
    #[serde(default)]
    pub lead: Option<usize>,
}

impl ShareRequest {
    /// The scenario-years this share simulates (risks × years × passes):
    /// its progress's total, known before it starts.
    pub fn scenario_years(&self) -> u64 {
        let passes = if self.job.has_residual() { 2 } else { 1 };
        passes * self.job.risks.len() as u64 * self.years.len() as u64
    }
}

/// The requests of `job` shared by up to `workers` workers, one a share of
/// the years ([`split_years`](super::split_years): fewer when the job has
/// fewer blocks). The first share's worker is the lead: it merges them all.
pub fn share_requests(job: &Job, workers: usize) -> Vec<WorkerRequest> {
    let ranges = super::engine::split_years(job.trials, workers);
    let count = ranges.len();
    ranges
        .into_iter()
        .enumerate()
        .map(|(k, years)| {
            WorkerRequest::Share(ShareRequest {
                job: job.clone(),
                years,
                lead: (k == 0).then_some(count),
            })
        })
        .collect()
}

/// The header of a share's raw losses; the losses themselves travel next
/// to it as one flat buffer of `f32`s, in this order: per pass (inherent,
/// then residual), the portfolio's losses, then each risk's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartHeader {
    /// The years the share simulated.
    pub years: Range<usize>,
    /// Passes (1, or 2 with a residual pass).
    pub passes: usize,
    /// The number of `f32`s of each array, in buffer order: per pass,
    /// `1 + risks` arrays.
    pub lengths: Vec<u32>,
}

impl PartLosses {
    /// The wire form: a header and every array laid end to end.
    pub fn to_wire(&self) -> (PartHeader, Vec<f32>) {
        let mut lengths = Vec::new();
        let mut data = Vec::new();
        for (pass, portfolio) in self.portfolio.iter().enumerate() {
            let risks = self.risks.get(pass).map_or(&[][..], |r| &r[..]);
            for a in std::iter::once(portfolio).chain(risks) {
                lengths.push(a.len() as u32);
                data.extend_from_slice(a);
            }
        }
        let header = PartHeader {
            years: self.years.clone(),
            passes: self.portfolio.len(),
            lengths,
        };
        (header, data)
    }

    /// Reads the wire form back. Fails, saying so, when the buffer does
    /// not hold what the header says.
    pub fn from_wire(header: &PartHeader, data: &[f32]) -> Result<PartLosses, WorkerFault> {
        let total: usize = header.lengths.iter().map(|&l| l as usize).sum();
        let per_pass = header.lengths.len() / header.passes.max(1);
        if total != data.len() || per_pass == 0 || per_pass * header.passes != header.lengths.len()
        {
            return Err(WorkerFault::ShareDamaged);
        }
        let mut at = 0;
        let mut arrays = header.lengths.iter().map(|&l| {
            let a = data[at..at + l as usize].to_vec();
            at += l as usize;
            a
        });
        let mut part = PartLosses {
            years: header.years.clone(),
            ..PartLosses::default()
        };
        for _ in 0..header.passes {
            part.portfolio.push(arrays.next().unwrap_or_default());
            part.risks
                .push(arrays.by_ref().take(per_pass - 1).collect());
        }
        Ok(part)
    }
}

/// The lead's state: the job, how many shares it waits for, those it has.
struct Lead {
    job: Job,
    shares: usize,
    t0: f64,
    m0: f64,
}

/// One worker's side of the protocol, across messages: it runs whole jobs
/// and benchmark requests as [`handle_request`](super::handle_request)
/// does, simulates shares, and, as the lead, gathers and merges the parts.
#[derive(Default)]
pub struct ShareWorker {
    lead: Option<Lead>,
    parts: Vec<PartLosses>,
}

impl ShareWorker {
    /// A worker with nothing pending.
    pub fn new() -> ShareWorker {
        ShareWorker::default()
    }

    /// Handles one message: `request` is its JSON, `data` the buffer that
    /// came with it (a [`WorkerRequest::Merge`]'s losses). `report` hears
    /// each report, with the buffer to send next to it (a
    /// [`WorkerReport::Part`]'s losses). `now` reads a clock in
    /// milliseconds; `memory` the bytes the worker holds.
    pub fn handle(
        &mut self,
        request: &str,
        data: Option<&[f32]>,
        now: &dyn Fn() -> f64,
        memory: &dyn Fn() -> f64,
        mut report: impl FnMut(&WorkerReport, Option<Vec<f32>>),
    ) {
        let request: WorkerRequest = match serde_json::from_str(request) {
            Ok(r) => r,
            Err(e) => {
                report(
                    &WorkerReport::Fault(WorkerFault::JobUnreadable(e.to_string())),
                    None,
                );
                return;
            }
        };
        match request {
            WorkerRequest::Share(share) => self.share(share, now, memory, &mut report),
            WorkerRequest::Merge(header) => {
                match PartLosses::from_wire(&header, data.unwrap_or_default()) {
                    Ok(part) => {
                        self.parts.push(part);
                        self.try_merge(now, memory, &mut report);
                    }
                    Err(e) => report(&WorkerReport::Fault(e), None),
                }
            }
            other => handle_parsed(other, now, memory, |r| report(r, None)),
        }
    }

    /// Simulates a share; the lead keeps its part, the others report it.
    fn share(
        &mut self,
        share: ShareRequest,
        now: &dyn Fn() -> f64,
        memory: &dyn Fn() -> f64,
        report: &mut impl FnMut(&WorkerReport, Option<Vec<f32>>),
    ) {
        if let Err(e) = share.job.check() {
            report(&WorkerReport::Failed(e.to_string()), None);
            return;
        }
        let (t0, m0) = (now(), memory());
        if let Some(shares) = share.lead {
            // A new run: nothing of an earlier one is kept (the page sends
            // the lead its request before any other share's part).
            self.parts.clear();
            self.lead = Some(Lead {
                job: share.job.clone(),
                shares,
                t0,
                m0,
            });
        }
        let mut sim = Simulation::part(share.job, share.years);
        report(&WorkerReport::Progress(sim.progress()), None);
        while !sim.finished() {
            let p = sim.step(STEP_YEARS);
            report(&WorkerReport::Progress(p), None);
        }
        let Some(part) = sim.into_part() else {
            report(&WorkerReport::Fault(WorkerFault::ShareLost), None);
            return;
        };
        if share.lead.is_some() {
            self.parts.push(part);
            self.try_merge(now, memory, report);
        } else {
            let (header, data) = part.to_wire();
            report(&WorkerReport::Part(header), Some(data));
        }
    }

    /// As the lead, merges once every share is in and reports the results.
    fn try_merge(
        &mut self,
        now: &dyn Fn() -> f64,
        memory: &dyn Fn() -> f64,
        report: &mut impl FnMut(&WorkerReport, Option<Vec<f32>>),
    ) {
        let Some(lead) = &self.lead else {
            // Parts that came before the lead's own request wait for it.
            return;
        };
        if self.parts.len() < lead.shares {
            return;
        }
        let Some(lead) = self.lead.take() else {
            return;
        };
        let parts = std::mem::take(&mut self.parts);
        let results = merge_parts(&lead.job, parts).and_then(|r| {
            r.check_finite().map_err(|e| e.to_string())?;
            Ok(r)
        });
        match results {
            Ok(results) => {
                let m = Measurement {
                    elapsed_ms: now() - lead.t0,
                    memory_bytes: memory() - lead.m0,
                };
                report(&WorkerReport::Measured(m), None);
                report(&WorkerReport::Done(Box::new(results)), None);
            }
            Err(e) => report(&WorkerReport::Failed(e), None),
        }
    }
}
