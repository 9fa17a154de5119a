//! A scenario compiled for sampling: the events of a year, the losses of an
//! event, and each risk's random stream.

use rand_core::{Rng, SeedableRng};
use rand_distr::{Distribution, Exp1, Poisson, StandardNormal};
use rand_xoshiro::Xoshiro256PlusPlus;

use super::math::{exp, ln, lognormal_from_range};
use super::model::{Estimate, Frequency, Magnitude, Scenario};
use super::sample::{poisson_at_least_one, poisson_varying, uniform, PertTable, Value, SMALL_RATE};
use crate::model::RiskId;

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

/// The generator of block `block` of a risk's years: the risk's
/// [`stream`] jumped ahead `block` times (2^128 draws each), so blocks
/// never overlap and any worker can start any block
/// ([`BLOCK_YEARS`](super::BLOCK_YEARS)).
pub fn block_stream(seed: u64, risk: RiskId, block: usize) -> Xoshiro256PlusPlus {
    let mut rng = stream(seed, risk);
    for _ in 0..block {
        rng.jump();
    }
    rng
}
