//! The one store: the whole assessment plus the app's own status, changed
//! only by typed [`Action`]s. The reducer holds no rule of its own; it calls
//! into the domain.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::catalogue::ControlId;
use crate::domain::{
    self, Answer, Assessment, Asset, AssetId, Context, GapMode, Impact, Likelihood, Method,
    QuantSettings, QuestionId, Risk, RiskId, SizeBand, SoaDocument, SoaEntry,
};

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

/// Unsaved work: forms the user has started but not saved. They live in
/// the store, so leaving a page never loses them, and the autosave keeps
/// them under their own storage key (never inside the assessment, so a
/// saved file is never affected by them).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Drafts {
    /// The risk being added or edited on the Risks page.
    pub risk: Option<Risk>,
    /// The asset being added or edited on the Assets page.
    pub asset: Option<Asset>,
    /// The risk whose treatment is open on the Treatment page.
    pub treatment: Option<Risk>,
    /// SoA entries typed but not yet saved (saved a moment after typing).
    pub soa: BTreeMap<ControlId, SoaEntry>,
}

impl Drafts {
    /// Whether there is no unsaved work.
    pub fn is_empty(&self) -> bool {
        *self == Drafts::default()
    }
}

/// One draft, as set by [`Action::SetDraft`].
#[derive(Clone, Debug, PartialEq)]
pub enum Draft {
    /// The risk form.
    Risk(Box<Risk>),
    /// The asset form.
    Asset(Asset),
    /// The open treatment.
    Treatment(Box<Risk>),
    /// A control's SoA entry as typed.
    Soa(ControlId, SoaEntry),
}

/// Which draft [`Action::ClearDraft`] drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftKind {
    /// The risk form.
    Risk,
    /// The asset form.
    Asset,
    /// The open treatment.
    Treatment,
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
        }
    }

    /// The same state, with `blank` as what a new assessment starts from.
    pub fn with_blank(self, blank: Rc<Assessment>) -> Self {
        State { blank, ..self }
    }
}

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Import a file: `bytes` go through [`domain::import`], which parses and
    /// validates everything first; then the data is replaced in one step.
    /// On any failure nothing changes but [`State::import_error`]. Every
    /// import path (file picker, decrypted file, share link, embedding API)
    /// dispatches this with the file's name and bytes.
    Import {
        /// What to call the source in messages, e.g. the file name.
        name: String,
        /// The file's bytes, exactly as read.
        bytes: Rc<[u8]>,
    },
    /// Hide the import error.
    DismissImportError,
    /// Replace the whole assessment with one that [`domain::import`] already
    /// returned, with a notice: for paths that validate first and then ask
    /// (a share link's preview) or must answer at once (the embedding API).
    /// Files use [`Action::Import`].
    Replace(Rc<Assessment>, String),
    /// Load the worked example.
    LoadExample,
    /// Start a new, empty assessment.
    New,
    /// Delete everything.
    Clear,
    /// Set the organisation's name.
    SetOrganisation(String),
    /// Replace the context and scope.
    SetContext(Context),
    /// Replace the method (names, levels, grid, tolerance).
    SetMethod(Method),
    /// Change the scale sizes (likelihood steps, impact steps).
    ResizeMethod(usize, usize),
    /// Move a matrix cell to the next level.
    CycleCell(Likelihood, Impact),
    /// Add an asset (id 0: a new id) or replace the one with its id.
    UpsertAsset(Asset),
    /// Add several new assets at once.
    AddAssets(Vec<Asset>),
    /// Delete an asset (undoable).
    DeleteAsset(AssetId),
    /// Add a risk (id 0: a new id) or replace the one with its id.
    UpsertRisk(Box<Risk>),
    /// Delete a risk (undoable).
    DeleteRisk(RiskId),
    /// Set one SoA entry.
    SetSoaEntry(ControlId, SoaEntry),
    /// Set the SoA's document control.
    SetSoaDocument(SoaDocument),
    /// Undo the last deletion.
    Undo,
    /// The autosave of `revision` (the first number) succeeded and stored
    /// save counter `stored` (the second).
    Saved(u64, u64),
    /// Another tab or window saved the assessment (a `storage` event).
    ExternalChange,
    /// The user keeps this tab's data over another tab's, whose save counter
    /// is the number: the next autosave overwrites it.
    KeepMine(u64),
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
    /// Set the quantitative simulation's settings (validated by the page).
    SetQuantSettings(QuantSettings),
    /// Keep a form's unsaved state (see [`Drafts`]).
    SetDraft(Draft),
    /// Drop a form's unsaved state (saved or cancelled).
    ClearDraft(DraftKind),
    /// Save every typed SoA entry into the assessment.
    CommitSoaDrafts,
}

impl State {
    /// The same state with `drafts` changed by `f`.
    fn with_drafts(&self, f: impl FnOnce(&mut Drafts)) -> State {
        let mut drafts = (*self.drafts).clone();
        f(&mut drafts);
        State {
            drafts: Rc::new(drafts),
            draft_revision: self.draft_revision + 1,
            ..self.clone()
        }
    }

    /// The same state without drafts (a new assessment replaced the old).
    fn without_drafts(mut self) -> State {
        if !self.drafts.is_empty() {
            self.drafts = Rc::default();
            self.draft_revision += 1;
        }
        self
    }

    fn changed(&self, assessment: Assessment, notice: Option<String>) -> State {
        State {
            assessment: Rc::new(assessment),
            revision: self.revision + 1,
            notice,
            undo: None,
            ..self.clone()
        }
    }

    /// A change made by `edit` on a copy of the assessment.
    fn edit(&self, edit: impl FnOnce(&mut Assessment)) -> State {
        let mut a = (*self.assessment).clone();
        edit(&mut a);
        self.changed(a, None)
    }

    /// An edit the domain refused: the data stays as it was, and the
    /// notice says why.
    fn refused(&self, why: Option<domain::Error>) -> State {
        State {
            notice: Some(why.map_or_else(
                || "The change was not made.".to_owned(),
                |e| format!("The change was not made: {}.", e.message),
            )),
            ..self.clone()
        }
    }

    /// A deletion that can be undone.
    fn delete(&self, what: String, edit: impl FnOnce(&mut Assessment)) -> State {
        let mut next = self.edit(edit);
        next.notice = Some(format!("Deleted {what}."));
        next.undo = Some((self.assessment.clone(), what));
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Import { name, bytes } => match domain::import(&bytes) {
                Ok(envelope) => {
                    let mut next =
                        self.changed(envelope.assessment, Some(format!("Imported {name}.")));
                    next.import_error = None;
                    next.without_drafts()
                }
                Err(e) => State {
                    import_error: Some(format!(
                        "{name} was not imported, and your data is unchanged. {e}"
                    )),
                    ..(*self).clone()
                },
            },
            Action::DismissImportError => State {
                import_error: None,
                ..(*self).clone()
            },
            Action::Replace(a, notice) => {
                let mut next = self.changed((*a).clone(), Some(notice));
                next.import_error = None;
                next.without_drafts()
            }
            Action::LoadExample => self
                .changed(
                    domain::example(),
                    Some("Loaded the example assessment.".into()),
                )
                .without_drafts(),
            Action::New => self
                .changed(
                    (*self.blank).clone(),
                    Some("Started a new assessment.".into()),
                )
                .without_drafts(),
            Action::Clear => self
                .changed((*self.blank).clone(), Some("All data was cleared.".into()))
                .without_drafts(),
            Action::SetOrganisation(name) => self.edit(|a| a.context.organisation = name),
            Action::SetContext(c) => self.edit(|a| a.context = c),
            Action::SetMethod(m) => self.edit(|a| a.method = m),
            Action::ResizeMethod(l, i) => self.edit(|a| domain::resize_method(a, l, i)),
            Action::CycleCell(l, i) => self.edit(|a| a.method.cycle_cell(l, i)),
            Action::UpsertAsset(x) => {
                let mut a = (*self.assessment).clone();
                match domain::upsert_asset(&mut a, x) {
                    Some(_) => self.changed(a, None),
                    None => self.refused(self.assessment.next_asset_id().err()),
                }
            }
            Action::AddAssets(list) => {
                let n = list.len();
                let mut a = (*self.assessment).clone();
                let mut added = 0usize;
                for x in list {
                    if domain::upsert_asset(&mut a, x).is_some() {
                        added += 1;
                    }
                }
                let mut next = self.changed(a, None);
                next.notice = Some(if added == n {
                    format!("Added {n} suggested asset(s).")
                } else {
                    let why = next
                        .assessment
                        .next_asset_id()
                        .err()
                        .map_or(String::new(), |e| format!(" ({})", e.message));
                    format!("Added {added} of {n} suggested asset(s){why}.")
                });
                next
            }
            Action::DeleteAsset(id) => {
                let name = self
                    .assessment
                    .asset(id)
                    .map_or(String::new(), |x| x.name.clone());
                self.delete(format!("asset {id} {name}"), |a| {
                    domain::delete_asset(a, id)
                })
            }
            Action::UpsertRisk(r) => {
                let mut a = (*self.assessment).clone();
                match domain::upsert_risk(&mut a, *r) {
                    Some(_) => self.changed(a, None),
                    None => self.refused(self.assessment.next_risk_id().err()),
                }
            }
            Action::DeleteRisk(id) => {
                let title = self
                    .assessment
                    .risk(id)
                    .map_or(String::new(), |x| x.title.clone());
                self.delete(format!("risk {id} {title}"), |a| domain::delete_risk(a, id))
            }
            Action::SetSoaEntry(id, e) => self.edit(|a| domain::set_soa_entry(a, id, e)),
            Action::SetSoaDocument(d) => self.edit(|a| a.soa.document = d),
            Action::Undo => match &self.undo {
                Some((before, what)) => {
                    let mut next =
                        self.changed((**before).clone(), Some(format!("Restored {what}.")));
                    next.undo = None;
                    next
                }
                None => return self,
            },
            Action::Saved(rev, stored) => {
                if matches!(self.persistence, Persistence::MemoryOnly(_)) {
                    return self;
                }
                let persistence = if rev == self.revision {
                    Persistence::Saved
                } else {
                    self.persistence.clone()
                };
                if stored == self.stored_revision && persistence == self.persistence {
                    return self;
                }
                State {
                    persistence,
                    stored_revision: stored,
                    ..(*self).clone()
                }
            }
            Action::ExternalChange => {
                if self.conflict {
                    return self;
                }
                State {
                    conflict: true,
                    ..(*self).clone()
                }
            }
            Action::KeepMine(stored) => State {
                conflict: false,
                stored_revision: stored,
                // A new revision makes the autosave write this tab's data.
                revision: self.revision + 1,
                notice: Some(
                    "Kept the data in this tab; it now replaces what the other tab saved.".into(),
                ),
                ..(*self).clone()
            },
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
            Action::SetQuantSettings(s) => self.edit(|a| a.quant_settings = s),
            Action::SetDraft(draft) => self.with_drafts(|d| match draft {
                Draft::Risk(r) => d.risk = Some(*r),
                Draft::Asset(x) => d.asset = Some(x),
                Draft::Treatment(r) => d.treatment = Some(*r),
                Draft::Soa(id, e) => {
                    d.soa.insert(id, e);
                }
            }),
            Action::ClearDraft(kind) => self.with_drafts(|d| match kind {
                DraftKind::Risk => d.risk = None,
                DraftKind::Asset => d.asset = None,
                DraftKind::Treatment => d.treatment = None,
            }),
            Action::CommitSoaDrafts => {
                if self.drafts.soa.is_empty() {
                    return self;
                }
                let entries = self.drafts.soa.clone();
                let mut next = self.edit(|a| {
                    for (id, e) in entries {
                        domain::set_soa_entry(a, id, e);
                    }
                });
                next = next.with_drafts(|d| d.soa.clear());
                next
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
