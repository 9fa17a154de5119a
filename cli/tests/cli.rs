//! Tests of the `annexa` binary: exit codes, output formats, errors.
#![cfg(not(target_arch = "wasm32"))]
// Tests may use serde_json's own writers (clippy.toml keeps them out of
// the app and the core).
#![allow(clippy::disallowed_methods)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn annexa(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annexa"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("annexa runs");
    if let Some(input) = stdin {
        // A command that fails before reading its input (a bad option) may
        // exit and close the pipe first: that is not a failure of the test.
        match child.stdin.take().expect("stdin").write_all(input) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => other.expect("write stdin"),
        }
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("annexa finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

fn example_file() -> (tempdir::Dir, String) {
    let dir = tempdir::Dir::new();
    let path = dir.path("example.json");
    let out = annexa(&["example"], None);
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(&path, &out.stdout).expect("write example");
    (dir, path)
}

/// A throwaway folder under target/, removed on drop.
mod tempdir {
    pub struct Dir(std::path::PathBuf);
    impl Dir {
        pub fn new() -> Dir {
            static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let p = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("cli-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&p).expect("temp dir");
            Dir(p)
        }
        pub fn path(&self, name: &str) -> String {
            self.0.join(name).to_string_lossy().into_owned()
        }
    }
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[test]
fn catalogue_json_2022_has_the_documented_keys() {
    let out = annexa(&["catalogue"], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let controls = v.as_array().expect("array");
    assert_eq!(controls.len(), 93);
    let c = &controls[0];
    for key in [
        "id",
        "theme",
        "title",
        "control_type",
        "security_properties",
        "cybersecurity_concepts",
        "operational_capabilities",
        "security_domains",
        "iso27001_2013",
    ] {
        assert!(c.get(key).is_some(), "missing {key}");
    }
    assert_eq!(c["id"], "5.1");
    assert_eq!(c["theme"], "organizational");
    assert_eq!(
        c["iso27001_2013"],
        serde_json::json!(["A.5.1.1", "A.5.1.2"])
    );
    assert_eq!(
        c["security_domains"],
        serde_json::json!(["governance_and_ecosystem", "resilience"])
    );
}

#[test]
fn catalogue_2013_and_csv() {
    let out = annexa(&["catalogue", "--edition", "2013"], None);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(114));
    assert_eq!(v[0]["id"], "A.5.1.1");
    assert_eq!(v[0]["iso27001_2022"], serde_json::json!(["5.1"]));
    assert!(v[0]["domain"]
        .as_str()
        .unwrap_or("")
        .contains("Information security policies"));
    let csv = stdout(&annexa(&["catalogue", "--format", "csv"], None));
    assert_eq!(csv.lines().count(), 94);
    assert!(
        csv.starts_with("\u{FEFF}id,theme,title,control_type,"),
        "a UTF-8 byte order mark, then the header"
    );
    let csv = stdout(&annexa(
        &["catalogue", "--edition=2013", "--format=csv"],
        None,
    ));
    assert_eq!(csv.lines().count(), 115);
}

#[test]
fn example_validates_scores_recommends_and_makes_a_soa() {
    let (_dir, path) = example_file();
    let out = annexa(&["validate", &path], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("valid: 8 asset(s), 8 risk(s)"));

    let score: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["score", &path], None))).expect("JSON");
    assert_eq!(score.as_array().map(Vec::len), Some(8));
    assert_eq!(score[0]["inherent"]["level"], "Critical");
    let csv = stdout(&annexa(&["score", &path, "--format", "csv"], None));
    assert_eq!(csv.lines().count(), 9);

    let md = stdout(&annexa(&["recommend", &path, "--format", "md"], None));
    assert!(md.contains("## Risk treatment plan"));
    assert!(md.contains("| R-01 Former employees keep access to the CRM | Mitigate | 5.18; 6.5; 5.15 | HR Manager | 2027-01-31 | Not started |"), "{md}");
    assert!(md.contains("## Suggestions"));
    let rec: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["recommend", &path], None))).expect("JSON");
    assert!(rec["plan"]["steps"]
        .as_array()
        .is_some_and(|s| !s.is_empty()));

    let soa: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["soa", &path], None))).expect("JSON");
    assert_eq!(soa["rows"].as_array().map(Vec::len), Some(93));
    let csv = stdout(&annexa(&["soa", &path, "--format", "csv"], None));
    assert_eq!(csv.lines().count(), 94);
    let md = stdout(&annexa(&["soa", &path, "--format", "md"], None));
    assert!(md.starts_with("# Statement of Applicability"));
}

#[test]
fn output_is_deterministic() {
    let (_dir, path) = example_file();
    for args in [
        vec!["score", &path],
        vec!["recommend", &path],
        vec!["soa", &path],
        vec!["example"],
    ] {
        assert_eq!(
            annexa(&args, None).stdout,
            annexa(&args, None).stdout,
            "{args:?}"
        );
    }
}

#[test]
fn lint_exit_codes() {
    let (_dir, path) = example_file();
    let out = annexa(&["lint", &path, "--today", "2026-11-23"], None);
    assert_eq!(out.status.code(), Some(1), "the example has findings");
    let text = stdout(&out);
    assert!(text.contains("RISK-001 R-07:"), "{text}");
    assert!(text.contains("ASSET-001 A-06:"), "{text}");

    let clean = br#"{"format":"annexa","schema_version":1,"app_version":"0.1.0","exported_at":"2026-01-01T00:00:00Z","assessment":{}}"#;
    // An empty assessment has 93 controls to decide, and excludes none.
    let out = annexa(&["lint", "-", "--today", "2026-11-23"], Some(clean));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out)
            .lines()
            .filter(|l| l.starts_with("SOA-003"))
            .count(),
        93
    );
    assert_eq!(stdout(&out).lines().count(), 93, "nothing else");

    let out = annexa(&["lint", "-"], Some(b"not json"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn lint_is_clean_when_everything_is_justified() {
    let mut entries = serde_json::Map::new();
    for c in annexa_core::catalogue::CONTROLS.iter() {
        entries.insert(
            c.id.to_string(),
            serde_json::json!({"applicable": false, "exclusion_justification": "Out of scope for this test."}),
        );
    }
    let file = serde_json::json!({
        "format": "annexa", "schema_version": 1, "app_version": "0.1.0",
        "exported_at": "2026-01-01T00:00:00Z",
        "assessment": {"soa": {"entries": entries}}
    });
    let out = annexa(&["lint", "-"], Some(file.to_string().as_bytes()));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "no findings\n");
}

#[test]
fn invalid_input_is_one_line_on_stderr_with_exit_2() {
    /// (arguments, standard input, text the error must contain)
    type Case<'a> = (&'a [&'a str], Option<&'a [u8]>, &'a str);
    let cases: &[Case] = &[
        (
            &["validate", "-"],
            Some(b"{\"format\": \"annexa\""),
            "<stdin>: the file ends too early",
        ),
        (
            &["validate", "-"],
            Some(b"{\"format\": \"other\", \"schema_version\": 1}"),
            "<stdin>: format: expected \"annexa\"",
        ),
        (
            &["validate", "/no/such/file.json"],
            None,
            "cannot open /no/such/file.json",
        ),
        (&["validate"], None, "needs a FILE"),
        (
            &["score", "-", "--format", "xml"],
            Some(b"{}"),
            "--format must be one of json, csv",
        ),
        (&["frobnicate"], None, "unknown command \"frobnicate\""),
        (
            &["catalogue", "--edition", "2005"],
            None,
            "--edition must be 2022 or 2013",
        ),
        (&[], None, "no command given"),
    ];
    for (args, input, text) in cases {
        let out = annexa(args, *input);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("annexa: ") && err.contains(text),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}");
    }
    let mut v: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["example"], None))).expect("JSON");
    v["assessment"]["risks"][3]["identification"] =
        serde_json::json!({"kind": "asset_based", "assets": ["A-17"]});
    let out = annexa(&["validate", "-"], Some(v.to_string().as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("assessment.risks[3].identification.assets[0]: unknown asset id \"A-17\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_risk_without_a_title_is_refused_everywhere() {
    let mut v: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["example"], None))).expect("JSON");
    v["assessment"]["risks"][2]["title"] = serde_json::json!("   ");
    let file = v.to_string();
    for command in ["validate", "lint", "score"] {
        let out = annexa(&[command, "-"], Some(file.as_bytes()));
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{command}: {err}");
        assert!(
            err.contains("<stdin>: assessment.risks[2].title: a risk needs a title"),
            "{command}: {err}"
        );
        assert!(stdout(&out).is_empty(), "{command}");
    }
}

#[test]
fn schema_and_help() {
    let out = annexa(&["schema"], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["title"], "Envelope");
    let help = stdout(&annexa(&["help"], None));
    for cmd in [
        "catalogue",
        "example",
        "validate",
        "score",
        "recommend",
        "soa",
        "lint",
        "schema",
    ] {
        assert!(help.contains(&format!("annexa {cmd}")), "{cmd}");
    }
}

/// The example with some gap-check answers, as an Annexa file.
fn gap_file() -> Vec<u8> {
    let mut v: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["example"], None))).expect("JSON");
    v["assessment"]["gap_check"] = serde_json::json!({
        "answers": {
            "q-4.3-scope": "yes",
            "q-5-leadership": "partly",
            "q-a-mfa": "no",
            "q-a-backups": "dont_know",
            "q-9.2-internal-audit": "not_applicable"
        },
        "size": "11-50"
    });
    v.to_string().into_bytes()
}

#[test]
fn gap_reports_scores_in_json_and_markdown() {
    let file = gap_file();
    let out = annexa(&["gap", "-"], Some(&file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    // Σ(weight × value) / Σ weight = (3×1 + 3×0.5 + 0 + 0 + 0) / 15 = 30 %.
    assert_eq!(v["overall"], 30);
    assert_eq!(v["answered"], 5);
    assert_eq!(v["mode"], "short");
    assert_eq!(v["clauses"].as_array().map(Vec::len), Some(7));
    assert_eq!(v["themes"].as_array().map(Vec::len), Some(4));
    // Priority 3 each (a mandatory N/A counts as No); ties keep question order.
    let top: Vec<&str> = v["top_gaps"]
        .as_array()
        .map(|g| g.iter().filter_map(|x| x["question"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        top,
        [
            "q-9.2-internal-audit",
            "q-a-mfa",
            "q-a-backups",
            "q-5-leadership"
        ]
    );
    assert_eq!(v["roadmap"]["phases"].as_array().map(Vec::len), Some(5));
    let md = stdout(&annexa(&["gap", "-", "--format", "md"], Some(&file)));
    assert!(
        md.starts_with("# ISO/IEC 27001 gap check: Brightline Client Services Ltd"),
        "{md}"
    );
    for text in [
        "**Overall readiness: 30 / 100**",
        "## Clauses 4–10",
        "## Annex A themes",
        "| 4.3 | Scope of the ISMS | maintained | Present |",
        "## Top gaps",
        "## Roadmap",
        "| Stage 1 and stage 2 audit |",
    ] {
        assert!(md.contains(text), "missing {text}: {md}");
    }
    assert_eq!(
        annexa(&["gap", "-"], Some(&file)).stdout,
        out.stdout,
        "deterministic"
    );
    // A file without answers still reports, with no score yet.
    let (_dir, path) = example_file();
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&annexa(&["gap", &path], None))).expect("JSON");
    assert_eq!(v["overall"], serde_json::Value::Null);
    assert_eq!(v["answered"], 0);
}

#[test]
fn gap_invalid_input_exits_2_with_one_line() {
    // (arguments, standard input, text the error must contain)
    type Case<'a> = (&'a [&'a str], Option<&'a [u8]>, &'a str);
    let cases: &[Case] = &[
        (&["gap"], None, "needs a FILE"),
        (&["gap", "/no/such/file.json"], None, "cannot open /no/such/file.json"),
        (&["gap", "-"], Some(b"[1, 2]"), "not an Annexa file"),
        (
            &["gap", "-", "--format", "csv"],
            Some(b"{}"),
            "--format must be one of json, md",
        ),
        (
            &["gap", "-"],
            Some(br#"{"format":"annexa","schema_version":1,"app_version":"0.1.0","exported_at":"2026-01-01T00:00:00Z","assessment":{"gap_check":{"mode":"sloppy"}}}"#),
            "assessment.gap_check.mode",
        ),
    ];
    for (args, input, text) in cases {
        let out = annexa(args, *input);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("annexa: ") && err.contains(text),
            "{args:?}: {err}"
        );
    }
    assert!(stdout(&annexa(&["help"], None)).contains("annexa gap FILE [--format json|md]"));
}

/// No file makes the tool crash: every hostile or damaged input ends with
/// exit code 2 and one line on stderr, whatever the command.
#[test]
fn no_file_crashes_the_cli() {
    let dir = tempdir::Dir::new();
    let example = stdout(&annexa(&["example"], None)).into_bytes();
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("empty".into(), vec![]),
        ("not-json".into(), b"PK\x03\x04 not json".to_vec()),
        ("nul-bytes".into(), vec![0; 64]),
        (
            "invalid-utf8".into(),
            b"{\"format\": \"\xc3\x28\"}".to_vec(),
        ),
        (
            "deep".into(),
            format!("{}{}", "{\"a\":".repeat(5000), "}".repeat(5000)).into_bytes(),
        ),
        ("deep-array".into(), "[".repeat(100_000).into_bytes()),
        (
            "huge-number".into(),
            format!(
                "{{\"format\": \"annexa\", \"schema_version\": 1{}}}",
                "0".repeat(400)
            )
            .into_bytes(),
        ),
        (
            "newer".into(),
            String::from_utf8_lossy(&example)
                .replace("\"schema_version\": 1", "\"schema_version\": 4294967296")
                .into_bytes(),
        ),
        ("bom-only".into(), b"\xEF\xBB\xBF".to_vec()),
        ("truncated".into(), example[..example.len() / 2].to_vec()),
    ];
    // Deterministic damage to the example: bytes dropped, flipped, duplicated.
    let mut seed: u64 = 0x0A11_E7A5_C0FF_EE01;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for n in 0..24 {
        let mut bytes = example.clone();
        for _ in 0..=(next() % 4) {
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = next() as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, b"{}[]\",:9\\"[(next() % 9) as usize]),
            }
        }
        files.push((format!("damaged-{n}"), bytes));
    }
    let mut crashed = vec![];
    for (name, bytes) in &files {
        let path = dir.path(&format!("{name}.json"));
        std::fs::write(&path, bytes).expect("write");
        for args in [
            &["validate", path.as_str()][..],
            &["score", path.as_str(), "--format", "csv"],
            &["soa", path.as_str(), "--format", "md"],
            &["gap", path.as_str()],
        ] {
            let out = annexa(args, None);
            let err = stderr(&out);
            match out.status.code() {
                Some(0) => assert!(err.is_empty(), "{name} {args:?}: {err}"),
                Some(2) => {
                    assert_eq!(err.lines().count(), 1, "{name} {args:?}: {err}");
                    assert!(err.starts_with("annexa: "), "{name} {args:?}: {err}");
                }
                other => crashed.push(format!("{name} {args:?}: {other:?} {err}")),
            }
            assert!(
                !err.contains("internal error") && !err.contains("panicked"),
                "{name} {args:?}: {err}"
            );
        }
    }
    assert!(crashed.is_empty(), "{crashed:#?}");
    // A directory or a device is not a file either.
    let out = annexa(&["validate", &dir.path("")], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

fn field_case(name: &str) -> String {
    format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn extreme_simulation_inputs_end_with_exit_2_and_a_clear_message() {
    for name in ["quant-rate-1e6.json", "quant-rate-1e20.json"] {
        let path = field_case(name);
        for command in ["quant", "validate"] {
            let started = std::time::Instant::now();
            let out = annexa(&[command, &path], None);
            assert!(started.elapsed().as_secs() < 30, "{name}: it ends");
            assert_eq!(out.status.code(), Some(2), "{command} {name}");
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.contains("assessment.risks[0].quant.inherent.frequency.lef.value")
                    && err.contains("10000 a year"),
                "{command} {name}: {err}"
            );
            assert!(stdout(&out).is_empty());
        }
    }
}

#[test]
fn a_run_too_large_is_refused_before_it_starts() {
    let text = std::fs::read_to_string(field_case("quant-rate-1e6.json"))
        .expect("case")
        .replace("1000000.0", "10000.0");
    let out = annexa(
        &["quant", "-", "--trials", "10000000"],
        Some(text.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("fewer trials"), "{}", stderr(&out));
}

#[test]
fn error_messages_escape_control_characters() {
    let hostile = "\n valid: ok \u{1b}[2J";
    let (_dir, path) = example_file();
    let base: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("example")).expect("JSON");
    let mut cases = Vec::new();
    // The title alone is fine; each case adds a fault that echoes text.
    let mut v = base.clone();
    v["assessment"]["risks"][0]["title"] = serde_json::json!(hostile);
    assert_eq!(
        annexa(&["validate", "-"], Some(v.to_string().as_bytes()))
            .status
            .code(),
        Some(0)
    );
    let mut id = v.clone();
    id["assessment"]["risks"][0]["id"] = serde_json::json!(format!("R-1{hostile}"));
    cases.push(id);
    let mut key = v.clone();
    key["assessment"]["risks"][0][hostile] = serde_json::json!(1);
    cases.push(key);
    let mut kind = v.clone();
    kind["assessment"]["risks"][0]["identification"]["kind"] = serde_json::json!(hostile);
    cases.push(kind);
    let mut format = v.clone();
    format["format"] = serde_json::json!(hostile);
    cases.push(format);
    for (i, v) in cases.iter().enumerate() {
        let out = annexa(&["validate", "-"], Some(v.to_string().as_bytes()));
        assert_eq!(out.status.code(), Some(2), "case {i}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "case {i}: {err:?}");
        assert!(!err.contains('\u{1b}'), "case {i}: {err:?}");
        assert!(err.starts_with("annexa: <stdin>: "), "case {i}: {err:?}");
        // Escaped by the CLI, or already as JSON where the message quotes
        // a JSON value.
        assert!(
            err.contains("\\n valid: ok \\u{1b}[2J") || err.contains("\\n valid: ok \\u001b[2J"),
            "case {i}: the text is shown escaped: {err:?}"
        );
    }
    // A file name is escaped too.
    let out = annexa(&["validate", "/no/such\nvalid: ok.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{:?}", stderr(&out));
    assert!(stderr(&out).contains("such\\nvalid"));
}

// ------------------------------------------------------------- import

fn shared_case(name: &str) -> String {
    format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn import_proposes_a_mapping_prints_annexa_json_and_takes_the_mapping_back() {
    let sheet = shared_case("case-13-spreadsheet-asset-register.csv");
    let out = annexa(&["import", &sheet], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("Annexa JSON");
    let assets = json["assessment"]["assets"].as_array().expect("assets");
    assert_eq!(assets.len(), 3);
    assert_eq!(assets[0]["reference"], "AS-001");
    assert_eq!(assets[0]["type"], "information");
    // The proposed mapping went to stderr: saved, edited and passed back.
    let mapping = stderr(&out);
    let mut m: serde_json::Value = serde_json::from_str(&mapping).expect("mapping JSON");
    assert_eq!(m["kind"], "asset");
    let dir = tempdir::Dir::new();
    let path = dir.path("mapping.json");
    for c in m["columns"].as_array_mut().expect("columns") {
        if c["header"] == "Location" {
            c["target"] = serde_json::Value::Null;
        }
    }
    std::fs::write(&path, m.to_string()).expect("write mapping");
    let out = annexa(&["import", &sheet, "--mapping", &path], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        out.stderr.is_empty(),
        "a given mapping is not printed again"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("Annexa JSON");
    assert_eq!(
        json["assessment"]["assets"][0]["location"], "",
        "the ignored column"
    );

    // Into an existing file: the example keeps its assets and gains three.
    let (_d, example) = example_file();
    let out = annexa(&["import", &sheet, "--into", &example], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("Annexa JSON");
    assert_eq!(
        json["assessment"]["assets"].as_array().map(Vec::len),
        Some(8 + 3)
    );
}

#[test]
fn import_prints_the_rejected_rows_and_exits_2() {
    let dir = tempdir::Dir::new();
    let path = dir.path("assets.csv");
    std::fs::write(&path, "Name;Type\nLaptop;Hardware\nThing;Spaceship\n").expect("write");
    let out = annexa(&["import", &path], None);
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("1 row(s) rejected"), "{text}");
    assert!(
        text.contains("line 3: \"Spaceship\" in asset_type"),
        "{text}"
    );
    let empty = dir.path("empty.csv");
    std::fs::write(&empty, "").expect("write");
    let out = annexa(&["import", &empty], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("The file has no cells"),
        "{}",
        stderr(&out)
    );
    let out = annexa(&["import", &path, "--kind", "dragon"], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn import_reads_the_practitioners_soa() {
    let out = annexa(
        &[
            "import",
            &shared_case("case-09-practitioner-soa-register.csv"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("Annexa JSON");
    let entries = &json["assessment"]["soa"]["entries"];
    assert_eq!(entries["5.23"]["applicable"], false);
    assert_eq!(entries["7.12"]["status"], "partially_implemented");
}

#[test]
fn validate_lists_every_fault_with_its_path_and_position() {
    let out = annexa(&["example"], None);
    let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["assessment"]["risks"][1]["title"] = "".into();
    v["assessment"]["risks"][4]["title"] = " ".into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let out = annexa(&["validate", "-"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0]
            .starts_with("annexa: <stdin>: assessment.risks[1].title: a risk needs a title (line "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("annexa: <stdin>: assessment.risks[4].title:"),
        "{err}"
    );
    // A 2013 id in a 2022 file names its successor.
    v["assessment"]["risks"][1]["title"] = "Fixed".into();
    v["assessment"]["risks"][4]["title"] = "Fixed".into();
    v["assessment"]["risks"][0]["existing_controls"] = serde_json::json!(["A.12.6.1"]);
    let out = annexa(&["validate", "-"], Some(v.to_string().as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("A.12.6.1 is a 2013 id; in 2022 it is 8.8"),
        "{}",
        stderr(&out)
    );
}

/// `annexa generate --assets-per-risk N`: a register whose every risk names
/// N assets (the look-up benchmark's file), valid and scored like any other.
#[test]
fn generate_makes_a_register_with_many_assets_per_risk() {
    let out = annexa(
        &[
            "generate",
            "--assets",
            "300",
            "--risks",
            "20",
            "--assets-per-risk",
            "250",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let risks = v["assessment"]["risks"].as_array().expect("risks");
    assert_eq!(risks.len(), 20);
    for r in risks {
        let assets = r["identification"]["assets"].as_array().expect("assets");
        assert_eq!(assets.len(), 250, "{}", r["id"]);
    }
    let score = annexa(&["score", "-"], Some(&out.stdout));
    assert_eq!(score.status.code(), Some(0), "{}", stderr(&score));
    let scored: serde_json::Value = serde_json::from_slice(&score.stdout).expect("JSON");
    assert_eq!(scored.as_array().map(Vec::len), Some(20));
    // Without the option, risks name one to three assets, as before.
    let plain = annexa(&["generate", "--assets", "300", "--risks", "20"], None);
    let v: serde_json::Value = serde_json::from_slice(&plain.stdout).expect("JSON");
    for r in v["assessment"]["risks"].as_array().expect("risks") {
        let n = r["identification"]["assets"].as_array().map_or(0, Vec::len);
        assert!((1..=3).contains(&n), "{n}");
    }
    let bad = annexa(&["generate", "--assets-per-risk", "many"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("--assets-per-risk"),
        "{}",
        stderr(&bad)
    );
}
