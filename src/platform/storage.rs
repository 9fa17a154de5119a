//! `localStorage`, with every failure mapped to an error a person can act on.

use web_sys::Storage;

use crate::domain::text::{msg, text, text_with};

/// The key of the autosaved assessment of the default namespace (the
/// standalone app). The `v1` is the storage layout version; the schema
/// version travels inside the stored envelope. Other namespaces use
/// `annexa.v1.ns.<name>.assessment` (see `app::Namespace`).
pub const ASSESSMENT_KEY: &str = "annexa.v1.assessment";
/// The key prefix of copies kept when stored data of the default namespace
/// could not be read.
pub const BACKUP_PREFIX: &str = "annexa.v1.backup.";
/// The key prefix of copies of autosaved data kept before it was migrated
/// from an older schema version.
pub const PREMIGRATION_PREFIX: &str = "annexa.v1.pre-migration.";
/// The key of the save counter: every autosave bumps it, so a tab can tell
/// that another tab has saved since it last loaded or saved.
pub const REVISION_KEY: &str = "annexa.v1.revision";

/// Why storage failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser blocks storage (private mode, settings, sandboxed frame).
    Unavailable(String),
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Another failure.
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(why) => f.write_str(&text_with(
                msg::STORAGE_UNAVAILABLE,
                &[("why", why.as_str().into())],
            )),
            StorageError::QuotaExceeded => f.write_str(&text(msg::STORAGE_FULL)),
            StorageError::Other(why) => f.write_str(&text_with(
                msg::STORAGE_FAILED,
                &[("why", why.as_str().into())],
            )),
        }
    }
}

fn describe(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone())
        .message()
        .as_string()
        .filter(|s| !s.is_empty())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| text(msg::REASON_UNKNOWN))
}

fn is_quota(e: &wasm_bindgen::JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}

/// The page's `localStorage`.
pub fn local() -> Result<Storage, StorageError> {
    if !super::IN_BROWSER {
        return Err(StorageError::Unavailable(text(msg::REASON_NO_BROWSER)));
    }
    let window =
        web_sys::window().ok_or_else(|| StorageError::Unavailable(text(msg::REASON_NO_WINDOW)))?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(StorageError::Unavailable(text(msg::REASON_STORAGE_OFF))),
        Err(e) => Err(StorageError::Unavailable(describe(&e))),
    }
}

/// Reads a key.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?
        .get_item(key)
        .map_err(|e| StorageError::Other(describe(&e)))
}

/// Writes a key.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(|e| {
        if is_quota(&e) {
            StorageError::QuotaExceeded
        } else {
            StorageError::Other(describe(&e))
        }
    })
}

/// Removes a key.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?
        .remove_item(key)
        .map_err(|e| StorageError::Other(describe(&e)))
}

/// The save counter stored under `revision_key` (0 when there is none or
/// it is unreadable).
pub fn stored_revision(revision_key: &str) -> Result<u64, StorageError> {
    Ok(read(revision_key)?
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0))
}

/// Saves the assessment's text under `key` and then the save counter
/// `revision` under `revision_key`. When the text cannot be written
/// (quota), storage keeps what it had: a failed `setItem` changes nothing.
/// A failure of the counter alone is ignored: the data is saved, and other
/// tabs learn of it from the data's own `storage` event.
pub fn save_assessment(
    key: &str,
    revision_key: &str,
    text: &str,
    revision: u64,
) -> Result<(), StorageError> {
    write(key, text)?;
    write(revision_key, &revision.to_string()).ok();
    Ok(())
}

/// Calls `changed` whenever another tab or window of this origin saves or
/// clears the assessment stored under `key` (the browser's `storage`
/// event, which never fires in the tab that wrote). Keep the returned
/// listener; dropping it stops listening. `None` outside the browser.
pub fn on_external_change(
    key: String,
    changed: impl Fn() + 'static,
) -> Option<gloo::events::EventListener> {
    if !super::IN_BROWSER {
        return None;
    }
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            use wasm_bindgen::JsCast;
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // `key` is null when the other tab cleared all of storage.
            let ours = match event.key() {
                None => true,
                Some(k) => k == key,
            };
            if ours {
                changed();
            }
        },
    ))
}

/// Reloads the page, so that it starts again from what is stored.
pub fn reload_page() {
    if !super::IN_BROWSER {
        return;
    }
    if let Some(w) = web_sys::window() {
        w.location().reload().ok();
    }
}

/// The keys that start with `prefix` (kept backups or pre-migration
/// copies), oldest first: the keys end with their time stamp.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    if !super::IN_BROWSER {
        return Vec::new();
    }
    let Ok(s) = local() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    crate::domain::sort::sort(&mut keys);
    keys
}
