//! The one store: the whole assessment plus the app's own status, changed
//! only by typed [`Action`]s. The reducer holds no rule of its own; it calls
//! into the domain.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{self, Answer, Assessment, GapMode, QuestionId, SizeBand};

/// Whether the data is safe in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Autosaved (or nothing to save yet).
    Saved,
    /// Storage is blocked: the data lives in this tab only.
    MemoryOnly(String),
    /// The last save failed (e.g. quota); the data is in memory only.
    SaveFailed(String),
}

/// Stored data that could not be read at start-up, kept under a backup key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// Where the raw text was kept.
    pub backup_key: String,
    /// Why it could not be read.
    pub reason: String,
}

/// The app's state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The assessment (shared, cheap to clone).
    pub assessment: Rc<Assessment>,
    /// Bumped by every change to the assessment; autosave follows it.
    pub revision: u64,
    /// Storage status.
    pub persistence: Persistence,
    /// Unreadable stored data that was kept aside, if any.
    pub recovery: Option<Recovery>,
    /// A short message for the user (e.g. "Imported …").
    pub notice: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        State::with(Assessment::default())
    }
}

impl State {
    /// A fresh state holding `assessment`.
    pub fn with(assessment: Assessment) -> Self {
        State {
            assessment: Rc::new(assessment),
            revision: 0,
            persistence: Persistence::Saved,
            recovery: None,
            notice: None,
        }
    }
}

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the whole assessment with a validated one (import).
    Replace(Rc<Assessment>, String),
    /// Load the worked example.
    LoadExample,
    /// Start a new, empty assessment.
    New,
    /// Delete everything.
    Clear,
    /// Set the organisation's name.
    SetOrganisation(String),
    /// The autosave of `revision` succeeded.
    Saved(u64),
    /// Saving failed; the data stays in memory.
    SaveFailed(String),
    /// Storage cannot be used at all.
    StorageUnavailable(String),
    /// Hide the notice.
    DismissNotice,
    /// Hide the recovery view.
    DismissRecovery,
    /// Answer a gap-check question.
    SetAnswer(QuestionId, Answer),
    /// Choose the gap check's mode.
    SetGapMode(GapMode),
    /// Set or clear the organisation's size band for the gap check.
    SetGapSize(Option<SizeBand>),
    /// Carry the gap check into the full assessment (SoA statuses and
    /// suggested risks).
    ContinueFromGap,
}

impl State {
    fn changed(&self, assessment: Assessment, notice: Option<String>) -> State {
        State {
            assessment: Rc::new(assessment),
            revision: self.revision + 1,
            notice,
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Replace(a, notice) => self.changed((*a).clone(), Some(notice)),
            Action::LoadExample => self.changed(
                domain::example(),
                Some("Loaded the example assessment.".into()),
            ),
            Action::New => self.changed(
                Assessment::default(),
                Some("Started a new assessment.".into()),
            ),
            Action::Clear => {
                self.changed(Assessment::default(), Some("All data was cleared.".into()))
            }
            Action::SetOrganisation(name) => {
                let mut a = (*self.assessment).clone();
                a.context.organisation = name;
                self.changed(a, None)
            }
            Action::Saved(rev) => {
                if rev != self.revision || self.persistence == Persistence::Saved {
                    return self;
                }
                match self.persistence {
                    Persistence::MemoryOnly(_) => return self,
                    _ => State {
                        persistence: Persistence::Saved,
                        ..(*self).clone()
                    },
                }
            }
            Action::SaveFailed(why) => State {
                persistence: Persistence::SaveFailed(why),
                ..(*self).clone()
            },
            Action::StorageUnavailable(why) => State {
                persistence: Persistence::MemoryOnly(why),
                ..(*self).clone()
            },
            Action::DismissNotice => State {
                notice: None,
                ..(*self).clone()
            },
            Action::DismissRecovery => State {
                recovery: None,
                ..(*self).clone()
            },
            Action::SetAnswer(id, answer) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_answer(id, answer);
                self.changed(a, None)
            }
            Action::SetGapMode(mode) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_mode(mode);
                self.changed(a, None)
            }
            Action::SetGapSize(size) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_size(size);
                self.changed(a, None)
            }
            Action::ContinueFromGap => {
                let mut a = (*self.assessment).clone();
                let done = domain::continue_to_full(&mut a);
                self.changed(a, Some(done.summary()))
            }
        };
        Rc::new(next)
    }
}

/// The store handle that pages read and dispatch to.
pub type Store = UseReducerHandle<State>;

/// The app's store. Outside a provider (a component rendered on its own, as
/// in a test) it falls back to an empty store of its own.
#[hook]
pub fn use_store() -> Store {
    let fallback = use_reducer(State::default);
    use_context::<Store>().unwrap_or(fallback)
}
