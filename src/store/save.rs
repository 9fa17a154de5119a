//! What the autosave writes, checked before it is written: the same
//! import path every file meets reads it back, so what Annexa saves
//! always loads again (issue 18).

use super::Action;
use crate::domain::{self, Assessment, Timestamp};

/// Why the autosave wrote nothing: the field at fault and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveRefusal {
    /// The JSON path of the field at fault, counted from the assessment
    /// (`context.organisation`).
    pub field: String,
    /// What is wrong with it and what to do.
    pub problem: String,
}

impl From<SaveRefusal> for Action {
    fn from(r: SaveRefusal) -> Action {
        Action::SaveRefused {
            field: r.field,
            problem: r.problem,
        }
    }
}

/// The text to store for `assessment`, saved at `now`, when it would load
/// again ([`domain::export_checked`]).
///
/// # Errors
/// A [`SaveRefusal`] (dispatch it as [`Action::SaveRefused`] instead of
/// writing): the field at fault and what is wrong with it.
pub fn checked_save(assessment: &Assessment, now: Timestamp) -> Result<String, SaveRefusal> {
    domain::export_checked(assessment, now).map_err(|e| SaveRefusal::new(e.path, e.message))
}

impl SaveRefusal {
    /// The refusal of a save whose text would not load again: `path` is
    /// where the import found the problem, counted from the file's root
    /// (`assessment.context.organisation`), and `problem` what it says.
    pub fn new(path: Option<String>, problem: String) -> SaveRefusal {
        let path = path.unwrap_or_default();
        let field = path
            .strip_prefix("assessment.")
            .unwrap_or(path.as_str())
            .to_owned();
        SaveRefusal { field, problem }
    }
}
