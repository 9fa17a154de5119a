//! Samplers: the tabulated PERT inverse CDF, uniform and Poisson draws, and
//! a value that is a constant or a PERT.

use rand_core::Rng;
use rand_distr::{Distribution, Poisson};

use super::math::{exp, ln, pert_shape};
use super::model::Estimate;

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

/// A uniform draw in [0, 1) with 53 random bits.
#[inline]
pub(super) fn uniform<R: Rng>(rng: &mut R) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Rates up to this use tables or inversion; above it, rand_distr's Poisson.
pub(super) const SMALL_RATE: f64 = 30.0;

/// A Poisson count for a rate that changes every year: sequential
/// inversion for small rates, rand_distr's sampler for large ones.
#[inline]
pub(super) fn poisson_varying<R: Rng>(rate: f64, rng: &mut R) -> u32 {
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
pub(super) fn poisson_at_least_one<R: Rng>(rate: f64, rng: &mut R) -> u32 {
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

/// A value that is a constant or drawn from a PERT.
#[derive(Clone, Debug)]
pub(super) enum Value {
    Const(f64),
    Pert(PertTable),
}

impl Value {
    pub(super) fn of<T: Into<f64> + Copy>(e: &Estimate<T>) -> Value {
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
    pub(super) fn sample<R: Rng>(&self, rng: &mut R) -> f64 {
        match self {
            Value::Const(v) => *v,
            Value::Pert(t) => t.quantile(uniform(rng)),
        }
    }
}
