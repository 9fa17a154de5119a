//! What to simulate: the [`Job`] (settings and the selected risks'
//! estimates), and a deterministic benchmark job.

use serde::{Deserialize, Serialize};

use super::model::{
    Amount, Currency, Estimate, Frequency, Magnitude, Probability, QuantEstimate, Rate, Scenario,
    SecondaryLoss, TolerancePoint,
};
use crate::model::RiskId;

/// Inherent or residual.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Before treatment.
    Inherent,
    /// After treatment.
    Residual,
}

/// What to simulate: the scenarios of the selected risks and the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The seed.
    pub seed: u64,
    /// Simulated years.
    pub trials: u32,
    /// The currency, for labels.
    pub currency: Currency,
    /// The tolerance curve.
    pub tolerance: Vec<TolerancePoint>,
    /// The selected risks: id, title and estimate.
    pub risks: Vec<(RiskId, String, QuantEstimate)>,
}

impl Job {
    /// True when some risk has a residual estimate that differs from its
    /// inherent one (otherwise the residual run is skipped: it would give
    /// the same numbers).
    pub fn has_residual(&self) -> bool {
        self.risks
            .iter()
            .any(|(_, _, q)| q.residual.is_some_and(|r| r != q.inherent))
    }
}

/// A deterministic benchmark job: `scenarios` risks × `trials` years. One
/// scenario is a loss event a year with losses of 10,000–1,000,000 nine
/// times in ten; more mix rates from 0.05 to 5 a year, 90 % ranges and
/// PERTs, three-point frequencies, the Open FAIR split and secondary losses.
pub fn bench_job(scenarios: usize, trials: u32) -> Job {
    let risks = (0..scenarios)
        .map(|i| {
            let id = RiskId(i as u32 + 1);
            let s = if scenarios == 1 {
                Scenario {
                    frequency: Frequency::Direct {
                        lef: Estimate::Fixed { value: Rate(1.0) },
                    },
                    primary: Magnitude::Range90 {
                        low: Amount(10_000.0),
                        high: Amount(1_000_000.0),
                    },
                    secondary: None,
                }
            } else {
                let t = i as f64 / (scenarios - 1).max(1) as f64;
                let rate = 0.05 * 100f64.powf(t);
                let low = 1_000.0 * 10f64.powf(2.0 * ((i * 7) % 10) as f64 / 10.0);
                let frequency = match i % 4 {
                    0 => Frequency::Direct {
                        lef: Estimate::ThreePoint {
                            min: Rate(rate / 2.0),
                            most_likely: Rate(rate),
                            max: Rate(rate * 3.0),
                        },
                    },
                    1 => Frequency::OpenFair {
                        tef: Estimate::Fixed {
                            value: Rate(rate * 4.0),
                        },
                        vulnerability: Estimate::Fixed {
                            value: Probability(0.25),
                        },
                    },
                    _ => Frequency::Direct {
                        lef: Estimate::Fixed { value: Rate(rate) },
                    },
                };
                let primary = if i % 3 == 2 {
                    Magnitude::ThreePoint {
                        min: Amount(low),
                        most_likely: Amount(low * 5.0),
                        max: Amount(low * 100.0),
                    }
                } else {
                    Magnitude::Range90 {
                        low: Amount(low),
                        high: Amount(low * 100.0),
                    }
                };
                let secondary = (i % 5 == 0).then_some(SecondaryLoss {
                    probability: Probability(0.2),
                    magnitude: Magnitude::Range90 {
                        low: Amount(low / 2.0),
                        high: Amount(low * 20.0),
                    },
                });
                Scenario {
                    frequency,
                    primary,
                    secondary,
                }
            };
            (
                id,
                format!("Benchmark scenario {}", i + 1),
                QuantEstimate {
                    inherent: s,
                    residual: None,
                },
            )
        })
        .collect();
    Job {
        seed: 2026,
        trials,
        currency: Currency::default(),
        tolerance: vec![TolerancePoint {
            loss: Amount(1_000_000.0),
            probability: Probability(0.05),
        }],
        risks,
    }
}
