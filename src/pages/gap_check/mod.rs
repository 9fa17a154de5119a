//! The quick gap check: questions grouped by clause and theme, a progress
//! bar, and the results (scores, charts, documents, top gaps, roadmap) with
//! export, print and the hand-over to the full assessment.
//!
//! The answers live in the store's assessment, so the autosave keeps them:
//! a user can stop at any point and resume later.

mod chart;
mod page;
mod question;
mod questions;
mod report;
mod results;
mod settings;

pub use page::GapCheckPage;
pub use report::{GapReport, GapReportProps};
