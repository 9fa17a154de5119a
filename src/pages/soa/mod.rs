//! The Statement of Applicability: all 93 controls, generated from the
//! register, with the user's edits, filters and inline lint findings.

mod bulk;
mod control;
mod fields;
mod filter;
mod filters_bar;
mod hooks;
mod list;

pub use control::SoaControl;
pub use list::SoaPage;
