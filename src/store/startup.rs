//! Start-up: read the autosaved assessment, migrate it if an older Annexa
//! wrote it, and never lose it.

use std::rc::Rc;

use super::config::Config;
use super::state::State;
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
    let key = ns.assessment_key();
    let mut state = State::with((*blank).clone());
    let text = match storage::read(&key) {
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
                let copy = format!("{}v{version}.{now}", ns.premigration_prefix());
                if storage::write(&copy, text).is_err() {
                    // No room for the copy: keep the original where it is.
                    state.persistence = Persistence::MemoryOnly(format!(
                        "your saved data was made by an older Annexa (schema {version}) and there is no room to keep a copy of it before updating it, so Annexa will not overwrite it; export JSON to keep your work"
                    ));
                }
            }
        }
        Stored::Unreadable { reason } => {
            let backup = format!("{}{now}", ns.backup_prefix());
            let text = text.unwrap_or_default();
            if storage::write(&backup, &text).is_ok() {
                storage::remove(&key).ok();
                state.recovery = Some(Recovery {
                    backup_key: backup,
                    reason,
                    repaired: None,
                    changes: Vec::new(),
                });
            } else {
                // No room for a copy: leave the original where it is and
                // do not autosave over it.
                state.persistence = Persistence::MemoryOnly(format!(
                    "the saved data could not be read ({reason}) and there is no room to back it up, so Annexa will not overwrite it"
                ));
            }
        }
        Stored::Repairable {
            reason,
            repaired,
            changes,
        } => {
            let text = text.unwrap_or_default();
            // One backup per original text: a reload that offers the same
            // repair again reuses the copy it made.
            let kept = storage::keys_with_prefix(&ns.backup_prefix())
                .into_iter()
                .find(|k| storage::read(k).ok().flatten().as_deref() == Some(text.as_str()));
            let backup = match kept {
                Some(k) => Some(k),
                None => {
                    let k = format!("{}{now}", ns.backup_prefix());
                    storage::write(&k, &text).is_ok().then_some(k)
                }
            };
            match backup {
                Some(backup_key) => {
                    state.recovery = Some(Recovery {
                        backup_key,
                        reason,
                        repaired: Some(Rc::new(*repaired)),
                        changes,
                    });
                }
                None => {
                    state.persistence = Persistence::MemoryOnly(format!(
                        "the saved data could not be read ({reason}) and there is no room to back it up, so Annexa will not overwrite it"
                    ));
                }
            }
        }
    }
    state.stored_revision = storage::stored_revision(&ns.revision_key()).unwrap_or(0);
    // Unsaved forms: unreadable drafts are dropped, never the assessment.
    if let Ok(Some(text)) = storage::read(&ns.drafts_key()) {
        state.drafts = Rc::new(Drafts::from_json(&text));
    }
    Rc::new(state.with_blank(blank))
}

/// Outside the browser there is no storage: the configured blank state.
#[cfg(not(target_arch = "wasm32"))]
pub fn initial_state(config: &Config) -> Rc<State> {
    let blank = Rc::new(config.blank_assessment());
    Rc::new(State::with((*blank).clone()).with_blank(blank))
}
