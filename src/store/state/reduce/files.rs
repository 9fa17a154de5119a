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
            Action::Import { name, bytes } => match domain::import(&bytes) {
                Ok(envelope) => {
                    let mut next = self.changed(
                        envelope.assessment,
                        Some(text_with(
                            msg::UI_IMPORTED_FILE,
                            &[("file", name.to_string().into())],
                        )),
                    );
                    next.import_error = None;
                    next.without_drafts()
                }
                Err(e) => {
                    // Every fault the file has (up to 50), not only the first.
                    let faults = domain::file_problems(&bytes);
                    let detail = if faults.len() > 1 {
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
                    };
                    State {
                        import_error: Some(format!(
                            "{name} was not imported, and your data is unchanged. {detail}"
                        )),
                        ..self.clone()
                    }
                }
            },
            Action::ImportSheet {
                name,
                bytes,
                new,
                updated,
            } => match domain::import(&bytes) {
                Ok(envelope) => {
                    let mut next = self.changed(
                        envelope.assessment,
                        Some(text_with(
                            msg::UI_IMPORTED_MERGED,
                            &[
                                ("file", name.to_string().into()),
                                ("new", new.to_string().into()),
                                ("updated", updated.to_string().into()),
                            ],
                        )),
                    );
                    next.undo = Some((
                        self.assessment.clone(),
                        text_with(msg::UNDO_IMPORT, &[("file", name.to_string().into())]),
                    ));
                    next.import_error = None;
                    next.without_drafts()
                }
                Err(e) => State {
                    import_error: Some(format!(
                        "{name} was not imported, and your data is unchanged. {e}"
                    )),
                    ..self.clone()
                },
            },
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
}
