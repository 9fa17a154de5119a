//! The repair of a file or an assessment that fails validation: what can
//! be mended without guessing is mended, and every change is listed with
//! its JSON path, for the app's recovery view to show.
//!
//! Mended: texts longer than [`MAX_TEXT`] characters (shortened to the
//! limit) and asset or risk ids that do not fit the id format (renumbered
//! to the lowest free number, with every reference to them). Anything else
//! (a wrong type, a dangling reference, a duplicate id) is left as it is,
//! and the repaired file is then read by [`import`] like any other, so
//! the result either imports or says what is still wrong.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::prescan::prescan_with;
use super::{decode, import, json_error, migrate, Envelope, SCHEMA_VERSION};
use crate::error::Result;
use crate::model::{next_free, Assessment, AssetId, RiskId, MAX_ID};
use crate::validate::MAX_TEXT;

/// What one [`Repair`] changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RepairKind {
    /// A text was longer than [`MAX_TEXT`] characters: its end was cut off.
    Shortened {
        /// Its length before, in characters.
        from_chars: usize,
        /// Its length after (the limit), in characters.
        to_chars: usize,
    },
    /// An asset or risk id did not fit the id format (`A-01` to
    /// `A-999999`, `R-01` to `R-999999`): it got the lowest free number, and
    /// every reference to it follows.
    Renumbered {
        /// The id as it was written.
        from: String,
        /// The new id.
        to: String,
    },
}

/// One change made by [`repair`] or [`repair_assessment`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// The JSON path of the value changed, as errors name it
    /// (`assessment.context.organisation`, `assessment.risks[3].id`).
    pub path: String,
    /// What was changed.
    #[serde(flatten)]
    pub change: RepairKind,
}

impl Repair {
    /// What was changed, as the recovery view lists it (text layer:
    /// `repair-shortened`, `repair-renumbered`).
    pub fn message(&self) -> String {
        use crate::text::{msg, text_with};
        match &self.change {
            RepairKind::Shortened {
                from_chars,
                to_chars,
            } => text_with(
                msg::REPAIR_SHORTENED,
                &[
                    ("path", self.path.as_str().into()),
                    ("from", (*from_chars).into()),
                    ("to", (*to_chars).into()),
                ],
            ),
            RepairKind::Renumbered { from, to } => text_with(
                msg::REPAIR_RENUMBERED,
                &[
                    ("path", self.path.as_str().into()),
                    ("from", from.as_str().into()),
                    ("to", to.as_str().into()),
                ],
            ),
        }
    }
}

impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// A repaired file: what [`import`] reads from it once mended, and the
/// changes made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repaired {
    /// The imported file, after the repair.
    pub envelope: Envelope,
    /// Every change, in document order; empty when the file needed none.
    pub changes: Vec<Repair>,
}

/// Repairs the bytes of an Annexa file that [`import`] refuses, where it can
/// (see the module's documentation), then imports them. The size, encoding,
/// nesting and list limits hold as for [`import`]; only texts may be longer
/// than [`MAX_TEXT`] here, since they are shortened. An error means the file
/// still does not import; it names the path of what is left to fix by hand.
pub fn repair(bytes: &[u8]) -> Result<Repaired> {
    let text = decode(bytes)?;
    prescan_with(text, usize::MAX)?;
    let mut value: Value = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    if let Some(obj) = value.as_object_mut() {
        let version = obj
            .get("schema_version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok());
        if let (Some(v), Some(payload)) = (version, obj.get_mut("assessment")) {
            migrate(payload, v)?;
            obj.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
        }
    }
    let mut changes = Vec::new();
    if let Some(payload) = value.get_mut("assessment") {
        repair_value(payload, "assessment", &mut changes);
    }
    if changes.is_empty() {
        // Nothing mended: the import's own errors, with their positions.
        return import(bytes).map(|envelope| Repaired { envelope, changes });
    }
    let mended = crate::json::try_to_string(&value, crate::json::Layout::Pretty)
        .map_err(|e| json_error(&e))?;
    let envelope = import(mended.as_bytes())?;
    Ok(Repaired { envelope, changes })
}

/// Repairs an assessment in memory as [`repair`] repairs a file: over-long
/// texts shortened, ids outside the format renumbered. The paths are
/// relative to the assessment (`context.organisation`), as
/// [`problems`](crate::problems) with an empty root gives them.
pub fn repair_assessment(a: &mut Assessment) -> Vec<Repair> {
    let Ok(mut value) = crate::json::to_value(&*a) else {
        return Vec::new();
    };
    let mut changes = Vec::new();
    repair_value(&mut value, "", &mut changes);
    if changes.is_empty() {
        return changes;
    }
    match crate::json::from_value(&value) {
        Ok(mended) => {
            *a = mended;
            changes
        }
        Err(_) => Vec::new(),
    }
}

fn join(root: &str, key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    let key = if bare {
        key.to_owned()
    } else {
        crate::json::to_string(key, crate::json::Layout::Compact)
    };
    if root.is_empty() {
        key
    } else {
        format!("{root}.{key}")
    }
}

/// Repairs the value of an assessment at `root`.
fn repair_value(a: &mut Value, root: &str, changes: &mut Vec<Repair>) {
    shorten(a, root, changes);
    let assets = renumber(a, "assets", "A", root, changes, |s| {
        s.parse::<AssetId>().ok().map(|x| x.0)
    });
    let risks = renumber(a, "risks", "R", root, changes, |s| {
        s.parse::<RiskId>().ok().map(|x| x.0)
    });
    if !assets.is_empty() {
        if let Some(list) = a.get_mut("risks").and_then(Value::as_array_mut) {
            for risk in list {
                let refs = risk
                    .get_mut("identification")
                    .and_then(|i| i.get_mut("assets"))
                    .and_then(Value::as_array_mut);
                for r in refs.into_iter().flatten() {
                    follow(r, &assets);
                }
            }
        }
    }
    if !risks.is_empty() {
        let raised = a
            .get_mut("gap_check")
            .and_then(|g| g.get_mut("raised_risks"))
            .and_then(Value::as_object_mut);
        for r in raised.into_iter().flat_map(|m| m.values_mut()) {
            follow(r, &risks);
        }
    }
}

/// Points a reference at the new id of a renumbered item.
fn follow(r: &mut Value, renumbered: &BTreeMap<String, String>) {
    if let Some(new) = r.as_str().and_then(|s| renumbered.get(s)) {
        *r = Value::String(new.clone());
    }
}

/// Shortens every text longer than [`MAX_TEXT`] characters. The nesting is
/// bounded by the pre-scan (or by the types), so recursion is safe.
fn shorten(v: &mut Value, path: &str, changes: &mut Vec<Repair>) {
    match v {
        Value::String(s) => {
            let n = s.chars().count();
            if n > MAX_TEXT {
                let cut = s.char_indices().nth(MAX_TEXT).map_or(s.len(), |(i, _)| i);
                s.truncate(cut);
                changes.push(Repair {
                    path: path.to_owned(),
                    change: RepairKind::Shortened {
                        from_chars: n,
                        to_chars: MAX_TEXT,
                    },
                });
            }
        }
        Value::Array(list) => {
            for (i, x) in list.iter_mut().enumerate() {
                shorten(x, &format!("{path}[{i}]"), changes);
            }
        }
        Value::Object(map) => {
            for (k, x) in map.iter_mut() {
                shorten(x, &join(path, k), changes);
            }
        }
        _ => {}
    }
}

/// Gives every item of the list `key` whose `id` does not fit the format
/// the lowest free number; returns old id text → new id text (the first
/// item wins where two share a bad id).
fn renumber(
    a: &mut Value,
    key: &str,
    prefix: &str,
    root: &str,
    changes: &mut Vec<Repair>,
    parse: fn(&str) -> Option<u32>,
) -> BTreeMap<String, String> {
    let mut renumbered = BTreeMap::new();
    let at = join(root, key);
    let Some(list) = a.get_mut(key).and_then(Value::as_array_mut) else {
        return renumbered;
    };
    let fits = |v: Option<&Value>| -> Option<u32> {
        parse(v?.as_str()?).filter(|n| (1..=MAX_ID).contains(n))
    };
    let mut used: Vec<u32> = list.iter().filter_map(|x| fits(x.get("id"))).collect();
    for (i, item) in list.iter_mut().enumerate() {
        let Some(obj) = item.as_object_mut() else {
            continue;
        };
        // A missing id is left for the import to report: only ids written
        // outside the format are renumbered.
        if obj.get("id").is_none() || fits(obj.get("id")).is_some() {
            continue;
        }
        let Some(n) = next_free(used.iter().copied()) else {
            break;
        };
        used.push(n);
        let to = format!("{prefix}-{n:02}");
        let from = match obj.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => continue,
        };
        renumbered.entry(from.clone()).or_insert_with(|| to.clone());
        obj.insert("id".into(), Value::String(to.clone()));
        changes.push(Repair {
            path: format!("{at}[{i}].id"),
            change: RepairKind::Renumbered { from, to },
        });
    }
    renumbered
}
