//! The Stage 1 pack's document models (core/src/documents): golden files of
//! each document built from the worked example, and the document control
//! values the user typed.

use annexa_core::documents::{document, documents, Block, Cell, DocumentKind};
use annexa_core::report;
use annexa_core::*;

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from the golden file; review and rerun with UPDATE_GOLDEN=1 if intended"
    );
}

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap()
}

fn case(name: &str) -> Vec<u8> {
    let path = format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The worked example with every document's control block filled in, as a
/// consultant would before the Stage 1 review.
fn worked_example() -> Assessment {
    let mut a = example();
    for kind in DocumentKind::ALL {
        let c = kind.control_mut(&mut a);
        c.author = "Information Security Manager".into();
        c.approver = "Managing Director".into();
        c.version = "0.3".into();
        c.date = Date::new(2026, 11, 23);
        c.approved_on = Date::new(2026, 11, 25);
        c.history = vec![
            ChangeRecord {
                version: "0.1".into(),
                date: Date::new(2026, 10, 2),
                author: "Information Security Manager".into(),
                description: "First draft.".into(),
            },
            ChangeRecord {
                version: "0.3".into(),
                date: Date::new(2026, 11, 23),
                author: "Information Security Manager".into(),
                description: "Reviewed for the Stage 1 document review.".into(),
            },
        ];
    }
    a
}

#[test]
fn golden_documents_of_the_worked_example() {
    let a = worked_example();
    for d in documents(&a, today()) {
        golden(
            &format!("example.doc.{}.json", d.kind.slug()),
            &report::to_json(&d),
        );
    }
}

#[test]
fn golden_document_markdown_of_the_worked_example() {
    let a = worked_example();
    let d = document(&a, DocumentKind::RiskTreatmentPlan, today());
    golden(
        "example.doc.risk-treatment-plan.md",
        &annexa_core::documents::document_md(&d),
    );
}

fn control_value(d: &annexa_core::documents::Document, key: &str) -> Cell {
    d.control
        .iter()
        .find_map(|b| match b {
            Block::KeyValues { rows } => {
                rows.iter().find(|r| r.key == key).map(|r| r.value.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {key} in the control block of {:?}", d.kind))
}

#[test]
fn every_document_carries_the_typed_control_block() {
    let mut a = example();
    a.context.organisation = "Ümlaut & Co".into();
    for kind in DocumentKind::ALL {
        let c = kind.control_mut(&mut a);
        c.version = "0.3".into();
        c.author = "Ana Author".into();
        c.approver = "Bo Approver".into();
        c.approved_on = Date::new(2026, 12, 1);
        c.date = Date::new(2026, 11, 28);
    }
    for d in documents(&a, today()) {
        assert_eq!(d.version, "0.3", "{:?}", d.kind);
        assert!(d.running_header().contains("0.3"));
        assert!(d.running_header().contains("Ümlaut & Co"));
        assert_eq!(control_value(&d, "Version"), Cell::text("0.3"));
        assert_eq!(control_value(&d, "Author"), Cell::text("Ana Author"));
        assert_eq!(control_value(&d, "Approved by"), Cell::text("Bo Approver"));
        assert_eq!(
            control_value(&d, "Approval date"),
            Cell::Date(Date::new(2026, 12, 1).unwrap())
        );
        assert_eq!(
            control_value(&d, "Date"),
            Cell::Date(Date::new(2026, 11, 28).unwrap())
        );
        assert_eq!(control_value(&d, "Organisation"), Cell::text("Ümlaut & Co"));
        let md = annexa_core::documents::document_md(&d);
        assert!(md.contains("| Version | 0.3 |"), "{:?}", d.kind);
        assert!(
            !md.contains("1.0"),
            "{:?} shows a version nobody typed",
            d.kind
        );
    }
}

#[test]
fn an_empty_version_reads_as_a_draft_and_the_date_is_today() {
    let mut a = example();
    a.documents.scope = DocumentControl::default();
    let d = document(&a, DocumentKind::Scope, today());
    assert_eq!(d.version, "Draft (no version set)");
    assert_eq!(control_value(&d, "Date"), Cell::Date(today()));
    assert_eq!(
        control_value(&d, "Approval date"),
        Cell::text("Not approved yet")
    );
}

#[test]
fn excluded_controls_read_not_applicable_in_the_soa() {
    let mut a = example();
    let id: catalogue::ControlId = "7.1".parse().unwrap();
    a.soa.entries.insert(
        id,
        SoaEntry {
            applicable: Some(false),
            exclusion_justification: "No premises: fully remote".into(),
            ..Default::default()
        },
    );
    let d = document(&a, DocumentKind::Soa, today());
    let row = d
        .body
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => t.rows.iter().find(|r| r[0] == Cell::text("7.1")).cloned(),
            _ => None,
        })
        .unwrap();
    assert_eq!(row[2], Cell::text("Not applicable"));
    assert_eq!(row[4], Cell::text("No premises: fully remote"));
    assert_eq!(row[5], Cell::text("Not applicable"));
    // The scope statement lists it among the exclusions.
    let scope = report::to_json(&document(&a, DocumentKind::Scope, today()));
    assert!(scope.contains("No premises: fully remote"));
}

#[test]
fn undecided_controls_read_to_be_decided_not_excluded() {
    let a = Assessment::default();
    let d = document(&a, DocumentKind::Soa, today());
    let rows: Vec<Vec<Cell>> = d
        .body
        .iter()
        .flat_map(|b| match b {
            Block::Table(t) if t.rows.first().map(Vec::len) == Some(9) => t.rows.clone(),
            _ => Vec::new(),
        })
        .collect();
    assert_eq!(rows.len(), 93);
    for r in &rows {
        assert_eq!(r[2], Cell::text("To be decided"), "{:?}", r[0]);
        assert_ne!(r[5], Cell::text("Not applicable"), "{:?}", r[0]);
    }
    // Nothing is excluded, so the scope statement lists no exclusion.
    let scope = report::to_json(&document(&a, DocumentKind::Scope, today()));
    assert!(
        !scope.contains("No exclusion justification given"),
        "{scope}"
    );
}

#[test]
fn the_soa_has_all_93_controls_under_four_theme_headings() {
    let d = document(&example(), DocumentKind::Soa, today());
    let rows: usize = d
        .body
        .iter()
        .map(|b| match b {
            Block::Table(t) => t.rows.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(rows, 93);
    let themes = d
        .body
        .iter()
        .filter(|b| matches!(b, Block::Heading { text, .. } if text.contains("controls")))
        .count();
    assert_eq!(themes, 4);
}

#[test]
fn the_risk_assessment_report_has_both_heatmaps_and_typed_scores() {
    let a = example();
    let d = document(&a, DocumentKind::RiskAssessment, today());
    let maps: Vec<_> = d
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Heatmap(h) => Some(h),
            _ => None,
        })
        .collect();
    assert_eq!(maps.len(), 2);
    let counted: usize = maps[0]
        .cells
        .iter()
        .flatten()
        .map(|c| c.count.unwrap_or(0))
        .sum();
    assert_eq!(counted, a.risks.len());
    let register = d
        .body
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap();
    // L × I is a number, not text.
    assert!(matches!(register.rows[0][7], Cell::Number(_)));
}

#[test]
fn the_treatment_plan_shows_owner_due_status_and_the_acceptance_record() {
    let a = import(&case("case-05-accept-without-record.json"))
        .map(|i| i.assessment)
        .unwrap_or_else(|_| example());
    let mut a = a;
    let r = &mut a.risks[0];
    r.treatment.owner = "Treatment Owner".into();
    r.treatment.due = Date::new(2027, 3, 31);
    r.treatment.status = TreatmentStatus::InProgress;
    r.treatment.acceptance = Some(Acceptance {
        by: "Risk Owner Rita".into(),
        on: Date::new(2026, 11, 1).unwrap(),
        until: Date::new(2027, 11, 1).unwrap(),
        reason: "Cost exceeds the benefit".into(),
    });
    let d = document(&a, DocumentKind::RiskTreatmentPlan, today());
    let json = report::to_json(&d);
    for needle in [
        "Treatment Owner",
        "2027-03-31",
        "In progress",
        "Risk Owner Rita",
        "2026-11-01",
        "2027-11-01",
        "Cost exceeds the benefit",
    ] {
        assert!(json.contains(needle), "the plan lacks {needle}");
    }
}

#[test]
fn an_old_file_with_only_the_soa_document_block_still_loads() {
    let old = serde_json::json!({
        "format": "annexa",
        "schema_version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-23T00:00:00Z",
        "assessment": {
            "soa": { "document": { "version": "0.3", "date": "2026-01-02", "approver": "CEO" } }
        }
    });
    let a = import(old.to_string().as_bytes()).unwrap().assessment;
    assert_eq!(a.soa.document.version, "0.3");
    assert!(a.documents.is_empty());
    let d = document(&a, DocumentKind::Soa, today());
    assert_eq!(d.version, "0.3");
    // And what is saved with the new fields loads again.
    let mut a = a;
    a.documents.methodology.history.push(ChangeRecord {
        version: "0.3".into(),
        date: Date::new(2026, 1, 2),
        author: "Me".into(),
        description: "Tolerance lowered".into(),
    });
    let back = import(export(&a, Timestamp(1_795_430_100)).as_bytes())
        .unwrap()
        .assessment;
    assert_eq!(back, a);
}

/// The files of a zip archive (DOCX) by name, as text.
#[cfg(feature = "docx")]
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut text = String::new();
        if std::io::Read::read_to_string(&mut f, &mut text).is_ok() {
            out.insert(f.name().to_string(), text);
        }
    }
    out
}

/// The DOCX file properties name who prepared the document (its control
/// block's author, else the organisation), never docx-rs's "unknown"
/// (issue 15; ISO/IEC 27001:2022 7.5.2 a).
#[cfg(feature = "docx")]
#[test]
fn the_docx_author_is_the_document_controls_author() {
    use annexa_core::documents::{document_docx, pack_docx};
    let core = |bytes: Vec<u8>| unzip(&bytes).remove("docProps/core.xml").unwrap();

    let a = worked_example();
    let d = document(&a, DocumentKind::Soa, today());
    let xml = core(document_docx(&d, today()).unwrap());
    assert!(
        xml.contains("<dc:creator>Information Security Manager</dc:creator>"),
        "{xml}"
    );
    assert!(
        xml.contains("<cp:lastModifiedBy>Information Security Manager</cp:lastModifiedBy>"),
        "{xml}"
    );
    assert!(!xml.contains("unknown"), "{xml}");

    let pack = core(pack_docx(&documents(&a, today()), today()).unwrap());
    assert!(
        pack.contains("<dc:creator>Information Security Manager</dc:creator>"),
        "{pack}"
    );

    // No author typed: the organisation prepared it; markup is escaped.
    let mut b = example();
    b.context.organisation = "Smith & Co <Accountants>".into();
    DocumentKind::RiskTreatmentPlan
        .control_mut(&mut b)
        .author
        .clear();
    let d = document(&b, DocumentKind::RiskTreatmentPlan, today());
    let xml = core(document_docx(&d, today()).unwrap());
    assert!(
        xml.contains("<dc:creator>Smith &amp; Co &lt;Accountants&gt;</dc:creator>"),
        "{xml}"
    );
    assert!(!xml.contains("unknown"), "{xml}");
}

/// The plan's table is the risk treatment plan of the chain: its order
/// (dated first, earliest first, then by risk id) and its overdue flag,
/// the same in the document, the CSV and the workbook (6.1.3 e).
#[test]
fn the_plan_table_follows_the_chains_order_and_marks_overdue_items() {
    let mut a = example();
    for r in &mut a.risks {
        r.treatment.due = None;
        r.treatment.status = TreatmentStatus::NotStarted;
    }
    a.risks[2].treatment.due = Date::new(2026, 9, 30); // overdue on 30 November
    a.risks[0].treatment.due = Date::new(2027, 1, 31);
    a.risks[1].treatment.due = Date::new(2026, 10, 31);
    a.risks[1].treatment.status = TreatmentStatus::Done; // done: never overdue
    let mut chain = risk_treatment_plan(&a, today());
    chain.sort_by_due();
    let order: Vec<String> = chain.rows.iter().map(|r| r.risk.to_string()).collect();
    assert_eq!(chain.overdue_count(), 1);

    let d = document(&a, DocumentKind::RiskTreatmentPlan, today());
    let table = d
        .body
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.rows.len() == a.risks.len() => Some(t),
            _ => None,
        })
        .expect("the plan's table");
    let ids: Vec<String> = table
        .rows
        .iter()
        .map(|r| match &r[0] {
            Cell::Text(s) => s.clone(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(ids, order, "one order: the chain's");
    assert_eq!(&ids[..3], ["R-03", "R-02", "R-01"]);
    let status = |row: &[Cell]| -> String {
        row.iter()
            .find_map(|c| match c {
                Cell::Text(s) if s.starts_with("Not started") || s.starts_with("Done") => {
                    Some(s.clone())
                }
                _ => None,
            })
            .unwrap_or_default()
    };
    assert_eq!(status(&table.rows[0]), "Not started, overdue");
    assert_eq!(status(&table.rows[1]), "Done");
    assert_eq!(status(&table.rows[2]), "Not started");

    let csv = annexa_core::documents::risk_treatment_plan_csv(&a, today());
    assert_eq!(csv.matches("Not started, overdue").count(), 1, "{csv}");
    let r03 = csv.find("R-03").unwrap();
    let r01 = csv.find("R-01").unwrap();
    assert!(r03 < r01, "the CSV in the chain's order");
}
