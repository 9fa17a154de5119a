//! What to simulate: the [`Job`] (settings and the selected risks'
//! estimates), and a deterministic benchmark job.

use serde::{Deserialize, Serialize};

use super::model::{
    Amount, Currency, Estimate, Frequency, Magnitude, Probability, QuantEstimate, Rate, Scenario,
    SecondaryLoss, TolerancePoint, DRAWS_PER_SECOND, MAX_EVENTS,
};
use crate::error::{Error, ErrorKind, Result};
use crate::model::RiskId;

/// What a run will cost, estimated before it starts ([`Job::estimate`]), so
/// that the CLI and the app can refuse it or warn.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunEstimate {
    /// Scenario-years: risks × simulated years (× 2 with a residual run).
    pub scenario_years: u64,
    /// The mean number of loss events drawn in all (primary and secondary).
    pub events: f64,
    /// Roughly how long the run takes natively, in seconds, at
    /// [`DRAWS_PER_SECOND`]; a browser takes about twice as long.
    pub seconds: f64,
}

impl RunEstimate {
    /// The estimate as the Quantify page shows it before a run (text
    /// layer: `quant-run-estimate`): the browser's seconds (twice
    /// [`seconds`](Self::seconds)), rounded up to a whole second, the
    /// scenario-years, the loss events and [`DRAWS_PER_SECOND`].
    pub fn message(&self) -> String {
        use crate::text::{msg, text_with, Arg};
        let seconds = (self.seconds * 2.0).ceil().max(1.0);
        text_with(
            msg::QUANT_RUN_ESTIMATE,
            &[
                ("seconds", Arg::Number(seconds)),
                ("years", Arg::Number(self.scenario_years as f64)),
                ("events", Arg::Number(self.events.round())),
                ("rate", Arg::Number(DRAWS_PER_SECOND)),
            ],
        )
    }

    /// Whether the run is within [`MAX_EVENTS`] (and finite).
    pub fn within_limit(&self) -> bool {
        self.events.is_finite() && self.events <= MAX_EVENTS
    }
}

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

    /// The work of the run, from the mean event rates of the estimates:
    /// events × simulated years, for every risk, inherent and (when it
    /// differs) residual. Cheap: nothing is simulated.
    pub fn estimate(&self) -> RunEstimate {
        let residual = self.has_residual();
        let passes: u64 = if residual { 2 } else { 1 };
        let trials = f64::from(self.trials);
        let events_of = |s: &Scenario| {
            let primary = s.frequency.mean();
            let secondary = s.secondary.map_or(0.0, |x| primary * x.probability.0);
            (primary + secondary) * trials
        };
        let events: f64 = self
            .risks
            .iter()
            .map(|(_, _, q)| {
                let inherent = events_of(&q.inherent);
                let after = if residual {
                    q.residual.as_ref().map_or(inherent, events_of)
                } else {
                    0.0
                };
                inherent + after
            })
            .sum();
        let scenario_years = self.risks.len() as u64 * u64::from(self.trials) * passes;
        RunEstimate {
            scenario_years,
            events,
            seconds: (events + scenario_years as f64) / DRAWS_PER_SECOND,
        }
    }

    /// Every input of the job checked as validation checks an assessment
    /// (ranges and the maxima of rates and amounts, see
    /// [`MAX_RATE`](super::MAX_RATE) and [`MAX_AMOUNT`](super::MAX_AMOUNT)),
    /// then its [`estimate`](Job::estimate) against [`MAX_EVENTS`]: a job
    /// that passes runs to an end. Paths are `risks[i].quant…` by the job's
    /// order.
    pub fn check(&self) -> Result<()> {
        let settings = super::QuantSettings {
            seed: self.seed,
            trials: self.trials,
            currency: self.currency.clone(),
            tolerance: self.tolerance.clone(),
        };
        let mut problems = settings.problems("quant_settings");
        for (i, (_, _, q)) in self.risks.iter().enumerate() {
            problems.extend(q.problems(&format!("risks[{i}].quant")));
        }
        if let Some((path, message)) = problems.into_iter().next() {
            return Err(Error::new(ErrorKind::Invalid, message).at(path));
        }
        self.check_estimate()
    }

    /// Refuses a run whose [`estimate`](Job::estimate) draws more than
    /// [`MAX_EVENTS`] loss events, saying what to change.
    pub fn check_estimate(&self) -> Result<()> {
        let e = self.estimate();
        if e.within_limit() {
            return Ok(());
        }
        Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "this run would draw about {:.1e} loss events ({} simulated years; roughly {:.0} minutes), more than the {MAX_EVENTS:.0e} Annexa runs: use fewer trials, or estimate fewer, larger loss events a year",
                e.events,
                self.trials,
                e.seconds / 60.0
            ),
        ))
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
