//! Quantify: the portfolio's FAIR Monte Carlo. Settings (currency, seed,
//! trials, tolerance curve), the risks to include, a run in a Web Worker
//! with progress and Cancel, and the results: the loss exceedance curve and
//! the statistics table.

mod page;
mod portfolio;
mod results;
mod run;
mod settings;

pub use page::QuantPage;
pub use results::Results;
