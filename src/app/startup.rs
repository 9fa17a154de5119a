//! Start-up: read the autosaved assessment, and never lose it.

use std::rc::Rc;

use super::config::Config;
use super::store::State;

/// The state to start with, from the configuration's storage namespace.
/// Empty storage starts from the configured blank assessment. Unreadable
/// stored data is moved to a backup key (never deleted) and the app starts
/// empty with a recovery banner; blocked storage starts empty with a banner
/// saying the data stays in this tab.
#[cfg(target_arch = "wasm32")]
pub fn initial_state(config: &Config) -> Rc<State> {
    use super::store::{Persistence, Recovery};
    use crate::domain;
    use crate::platform::storage;

    let blank = Rc::new(config.blank_assessment());
    let key = config.namespace.assessment_key();
    let mut state = State::with((*blank).clone());
    match storage::read(&key) {
        Ok(None) => {}
        Ok(Some(text)) => match domain::import(text.as_bytes()) {
            Ok(env) => state = State::with(env.assessment),
            Err(e) => {
                let backup = format!(
                    "{}{}",
                    config.namespace.backup_prefix(),
                    crate::platform::now()
                );
                let kept = storage::write(&backup, &text).is_ok();
                if kept {
                    storage::remove(&key).ok();
                    state.recovery = Some(Recovery {
                        backup_key: backup,
                        reason: e.to_string(),
                    });
                } else {
                    // No room for a copy: leave the original where it is and
                    // do not autosave over it.
                    state.persistence = Persistence::MemoryOnly(format!(
                        "the saved data could not be read ({e}) and there is no room to back it up, so Annexa will not overwrite it"
                    ));
                }
            }
        },
        Err(e) => state.persistence = Persistence::MemoryOnly(e.to_string()),
    }
    Rc::new(state.with_blank(blank))
}

/// Outside the browser there is no storage: the configured blank state.
#[cfg(not(target_arch = "wasm32"))]
pub fn initial_state(config: &Config) -> Rc<State> {
    let blank = Rc::new(config.blank_assessment());
    Rc::new(State::with((*blank).clone()).with_blank(blank))
}
