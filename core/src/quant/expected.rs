//! The analytic view: means of estimates and magnitudes, and the expected
//! annual loss of a scenario (no simulation, no spread).

use serde::{Deserialize, Serialize};

use super::math::{exp, lognormal_from_range, pert_mean};
use super::model::{Estimate, Frequency, Magnitude, Probability, Rate, Scenario};

impl Estimate<Rate> {
    /// The mean rate.
    pub fn mean(&self) -> f64 {
        match *self {
            Estimate::Fixed { value } => value.0,
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } => pert_mean(min.0, most_likely.0, max.0),
        }
    }
}

impl Estimate<Probability> {
    /// The mean probability.
    pub fn mean(&self) -> f64 {
        match *self {
            Estimate::Fixed { value } => value.0,
            Estimate::ThreePoint {
                min,
                most_likely,
                max,
            } => pert_mean(min.0, most_likely.0, max.0),
        }
    }
}

impl Frequency {
    /// The mean loss events per year (tef and vulnerability are independent).
    pub fn mean(&self) -> f64 {
        match self {
            Frequency::Direct { lef } => lef.mean(),
            Frequency::OpenFair { tef, vulnerability } => tef.mean() * vulnerability.mean(),
        }
    }
}

impl Magnitude {
    /// The mean of one loss.
    pub fn mean(&self) -> f64 {
        match *self {
            Magnitude::Range90 { low, high } => {
                let (mu, sigma) = lognormal_from_range(low.0, high.0);
                exp(mu + sigma * sigma / 2.0)
            }
            Magnitude::ThreePoint {
                min,
                most_likely,
                max,
            } => pert_mean(min.0, most_likely.0, max.0),
        }
    }
}

/// The expected-loss view (as pyfair reports it): mean rate × mean magnitude.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExpectedLoss {
    /// Mean loss events per year.
    pub events_per_year: f64,
    /// Mean loss per event (primary plus SLEF × secondary).
    pub loss_per_event: f64,
    /// Their product: the expected annual loss.
    pub annual: f64,
}

impl Scenario {
    /// The expected-loss view of the scenario: no simulation, no spread.
    pub fn expected(&self) -> ExpectedLoss {
        let events_per_year = self.frequency.mean();
        let loss_per_event = self.primary.mean()
            + self
                .secondary
                .map_or(0.0, |s| s.probability.0 * s.magnitude.mean());
        ExpectedLoss {
            events_per_year,
            loss_per_event,
            annual: events_per_year * loss_per_event,
        }
    }
}
