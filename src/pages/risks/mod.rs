//! The risk register, the risk editor and the heatmap.

mod assess;
mod editor;
mod form;
mod heatmap;
mod identify;
mod list;
mod register;

pub use editor::RiskEditor;
pub use list::RisksPage;
