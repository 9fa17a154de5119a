//! `localStorage`, with every failure mapped to an error a person can act on.

use web_sys::Storage;

/// The key of the autosaved assessment of the default namespace (the
/// standalone app). The `v1` is the storage layout version; the schema
/// version travels inside the stored envelope. Other namespaces use
/// `annexa.v1.ns.<name>.assessment` (see `app::Namespace`).
pub const ASSESSMENT_KEY: &str = "annexa.v1.assessment";
/// The key prefix of copies kept when stored data of the default namespace
/// could not be read.
pub const BACKUP_PREFIX: &str = "annexa.v1.backup.";

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
            StorageError::Unavailable(why) => write!(
                f,
                "this browser does not let Annexa store data ({why}); your work stays in this tab only, so export JSON before you close it"
            ),
            StorageError::QuotaExceeded => f.write_str(
                "the browser's storage is full, so your latest changes are not saved; export JSON now, then free space by clearing other sites' data",
            ),
            StorageError::Other(why) => write!(f, "saving failed ({why}); export JSON to keep a copy"),
        }
    }
}

fn describe(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone())
        .message()
        .as_string()
        .filter(|s| !s.is_empty())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown reason".into())
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
        return Err(StorageError::Unavailable("not running in a browser".into()));
    }
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(StorageError::Unavailable("storage is switched off".into())),
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

/// The keys of kept backups under `prefix`, newest last.
pub fn backup_keys(prefix: &str) -> Vec<String> {
    if !super::IN_BROWSER {
        return Vec::new();
    }
    let Ok(s) = local() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}
