//! Treatment: the risk treatment plan, per-risk decisions with ranked
//! control recommendations, and the suggestions.

mod decision;
mod editor;
mod form;
mod list;
mod plan;
mod recommendations;

pub use editor::TreatmentEditor;
pub use list::TreatmentPage;
