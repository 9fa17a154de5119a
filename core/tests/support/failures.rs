//! The import failure classes, shared by core/tests/reliability.rs (the
//! domain's answer to each) and tests/reliability.rs (the store's), which
//! includes this file by path: a name, the bytes, the kind, the path and a
//! text the message must contain.
// Each including test binary uses its own part of this module.
#![allow(dead_code)]
// Tests write files with serde_json itself (clippy.toml keeps it out of
// the app only).
#![allow(clippy::disallowed_methods)]

use annexa_core::*;
use serde_json::{json, Value};

/// The worked example as schema 1 was released with it (`v1-example.json`):
/// today's example without the SoA decisions, the interested parties'
/// requirement links and R-05's acceptance of its residual risk, all added
/// since (every released value is unchanged).
pub fn released_example() -> Assessment {
    let mut a = example();
    let released = [
        "5.1", "5.31", "5.34", "8.25", "8.27", "8.28", "8.29", "8.30", "8.31", "8.33",
    ];
    a.soa
        .entries
        .retain(|id, _| released.contains(&id.to_string().as_str()));
    for p in &mut a.context.interested_parties {
        p.basis = None;
        p.controls.clear();
    }
    a.risks[4].treatment.acceptance = None;
    a
}

/// The export time of every file the tests write.
pub const NOW: Timestamp = Timestamp(1_795_430_100);

/// The worked example as exported text.
pub fn example_text() -> String {
    export(&example(), NOW)
}

/// The worked example as a JSON value.
pub fn example_value() -> Value {
    serde_json::from_str(&example_text()).expect("the example is JSON")
}

/// A JSON value as pretty-printed bytes.
pub fn pretty(v: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).expect("JSON")
}

/// A failure class: a name, the bytes, the kind, the path (if the error has
/// one) and a text the message must contain.
pub struct Case {
    pub what: &'static str,
    pub bytes: Vec<u8>,
    pub kind: ErrorKind,
    pub path: Option<&'static str>,
    pub text: &'static str,
}

/// The example with `mutate` applied, as bytes.
pub fn mutated(mutate: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = example_value();
    mutate(&mut v);
    pretty(&v)
}

/// Every failure class.
pub fn failure_cases() -> Vec<Case> {
    let case = |what, bytes, kind, path, text| Case {
        what,
        bytes,
        kind,
        path,
        text,
    };
    let mut long_list = String::from("{\"format\": \"annexa\", \"schema_version\": 1, \"app_version\": \"x\", \"exported_at\": \"2026-01-01T00:00:00Z\", \"assessment\": {\"context\": {\"sites\": [");
    for i in 0..=MAX_ITEMS {
        if i > 0 {
            long_list.push(',');
        }
        long_list.push_str("\"\"");
    }
    long_list.push_str("]}}}");
    vec![
        case(
            "not JSON",
            b"hello".to_vec(),
            ErrorKind::NotJson,
            None,
            "not valid JSON",
        ),
        case("empty", b" \n ".to_vec(), ErrorKind::NotJson, None, "empty"),
        case(
            "truncated",
            example_text().as_bytes()[..700].to_vec(),
            ErrorKind::Truncated,
            None,
            "ends too early",
        ),
        case(
            "trailing garbage",
            format!("{}}}", example_text()).into_bytes(),
            ErrorKind::NotJson,
            None,
            "trailing characters",
        ),
        case(
            "not an object",
            b"[1, 2]".to_vec(),
            ErrorKind::WrongFormat,
            None,
            "not an Annexa file",
        ),
        case(
            "no format",
            br#"{"schema_version": 1}"#.to_vec(),
            ErrorKind::WrongFormat,
            None,
            "no \"format\"",
        ),
        case(
            "wrong format",
            mutated(|v| v["format"] = json!("ciso-assistant")),
            ErrorKind::WrongFormat,
            Some("format"),
            "not made by Annexa",
        ),
        case(
            "newer schema_version",
            mutated(|v| v["schema_version"] = json!(SCHEMA_VERSION + 1)),
            ErrorKind::NewerSchema,
            Some("schema_version"),
            "made by a newer Annexa",
        ),
        case(
            "schema_version 0",
            mutated(|v| v["schema_version"] = json!(0)),
            ErrorKind::WrongFormat,
            Some("schema_version"),
            "does not exist",
        ),
        case(
            "schema_version not a number",
            mutated(|v| v["schema_version"] = json!("1")),
            ErrorKind::WrongType,
            Some("schema_version"),
            "whole number",
        ),
        case(
            "wrong type",
            mutated(|v| v["assessment"]["risks"][2]["likelihood"] = json!("high")),
            ErrorKind::WrongType,
            Some("assessment.risks[2].likelihood"),
            "expected u8",
        ),
        case(
            "list where text belongs",
            mutated(|v| v["assessment"]["context"]["organisation"] = json!(["a"])),
            ErrorKind::WrongType,
            Some("assessment.context.organisation"),
            "expected a string",
        ),
        case(
            "bad id",
            mutated(|v| v["assessment"]["assets"][0]["id"] = json!("asset one")),
            ErrorKind::WrongType,
            Some("assessment.assets[0].id"),
            "asset id",
        ),
        case(
            "bad date",
            mutated(|v| v["exported_at"] = json!("yesterday")),
            ErrorKind::WrongType,
            Some("exported_at"),
            "yesterday",
        ),
        case(
            "typo in a field name",
            mutated(|v| {
                let asset = v["assessment"]["assets"][1].as_object_mut().expect("asset");
                let owner = asset.remove("owner").expect("owner");
                asset.insert("ownr".into(), owner);
            }),
            ErrorKind::UnknownField,
            Some("assessment.assets[1].ownr"),
            "unknown field `ownr`",
        ),
        case(
            "out-of-range likelihood",
            mutated(|v| v["assessment"]["risks"][1]["likelihood"] = json!(9)),
            ErrorKind::OutOfRange,
            Some("assessment.risks[1].likelihood"),
            "1 to 5",
        ),
        case(
            "out-of-range rating",
            mutated(|v| v["assessment"]["assets"][3]["ratings"]["integrity"] = json!(0)),
            ErrorKind::OutOfRange,
            Some("assessment.assets[3].ratings.integrity"),
            "impact 0",
        ),
        case(
            "level beyond a smaller scale",
            mutated(|v| {
                let m = serde_json::to_value(Method::with_size(3, 3)).expect("method");
                v["assessment"]["method"] = m;
                for a in v["assessment"]["assets"].as_array_mut().expect("assets") {
                    a["ratings"] = json!({"confidentiality": 1, "integrity": 1, "availability": 1});
                }
                for r in v["assessment"]["risks"].as_array_mut().expect("risks") {
                    r["likelihood"] = json!(1);
                    r["current"] = Value::Null;
                    r["treatment"]["target"] = Value::Null;
                    r["impact_override"] = Value::Null;
                    if r["identification"]["kind"] == "event_based" {
                        r["identification"]["impact"] = json!(1);
                    }
                }
                v["assessment"]["risks"][4]["likelihood"] = json!(4);
            }),
            ErrorKind::OutOfRange,
            Some("assessment.risks[4].likelihood"),
            "1 to 3",
        ),
        case(
            "duplicate asset id",
            mutated(|v| v["assessment"]["assets"][1]["id"] = json!("A-01")),
            ErrorKind::DuplicateId,
            Some("assessment.assets[1].id"),
            "duplicate asset id \"A-01\"",
        ),
        case(
            "duplicate risk id",
            mutated(|v| v["assessment"]["risks"][5]["id"] = json!("R-01")),
            ErrorKind::DuplicateId,
            Some("assessment.risks[5].id"),
            "duplicate risk id \"R-01\"",
        ),
        case(
            "dangling asset",
            mutated(|v| {
                v["assessment"]["risks"][3]["identification"] =
                    json!({"kind": "asset_based", "assets": ["A-17"]})
            }),
            ErrorKind::DanglingReference,
            Some("assessment.risks[3].identification.assets[0]"),
            "unknown asset id \"A-17\"",
        ),
        case(
            "dangling threat",
            mutated(|v| v["assessment"]["risks"][0]["threat"] = json!("T999")),
            ErrorKind::DanglingReference,
            Some("assessment.risks[0].threat"),
            "unknown threat id \"T999\"",
        ),
        case(
            "dangling vulnerability",
            mutated(|v| v["assessment"]["risks"][0]["vulnerabilities"] = json!(["V01", "V999"])),
            ErrorKind::DanglingReference,
            Some("assessment.risks[0].vulnerabilities[1]"),
            "unknown vulnerability id \"V999\"",
        ),
        case(
            "unknown control",
            mutated(|v| v["assessment"]["risks"][0]["existing_controls"] = json!(["5.99"])),
            ErrorKind::DanglingReference,
            Some("assessment.risks[0].existing_controls[0]"),
            "unknown control \"5.99\"",
        ),
        case(
            "text over the limit",
            mutated(|v| {
                v["assessment"]["assets"][0]["description"] = json!("x".repeat(MAX_TEXT + 1))
            }),
            ErrorKind::TooLong,
            Some("assessment.assets[0].description"),
            "limit is 20000",
        ),
        case(
            "escaped text over the limit",
            mutated(|v| v["assessment"]["risks"][0]["title"] = json!("\n".repeat(MAX_TEXT + 1))),
            ErrorKind::TooLong,
            Some("assessment.risks[0].title"),
            "limit is 20000",
        ),
        case(
            "too many items",
            long_list.into_bytes(),
            ErrorKind::TooMany,
            Some("assessment.context.sites"),
            "more than 100000 items",
        ),
        case(
            "deep nesting",
            format!("{}{}", "[".repeat(100), "]".repeat(100)).into_bytes(),
            ErrorKind::TooDeep,
            Some(Box::leak("[0]".repeat(32).into_boxed_str())),
            "nests deeper",
        ),
        case(
            "deep nesting inside a file",
            mutated(|v| {
                let mut deep = json!(1);
                for _ in 0..40 {
                    deep = json!([deep]);
                }
                v["assessment"]["context"]["sites"] = deep;
            }),
            ErrorKind::TooDeep,
            Some(Box::leak(
                format!("assessment.context.sites{}", "[0]".repeat(29)).into_boxed_str(),
            )),
            "nests deeper than 32",
        ),
        case(
            "invalid UTF-8",
            b"{\n  \"format\": \"annexa\xff\"}".to_vec(),
            ErrorKind::InvalidUtf8,
            None,
            "not UTF-8",
        ),
        case(
            "too large",
            vec![b' '; MAX_IMPORT_BYTES + 1],
            ErrorKind::TooLarge,
            None,
            "up to 64 MB",
        ),
        case(
            "bad matrix",
            mutated(|v| v["assessment"]["method"]["matrix"]["grid"][0] = json!([0, 0])),
            ErrorKind::Invalid,
            Some("assessment.method.matrix.grid[0]"),
            "impact scale has 5 steps",
        ),
    ]
}
