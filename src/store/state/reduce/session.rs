//! The session: saving, a change in another tab, storage that fails, the
//! recovery view, the notice and undo.

use crate::domain;
use crate::domain::text::{msg, text, text_with, Arg};
use crate::store::{Action, Persistence, ProseStatus, State};

impl State {
    /// Applies the session actions; `None` when the state stays as it is (the
    /// same `Rc`, so nothing renders again). [`State::reduce`] sends only these
    /// actions here.
    pub(super) fn reduce_session(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::Undo => match &self.undo {
                Some((before, what)) => {
                    let mut next = self.changed(
                        (**before).clone(),
                        Some(text_with(
                            msg::NOTICE_RESTORED,
                            &[("what", what.as_str().into())],
                        )),
                    );
                    next.undo = None;
                    next
                }
                None => return None,
            },
            Action::Saved(rev, stored, at) => {
                if matches!(self.persistence, Persistence::MemoryOnly(_)) {
                    return None;
                }
                let persistence = if rev == self.revision {
                    Persistence::Saved
                } else {
                    self.persistence.clone()
                };
                if stored == self.stored_revision && persistence == self.persistence {
                    return None;
                }
                State {
                    persistence,
                    stored_revision: stored,
                    last_saved: Some(at),
                    ..self.clone()
                }
            }
            Action::ExternalChange => {
                if self.conflict {
                    return None;
                }
                State {
                    conflict: true,
                    ..self.clone()
                }
            }
            Action::KeepMine(stored) => State {
                conflict: false,
                stored_revision: stored,
                // A new revision makes the autosave write this tab's data.
                revision: self.revision + 1,
                notice: Some(text(msg::NOTICE_KEPT_MINE)),
                ..self.clone()
            },
            Action::SaveFailed(why) => State {
                persistence: Persistence::SaveFailed(why),
                ..self.clone()
            },
            Action::StorageUnavailable(why) => State {
                persistence: Persistence::MemoryOnly(why),
                ..self.clone()
            },
            Action::DismissNotice => State {
                notice: None,
                ..self.clone()
            },
            Action::DismissRecovery => State {
                recovery: None,
                ..self.clone()
            },
            Action::LoadRepaired => {
                let Some(r) = &self.recovery else {
                    return None;
                };
                let Some(repaired) = &r.repaired else {
                    return None;
                };
                let notice = domain::text::text_with(
                    domain::text::msg::RECOVERY_LOADED,
                    &[
                        ("count", r.changes.len().into()),
                        ("key", r.backup_key.as_str().into()),
                    ],
                );
                let mut next = self.changed((**repaired).clone(), Some(notice));
                next.recovery = None;
                next
            }
            Action::SaveRefused { field, problem } => State {
                persistence: Persistence::Refused { field, problem },
                ..self.clone()
            },
            Action::ProseArrived(result) => {
                let installed = result
                    .map_err(|detail| {
                        text_with(msg::PROSE_LOAD_FAILED, &[("detail", Arg::from(detail))])
                    })
                    .and_then(|json| {
                        domain::catalogue::prose::install(&json).map_err(|e| e.to_string())
                    });
                match installed {
                    Ok(()) => State {
                        prose: ProseStatus::Ready,
                        ..self.clone()
                    },
                    Err(e) => State {
                        notice: Some(e.clone()),
                        prose: ProseStatus::Failed(e),
                        ..self.clone()
                    },
                }
            }
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
