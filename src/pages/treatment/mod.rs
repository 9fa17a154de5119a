//! Treatment: per-risk decisions with ranked control recommendations, and
//! the register-wide treatment plan.

mod editor;
mod list;
mod plan;

pub use editor::TreatmentEditor;
pub use list::TreatmentPage;
