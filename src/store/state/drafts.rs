//! Unsaved work: the forms a user has started, kept in the store beside
//! the assessment and never inside it.

use std::collections::BTreeMap;

use crate::domain::catalogue::ControlId;
use crate::domain::{Asset, Risk, SoaEntry};

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

/// One draft, as set by [`Action::SetDraft`](super::Action::SetDraft).
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

/// Which draft [`Action::ClearDraft`](super::Action::ClearDraft) drops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftKind {
    /// The risk form.
    Risk,
    /// The asset form.
    Asset,
    /// The open treatment.
    Treatment,
}
