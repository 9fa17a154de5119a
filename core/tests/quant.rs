//! Quantitative risk: the Monte Carlo against analytic results, the PERT
//! table against the Beta CDF, percentiles and the curve, validation,
//! reproducibility and the file format.
#![cfg(not(target_arch = "wasm32"))]
// Tests and benches may sort with std (clippy.toml: the app and the core use annexa_core::sort).
#![allow(clippy::disallowed_methods)]

use annexa_core::quant::{
    bench_job, beta_cdf, block_stream, exceedance, log_grid, lognormal_from_range, merge_parts,
    pert_shape, simulate, split_years, stream, summarize, Amount, Compiled, Estimate, Frequency,
    Job, Magnitude, PertTable, Probability, QuantEstimate, QuantSettings, Rate, Scenario,
    SecondaryLoss, Simulation, TolerancePoint, BLOCK_YEARS, PERT_TABLE_SIZE,
};
use annexa_core::{self as domain, Assessment, RiskId};

/// Four simulated years of `scenario(3.0, 1_000.0, 10_000.0)` from
/// `stream(2026, R-01)`, rounded: tests/browser.rs checks the same numbers
/// in WebAssembly.
const PINNED: [f64; 4] = [10400.0, 4782.0, 9454.0, 5185.0];

mod support {
    pub mod quant;
}
use support::quant::scenario;

fn with_quant(estimates: &[(usize, QuantEstimate)], trials: u32) -> Assessment {
    let mut a = domain::example();
    for (i, q) in estimates {
        a.risks[*i].quant = Some(*q);
    }
    a.quant_settings.trials = trials;
    a.quant_settings.seed = 2026;
    a
}

fn only(s: Scenario) -> QuantEstimate {
    QuantEstimate {
        inherent: s,
        residual: None,
    }
}

/// Compound Poisson–lognormal: mean λ·e^(μ+σ²/2), variance λ·e^(2μ+2σ²).
#[test]
fn compound_poisson_lognormal_matches_the_analytic_mean_and_variance() {
    // (rate, low, high): rare and frequent, narrow and wide.
    let cases = [
        (0.1, 10_000.0, 1_000_000.0),
        (0.5, 50_000.0, 500_000.0),
        (3.0, 1_000.0, 20_000.0),
        (12.0, 500.0, 5_000.0),
        (45.0, 100.0, 1_000.0), // above the table: rand_distr's Poisson
    ];
    let n = 1_000_000u32;
    for (rate, low, high) in cases {
        let a = with_quant(&[(0, only(scenario(rate, low, high)))], n);
        let r = simulate(&a, &[], None).expect("valid");
        let s = r.risks[0].inherent;
        let (mu, sigma) = lognormal_from_range(low, high);
        let mean = rate * (mu + sigma * sigma / 2.0).exp();
        let var = rate * (2.0 * mu + 2.0 * sigma * sigma).exp();
        let se = (var / f64::from(n)).sqrt();
        assert!(
            (s.mean - mean).abs() < 4.0 * se,
            "rate {rate}, {low}–{high}: mean {} vs {mean} (se {se})",
            s.mean
        );
        // The sample variance of a heavy tail converges slowly: its standard
        // error is √((κ4 + 2σ⁴)/n), with κ4 = λ·e^(4μ+8σ²).
        let sample_var = s.sd * s.sd;
        let k4 = rate * (4.0 * mu + 8.0 * sigma * sigma).exp();
        let se_var = ((k4 + 2.0 * var * var) / f64::from(n)).sqrt();
        assert!(
            (sample_var - var).abs() < 4.0 * se_var,
            "rate {rate}, {low}–{high}: variance {sample_var} vs {var} (se {se_var})"
        );
        // P(any loss) = 1 − e^−λ.
        let p_any = 1.0 - (-rate).exp();
        assert!(
            (s.p_any - p_any).abs() < 0.002,
            "p_any {} vs {p_any}",
            s.p_any
        );
        // The portfolio of one risk is that risk; the expected-loss view is analytic.
        assert_eq!(r.portfolio_inherent, s);
        assert!((r.expected_inherent - mean).abs() < 1e-6 * mean);
    }
}

#[test]
fn open_fair_split_thins_the_threat_events() {
    // TEF 4 × vulnerability 0.25 gives the same loss events as LEF 1.
    let lef = scenario(1.0, 1_000.0, 100_000.0);
    let split = Scenario {
        frequency: Frequency::OpenFair {
            tef: Estimate::Fixed { value: Rate(4.0) },
            vulnerability: Estimate::Fixed {
                value: Probability(0.25),
            },
        },
        ..lef
    };
    let n = 400_000;
    let a = with_quant(&[(0, only(lef)), (1, only(split))], n);
    let r = simulate(&a, &[], None).expect("valid");
    let (x, y) = (r.risks[0].inherent, r.risks[1].inherent);
    assert!(
        (x.p_any - y.p_any).abs() < 0.005,
        "{} vs {}",
        x.p_any,
        y.p_any
    );
    assert!(
        (x.mean / y.mean - 1.0).abs() < 0.03,
        "{} vs {}",
        x.mean,
        y.mean
    );
}

#[test]
fn three_point_frequency_and_secondary_losses_have_the_right_mean() {
    let s = Scenario {
        frequency: Frequency::OpenFair {
            tef: Estimate::ThreePoint {
                min: Rate(1.0),
                most_likely: Rate(3.0),
                max: Rate(11.0),
            },
            vulnerability: Estimate::ThreePoint {
                min: Probability(0.1),
                most_likely: Probability(0.2),
                max: Probability(0.6),
            },
        },
        primary: Magnitude::ThreePoint {
            min: Amount(1_000.0),
            most_likely: Amount(10_000.0),
            max: Amount(100_000.0),
        },
        secondary: Some(SecondaryLoss {
            probability: Probability(0.3),
            magnitude: Magnitude::Range90 {
                low: Amount(5_000.0),
                high: Amount(50_000.0),
            },
        }),
    };
    let a = with_quant(&[(2, only(s))], 1_000_000);
    let r = simulate(&a, &[], None).expect("valid");
    let expected = s.expected();
    // (1 + 12 + 11)/6 = 4 threat events × (0.1 + 0.8 + 0.6)/6 = 0.25.
    assert!((expected.events_per_year - 1.0).abs() < 1e-12);
    let got = r.risks[0].inherent.mean;
    assert!(
        (got / expected.annual - 1.0).abs() < 0.01,
        "simulated {got} vs expected {}",
        expected.annual
    );
}

/// E[e^−cΛ] for Λ ~ PERT(min, mode, max), by the Beta CDF on a fine grid
/// (independent of the tables the simulation uses).
fn mean_no_event(min: f64, mode: f64, max: f64, c: f64) -> f64 {
    let (a, b) = pert_shape(min, mode, max);
    let steps = 20_000;
    (0..steps)
        .map(|i| {
            let (x0, x1) = (i as f64 / steps as f64, (i + 1) as f64 / steps as f64);
            let lambda = min + (x0 + x1) / 2.0 * (max - min);
            (-c * lambda).exp() * (beta_cdf(a, b, x1) - beta_cdf(a, b, x0))
        })
        .sum()
}

#[test]
fn a_pert_rate_skips_empty_years_without_bias() {
    // A three-point LEF; a three-point TEF × fixed vulnerability; a fixed
    // TEF × three-point vulnerability: the rate is a constant × one PERT,
    // simulated year-with-events by year-with-events.
    let pert = |min: f64, ml: f64, max: f64| Estimate::ThreePoint {
        min: Rate(min),
        most_likely: Rate(ml),
        max: Rate(max),
    };
    let prob = |min: f64, ml: f64, max: f64| Estimate::ThreePoint {
        min: Probability(min),
        most_likely: Probability(ml),
        max: Probability(max),
    };
    let cases = [
        (
            Frequency::Direct {
                lef: pert(0.02, 0.1, 0.9),
            },
            (0.02, 0.1, 0.9, 1.0),
        ),
        (
            Frequency::OpenFair {
                tef: pert(1.0, 4.0, 20.0),
                vulnerability: Estimate::Fixed {
                    value: Probability(0.1),
                },
            },
            (1.0, 4.0, 20.0, 0.1),
        ),
        (
            Frequency::OpenFair {
                tef: Estimate::Fixed { value: Rate(6.0) },
                vulnerability: prob(0.05, 0.1, 0.5),
            },
            (0.05, 0.1, 0.5, 6.0),
        ),
    ];
    let n = 1_000_000;
    for (frequency, (min, ml, max, c)) in cases {
        let s = Scenario {
            frequency,
            ..scenario(1.0, 1_000.0, 30_000.0)
        };
        let a = with_quant(&[(0, only(s))], n);
        let r = simulate(&a, &[], None).expect("valid");
        let got = r.risks[0].inherent;
        let p_any = 1.0 - mean_no_event(min, ml, max, c);
        let se_p = (p_any * (1.0 - p_any) / f64::from(n)).sqrt();
        assert!(
            (got.p_any - p_any).abs() < 4.0 * se_p + 1e-4,
            "{frequency:?}: P(any) {} vs {p_any}",
            got.p_any
        );
        let want = s.expected().annual;
        assert!(
            (got.mean / want - 1.0).abs() < 0.02,
            "{frequency:?}: mean {} vs {want}",
            got.mean
        );
    }
}

#[test]
fn beta_cdf_matches_closed_forms() {
    // Beta(1, b): 1 − (1 − x)^b; Beta(a, 1): x^a; Beta(2, 2): 3x² − 2x³.
    for x in [0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99] {
        let cases = [
            (1.0, 5.0, 1.0 - (1.0f64 - x).powi(5)),
            (5.0, 1.0, x.powi(5)),
            (2.0, 2.0, 3.0 * x * x - 2.0 * x * x * x),
            (3.0, 3.0, x.powi(3) * (10.0 - 15.0 * x + 6.0 * x * x)),
        ];
        for (a, b, want) in cases {
            let got = beta_cdf(a, b, x);
            assert!(
                (got - want).abs() < 1e-12,
                "I_{x}({a}, {b}) = {got}, want {want}"
            );
        }
    }
}

#[test]
fn pert_table_inverts_the_beta_cdf() {
    // (min, mode, max): symmetric, skewed both ways, mode at either end.
    let cases = [
        (0.0, 5.0, 10.0),
        (1.0, 2.0, 20.0),
        (0.0, 90.0, 100.0),
        (10.0, 10.0, 50.0),
        (10.0, 50.0, 50.0),
        (0.001, 0.01, 0.5),
    ];
    for (min, mode, max) in cases {
        let t = PertTable::new(min, mode, max);
        let (a, b) = pert_shape(min, mode, max);
        let mut worst = 0.0f64;
        for i in 0..=10_000 {
            let p = f64::from(i) / 10_000.0 * 0.999_999;
            let x = t.quantile(p);
            assert!((min..=max).contains(&x), "{x} outside {min}–{max}");
            let err = (beta_cdf(a, b, (x - min) / (max - min)) - p).abs();
            worst = worst.max(err);
        }
        // Linear interpolation between 2,049 nodes: the error is below one
        // table step at the ends and far smaller inside.
        assert!(
            worst < 1.0 / PERT_TABLE_SIZE as f64,
            "PERT({min}, {mode}, {max}): worst CDF error {worst}"
        );
        // Monotone.
        let mut prev = f64::NEG_INFINITY;
        for i in 0..1000 {
            let q = t.quantile(f64::from(i) / 1000.0);
            assert!(q >= prev);
            prev = q;
        }
    }
}

/// The nearest-rank statistics by sorting everything: the reference.
fn by_sorting(losses: &[f32], n: usize) -> ([f64; 5], f64) {
    let mut all: Vec<f32> = losses.to_vec();
    all.resize(n, 0.0);
    all.sort_by(f32::total_cmp);
    let rank = |p: f64| ((p * n as f64).ceil() as usize).clamp(1, n) - 1;
    let values = [0.10, 0.50, 0.90, 0.95, 0.99].map(|p| f64::from(all[rank(p)]));
    let r95 = rank(0.95);
    let tail_n = n - r95 - 1;
    let tvar = if tail_n == 0 {
        values[3]
    } else {
        all[r95 + 1..].iter().map(|&v| f64::from(v)).sum::<f64>() / tail_n as f64
    };
    (values, tvar)
}

#[test]
fn percentiles_equal_a_full_sort_on_every_shape_of_sample() {
    let c = Compiled::new(&scenario(2.0, 100.0, 1_000_000.0));
    let mut rng = stream(11, RiskId(5));
    let lognormal: Vec<f32> = c
        .sample_years(&mut rng, 20_000)
        .into_iter()
        .filter(|&l| l > 0.0)
        .map(|l| l as f32)
        .collect();
    let samples: Vec<(&str, Vec<f32>, usize)> = vec![
        ("lognormal, no zeros", lognormal.clone(), lognormal.len()),
        (
            "lognormal with zeros",
            lognormal.clone(),
            lognormal.len() * 3,
        ),
        ("one value repeated", vec![1234.5; 5000], 5000),
        (
            "two values",
            (0..4000)
                .map(|i| if i % 3 == 0 { 7.0 } else { 7.25 })
                .collect(),
            4100,
        ),
        (
            "tiny and huge",
            (1..3000).map(|i| (i as f32).powi(9) * 1e-30).collect(),
            3100,
        ),
        ("one loss", vec![42.0], 1),
        ("one loss among zeros", vec![42.0], 1000),
        ("no losses", vec![], 10),
    ];
    for (what, mut losses, n) in samples {
        let (want, want_tvar) = by_sorting(&losses, n);
        let s = summarize(&mut losses, n);
        assert_eq!([s.p10, s.p50, s.p90, s.p95, s.p99], want, "{what}");
        assert!(
            (s.tvar95 - want_tvar).abs() <= 1e-9 * want_tvar.abs().max(1.0),
            "{what}: tvar95 {} want {want_tvar}",
            s.tvar95
        );
    }
}

#[test]
fn percentiles_are_ordered_and_nearest_rank() {
    // 1..=100 with 900 zeros: n = 1000.
    let mut values: Vec<f32> = (1..=100).rev().map(|v| v as f32).collect();
    let s = summarize(&mut values, 1000);
    assert_eq!(s.min, 0.0);
    assert_eq!(s.max, 100.0);
    assert_eq!(s.p10, 0.0);
    assert_eq!(s.p50, 0.0);
    assert_eq!(s.p90, 0.0, "rank 900 is the last zero");
    assert_eq!(s.p95, 50.0, "rank 950 is the 50th positive");
    assert_eq!(s.p99, 90.0);
    // The worst 50 years: 51..=100.
    assert!((s.tvar95 - 75.5).abs() < 1e-9, "{}", s.tvar95);
    assert!((s.mean - 5.05).abs() < 1e-9);
    assert!((s.p_any - 0.1).abs() < 1e-12);

    let a = with_quant(
        &[
            (0, only(scenario(0.7, 10_000.0, 900_000.0))),
            (1, only(scenario(4.0, 100.0, 9_000.0))),
        ],
        200_000,
    );
    let r = simulate(&a, &[], None).expect("valid");
    for s in r
        .risks
        .iter()
        .map(|x| x.inherent)
        .chain([r.portfolio_inherent])
    {
        let order = [s.min, s.p10, s.p50, s.p90, s.p95, s.p99, s.max];
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        assert!(s.tvar95 >= s.p95 && s.tvar95 <= s.max);
    }
}

#[test]
fn the_curve_falls_and_matches_the_percentiles() {
    let a = with_quant(
        &[
            (0, only(scenario(0.7, 10_000.0, 900_000.0))),
            (1, only(scenario(4.0, 100.0, 9_000.0))),
        ],
        200_000,
    );
    let r = simulate(&a, &[], None).expect("valid");
    let c = &r.curve_inherent;
    assert_eq!(c.len(), 200);
    assert!(c.windows(2).all(|w| w[0].loss < w[1].loss));
    assert!(c.windows(2).all(|w| w[0].probability >= w[1].probability));
    assert!(c[0].probability <= r.portfolio_inherent.p_any);
    assert_eq!(c[199].probability, 0.0, "nothing exceeds the maximum");
    // Log-spaced: constant ratio.
    let ratio = c[1].loss / c[0].loss;
    assert!((c[150].loss / c[149].loss / ratio - 1.0).abs() < 1e-9);
    // P(L > P90) ≤ 10 % < P(L > just below P90).
    let p90 = r.portfolio_inherent.p90;
    let at = exceedance(&[p90 as f32], 1, &[p90 * 0.999, p90]);
    assert_eq!((at[0].probability, at[1].probability), (1.0, 0.0));

    // Exact counts on a hand-made sample.
    let losses = [1.0f32, 10.0, 100.0, 1000.0];
    let grid = log_grid(1.0, 1000.0, 4);
    let e = exceedance(&losses, 8, &grid);
    let probs: Vec<f64> = e.iter().map(|p| p.probability).collect();
    assert_eq!(probs, vec![3.0 / 8.0, 2.0 / 8.0, 1.0 / 8.0, 0.0]);
}

#[test]
fn residual_run_and_tolerance() {
    let q = QuantEstimate {
        inherent: scenario(1.0, 10_000.0, 1_000_000.0),
        residual: Some(scenario(0.2, 10_000.0, 500_000.0)),
    };
    let mut a = with_quant(
        &[(0, q), (1, only(scenario(0.3, 1_000.0, 50_000.0)))],
        100_000,
    );
    a.quant_settings.tolerance = vec![
        TolerancePoint {
            loss: Amount(100_000.0),
            probability: Probability(0.2),
        },
        TolerancePoint {
            loss: Amount(1_000_000.0),
            probability: Probability(0.01),
        },
    ];
    let r = simulate(&a, &[], None).expect("valid");
    assert!(r.portfolio_residual.mean < r.portfolio_inherent.mean);
    assert_eq!(r.risks[1].inherent, r.risks[1].residual, "untreated risk");
    assert_eq!(r.tolerance.len(), 2);
    assert!(r.tolerance[0].inherent > r.tolerance[0].residual);
    // The tolerance check agrees with the curve's counts.
    let near = r
        .curve_residual
        .iter()
        .rfind(|c| c.loss <= 100_000.0)
        .expect("a point below 100k");
    assert!(near.probability >= r.tolerance[0].residual);
    // Selecting one risk leaves its numbers unchanged (its own stream).
    let one = simulate(&a, &[RiskId(1)], None).expect("valid");
    assert_eq!(one.risks.len(), 1);
    assert_eq!(one.risks[0].inherent, r.risks[0].inherent);
}

#[test]
fn same_seed_same_numbers_and_steps_do_not_matter() {
    let a = with_quant(
        &[
            (0, only(scenario(0.5, 10_000.0, 400_000.0))),
            (3, only(scenario(2.0, 500.0, 20_000.0))),
        ],
        50_000,
    );
    let one = simulate(&a, &[], None).expect("valid");
    let two = simulate(&a, &[], None).expect("valid");
    assert_eq!(one, two);
    let mut sim = Simulation::new(Job::from_assessment(&a, &[], None).expect("valid"));
    assert_eq!(sim.working_bytes(), 8 * 50_000, "8 bytes a trial");
    while !sim.finished() {
        sim.step(7_919);
    }
    assert_eq!(sim.results(), one);
    let mut b = a.clone();
    b.quant_settings.seed += 1;
    assert_ne!(simulate(&b, &[], None).expect("valid"), one);
    // A pinned value: the same on every platform (WASM included).
    let c = Compiled::new(&scenario(3.0, 1_000.0, 10_000.0));
    let mut rng = stream(2026, RiskId(1));
    let years: Vec<f64> = c
        .sample_years(&mut rng, 4)
        .iter()
        .map(|v| v.round())
        .collect();
    assert_eq!(years, PINNED, "the pinned draws changed");
}

#[test]
fn invalid_estimates_are_named_by_path() {
    type Break = fn(&mut QuantEstimate);
    let cases: [(Break, &str, &str); 9] = [
        (
            |q| {
                q.inherent.frequency = Frequency::Direct {
                    lef: Estimate::ThreePoint {
                        min: Rate(3.0),
                        most_likely: Rate(2.0),
                        max: Rate(5.0),
                    },
                }
            },
            "assessment.risks[0].quant.inherent.frequency.lef.min",
            "min ≤ most likely ≤ max",
        ),
        (
            |q| {
                q.inherent.frequency = Frequency::Direct {
                    lef: Estimate::ThreePoint {
                        min: Rate(1.0),
                        most_likely: Rate(6.0),
                        max: Rate(5.0),
                    },
                }
            },
            "assessment.risks[0].quant.inherent.frequency.lef.max",
            "below the most likely value",
        ),
        (
            |q| {
                q.inherent.frequency = Frequency::Direct {
                    lef: Estimate::Fixed { value: Rate(-1.0) },
                }
            },
            "assessment.risks[0].quant.inherent.frequency.lef.value",
            "must not be negative",
        ),
        (
            |q| {
                q.inherent.primary = Magnitude::Range90 {
                    low: Amount(0.0),
                    high: Amount(10.0),
                }
            },
            "assessment.risks[0].quant.inherent.primary.low",
            "must be a positive amount",
        ),
        (
            |q| {
                q.inherent.primary = Magnitude::Range90 {
                    low: Amount(100.0),
                    high: Amount(100.0),
                }
            },
            "assessment.risks[0].quant.inherent.primary.high",
            "low < high",
        ),
        (
            |q| {
                q.inherent.frequency = Frequency::OpenFair {
                    tef: Estimate::Fixed { value: Rate(2.0) },
                    vulnerability: Estimate::Fixed {
                        value: Probability(1.5),
                    },
                }
            },
            "assessment.risks[0].quant.inherent.frequency.vulnerability.value",
            "probability from 0 to 1",
        ),
        (
            |q| {
                q.inherent.secondary = Some(SecondaryLoss {
                    probability: Probability(-0.1),
                    magnitude: Magnitude::Range90 {
                        low: Amount(1.0),
                        high: Amount(2.0),
                    },
                })
            },
            "assessment.risks[0].quant.inherent.secondary.probability",
            "SLEF",
        ),
        (
            |q| {
                q.residual = Some(Scenario {
                    primary: Magnitude::ThreePoint {
                        min: Amount(5.0),
                        most_likely: Amount(1.0),
                        max: Amount(9.0),
                    },
                    ..q.inherent
                })
            },
            "assessment.risks[0].quant.residual.primary.min",
            "above the most likely value",
        ),
        (
            |q| {
                q.inherent.primary = Magnitude::Range90 {
                    low: Amount(f64::NAN),
                    high: Amount(10.0),
                }
            },
            "assessment.risks[0].quant.inherent.primary.low",
            "positive amount",
        ),
    ];
    for (break_it, path, needle) in cases {
        let mut q = only(scenario(1.0, 10.0, 100.0));
        break_it(&mut q);
        let mut a = domain::example();
        a.risks[0].quant = Some(q);
        let e = domain::validate(&a, "assessment").expect_err(path);
        assert_eq!(e.path.as_deref(), Some(path), "{e}");
        assert!(e.message.contains(needle), "{path}: {}", e.message);
        // The run refuses it too, with the same place.
        let run = simulate(&a, &[], None).expect_err("invalid");
        assert!(run.to_string().contains(needle), "{run}");
    }
}

#[test]
fn invalid_settings_are_named_by_path() {
    type Break = fn(&mut QuantSettings);
    let cases: [(Break, &str, &str); 5] = [
        (|s| s.trials = 10, "quant_settings.trials", "use 1000 to"),
        (
            |s| s.currency = domain::Currency("euro".into()),
            "quant_settings.currency",
            "three capital letters",
        ),
        (
            |s| {
                s.tolerance = vec![
                    TolerancePoint {
                        loss: Amount(1e6),
                        probability: Probability(0.1),
                    },
                    TolerancePoint {
                        loss: Amount(1e5),
                        probability: Probability(0.05),
                    },
                ]
            },
            "quant_settings.tolerance[1].loss",
            "must increase",
        ),
        (
            |s| {
                s.tolerance = vec![
                    TolerancePoint {
                        loss: Amount(1e5),
                        probability: Probability(0.1),
                    },
                    TolerancePoint {
                        loss: Amount(1e6),
                        probability: Probability(0.5),
                    },
                ]
            },
            "quant_settings.tolerance[1].probability",
            "cannot be more tolerable",
        ),
        (
            |s| {
                s.tolerance = vec![TolerancePoint {
                    loss: Amount(1e5),
                    probability: Probability(0.0),
                }]
            },
            "quant_settings.tolerance[0].probability",
            "above 0",
        ),
    ];
    for (break_it, path, needle) in cases {
        let mut a = domain::example();
        break_it(&mut a.quant_settings);
        let e = domain::validate(&a, "").expect_err(path);
        assert_eq!(e.path.as_deref(), Some(path), "{e}");
        assert!(e.message.contains(needle), "{path}: {}", e.message);
    }
}

#[test]
fn no_quantified_risk_is_a_clear_error() {
    let e = simulate(&domain::example(), &[], None).expect_err("nothing to run");
    assert!(e.to_string().contains("Quantify"), "{e}");
}

#[test]
fn old_files_load_and_estimates_round_trip() {
    // An export without the new fields loads with the defaults, and a file
    // without estimates is written as before (no `quant` keys).
    let plain = domain::export(&domain::example(), domain::Timestamp(0));
    assert!(!plain.contains("quant"));
    let back = domain::import(plain.as_bytes()).expect("loads");
    assert_eq!(back.assessment.quant_settings, QuantSettings::default());
    assert!(back.assessment.risks.iter().all(|r| r.quant.is_none()));

    let mut a = with_quant(
        &[(
            1,
            QuantEstimate {
                inherent: scenario(0.5, 1_000.0, 90_000.0),
                residual: Some(scenario(0.1, 1_000.0, 90_000.0)),
            },
        )],
        20_000,
    );
    a.quant_settings.tolerance = vec![TolerancePoint {
        loss: Amount(50_000.0),
        probability: Probability(0.1),
    }];
    let text = domain::export(&a, domain::Timestamp(0));
    let again = domain::import(text.as_bytes()).expect("round trip");
    assert_eq!(again.assessment, a);
    let schema = domain::json_schema();
    for name in ["quant_settings", "QuantEstimate", "range90", "open_fair"] {
        assert!(schema.contains(name), "schema lacks {name}");
    }
}

#[test]
fn exp_and_ln_match_the_platform_within_an_ulp() {
    use annexa_core::quant::{exp, ln};
    // Normal results (below e^−708 they are subnormal and lose precision).
    let mut x = -708.0;
    while x < 709.0 {
        let (a, b) = (exp(x), x.exp());
        assert!(
            ((a - b) / b).abs() <= 2.0 * f64::EPSILON,
            "exp({x}) = {a}, want {b}"
        );
        x += 0.0137;
    }
    for v in [
        1e-300, 1e-10, 0.001, 0.5, 0.999_999, 1.0, 1.000_001, 2.0, 10.0, 12_345.678, 1e300,
    ] {
        let (a, b) = (ln(v), v.ln());
        assert!(
            (a - b).abs() <= 2.0 * f64::EPSILON * b.abs().max(1.0),
            "ln({v}) = {a}, want {b}"
        );
    }
    assert_eq!(exp(0.0), 1.0);
    assert_eq!(ln(1.0), 0.0);
    assert!(ln(5e-324).is_finite());
}

#[test]
fn exceedance_counts_exactly_on_any_grid() {
    // Lognormal-ish losses; wide, narrow and uneven grids; losses on the
    // grid points themselves.
    let c = Compiled::new(&scenario(2.0, 100.0, 1_000_000.0));
    let mut rng = stream(7, RiskId(3));
    let mut losses: Vec<f32> = c
        .sample_years(&mut rng, 50_000)
        .into_iter()
        .map(|v| v as f32)
        .filter(|v| *v > 0.0)
        .collect();
    let grids = [
        log_grid(10.0, 1e7, 200),
        log_grid(5_000.0, 6_000.0, 200),
        log_grid(1.0, 1e9, 5),
        vec![50.0, 51.0, 1e4, 2e6],
    ];
    losses.extend(grids[0].iter().map(|&g| g as f32));
    for grid in grids {
        let n = losses.len() + 1000;
        let got = exceedance(&losses, n, &grid);
        for (p, &x) in got.iter().zip(&grid) {
            let want = losses.iter().filter(|&&v| v > x as f32).count() as f64 / n as f64;
            assert_eq!(p.probability, want, "P(L > {x})");
        }
    }
}

/// Runs each range of `split_years(trials, workers)` as its own share (in
/// reverse order, in odd steps), then merges them.
fn in_shares(job: &Job, workers: usize) -> annexa_core::quant::QuantResults {
    let ranges = split_years(job.trials, workers);
    let parts = ranges
        .into_iter()
        .rev()
        .map(|years| {
            let mut s = Simulation::part(job.clone(), years);
            while !s.finished() {
                s.step(10_007);
            }
            s.into_part().expect("a share keeps its losses")
        })
        .collect();
    merge_parts(job, parts).expect("the shares fit together")
}

#[test]
fn one_to_four_workers_give_bit_identical_results() {
    // Five mixed risks, one treated (a residual pass), over three blocks
    // and a bit, so that each split cuts at a different block.
    let trials = (3 * BLOCK_YEARS + 1_000) as u32;
    let mut job = bench_job(5, trials);
    job.risks[2].2.residual = Some(scenario(0.2, 1_000.0, 50_000.0));
    assert!(job.has_residual());
    let whole = Simulation::new(job.clone()).run();
    for workers in 1..=4 {
        assert_eq!(split_years(trials, workers).len(), workers);
        let merged = in_shares(&job, workers);
        // Debug prints every f64 so that it reads back to the same bits.
        assert_eq!(
            format!("{merged:?}"),
            format!("{whole:?}"),
            "{workers} workers"
        );
    }
    // One risk: its statistics are the portfolio's.
    let one = bench_job(1, (2 * BLOCK_YEARS + 17) as u32);
    let whole = Simulation::new(one.clone()).run();
    assert!(whole.portfolio_inherent.p_any > 0.5);
    for workers in 1..=4 {
        assert_eq!(
            format!("{:?}", in_shares(&one, workers)),
            format!("{whole:?}")
        );
    }
}

#[test]
fn blocks_draw_from_distinct_streams_and_shares_must_cover_the_years() {
    use rand_core::Rng;
    // Block 0 is the plain stream (runs up to BLOCK_YEARS are unchanged);
    // later blocks are jumped ahead, not copies of it.
    let (mut a, mut b) = (stream(7, RiskId(3)), block_stream(7, RiskId(3), 0));
    assert_eq!(a.next_u64(), b.next_u64());
    let mut c = block_stream(7, RiskId(3), 1);
    assert_ne!(stream(7, RiskId(3)).next_u64(), c.next_u64());
    let ranges = split_years((2 * BLOCK_YEARS + 5) as u32, 8);
    assert_eq!(ranges.len(), 3, "no more shares than blocks");
    assert!(ranges.iter().all(|r| r.start % BLOCK_YEARS == 0));
    // A missing share is refused, not merged into wrong numbers.
    let job = bench_job(2, (2 * BLOCK_YEARS) as u32);
    let years = split_years(job.trials, 2).remove(0);
    let mut s = Simulation::part(job.clone(), years);
    while !s.finished() {
        s.step(u64::MAX);
    }
    let part = s.into_part().expect("a share");
    let e = merge_parts(&job, vec![part]).expect_err("half the years");
    assert!(e.contains("cover"), "{e}");
}
