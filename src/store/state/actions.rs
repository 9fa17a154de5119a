//! The typed actions: everything that can change the state.

use std::rc::Rc;

use super::{Draft, DraftKind};
use crate::domain::catalogue::ControlId;
use crate::domain::documents::DocumentKind;
use crate::domain::{
    Answer, Assessment, Asset, AssetId, Context, DocumentControl, GapMode, Impact, Likelihood,
    Method, QuantSettings, QuestionId, Risk, RiskId, SizeBand, SoaBulkDecision, SoaDocument,
    SoaEntry, Timestamp,
};

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Import a file: `bytes` go through [`domain::import`](crate::domain::import), which parses and
    /// validates everything first; then the data is replaced in one step.
    /// On any failure nothing changes but [`State::import_error`](super::State::import_error).
    /// Paths that have not read the file yet dispatch this with its name
    /// and bytes; the file picker's preview has, and dispatches
    /// [`Action::Replace`] with what it read.
    Import {
        /// What to call the source in messages, e.g. the file name.
        name: String,
        /// The file's bytes, exactly as read.
        bytes: Rc<[u8]>,
    },
    /// Hide the import error.
    DismissImportError,
    /// The catalogue prose module arrived (its JSON text) or could not be
    /// loaded (why): installed through
    /// [`domain::catalogue::prose::install`](crate::domain::catalogue::prose::install).
    ProseArrived(Result<Rc<str>, String>),
    /// Replace the whole assessment with one that [`domain::import`](crate::domain::import) already
    /// returned, with a notice: for paths that validate first and then ask
    /// (a share link's preview, a file's import preview) or must answer at
    /// once (the embedding API). The assessment is shared, not copied.
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
    /// Mark a planned control of a risk done: it joins the risk's existing
    /// controls and its SoA row becomes Implemented
    /// ([`domain::mark_control_done`](crate::domain::mark_control_done)).
    MarkControlDone(RiskId, ControlId),
    /// Set one SoA entry.
    SetSoaEntry(ControlId, SoaEntry),
    /// Set the SoA's document control.
    SetSoaDocument(SoaDocument),
    /// A spreadsheet import the files worker applied: `bytes` is the
    /// assessment after it (Annexa JSON), loaded through the same validated
    /// path as a file; undoable. `new` and `updated` count the rows.
    ImportSheet {
        /// The spreadsheet's name.
        name: String,
        /// The resulting assessment as Annexa JSON.
        bytes: Rc<[u8]>,
        /// Rows that added an item.
        new: usize,
        /// Rows that updated one.
        updated: usize,
    },
    /// Take one decision on many SoA controls at once (undoable):
    /// [`domain::decide_soa`](crate::domain::decide_soa).
    DecideSoa(Vec<ControlId>, SoaBulkDecision),
    /// Set a document's control block (version, date, author, approver,
    /// approval date, change history).
    SetDocumentControl(DocumentKind, Box<DocumentControl>),
    /// Undo the last deletion, spreadsheet import, scale change or bulk
    /// SoA decision.
    Undo,
    /// The autosave of `revision` (the first number) succeeded at the
    /// given time and stored save counter `stored` (the second).
    Saved(u64, u64, Timestamp),
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
    /// Load the repaired data the recovery view offers
    /// ([`Recovery::repaired`](super::Recovery::repaired)); the original
    /// text stays under its backup key. Nothing happens without an offer.
    LoadRepaired,
    /// The autosave wrote nothing because what it would write would not
    /// load again: the field's JSON path and the problem
    /// ([`Persistence::Refused`](super::Persistence::Refused)).
    SaveRefused {
        /// The JSON path of the field at fault, from the assessment.
        field: String,
        /// What is wrong and what to do.
        problem: String,
    },
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
    /// Keep a form's unsaved state (see [`Drafts`](super::Drafts)).
    SetDraft(Draft),
    /// Drop a form's unsaved state (saved or cancelled).
    ClearDraft(DraftKind),
    /// Save every typed SoA entry into the assessment.
    CommitSoaDrafts,
}
