//! `annexa docs`: the Stage 1 pack written into a folder, the same bytes
//! for the same file and --today, and each DOCX and XLSX opened with a zip
//! reader to check the document control values the user typed and the
//! page setup.
#![cfg(not(target_arch = "wasm32"))]
// Tests may use serde_json's own writers (clippy.toml keeps them out of
// the app and the core).
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn annexa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annexa"))
        .args(args)
        .output()
        .expect("annexa runs")
}

fn scratch(name: &str) -> PathBuf {
    let p =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("docs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// The example with the user's own document control values.
fn typed_example(dir: &Path) -> String {
    let out = annexa(&["example"]);
    let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let control = serde_json::json!({
        "version": "0.3",
        "date": "2026-11-20",
        "approver": "Dana Approver",
        "author": "Ali Author",
        "approved_on": "2026-11-27",
        "history": [{ "version": "0.3", "date": "2026-11-20", "author": "Ali Author", "description": "Ready for Stage 1" }]
    });
    v["assessment"]["soa"]["document"] = control.clone();
    for k in [
        "scope",
        "methodology",
        "risk_assessment",
        "risk_treatment_plan",
        "gap_report",
    ] {
        v["assessment"]["documents"][k] = control.clone();
    }
    let path = dir.join("typed.json");
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

fn unzip(path: &Path) -> BTreeMap<String, String> {
    let bytes = std::fs::read(path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut text = String::new();
        if std::io::Read::read_to_string(&mut f, &mut text).is_ok() {
            out.insert(f.name().to_string(), text);
        }
    }
    out
}

const FILES: [&str; 18] = [
    "isms-scope.docx",
    "risk-assessment-methodology.docx",
    "risk-assessment-report.docx",
    "risk-treatment-plan.docx",
    "statement-of-applicability.docx",
    "gap-check-report.docx",
    "stage-1-pack.docx",
    "annexa-workbook.xlsx",
    "statement-of-applicability.csv",
    "risk-register.csv",
    "risk-treatment-plan.csv",
    "asset-register.csv",
    "isms-scope.md",
    "risk-assessment-methodology.md",
    "risk-assessment-report.md",
    "risk-treatment-plan.md",
    "statement-of-applicability.md",
    "gap-check-report.md",
];

#[test]
fn the_pack_is_the_same_bytes_for_the_same_file_and_day() {
    let dir = scratch("same");
    let file = typed_example(&dir);
    let (a, b) = (dir.join("a"), dir.join("b"));
    for out in [&a, &b] {
        let o = annexa(&[
            "docs",
            &file,
            "--out",
            out.to_str().unwrap(),
            "--today",
            "2026-11-30",
        ]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    for name in FILES {
        let x = std::fs::read(a.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let y = std::fs::read(b.join(name)).unwrap();
        assert!(!x.is_empty(), "{name} is empty");
        assert!(x == y, "{name} differs between two runs");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_docx_carries_the_typed_control_block_headings_and_page_numbers() {
    let dir = scratch("docx");
    let file = typed_example(&dir);
    let out = dir.join("out");
    let o = annexa(&[
        "docs",
        &file,
        "--out",
        out.to_str().unwrap(),
        "--format",
        "docx",
        "--today",
        "2026-11-30",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for (name, landscape) in [
        ("isms-scope.docx", false),
        ("risk-assessment-methodology.docx", false),
        ("risk-assessment-report.docx", true),
        ("risk-treatment-plan.docx", true),
        ("statement-of-applicability.docx", true),
        ("gap-check-report.docx", false),
        ("stage-1-pack.docx", true),
    ] {
        let files = unzip(&out.join(name));
        let doc = &files["word/document.xml"];
        // The document control block is the first table, with the values typed.
        let first = &doc[doc.find("<w:tbl>").unwrap()..doc.find("</w:tbl>").unwrap()];
        for v in [
            "0.3",
            "2026-11-20",
            "Ali Author",
            "Dana Approver",
            "2026-11-27",
            "Brightline Client Services Ltd",
        ] {
            assert!(first.contains(v), "{name}: the control block lacks {v}");
        }
        assert!(!doc.contains(">1.0<"), "{name}: a version nobody typed");
        assert!(
            doc.contains(r#"<w:pStyle w:val="Heading1" />"#),
            "{name}: Heading 1"
        );
        assert!(
            files["word/styles.xml"].contains(r#"w:styleId="Heading1""#),
            "{name}"
        );
        assert!(
            files["word/styles.xml"].contains(r#"<w:name w:val="heading 1" />"#),
            "{name}"
        );
        assert!(
            doc.contains("<w:tblHeader />"),
            "{name}: repeating header rows"
        );
        assert!(doc.contains("<w:cantSplit />"), "{name}: rows never split");
        assert!(
            !doc.contains(r#"w:val="7""#),
            "{name}: a header-row mark left"
        );
        let footers: String = files
            .iter()
            .filter(|(n, _)| n.starts_with("word/footer"))
            .map(|(_, x)| x.as_str())
            .collect();
        assert!(footers.contains("PAGE"), "{name}: page number");
        assert!(footers.contains("NUMPAGES"), "{name}: page count");
        let headers: String = files
            .iter()
            .filter(|(n, _)| n.starts_with("word/header"))
            .map(|(_, x)| x.as_str())
            .collect();
        assert!(headers.contains("version 0.3"), "{name}: running header");
        assert_eq!(
            doc.contains(r#"w:orient="landscape""#),
            landscape,
            "{name}: orientation"
        );
        // Dated by --today, not by the clock, so a rebuild gives the same bytes.
        assert!(
            files["docProps/core.xml"].contains(">2026-11-30T00:00:00Z</dcterms:created>"),
            "{name}: creation date"
        );
    }
    // The pack holds all five Stage 1 documents.
    let pack = &unzip(&out.join("stage-1-pack.docx"))["word/document.xml"];
    for title in [
        "ISMS scope statement",
        "Risk assessment methodology",
        "Risk assessment report",
        "Risk treatment plan",
        "Statement of Applicability",
    ] {
        assert!(pack.contains(title), "the pack lacks {title}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_workbook_carries_the_typed_values_and_prints_as_a_document() {
    let dir = scratch("xlsx");
    let file = typed_example(&dir);
    let out = dir.join("out");
    let o = annexa(&[
        "docs",
        &file,
        "--out",
        out.to_str().unwrap(),
        "--format",
        "xlsx,csv",
        "--today",
        "2026-11-30",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let files = unzip(&out.join("annexa-workbook.xlsx"));
    let strings = &files["xl/sharedStrings.xml"];
    for v in ["0.3", "Ali Author", "Dana Approver"] {
        assert!(strings.contains(v), "the cover lacks {v}");
    }
    let sheet = &files["xl/worksheets/sheet2.xml"];
    assert!(sheet.contains(r#"orientation="landscape""#));
    assert!(sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#));
    assert!(sheet.contains(r#"fitToHeight="0""#));
    assert!(files["xl/workbook.xml"].contains("_xlnm.Print_Titles"));
    assert!(
        files["docProps/core.xml"].contains(">2026-11-30T00:00:00Z</dcterms:created>"),
        "the workbook is dated by --today"
    );
    assert!(std::fs::read(out.join("asset-register.csv"))
        .unwrap()
        .starts_with(&[0xEF, 0xBB, 0xBF]));
    assert!(
        !out.join("isms-scope.docx").exists(),
        "only the formats asked for"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn docs_refuses_a_missing_folder_option_and_an_unknown_format() {
    let dir = scratch("bad");
    let file = typed_example(&dir);
    let o = annexa(&["docs", &file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--out DIR"));
    let o = annexa(&[
        "docs",
        &file,
        "--out",
        dir.to_str().unwrap(),
        "--format",
        "pdf",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("docx, xlsx, csv, md"));
    let _ = std::fs::remove_dir_all(&dir);
}
