//! The risk register, the risk editor and the heatmap.

mod editor;
mod list;

pub use editor::RiskEditor;
pub use list::RisksPage;
