//! Control ids in a file, before it is read into the model: two keys of
//! the SoA's entries that name one control ("A.5.1" and "5.1") are refused
//! with both paths, and in a file whose context edition is 2013 the 2013
//! control ids (A.12.6.1) are mapped to their 2022 successors through
//! ISO/IEC 27001:2022 Annex B, and the mapping is recorded in the SoA's
//! document control so that the SoA says what it was produced from.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::catalogue::{current_of, ControlId, LegacyControlId};
use crate::error::{Error, ErrorKind, Result};
use crate::locate::locate;

/// The path of an SoA entry's key, as validation writes it.
fn entry_path(key: &str) -> String {
    format!("assessment.soa.entries.\"{key}\"")
}

/// The 2022 ids of a 2013 id, as text; `None` for a string that is not a
/// 2013 id with successors.
fn successors(s: &str) -> Option<(LegacyControlId, Vec<ControlId>)> {
    let legacy: LegacyControlId = s.parse().ok()?;
    let now = current_of(legacy);
    (!now.is_empty()).then(|| (legacy, now.to_vec()))
}

/// Maps the 2013 ids of one list of control ids, in place.
fn map_list(list: Option<&mut Value>, mapping: &mut BTreeMap<LegacyControlId, Vec<ControlId>>) {
    let Some(Value::Array(items)) = list else {
        return;
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        match item.as_str().and_then(successors) {
            Some((legacy, now)) => {
                out.extend(now.iter().map(|c| Value::from(c.to_string())));
                mapping.insert(legacy, now);
            }
            None => out.push(item),
        }
    }
    *items = out;
}

/// Checks and, for a 2013 file, maps the control ids of `assessment` (the
/// envelope's payload, before it is deserialised; `text` is the file, to
/// put the keys in document order). Errors: two SoA keys that name one
/// control (kind `DuplicateId`, at the later key, with both paths in the
/// message).
pub(super) fn control_ids(assessment: &mut Value, text: &str) -> Result<()> {
    let edition_2013 = assessment.pointer("/context/edition") == Some(&Value::from("2013"));
    let mut mapping: BTreeMap<LegacyControlId, Vec<ControlId>> = BTreeMap::new();
    if edition_2013 {
        if let Some(Value::Array(risks)) = assessment.get_mut("risks") {
            for r in risks.iter_mut() {
                map_list(r.get_mut("existing_controls"), &mut mapping);
                map_list(r.pointer_mut("/treatment/planned_controls"), &mut mapping);
            }
        }
    }
    if let Some(Value::Object(entries)) = assessment.pointer_mut("/soa/entries") {
        let mut seen: BTreeMap<ControlId, String> = BTreeMap::new();
        let mut out = Map::new();
        for (key, entry) in std::mem::take(entries) {
            let (ids, rename) = match key.parse::<ControlId>() {
                Ok(id) => (vec![id], false),
                Err(_) => match successors(&key).filter(|_| edition_2013) {
                    Some((legacy, now)) => {
                        mapping.insert(legacy, now.clone());
                        (now, true)
                    }
                    // Not an id: the model's reader says what is wrong.
                    None => {
                        out.insert(key, entry);
                        continue;
                    }
                },
            };
            for id in &ids {
                if let Some(other) = seen.get(id) {
                    let (mut first, mut second) = (entry_path(other), entry_path(&key));
                    if locate(text, &second) < locate(text, &first) {
                        std::mem::swap(&mut first, &mut second);
                    }
                    return Err(Error::new(
                        ErrorKind::DuplicateId,
                        format!(
                            "{first} and {second} both name control {id}, so one of them would be dropped: keep one entry for {id} and move what the other holds into it",
                        ),
                    )
                    .at(second));
                }
                seen.insert(*id, key.clone());
                let name = if rename { id.to_string() } else { key.clone() };
                out.insert(name, entry.clone());
            }
        }
        *entries = out;
    }
    if !mapping.is_empty() {
        // Inserted one by one: collecting would sort (see `crate::sort`).
        let mut record = serde_json::Map::new();
        for (l, now) in &mapping {
            record.insert(
                l.to_string(),
                Value::from(now.iter().map(ToString::to_string).collect::<Vec<_>>()),
            );
        }
        let record = Value::Object(record);
        if let Some(obj) = assessment.as_object_mut() {
            let soa = obj
                .entry("soa")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Some(soa) = soa.as_object_mut() {
                let doc = soa
                    .entry("document")
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Some(doc) = doc.as_object_mut() {
                    match doc.get_mut("mapped_from_2013") {
                        Some(Value::Object(old)) => {
                            if let Value::Object(new) = record {
                                old.extend(new);
                            }
                        }
                        _ => {
                            doc.insert("mapped_from_2013".into(), record);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}
