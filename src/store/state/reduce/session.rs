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
            Action::Undo => return self.undone(),
            Action::Saved(rev, stored, at) => return self.saved(rev, stored, at),
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
            Action::LoadRepaired => return self.repaired_loaded(),
            Action::SaveRefused { field, problem } => State {
                persistence: Persistence::Refused { field, problem },
                ..self.clone()
            },
            Action::ProseArrived(result) => self.prose_arrived(result),
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }

    /// Undo: the assessment before the last undoable change, with a notice
    /// naming what came back; `None` when there is nothing to undo.
    fn undone(&self) -> Option<State> {
        let (before, what) = self.undo.as_ref()?;
        let mut next = self.changed(
            (**before).clone(),
            Some(text_with(
                msg::NOTICE_RESTORED,
                &[("what", what.as_str().into())],
            )),
        );
        next.undo = None;
        Some(next)
    }

    /// The autosave wrote revision `rev`, making the stored save counter
    /// `stored`, at `at`. Saved only when `rev` is still the latest; `None`
    /// when nothing changes, or when storage is off (memory only).
    fn saved(&self, rev: u64, stored: u64, at: domain::Timestamp) -> Option<State> {
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
        Some(State {
            persistence,
            stored_revision: stored,
            last_saved: Some(at),
            ..self.clone()
        })
    }

    /// The recovery view's repaired data replaces the assessment, with a
    /// notice naming the changes and the backup key; `None` when there is
    /// no repaired data.
    fn repaired_loaded(&self) -> Option<State> {
        let r = self.recovery.as_ref()?;
        let repaired = r.repaired.as_ref()?;
        let notice = text_with(
            msg::RECOVERY_LOADED,
            &[
                ("count", r.changes.len().into()),
                ("key", r.backup_key.as_str().into()),
            ],
        );
        let mut next = self.changed((**repaired).clone(), Some(notice));
        next.recovery = None;
        Some(next)
    }

    /// The catalogue prose module's text (or why it did not load) arrived:
    /// installed, the prose is ready; otherwise the notice says why.
    fn prose_arrived(&self, result: Result<std::rc::Rc<str>, String>) -> State {
        let installed = result
            .map_err(|detail| text_with(msg::PROSE_LOAD_FAILED, &[("detail", Arg::from(detail))]))
            .and_then(|json| domain::catalogue::prose::install(&json).map_err(|e| e.to_string()));
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
}
