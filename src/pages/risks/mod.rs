//! The risk register, the risk editor and the heatmap.

mod assess;
mod editor;
mod form;
mod identify;
mod list;

pub use editor::RiskEditor;
pub use list::RisksPage;
