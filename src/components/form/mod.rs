//! Form kit: [`use_draft`] keeps a form's unsaved state in the store (so
//! it survives navigation and, through the autosave, a reload), and
//! [`EnumChoice`] is a labelled select over an enum.

mod draft;
mod enum_choice;

pub use draft::{use_draft, DraftHandle};
pub use enum_choice::{ChoiceEnum, EnumChoice, EnumChoiceProps};
