//! Typed deserialisation with the JSON path of the first error, without
//! `serde_path_to_error`: that crate wraps every `Deserialize` impl of the
//! model in its own generic tracker, about 156 KiB of the web app's
//! WebAssembly (a quarter of it after brotli goes to a first visit).
//!
//! Instead the value is written out compactly and read from that text with
//! serde_json's reader (one copy of the model's `Deserialize` code), and on
//! an error the text is scanned up to the error's column to name the path,
//! in the same form: `assessment.risks[3].title`, map keys bare.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// `T` read from `value`; on failure the error's message (without
/// serde_json's "at line 1 column N") and the path of the value it is
/// about (empty for the top level; an unknown field's path ends in the
/// field's name). Writing `value` out and reading it back costs about as
/// much as the parse that made it.
pub fn deserialize_with_path<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    let text = value.to_string();
    serde_json::from_str(&text).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
        (message, path_at(&text, e.column()))
    })
}

/// One level of the scan: an object and the key being read, or an array
/// and the index of its current element.
enum Level {
    Object(Option<String>),
    Array(Option<usize>),
}

/// The path of the value being read after the first `end` bytes of the
/// compact JSON `text` (serde_json's column on its one line): the value
/// just read, or whose key was just read. A missing field is reported
/// after its object's `}`, so its path is the object's. Never panics: a
/// cut inside a string or a number gives the path reached so far.
fn path_at(text: &str, end: usize) -> String {
    let b = text.as_bytes();
    let end = end.min(b.len());
    let mut stack: Vec<Level> = Vec::new();
    // In an object: true between a key's opening quote and its colon.
    let mut in_key = false;
    let mut i = 0;
    while i < end {
        match b[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Level::Object(key)) = stack.last_mut() {
                    if in_key {
                        let raw = text.get(start..(i + 1).min(b.len())).unwrap_or("");
                        *key = Some(serde_json::from_str::<String>(raw).unwrap_or_default());
                    }
                }
            }
            b'{' => {
                stack.push(Level::Object(None));
                in_key = true;
            }
            b'[' => {
                stack.push(Level::Array(Some(0)));
                in_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                in_key = false;
            }
            b':' => in_key = false,
            b',' => match stack.last_mut() {
                Some(Level::Array(Some(n))) => *n += 1,
                Some(Level::Object(_)) => in_key = true,
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &stack {
        match level {
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Array(Some(n)) => {
                path.push('[');
                path.push_str(&n.to_string());
                path.push(']');
            }
            _ => {}
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        level: u8,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
        map: std::collections::BTreeMap<String, Item>,
    }

    fn error(v: Value) -> (String, String) {
        deserialize_with_path::<Doc>(&v).expect_err("invalid")
    }

    #[test]
    fn paths_name_the_value_in_error() {
        let ok = serde_json::json!({"items": [{"name": "a", "level": 1}], "map": {}});
        assert!(deserialize_with_path::<Doc>(&ok).is_ok());
        let item = |level: Value| serde_json::json!({"name": "b", "level": level});
        let (m, p) =
            error(serde_json::json!({"items": [item(1.into()), item("x".into())], "map": {}}));
        assert_eq!(p, "items[1].level");
        assert!(m.starts_with("invalid type: string \"x\""), "{m}");
        assert!(!m.contains("column"), "{m}");
        let (m, p) = error(serde_json::json!({"items": [{"name": "a", "levle": 1}], "map": {}}));
        assert_eq!(p, "items[0].levle");
        assert!(m.starts_with("unknown field `levle`"), "{m}");
        let (m, p) = error(serde_json::json!({"items": [], "map": {"5.1": {"name": "a"}}}));
        assert_eq!(p, "map.5.1");
        assert!(m.starts_with("missing field `level`"), "{m}");
        let (_, p) =
            error(serde_json::json!({"items": [], "map": {"k\"q": {"name": [1], "level": 1}}}));
        assert_eq!(p, "map.k\"q.name");
        let (m, p) = error(serde_json::json!({"items": []}));
        assert_eq!(p, "");
        assert!(m.starts_with("missing field `map`"), "{m}");
        let (_, p) = error(serde_json::json!({"items": {"name": "a"}, "map": {}}));
        assert_eq!(p, "items");
    }
}
