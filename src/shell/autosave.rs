//! The autosave: the assessment a moment after the last change, the
//! unsaved forms under their own key, and the stop when another tab saves.
//!
//! A save runs in three steps. On the page's thread the assessment is
//! written as compact JSON (`export_compact`); the save worker reads that
//! text back through `import` ([`platform::save_check`]), so that only what
//! loads again is stored, without the read holding up the page; and when
//! the answer comes the page stores the text, if it is still the latest
//! version and no other tab has saved since. A closing page does all three
//! at once, on its own thread.
//!
//! [`platform::save_check`]: crate::platform::save_check

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::store::{Action, Config, Store};

/// How long after the last change the assessment is saved.
pub const AUTOSAVE_DELAY_MS: u32 = 250;

/// The store as of the latest render: a check's answer arrives later than
/// the render that started it, and must see the state as it is then.
type Latest = Rc<RefCell<Store>>;

/// Autosaves the assessment a moment after the last change, so typing
/// stays fast with large registers (a hidden or closing page saves at
/// once); keeps unsaved forms the same way under their own key; and stops
/// autosaving when another tab saves, until the user chooses.
#[hook]
pub(super) fn use_autosave(store: &Store, config: &Rc<Config>) {
    let latest = use_mut_ref(|| store.clone());
    *latest.borrow_mut() = store.clone();
    {
        let store = store.clone();
        let config = config.clone();
        use_effect_with(store.revision, move |rev| {
            let rev = *rev;
            let pending = crate::platform::after(AUTOSAVE_DELAY_MS, move || {
                autosave(&store, &config, rev, latest)
            });
            move || drop(pending)
        });
    }
    {
        // Unsaved forms are kept by the same autosave, under their own key.
        let store = store.clone();
        let config = config.clone();
        use_effect_with(store.draft_revision, move |rev| {
            let pending = (*rev > 0).then(|| {
                crate::platform::after(AUTOSAVE_DELAY_MS, move || save_drafts(&store, &config))
            });
            move || drop(pending)
        });
    }
    {
        // Another tab's save arrives as a `storage` event: stop autosaving
        // until the user chooses (see Action::ExternalChange).
        let store = store.clone();
        let key = config.namespace.assessment_key();
        use_effect_with(key, move |key| {
            let listener = crate::platform::storage::on_external_change(key.clone(), move || {
                store.dispatch(Action::ExternalChange)
            });
            move || drop(listener)
        });
    }
}

/// Whether the autosave may write `rev` of `store`'s assessment now: it is
/// the latest version, no other tab's newer save is unresolved, and
/// storage is on.
#[cfg(target_arch = "wasm32")]
fn may_save(store: &Store, rev: u64) -> bool {
    rev != 0
        && rev == store.revision
        && !store.conflict
        && !matches!(store.persistence, crate::store::Persistence::MemoryOnly(_))
}

/// Saves revision `rev` of the assessment. It never writes while another
/// tab's newer save is unresolved, and it checks the stored save counter
/// before exporting and again before writing, so a save another tab made
/// since is never silently overwritten. It writes only what loads again
/// ([`crate::platform::save_check`]); otherwise it writes nothing and the
/// banner names the field.
#[cfg(target_arch = "wasm32")]
fn autosave(store: &Store, config: &Rc<Config>, rev: u64, latest: Latest) {
    if !may_save(store, rev) || !counter_unchanged(store, config) {
        return;
    }
    let now = crate::platform::now();
    let text = crate::domain::export_compact(&store.assessment, now);
    let config = config.clone();
    crate::platform::save_check::check(text, move |checked| {
        // The state as it is now: the user may have edited meanwhile (that
        // version's own save follows), or another tab may have saved.
        let store = latest.borrow().clone();
        store_checked(&store, &config, rev, now, checked);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn autosave(_store: &Store, _config: &Rc<Config>, _rev: u64, _latest: Latest) {}

/// False, after telling the store, when the stored save counter shows that
/// another tab saved since this one last loaded or saved, or when storage
/// cannot be read.
#[cfg(target_arch = "wasm32")]
fn counter_unchanged(store: &Store, config: &Config) -> bool {
    match crate::platform::storage::stored_revision(&config.namespace.revision_key()) {
        Ok(stored) if stored != store.stored_revision => {
            store.dispatch(Action::ExternalChange);
            false
        }
        Ok(_) => true,
        Err(e) => {
            store.dispatch(Action::SaveFailed(e.to_string()));
            false
        }
    }
}

/// Stores the checked text of revision `rev`, saved at `now`, when it is
/// still the one to store; what would not load again is never written
/// (the banner names the field, and what was saved before stays).
#[cfg(target_arch = "wasm32")]
fn store_checked(
    store: &Store,
    config: &Config,
    rev: u64,
    now: crate::domain::Timestamp,
    checked: crate::platform::save_check::Checked,
) {
    use crate::platform::save_check::Checked;
    use crate::platform::storage;
    if !may_save(store, rev) {
        return;
    }
    let text = match checked {
        Checked::Loads(text) => text,
        Checked::Refused { path, problem } => {
            store.dispatch(crate::store::SaveRefusal::new(path, problem).into());
            return;
        }
    };
    if !counter_unchanged(store, config) {
        return;
    }
    let ns = &config.namespace;
    let next = store.stored_revision + 1;
    match storage::save_assessment(&ns.assessment_key(), &ns.revision_key(), &text, next) {
        Ok(()) => store.dispatch(Action::Saved(rev, next, now)),
        Err(e) => store.dispatch(Action::SaveFailed(e.to_string())),
    }
}

/// Saves the unsaved forms beside the assessment (or removes them when
/// there are none). A failure here never touches the assessment.
#[cfg(target_arch = "wasm32")]
fn save_drafts(store: &Store, config: &Config) {
    use crate::platform::storage;
    if matches!(store.persistence, crate::store::Persistence::MemoryOnly(_)) {
        return;
    }
    let key = config.namespace.drafts_key();
    if store.drafts.is_empty() {
        storage::remove(&key).ok();
    } else if let Some(text) = store.drafts.to_json() {
        storage::write(&key, &text).ok();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn save_drafts(_store: &Store, _config: &Config) {}
