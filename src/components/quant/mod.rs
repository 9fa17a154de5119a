//! Quantitative risk inputs and charts: number fields with units and inline
//! errors, the "Quantify" panel of a risk, and the loss exceedance curve.

mod curve;
mod editor;
mod fields;
mod panel;
mod scenario;

pub use curve::LossCurve;
pub use fields::{problem, NumField, Problems};
pub use panel::QuantifyPanel;
pub use scenario::ScenarioForm;
