//! The one store: the whole assessment plus the app's own status, changed
//! only by typed [`Action`]s. The reducer holds no rule of its own; it calls
//! into the domain.

mod actions;
mod derived;
mod drafts;
mod reduce;

pub use actions::Action;
pub use drafts::{Draft, DraftKind, Drafts};

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{Assessment, Date, Finding, ScoredRegister, Soa, Timestamp};
use derived::Derived;

/// Whether the data is safe in the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Autosaved (or nothing to save yet).
    Saved,
    /// Storage is blocked: the data lives in this tab only.
    MemoryOnly(String),
    /// The last save failed (e.g. quota); the data is in memory only.
    SaveFailed(String),
    /// The autosave checked what it would write and it would not load
    /// again ([`domain::export_checked`](crate::domain::export_checked)):
    /// nothing was written, and what was saved before is kept.
    Refused {
        /// The JSON path of the field at fault, from the assessment
        /// (`context.organisation`).
        field: String,
        /// What is wrong with it and what to do.
        problem: String,
    },
}
/// Stored data that could not be read at start-up, kept under a backup key.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovery {
    /// Where the raw text was kept.
    pub backup_key: String,
    /// Why it could not be read.
    pub reason: String,
    /// The data after [`domain::repair`](crate::domain::repair), when the
    /// repair makes it load: the recovery view offers it
    /// ([`Action::LoadRepaired`]).
    pub repaired: Option<Rc<Assessment>>,
    /// What the repair changed, one sentence each (empty without a repair).
    pub changes: Vec<String>,
}

/// Where the catalogue prose (threat and vulnerability descriptions,
/// control rationales) is: the main wasm leaves it out and loads it on
/// demand ([`platform::prose`](crate::platform::prose)).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProseStatus {
    /// Not installed yet: pages show "Loading…" in its place.
    Missing,
    /// Installed ([`domain::catalogue::prose::install`](crate::domain::catalogue::prose::install)).
    Ready,
    /// Loading or installing it failed: what happened and what to do.
    Failed(String),
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
    /// The assessment before the last deletion, and what was deleted.
    pub undo: Option<(Rc<Assessment>, String)>,
    /// Why the last import was refused (the data is unchanged), until dismissed.
    pub import_error: Option<String>,
    /// The save counter of the stored data this tab last loaded or wrote.
    /// Every autosave bumps the counter in storage, so a tab can tell when
    /// another tab has saved since.
    pub stored_revision: u64,
    /// Another tab or window saved this assessment since this tab last
    /// loaded or saved it. Autosave stops until the user reloads or chooses
    /// to keep this tab's data, so neither is overwritten silently.
    pub conflict: bool,
    /// What "Start new assessment" and "Clear" start from: empty, or with
    /// the method and sector an embedding host configured.
    pub blank: Rc<Assessment>,
    /// Unsaved forms (see [`Drafts`]).
    pub drafts: Rc<Drafts>,
    /// Bumped by every change to the drafts; their autosave follows it.
    pub draft_revision: u64,
    /// When the assessment was last saved in this browser, if known.
    pub last_saved: Option<Timestamp>,
    /// The scored register, SoA and findings of the current assessment,
    /// computed once on first use (see [`State::scored`]).
    derived: Rc<Derived>,
    /// Whether the catalogue prose is installed (see [`use_prose`]).
    pub prose: ProseStatus,
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
            undo: None,
            import_error: None,
            stored_revision: 0,
            conflict: false,
            blank: Rc::default(),
            drafts: Rc::default(),
            draft_revision: 0,
            last_saved: None,
            derived: Rc::default(),
            prose: if crate::domain::catalogue::prose::installed() {
                ProseStatus::Ready
            } else {
                ProseStatus::Missing
            },
        }
    }

    /// The register scored ([`ScoredRegister`]), once per version of the
    /// assessment: every view that shows levels reads this one.
    pub fn scored(&self) -> Rc<ScoredRegister> {
        self.derived.scored(&self.assessment)
    }

    /// The Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d), once
    /// per version of the assessment.
    pub fn soa(&self) -> Rc<Soa> {
        self.derived.soa(&self.assessment)
    }

    /// The lint's findings on `today`, once per version of the assessment
    /// (and day), from [`State::soa`] and [`State::scored`]: the
    /// navigation badge and the SoA page share one run.
    pub fn findings(&self, today: Date) -> Rc<Vec<Finding>> {
        self.derived.findings(&self.assessment, today)
    }

    /// [`State::findings`] when this version's are computed already (a
    /// view that can wait, such as the navigation badge, asks for them
    /// after the next paint instead of delaying it).
    pub fn findings_if_ready(&self, today: Date) -> Option<Rc<Vec<Finding>>> {
        self.derived.cached_findings(&self.assessment, today)
    }

    /// The same state, with `blank` as what a new assessment starts from.
    pub fn with_blank(self, blank: Rc<Assessment>) -> Self {
        State { blank, ..self }
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

/// Asks for the catalogue prose (once per page load; again after a
/// failure) and tells whether it is installed. Pages that show threat or
/// vulnerability descriptions or control rationales (the risk editor, the
/// treatment pages) call it; the start page does not, so a first visit
/// never downloads the prose. Until it arrives the domain's accessors
/// give "Loading…"; when it does, [`Action::ProseArrived`] re-renders.
#[hook]
pub fn use_prose() -> bool {
    let store = use_store();
    let missing = store.prose == ProseStatus::Missing;
    use_effect_with(missing, move |missing| {
        if *missing {
            crate::platform::prose::load(Callback::from(move |r| {
                store.dispatch(Action::ProseArrived(r))
            }));
        }
    });
    !missing
}
