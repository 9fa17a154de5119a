//! A pass's statistics, the results put together, and the shares of a run
//! split between workers merged back, bit for bit.

use super::{PartLosses, PassStats};
use crate::quant::job::Job;
use crate::quant::model::CURVE_POINTS;
use crate::quant::results::{
    exceedance, log_grid, summarize, LossStats, QuantResults, RiskResult, ToleranceCheck,
};

/// The statistics of a pass from its portfolio losses (all `n` years; the
/// buffer is reordered).
pub(super) fn pass_stats(portfolio: &mut [f32], n: usize, job: &Job) -> PassStats {
    let mut w = 0;
    for i in 0..portfolio.len() {
        let v = portfolio[i];
        if v > 0.0 {
            portfolio[w] = v;
            w += 1;
        }
    }
    let positive = &mut portfolio[..w];
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
    let tol_grid: Vec<f64> = job.tolerance.iter().map(|t| t.loss.0).collect();
    let tol = exceedance(positive, n, &tol_grid)
        .into_iter()
        .map(|p| p.probability)
        .collect();
    (summarize(positive, n), curve, tol)
}

/// The results of a run from its per-risk and per-pass statistics.
pub(super) fn assemble(
    job: &Job,
    residual: bool,
    per_risk: &[(LossStats, LossStats)],
    inh: PassStats,
    res: PassStats,
) -> QuantResults {
    let risks: Vec<RiskResult> = job
        .risks
        .iter()
        .zip(per_risk)
        .map(|((id, title, q), (i, r))| RiskResult {
            id: *id,
            title: title.clone(),
            inherent: *i,
            residual: if residual { *r } else { *i },
            expected_inherent: q.inherent.expected(),
            expected_residual: q.residual.unwrap_or(q.inherent).expected(),
        })
        .collect();
    let tolerance = job
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
        seed: job.seed,
        trials: job.trials,
        currency: job.currency.clone(),
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

/// Puts the shares of a run together ([`Simulation::part`] over the
/// ranges of [`split_years`], in any order): the same results, bit for
/// bit, as [`Simulation::run`] on the whole job. Fails, saying so, when the
/// shares do not cover the years `0..trials` exactly once or do not match
/// the job's risks and passes.
pub fn merge_parts(job: &Job, mut parts: Vec<PartLosses>) -> Result<QuantResults, String> {
    let n = job.trials as usize;
    let residual = job.has_residual();
    let passes = if residual { 2 } else { 1 };
    let single = job.risks.len() == 1;
    crate::sort::sort_by_key(&mut parts, |p| p.years.start);
    let mut at = 0;
    for p in &parts {
        let fits = p.years.start == at
            && p.portfolio.len() == passes
            && p.portfolio.iter().all(|v| v.len() == p.years.len())
            && p.risks.len() == passes
            && p.risks.iter().all(|r| r.len() == job.risks.len());
        if !fits {
            return Err(format!(
                "the simulation's shares do not fit together at year {at}; run it again"
            ));
        }
        at = p.years.end;
    }
    if at != n {
        return Err(format!(
            "the simulation's shares cover {at} of {n} years; run it again"
        ));
    }
    let mut per_risk = vec![(LossStats::default(), LossStats::default()); job.risks.len()];
    let mut stats: Vec<PassStats> = Vec::with_capacity(passes);
    for pass in 0..passes {
        if !single {
            for (r, slot) in per_risk.iter_mut().enumerate() {
                let mut losses: Vec<f32> = Vec::new();
                for p in &mut parts {
                    losses.append(&mut p.risks[pass][r]);
                }
                let s = summarize(&mut losses, n);
                if pass == 0 {
                    slot.0 = s;
                } else {
                    slot.1 = s;
                }
            }
        }
        let mut portfolio: Vec<f32> = Vec::with_capacity(n);
        for p in &mut parts {
            portfolio.append(&mut p.portfolio[pass]);
        }
        let s = pass_stats(&mut portfolio, n, job);
        if single {
            if pass == 0 {
                per_risk[0].0 = s.0;
            } else {
                per_risk[0].1 = s.0;
            }
        }
        stats.push(s);
    }
    let mut stats = stats.into_iter();
    let inh = stats.next().unwrap_or_default();
    let res = if residual {
        stats.next().unwrap_or_default()
    } else {
        inh.clone()
    };
    Ok(assemble(job, residual, &per_risk, inh, res))
}
