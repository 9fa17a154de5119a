//! The simulation's test scenario, shared by core/tests/quant.rs and
//! core/tests/quant_shares.rs.

use annexa_core::quant::{Amount, Estimate, Frequency, Magnitude, Rate, Scenario};

/// `rate` loss events a year (fixed), each losing between `low` and `high`
/// (a 90 % range), no secondary loss.
pub fn scenario(rate: f64, low: f64, high: f64) -> Scenario {
    Scenario {
        frequency: Frequency::Direct {
            lef: Estimate::Fixed { value: Rate(rate) },
        },
        primary: Magnitude::Range90 {
            low: Amount(low),
            high: Amount(high),
        },
        secondary: None,
    }
}
