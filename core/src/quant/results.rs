//! Results: the statistics of a sample of annual losses (percentiles, tail
//! value at risk), the loss exceedance curve, and the results of a run.

use serde::{Deserialize, Serialize};

use super::expected::ExpectedLoss;
use super::math::{exp, ln};
use super::model::{Currency, TolerancePoint};
use crate::error::{Error, ErrorKind, Result};
use crate::model::RiskId;

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

impl LossStats {
    fn numbers(&self) -> [f64; 11] {
        [
            self.mean,
            self.sd,
            self.min,
            self.max,
            self.p10,
            self.p50,
            self.p90,
            self.p95,
            self.p99,
            self.tvar95,
            self.p_any,
        ]
    }
}

impl QuantResults {
    /// Checks that every number of the results is finite: the statistics,
    /// the expected losses, the curves and the tolerance checks. Within
    /// [`MAX_RATE`](super::MAX_RATE) and [`MAX_AMOUNT`](super::MAX_AMOUNT)
    /// they are; an error names the first that is not, and what to change.
    pub fn check_finite(&self) -> Result<()> {
        let bad = |path: String| {
            Err(Error::new(
                ErrorKind::Invalid,
                "the simulation gave a loss too large to count: narrow the loss ranges or lower the event rates, then run it again",
            )
            .at(path))
        };
        for (name, s) in [
            ("portfolio_inherent", &self.portfolio_inherent),
            ("portfolio_residual", &self.portfolio_residual),
        ] {
            if !s.numbers().iter().all(|v| v.is_finite()) {
                return bad(name.into());
            }
        }
        if !self.expected_inherent.is_finite() || !self.expected_residual.is_finite() {
            return bad("expected".into());
        }
        for (i, r) in self.risks.iter().enumerate() {
            let expected = [
                r.expected_inherent.events_per_year,
                r.expected_inherent.loss_per_event,
                r.expected_inherent.annual,
                r.expected_residual.events_per_year,
                r.expected_residual.loss_per_event,
                r.expected_residual.annual,
            ];
            let all = r
                .inherent
                .numbers()
                .into_iter()
                .chain(r.residual.numbers())
                .chain(expected);
            if !all.into_iter().all(f64::is_finite) {
                return bad(format!("risks[{i}]"));
            }
        }
        for (name, curve) in [
            ("curve_inherent", &self.curve_inherent),
            ("curve_residual", &self.curve_residual),
        ] {
            if let Some(i) = curve
                .iter()
                .position(|p| !p.loss.is_finite() || !p.probability.is_finite())
            {
                return bad(format!("{name}[{i}]"));
            }
        }
        if let Some(i) = self
            .tolerance
            .iter()
            .position(|t| !t.inherent.is_finite() || !t.residual.is_finite())
        {
            return bad(format!("tolerance[{i}]"));
        }
        Ok(())
    }
}
