//! The simulation loop: a [`Simulation`] advances year by year through the
//! inherent and residual passes, in steps a worker can report between.

use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use super::compiled::{stream, Compiled};
use super::job::{Job, Phase};
use super::model::CURVE_POINTS;
use super::results::{
    exceedance, log_grid, summarize, CurvePoint, LossStats, QuantResults, RiskResult,
    ToleranceCheck,
};
use crate::model::RiskId;

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
