//! The simulation loop: a [`Simulation`] advances year by year through the
//! inherent and residual passes, in steps a worker can report between.

use std::ops::Range;

use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use super::compiled::{block_stream, Compiled};
use super::job::{Job, Phase};
use super::results::{summarize, CurvePoint, LossStats, QuantResults};
use crate::model::RiskId;

mod merge;

pub use merge::merge_parts;
use merge::{assemble, pass_stats};

/// Simulated years per block. Each risk's years are cut into blocks of
/// this many; block `b` of a risk draws from the risk's stream jumped ahead
/// `b` times (2^128 draws each, [`block_stream`]), and starts afresh
/// (a new gap to the first year with events). The numbers of a year thus
/// depend only on the seed, the risk and the year, never on how the years
/// are shared between workers: any split at block boundaries
/// ([`split_years`]) gives bit-identical results. Block 0 is the risk's
/// plain [`stream`](super::stream), so a run of up to this many years is
/// drawn exactly as before blocks existed.
pub const BLOCK_YEARS: usize = 1 << 16;

/// The years `0..trials` cut into at most `parts` contiguous ranges at
/// block boundaries ([`BLOCK_YEARS`]), as even as the blocks allow, for
/// `parts` workers. Never empty for `trials > 0`; fewer ranges when there
/// are fewer blocks than `parts`.
pub fn split_years(trials: u32, parts: usize) -> Vec<Range<usize>> {
    let n = trials as usize;
    let blocks = n.div_ceil(BLOCK_YEARS);
    let parts = parts.clamp(1, blocks.max(1));
    (0..parts)
        .map(|k| {
            let (a, b) = (blocks * k / parts, blocks * (k + 1) / parts);
            (a * BLOCK_YEARS).min(n)..(b * BLOCK_YEARS).min(n)
        })
        .filter(|r| !r.is_empty())
        .collect()
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

/// What a share of a run's years gives back ([`Simulation::part`]): the
/// raw annual losses of its years, to be put together with the other
/// shares' by [`merge_parts`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PartLosses {
    /// The years this share simulated (block-aligned, see [`split_years`]).
    pub years: Range<usize>,
    /// Per pass (inherent, then residual when the job has one): the
    /// portfolio's annual loss of each year of `years`, in year order.
    pub portfolio: Vec<Vec<f32>>,
    /// Per pass, per risk: the risk's positive annual losses in year order
    /// (empty with a single risk, whose losses are the portfolio's).
    pub risks: Vec<Vec<Vec<f32>>>,
}

/// The statistics, curve and tolerance probabilities of a pass.
type PassStats = (LossStats, Vec<CurvePoint>, Vec<f64>);

/// A run that advances in steps, so that a worker can report progress
/// between them. The numbers do not depend on the step sizes, nor on how
/// the years are shared between workers ([`BLOCK_YEARS`]).
pub struct Simulation {
    job: Job,
    compiled: Vec<(Compiled, Option<Compiled>)>,
    residual: bool,
    phase: Phase,
    risk: usize,
    /// The years this simulation covers (all of them for a whole run).
    years: Range<usize>,
    year: usize,
    next: Option<usize>,
    rng: Xoshiro256PlusPlus,
    portfolio: Vec<f32>,
    scratch: Vec<f32>,
    per_risk: Vec<(LossStats, LossStats)>,
    portfolio_stats: [PassStats; 2],
    /// A share of the years: the raw losses kept for [`merge_parts`].
    part: Option<PartLosses>,
    done: u64,
}

impl Simulation {
    /// Prepares a run (tables built, buffers allocated: 8 bytes a trial).
    pub fn new(job: Job) -> Simulation {
        let n = job.trials as usize;
        Simulation::over(job, 0..n, false)
    }

    /// Prepares a share of a run: the years `years` (block-aligned, from
    /// [`split_years`]), keeping the raw losses (4 bytes a year for the
    /// portfolio, and 4 bytes a year with a loss for each risk) for
    /// [`merge_parts`]. Run it with [`Simulation::step`], then take them
    /// with [`Simulation::into_part`].
    pub fn part(job: Job, years: Range<usize>) -> Simulation {
        let n = job.trials as usize;
        let years = years.start.min(n)..years.end.min(n);
        Simulation::over(job, years, true)
    }

    fn over(job: Job, years: Range<usize>, keep: bool) -> Simulation {
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
        let width = years.len();
        let residual = job.has_residual();
        let first = job.risks.first().map_or(RiskId(0), |r| r.0);
        let rng = block_stream(job.seed, first, years.start / BLOCK_YEARS);
        Simulation {
            compiled,
            residual,
            phase: Phase::Inherent,
            risk: 0,
            year: years.start,
            years,
            next: None,
            rng,
            portfolio: vec![0.0; width],
            scratch: Vec::with_capacity(if job.risks.len() > 1 { width } else { 0 }),
            per_risk: vec![Default::default(); job.risks.len()],
            portfolio_stats: Default::default(),
            part: keep.then(PartLosses::default),
            done: 0,
            job,
        }
    }

    /// Scenario-years in all.
    pub fn total(&self) -> u64 {
        let per_pass = self.job.risks.len() as u64 * self.years.len() as u64;
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
        let mut left = budget;
        while left > 0 && !self.finished() {
            let (inh, res) = &self.compiled[self.risk];
            let c = match (self.phase, res) {
                (Phase::Residual, Some(r)) => r,
                _ => inh,
            };
            // A block starts afresh from its own stream.
            if (self.year % BLOCK_YEARS == 0 || self.year == self.years.start)
                && self.year < self.years.end
            {
                let id = self.job.risks[self.risk].0;
                self.rng = block_stream(self.job.seed, id, self.year / BLOCK_YEARS);
                self.next = None;
            }
            let block_end = (self.year / BLOCK_YEARS + 1) * BLOCK_YEARS;
            let end = (self
                .year
                .saturating_add(left.min(usize::MAX as u64) as usize))
            .min(self.years.end)
            .min(block_end);
            let from = self.years.start;
            let (portfolio, scratch) = (&mut self.portfolio, &mut self.scratch);
            // With one risk, the risk's statistics are the portfolio's.
            let keep = self.job.risks.len() > 1;
            c.run(&mut self.rng, self.year, end, &mut self.next, |y, loss| {
                let loss = loss as f32;
                portfolio[y - from] += loss;
                if keep {
                    scratch.push(loss);
                }
            });
            left -= (end - self.year) as u64;
            self.done += (end - self.year) as u64;
            self.year = end;
            if self.year == self.years.end {
                self.end_risk();
            }
        }
        self.progress()
    }

    fn end_risk(&mut self) {
        let n = self.job.trials as usize;
        let single = self.job.risks.len() == 1;
        if let Some(part) = &mut self.part {
            let pass = usize::from(self.phase == Phase::Residual);
            if part.risks.len() <= pass {
                part.risks.push(Vec::new());
            }
            part.risks[pass].push(std::mem::take(&mut self.scratch));
        } else {
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
        }
        self.year = self.years.start;
        self.next = None;
        self.risk += 1;
        if self.risk < self.job.risks.len() {
            return;
        }
        // The pass is over: the portfolio's statistics and curve (or, for
        // a share, its raw losses).
        if let Some(part) = &mut self.part {
            part.portfolio.push(self.portfolio.clone());
        } else {
            let stats = pass_stats(&mut self.portfolio, n, &self.job);
            self.set_pass(stats);
        }
        if self.phase == Phase::Inherent && self.residual {
            self.phase = Phase::Residual;
            self.risk = 0;
            self.next = None;
            self.portfolio.iter_mut().for_each(|v| *v = 0.0);
        }
    }

    /// Stores a finished pass's portfolio statistics (and, with a single
    /// risk, that risk's).
    fn set_pass(&mut self, stats: PassStats) {
        let slot = if self.phase == Phase::Inherent { 0 } else { 1 };
        if self.job.risks.len() == 1 {
            match self.phase {
                Phase::Inherent => self.per_risk[0].0 = stats.0,
                Phase::Residual => self.per_risk[0].1 = stats.0,
            }
        }
        self.portfolio_stats[slot] = stats;
    }

    /// Runs to the end.
    pub fn run(mut self) -> QuantResults {
        while !self.finished() {
            self.step(u64::MAX);
        }
        self.results()
    }

    /// The raw losses of a share ([`Simulation::part`], once
    /// [`Simulation::finished`]); `None` for a whole run.
    pub fn into_part(mut self) -> Option<PartLosses> {
        let mut part = self.part.take()?;
        part.years = self.years.clone();
        Some(part)
    }

    /// The results (complete once [`Simulation::finished`]).
    pub fn results(self) -> QuantResults {
        let residual = self.residual;
        let [inh, res] = self.portfolio_stats;
        let res = if residual { res } else { inh.clone() };
        assemble(&self.job, residual, &self.per_risk, inh, res)
    }
}
