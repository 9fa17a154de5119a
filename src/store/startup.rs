//! Start-up: read the autosaved assessment, migrate it if an older Annexa
//! wrote it, and never lose it.

use std::rc::Rc;

use super::config::Config;
use super::state::State;
#[cfg(target_arch = "wasm32")]
use crate::domain::text::{msg, text_with};
use crate::domain::{self, Assessment, Timestamp, SCHEMA_VERSION};

/// What the stored text turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// Nothing was stored: start empty.
    Nothing,
    /// A valid assessment. `migrated_from` is the older schema version it
    /// was written in, if any: keep a copy of the original text before the
    /// next autosave replaces it.
    Readable {
        /// The assessment, migrated to the current schema.
        assessment: Box<Assessment>,
        /// The schema version the text had, when older than this build's.
        migrated_from: Option<u32>,
        /// When it was saved (the envelope's `exported_at`).
        saved_at: Timestamp,
    },
    /// The text cannot be read (corrupt, truncated, or from a newer
    /// Annexa): keep it aside and start empty.
    Unreadable {
        /// Why, with the path and position of the fault.
        reason: String,
    },
    /// The text fails validation, but [`domain::repair`] mends it (texts
    /// over the limit shortened, ids outside the format renumbered): keep
    /// the original aside and offer the repaired data.
    Repairable {
        /// Why the text itself cannot be read, with the path of the fault.
        reason: String,
        /// The data after the repair.
        repaired: Box<Assessment>,
        /// What the repair changed, one sentence each.
        changes: Vec<String>,
    },
}

/// Reads stored text through the one import path, [`domain::import_versioned`].
pub fn read_stored(text: Option<&str>) -> Stored {
    let Some(text) = text else {
        return Stored::Nothing;
    };
    match domain::import_versioned(text.as_bytes()) {
        Ok((envelope, version)) => Stored::Readable {
            assessment: Box::new(envelope.assessment),
            migrated_from: (version < SCHEMA_VERSION).then_some(version),
            saved_at: envelope.exported_at,
        },
        Err(e) => match domain::repair(text.as_bytes()) {
            Ok(fixed) if !fixed.changes.is_empty() => Stored::Repairable {
                reason: e.to_string(),
                repaired: Box::new(fixed.envelope.assessment),
                changes: fixed.changes.iter().map(domain::Repair::message).collect(),
            },
            _ => Stored::Unreadable {
                reason: e.to_string(),
            },
        },
    }
}

/// The state to start with, from the configuration's storage namespace.
/// Empty storage starts from the configured blank assessment. Unreadable
/// stored data is moved to a backup key (never deleted) and the app starts
/// empty with a recovery banner; data the repair mends is copied to a
/// backup key and left in place (so a reload offers it again), and the
/// recovery view offers the repaired data; data from an older schema is migrated and
/// its original text kept under a pre-migration key; blocked storage
/// starts empty with a banner saying the data stays in this tab.
#[cfg(target_arch = "wasm32")]
pub fn initial_state(config: &Config) -> Rc<State> {
    use super::state::{Drafts, Persistence, Recovery};
    use crate::platform::storage;

    let blank = Rc::new(config.blank_assessment());
    let ns = &config.namespace;
    let mut state = State::with((*blank).clone());
    let text = match storage::read(&ns.assessment_key()) {
        Ok(text) => text,
        Err(e) => {
            state.persistence = Persistence::MemoryOnly(e.to_string());
            return Rc::new(state.with_blank(blank));
        }
    };
    let now = crate::platform::now();
    match read_stored(text.as_deref()) {
        Stored::Nothing => {}
        Stored::Readable {
            assessment,
            migrated_from,
            saved_at,
        } => {
            state = State::with(*assessment);
            state.last_saved = Some(saved_at);
            if let (Some(version), Some(text)) = (migrated_from, &text) {
                keep_premigration_copy(&mut state, ns, version, text, now);
            }
        }
        Stored::Unreadable { reason } => {
            set_aside_unreadable(&mut state, ns, &text.unwrap_or_default(), reason, now);
        }
        Stored::Repairable {
            reason,
            repaired,
            changes,
        } => match repair_backup(ns, &text.unwrap_or_default(), now) {
            Some(backup_key) => {
                state.recovery = Some(Recovery {
                    backup_key,
                    reason,
                    repaired: Some(Rc::new(*repaired)),
                    changes,
                });
            }
            None => state.persistence = Persistence::MemoryOnly(no_room_for_backup(&reason)),
        },
    }
    state.stored_revision = storage::stored_revision(&ns.revision_key()).unwrap_or(0);
    // Unsaved forms: unreadable drafts are dropped, never the assessment.
    if let Ok(Some(text)) = storage::read(&ns.drafts_key()) {
        state.drafts = Rc::new(Drafts::from_json(&text));
    }
    Rc::new(state.with_blank(blank))
}

/// Keeps the original `text` of data migrated from schema `version` under
/// the namespace's pre-migration key. With no room for the copy the
/// original stays where it is and `state` does not autosave over it.
#[cfg(target_arch = "wasm32")]
fn keep_premigration_copy(
    state: &mut State,
    ns: &super::config::Namespace,
    version: u32,
    text: &str,
    now: Timestamp,
) {
    let copy = format!("{}v{version}.{now}", ns.premigration_prefix());
    if crate::platform::storage::write(&copy, text).is_err() {
        state.persistence = super::state::Persistence::MemoryOnly(text_with(
            msg::STORAGE_OLDER_NO_ROOM,
            &[("version", version.to_string().into())],
        ));
    }
}

/// Moves unreadable stored `text` to a new backup key and offers recovery
/// (`reason` says why it could not be read). With no room for a copy the
/// original stays where it is and `state` does not autosave over it.
#[cfg(target_arch = "wasm32")]
fn set_aside_unreadable(
    state: &mut State,
    ns: &super::config::Namespace,
    text: &str,
    reason: String,
    now: Timestamp,
) {
    use crate::platform::storage;
    let backup = format!("{}{now}", ns.backup_prefix());
    if storage::write(&backup, text).is_ok() {
        storage::remove(&ns.assessment_key()).ok();
        state.recovery = Some(super::state::Recovery {
            backup_key: backup,
            reason,
            repaired: None,
            changes: Vec::new(),
        });
    } else {
        state.persistence = super::state::Persistence::MemoryOnly(no_room_for_backup(&reason));
    }
}

/// The backup key holding the original of repairable `text`: one backup
/// per original, so a reload that offers the same repair again reuses the
/// copy it made; `None` when there is no room for a copy.
#[cfg(target_arch = "wasm32")]
fn repair_backup(ns: &super::config::Namespace, text: &str, now: Timestamp) -> Option<String> {
    use crate::platform::storage;
    let kept = storage::keys_with_prefix(&ns.backup_prefix())
        .into_iter()
        .find(|k| storage::read(k).ok().flatten().as_deref() == Some(text));
    match kept {
        Some(k) => Some(k),
        None => {
            let k = format!("{}{now}", ns.backup_prefix());
            storage::write(&k, text).is_ok().then_some(k)
        }
    }
}

/// Why stored data that could not be read stays in place: no room for a
/// backup. `reason` says why it could not be read.
#[cfg(target_arch = "wasm32")]
fn no_room_for_backup(reason: &str) -> String {
    text_with(
        msg::STORAGE_UNREADABLE_NO_ROOM,
        &[("reason", reason.into())],
    )
}

/// Outside the browser there is no storage: the configured blank state.
#[cfg(not(target_arch = "wasm32"))]
pub fn initial_state(config: &Config) -> Rc<State> {
    let blank = Rc::new(config.blank_assessment());
    Rc::new(State::with((*blank).clone()).with_blank(blank))
}
