//! Start-up: read the autosaved assessment, and never lose it.

use std::rc::Rc;

use super::store::State;

/// The state to start with. Unreadable stored data is moved to a backup key
/// (never deleted) and the app starts empty with a recovery banner; blocked
/// storage starts empty with a banner saying the data stays in this tab.
#[cfg(target_arch = "wasm32")]
pub fn initial_state() -> Rc<State> {
    use super::store::{Persistence, Recovery};
    use crate::domain;
    use crate::platform::storage;

    let mut state = State::default();
    match storage::read(storage::ASSESSMENT_KEY) {
        Ok(None) => {}
        Ok(Some(text)) => match domain::import(text.as_bytes()) {
            Ok(env) => state = State::with(env.assessment),
            Err(e) => {
                let key = format!("{}{}", storage::BACKUP_PREFIX, crate::platform::now());
                let kept = storage::write(&key, &text).is_ok();
                if kept {
                    storage::remove(storage::ASSESSMENT_KEY).ok();
                    state.recovery = Some(Recovery {
                        backup_key: key,
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
    Rc::new(state)
}

/// Outside the browser there is no storage: an empty state.
#[cfg(not(target_arch = "wasm32"))]
pub fn initial_state() -> Rc<State> {
    Rc::new(State::default())
}
