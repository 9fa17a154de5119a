//! Treatment: the risk treatment plan, per-risk decisions with ranked
//! control recommendations, and the suggestions.

mod editor;
mod list;
mod plan;

pub use editor::TreatmentEditor;
pub use list::TreatmentPage;
