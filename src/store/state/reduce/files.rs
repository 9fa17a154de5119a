//! A file replaced the assessment, or the user started again: an import
//! (a backup or a spreadsheet), the example, a new or cleared assessment.

use crate::domain;
use crate::domain::text::{msg, text, text_with};
use crate::store::{Action, State};

impl State {
    /// Applies the file actions: an import, the example, a new or cleared
    /// assessment; `None` when the state stays as it is (the same `Rc`, so
    /// nothing renders again). [`State::reduce`] sends only these actions here.
    pub(super) fn reduce_files(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::Import { name, bytes } => self.import_file(&name, &bytes),
            Action::ImportSheet {
                name,
                bytes,
                new,
                updated,
            } => self.import_sheet(&name, &bytes, new, updated),
            Action::DismissImportError => State {
                import_error: None,
                ..self.clone()
            },
            Action::Replace(a, notice) => {
                let mut next = self.changed_to(a, Some(notice));
                next.import_error = None;
                next.without_drafts()
            }
            Action::LoadExample => self
                .changed(domain::example(), Some(text(msg::NOTICE_EXAMPLE_LOADED)))
                .without_drafts(),
            Action::New => self
                .changed((*self.blank).clone(), Some(text(msg::NOTICE_NEW_STARTED)))
                .without_drafts(),
            Action::Clear => self
                .changed((*self.blank).clone(), Some(text(msg::NOTICE_CLEARED)))
                .without_drafts(),
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }

    /// An Annexa file (`name`, `bytes`) replaces the assessment if all of
    /// it is valid; otherwise the state keeps its data and says why, with
    /// every fault the file has.
    fn import_file(&self, name: &str, bytes: &[u8]) -> State {
        match domain::import(bytes) {
            Ok(envelope) => {
                let mut next = self.changed(
                    envelope.assessment,
                    Some(text_with(msg::UI_IMPORTED_FILE, &[("file", name.into())])),
                );
                next.import_error = None;
                next.without_drafts()
            }
            Err(e) => State {
                import_error: Some(not_imported(name, &file_faults(bytes, &e))),
                ..self.clone()
            },
        }
    }

    /// A spreadsheet merged into the assessment (its result as Annexa JSON
    /// in `bytes`, `new` and `updated` counting the rows) replaces it,
    /// undoably; an invalid result keeps the data and says why.
    fn import_sheet(&self, name: &str, bytes: &[u8], new: usize, updated: usize) -> State {
        match domain::import(bytes) {
            Ok(envelope) => {
                let mut next = self.changed(
                    envelope.assessment,
                    Some(text_with(
                        msg::UI_IMPORTED_MERGED,
                        &[
                            ("file", name.into()),
                            ("new", new.to_string().into()),
                            ("updated", updated.to_string().into()),
                        ],
                    )),
                );
                next.undo = Some((
                    self.assessment.clone(),
                    text_with(msg::UNDO_IMPORT, &[("file", name.into())]),
                ));
                next.import_error = None;
                next.without_drafts()
            }
            Err(e) => State {
                import_error: Some(not_imported(name, &e)),
                ..self.clone()
            },
        }
    }
}

/// Every fault a refused file has (up to 50), not only the first `e`: the
/// list when there are several, else `e` itself.
fn file_faults(bytes: &[u8], e: &domain::Error) -> String {
    let faults = domain::file_problems(bytes);
    if faults.len() > 1 {
        let list: Vec<String> = faults.iter().map(ToString::to_string).collect();
        text_with(
            msg::NOTICE_FILE_PROBLEMS,
            &[
                ("count", faults.len().into()),
                ("list", list.join(" · ").into()),
            ],
        )
    } else {
        e.to_string()
    }
}

/// "`name` was not imported, and your data is unchanged." and why.
fn not_imported(name: &str, why: &dyn std::fmt::Display) -> String {
    text_with(
        msg::UI_DATA_NOT_IMPORTED,
        &[("file", name.into()), ("error", why.to_string().into())],
    )
}
