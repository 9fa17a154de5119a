//! The spreadsheet import (core/src/import): the practitioner's SoA and
//! asset register of `shared/cases/`, Annexa's own exports back in with no
//! mapping work, a 2013 SoA through Annex B, and hostile spreadsheets.
// Tests and benches may sort with std (clippy.toml: the app and the core use annexa_core::sort).
#![allow(clippy::disallowed_methods)]

use annexa_core::catalogue::{self, AssetType, ControlId, LEGACY_CONTROLS};
use annexa_core::import::{
    self, apply, preview, propose, read, ImportError, ImportMode, MappedValue, Mapping, Planned,
    RowKind, RowProblem, TargetField,
};
use annexa_core::report::{risk_register_csv, soa_csv};
use annexa_core::*;

/// The day the workbooks of these tests are written.
fn today() -> Date {
    Date::new(2026, 11, 30).unwrap()
}

fn case(name: &str) -> Vec<u8> {
    let path = format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn target(m: &Mapping, header: &str) -> Option<TargetField> {
    m.columns
        .iter()
        .find(|c| c.header == header)
        .unwrap_or_else(|| panic!("no column {header}"))
        .target
}

fn value(m: &Mapping, field: TargetField, found: &str) -> Option<MappedValue> {
    m.values_of(field)
        .and_then(|v| v.values.iter().find(|c| c.found == found))
        .and_then(|c| c.to)
}

// ------------------------------------------------------------ field cases

#[test]
fn the_spreadsheet_asset_register_imports_through_the_proposed_mapping() {
    let table = read::read(&case("case-13-spreadsheet-asset-register.csv"), None, None).unwrap();
    let current = Assessment::default();
    let m = propose(&table, None, &current.method);
    assert_eq!(m.kind, RowKind::Asset);
    assert_eq!(
        target(&m, "Asset ID"),
        Some(TargetField::Reference),
        "AS-001 is not A-01"
    );
    assert_eq!(target(&m, "Asset Name"), Some(TargetField::Name));
    assert_eq!(target(&m, "Asset Type"), Some(TargetField::AssetType));
    assert_eq!(target(&m, "Owner"), Some(TargetField::Owner));
    assert_eq!(
        target(&m, "Classification"),
        Some(TargetField::Classification)
    );
    assert_eq!(
        target(&m, "Business Criticality"),
        Some(TargetField::Criticality)
    );
    assert_eq!(target(&m, "Location"), Some(TargetField::Location));
    assert_eq!(target(&m, "Last Review Date"), None);
    // "Data" is an asset type, "High" a rating, "Confidential" a number.
    assert_eq!(
        value(&m, TargetField::AssetType, "Data"),
        Some(MappedValue::AssetType(AssetType::Information))
    );
    assert_eq!(
        value(&m, TargetField::Criticality, "High"),
        Some(MappedValue::Step(5))
    );
    assert_eq!(
        value(&m, TargetField::Criticality, "Medium"),
        Some(MappedValue::Step(3))
    );
    assert_eq!(
        value(&m, TargetField::Classification, "Confidential"),
        Some(MappedValue::Step(4))
    );
    assert_eq!(
        value(&m, TargetField::Classification, "Restricted"),
        Some(MappedValue::Step(5))
    );

    let p = preview(&current, &table, &m);
    assert_eq!(
        (p.new_count(), p.updated_count(), p.rejected_count()),
        (3, 0, 0),
        "{:?}",
        p.rejected
    );
    let a = apply(&current, &p, ImportMode::Merge).unwrap();
    assert_eq!(a.assets.len(), 3);
    let order = &a.assets[0];
    assert_eq!(order.id, AssetId(1), "Annexa assigns its own ids");
    assert_eq!(order.reference, Some(Reference("AS-001".into())));
    assert_eq!(order.name, "Order database");
    assert_eq!(order.asset_type, AssetType::Information);
    assert_eq!(order.owner, "Head of Operations");
    assert_eq!(order.location, "Main data centre");
    assert_eq!(
        (
            order.ratings.confidentiality,
            order.ratings.integrity,
            order.ratings.availability
        ),
        (Impact(4), Impact(5), Impact(5))
    );
    validate(&a, "assessment").unwrap();

    // Next quarter's export of the same register updates, by reference.
    let again = preview(&a, &table, &m);
    assert_eq!((again.new_count(), again.updated_count()), (0, 3));
    let b = apply(&a, &again, ImportMode::Merge).unwrap();
    assert_eq!(b.assets, a.assets);
    // What the import saves loads again.
    let text = export(&b, Timestamp(0));
    assert_eq!(import(text.as_bytes()).unwrap().assessment, b);
}

#[test]
fn the_practitioners_soa_register_imports_through_the_proposed_mapping() {
    let table = read::read(&case("case-09-practitioner-soa-register.csv"), None, None).unwrap();
    let current = example();
    let m = propose(&table, None, &current.method);
    assert_eq!(m.kind, RowKind::Soa);
    assert_eq!(target(&m, "#"), Some(TargetField::Control));
    assert_eq!(target(&m, "Control"), None, "the titles are generated");
    assert_eq!(target(&m, "Appl"), Some(TargetField::Applicable));
    assert_eq!(
        target(&m, "Justification"),
        Some(TargetField::Justification)
    );
    assert_eq!(target(&m, "Status"), Some(TargetField::Status));
    assert_eq!(target(&m, "Doc"), Some(TargetField::Evidence));
    assert_eq!(target(&m, "Evidence"), Some(TargetField::Evidence));
    assert_eq!(
        value(&m, TargetField::Status, "Partial"),
        Some(MappedValue::Status(
            ImplementationStatus::PartiallyImplemented
        ))
    );
    assert_eq!(
        value(&m, TargetField::Status, "—"),
        Some(MappedValue::Blank)
    );
    let p = preview(&current, &table, &m);
    assert_eq!(p.rejected_count(), 0, "{:?}", p.rejected);
    assert_eq!(p.items.len(), 6);
    let a = apply(&current, &p, ImportMode::Merge).unwrap();
    let e = |t, n| {
        a.soa
            .entries
            .get(&ControlId::new(t, n))
            .cloned()
            .unwrap_or_default()
    };
    let cloud = e(5, 23);
    assert_eq!(cloud.applicable, Some(false));
    assert_eq!(
        cloud.exclusion_justification,
        "Not proportionate at the current maturity level"
    );
    assert_eq!(cloud.justification, None);
    assert_eq!(
        cloud.evidence,
        vec!["POL-05".to_string()],
        "— is no evidence"
    );
    let cabling = e(7, 12);
    assert_eq!(cabling.applicable, Some(true));
    assert_eq!(
        cabling.status,
        Some(ImplementationStatus::PartiallyImplemented)
    );
    assert_eq!(
        cabling.justification.as_deref(),
        Some("Building landlord manages cabling")
    );
    assert_eq!(
        cabling.evidence,
        vec!["POL-09".to_string(), "Landlord agreement".to_string()]
    );
    let soa = generate_soa(&a);
    let row = soa
        .rows
        .iter()
        .find(|r| r.control == ControlId::new(8, 10))
        .unwrap();
    assert!(!row.applicable);
    // Merge left the example's other entries as they were.
    for (id, entry) in &current.soa.entries {
        if ![(5, 1), (5, 23), (5, 31), (7, 12), (8, 9), (8, 10)].contains(&(id.theme, id.number)) {
            assert_eq!(a.soa.entries.get(id), Some(entry));
        }
    }
}

// --------------------------------------------------------- own exports

fn round_trip_soa(bytes: &[u8], sheet: Option<&str>, original: &Assessment) {
    let table = read::read(bytes, sheet, None).unwrap();
    let mut start = original.clone();
    start.soa.entries.clear();
    let m = propose(&table, None, &start.method);
    assert_eq!(m.kind, RowKind::Soa);
    let p = preview(&start, &table, &m);
    assert_eq!(p.rejected_count(), 0, "{:?}", p.rejected);
    assert_eq!(p.items.len(), 93);
    let back = apply(&start, &p, ImportMode::Replace).unwrap();
    // The export's reasons column also holds the reasons the interested
    // parties give (27001 4.2), which the sheet cannot tell from the
    // user's own: they come back stored, and the SoA is the same.
    let with_parties = |a: &Assessment| {
        let mut entries = a.soa.entries.clone();
        for (id, e) in entries.iter_mut() {
            for r in annexa_core::party_reasons(a, *id) {
                if !e.reasons.contains(&r) {
                    e.reasons.push(r);
                }
            }
            e.reasons.sort();
        }
        entries
    };
    let (b, o) = (with_parties(&back), with_parties(original));
    for (id, e) in &o {
        assert_eq!(b.get(id), Some(e), "{id}");
    }
    assert_eq!(b, o);
    assert_eq!(generate_soa(&back), generate_soa(original));
}

#[test]
fn annexas_own_soa_export_imports_back_with_no_mapping_work() {
    let a = example();
    round_trip_soa(soa_csv(&generate_soa(&a)).as_bytes(), None, &a);
    let book = workbook(&a, today()).unwrap();
    assert_eq!(
        read::sheet_names(&book).unwrap(),
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
    round_trip_soa(&book, Some("SoA"), &a);
}

/// What the risk register exports carry: the ratings, controls, treatment
/// option, owner, assets, threat and vulnerabilities (not the treatment's
/// owner, due date, status or acceptance, which it does not export).
fn exported(a: &Assessment, r: &Risk) -> Risk {
    let mut r = r.clone();
    r.treatment.owner.clear();
    r.treatment.due = None;
    r.treatment.status = TreatmentStatus::default();
    r.treatment.acceptance = None;
    if let Some(o) = &mut r.impact_override {
        o.reason.clear();
    }
    r.quant = None;
    // A current rating equal to the inherent one is the same risk either
    // way (the export writes the inherent rating in both columns).
    let inherent = Rating {
        likelihood: r.likelihood,
        impact: inherent_impact(a, &r).0,
    };
    if r.current == Some(inherent) {
        r.current = None;
    }
    r
}

fn round_trip_risks(bytes: &[u8], sheet: Option<&str>, original: &Assessment) {
    let table = read::read(bytes, sheet, None).unwrap();
    let mut start = original.clone();
    start.risks.clear();
    let m = propose(&table, None, &start.method);
    assert_eq!(m.kind, RowKind::Risk);
    assert_eq!(target(&m, "ref_id"), Some(TargetField::Id));
    assert_eq!(
        target(&m, "inherent_likelihood_value"),
        Some(TargetField::Likelihood)
    );
    assert_eq!(
        target(&m, "inherent_proba"),
        None,
        "the step's name is the same value again"
    );
    let p = preview(&start, &table, &m);
    assert_eq!(p.rejected_count(), 0, "{:?}", p.rejected);
    assert_eq!(p.new_count(), original.risks.len());
    let back = apply(&start, &p, ImportMode::Merge).unwrap();
    let a: Vec<Risk> = back.risks.iter().map(|r| exported(&back, r)).collect();
    let b: Vec<Risk> = original
        .risks
        .iter()
        .map(|r| exported(original, r))
        .collect();
    assert_eq!(a, b);
    assert_eq!(
        ScoredRegister::new(&back).heatmap(&back.method, Stage::Residual),
        ScoredRegister::new(original).heatmap(&original.method, Stage::Residual)
    );
}

#[test]
fn annexas_own_risk_register_export_imports_back_with_no_mapping_work() {
    let a = example();
    round_trip_risks(risk_register_csv(&a).as_bytes(), None, &a);
    round_trip_risks(
        &workbook(&a, today()).unwrap(),
        Some("Risk register data"),
        &a,
    );
}

// -------------------------------------------------------------- 2013 SoA

#[test]
fn a_2013_soa_imports_into_a_2022_soa_through_annex_b_with_a_transition_report() {
    let mut csv = String::from("Control,Applicable,Justification,Implementation status\n");
    for (i, c) in LEGACY_CONTROLS.iter().enumerate() {
        // A.12.6.1 and A.18.2.3 both feed 8.8: one says no, one says yes.
        let applicable = if c.id.to_string() == "A.12.6.1" {
            "No"
        } else {
            "Yes"
        };
        let status = if i % 2 == 0 { "Implemented" } else { "Partial" };
        csv.push_str(&format!("{},{applicable},Line {i},{status}\n", c.id));
    }
    let table = read::read(csv.as_bytes(), None, None).unwrap();
    assert_eq!(table.rows.len(), 114);
    let current = Assessment::default();
    let m = propose(&table, None, &current.method);
    assert_eq!(m.kind, RowKind::Soa);
    let p = preview(&current, &table, &m);
    assert_eq!(p.rejected_count(), 0, "{:?}", p.rejected);
    let t = p.transition.as_ref().expect("a transition report");
    assert_eq!(
        t.new_in_2022.len(),
        11,
        "the controls new in 2022 need a decision"
    );
    assert!(
        t.new_in_2022.contains(&ControlId::new(5, 7)),
        "threat intelligence is new"
    );
    assert_eq!(t.fed.len(), 93 - 11);
    let vuln = t
        .fed
        .iter()
        .find(|f| f.control == ControlId::new(8, 8))
        .unwrap();
    let fed: Vec<String> = vuln.from.iter().map(|(_, id)| id.to_string()).collect();
    assert!(fed.contains(&"A.12.6.1".to_string()), "{fed:?}");
    assert!(t
        .disagreements
        .iter()
        .any(|d| d.control == ControlId::new(8, 8) && d.field == TargetField::Applicable));
    let a = apply(&current, &p, ImportMode::Merge).unwrap();
    assert_eq!(a.soa.entries.len(), 93 - 11);
    let e = &a.soa.entries[&ControlId::new(8, 8)];
    assert_eq!(e.applicable, Some(true), "the applicable line wins");
    assert_eq!(
        e.status,
        Some(ImplementationStatus::PartiallyImplemented),
        "the least advanced"
    );
    assert!(e.reference.as_ref().unwrap().0.contains("A.12.6.1"));
    for c in catalogue::CONTROLS
        .iter()
        .filter(|c| catalogue::legacy_of(c.id).is_empty())
    {
        assert!(!a.soa.entries.contains_key(&c.id));
    }
    validate(&a, "assessment").unwrap();
}

// ---------------------------------------------------------- rejected rows

#[test]
fn a_rejected_row_says_its_line_and_what_to_fix_and_the_rest_imports() {
    let csv = "Name,Type,Confidentiality\nLaptop,Hardware,High\n,Hardware,Low\nThing,Spaceship,Low\nDB,Data,Stellar\n";
    let table = read::read(csv.as_bytes(), None, None).unwrap();
    let current = Assessment::default();
    let m = propose(&table, Some(RowKind::Asset), &current.method);
    let p = preview(&current, &table, &m);
    assert_eq!(p.new_count(), 1);
    let lines: Vec<(u32, RowProblem)> = p
        .rejected
        .iter()
        .map(|r| (r.line, r.problem.clone()))
        .collect();
    assert_eq!(
        lines[0],
        (
            3,
            RowProblem::Missing {
                field: TargetField::Name
            }
        )
    );
    assert_eq!(
        lines[1],
        (
            4,
            RowProblem::Unmapped {
                field: TargetField::AssetType,
                value: "Spaceship".into()
            }
        )
    );
    assert_eq!(lines[2].0, 5);
    let msg = p.rejected[1].message();
    assert!(msg.starts_with("4: \"Spaceship\" in asset_type"), "{msg}");
    assert!(msg.contains("value table"), "{msg}");
    // Mapping the label by hand imports the row.
    let mut m = m;
    m.set_value(
        TargetField::AssetType,
        "Spaceship",
        Some(MappedValue::AssetType(AssetType::Hardware)),
    );
    assert_eq!(preview(&current, &table, &m).new_count(), 2);
}

#[test]
fn a_mapping_round_trips_through_its_json_file() {
    let table = read::read(&case("case-13-spreadsheet-asset-register.csv"), None, None).unwrap();
    let m = propose(&table, None, &Method::default());
    let back = Mapping::from_json(&m.to_json()).unwrap();
    assert_eq!(back, m);
    assert!(matches!(
        Mapping::from_json("{\"kind\": 3}"),
        Err(ImportError::BadMapping { .. })
    ));
}

#[test]
fn replacing_a_register_is_atomic_and_refuses_what_would_not_load() {
    let a = example();
    let csv = "Name,Type\nOnly this,Hardware\n";
    let table = read::read(csv.as_bytes(), None, None).unwrap();
    let m = propose(&table, Some(RowKind::Asset), &a.method);
    let p = preview(&a, &table, &m);
    match apply(&a, &p, ImportMode::Replace) {
        Ok(b) => {
            assert_eq!(b.assets.len(), 1);
            validate(&b, "assessment").unwrap();
        }
        Err(e) => assert!(matches!(e, ImportError::Invalid { .. }), "{e}"),
    }
    let merged = apply(&a, &p, ImportMode::Merge).unwrap();
    assert_eq!(merged.assets.len(), a.assets.len() + 1);
}

// ------------------------------------------------------------ bad input

fn err(bytes: &[u8]) -> ImportError {
    read::read(bytes, None, None).expect_err("refused")
}

#[test]
fn empty_files_and_missing_headers_are_refused_with_a_message() {
    assert_eq!(err(b""), ImportError::Empty);
    assert_eq!(err(b"\n\n  \n"), ImportError::Empty);
    assert_eq!(err(b"Name,Type\n"), ImportError::NoHeader);
    assert!(ImportError::NoHeader.message().contains("header row"));
}

#[test]
fn too_many_rows_or_columns_are_refused() {
    let wide: Vec<String> = (0..201).map(|i| format!("c{i}")).collect();
    let csv = format!("{}\n{}\n", wide.join(","), wide.join(","));
    assert_eq!(
        err(csv.as_bytes()),
        ImportError::TooManyColumns { columns: 201 }
    );
    let mut long = String::from("Name\n");
    for i in 0..=import::MAX_ROWS {
        long.push_str(&format!("a{i}\n"));
    }
    assert!(matches!(
        err(long.as_bytes()),
        ImportError::TooManyRows { .. }
    ));
}

#[test]
fn semicolons_tabs_bom_and_windows_1252_are_read() {
    let t = read::read(b"\xEF\xBB\xBFName;Owner\nCaf\xC3\xA9;Jo\n", None, None).unwrap();
    assert_eq!(t.headers, ["Name", "Owner"]);
    assert_eq!(t.rows[0].cells, ["Café", "Jo"]);
    let t = read::read(b"Name\tOwner\nCaf\xE9\tJo\n", None, None).unwrap();
    assert_eq!(t.rows[0].cells, ["Café", "Jo"]);
}

fn xlsx(build: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    build(book.add_worksheet());
    book.save_to_buffer().unwrap()
}

#[test]
fn merged_cells_are_refused_formulas_read_as_cached_values_and_dates_as_dates() {
    let merged = xlsx(|ws| {
        ws.write_string(0, 0, "Name").unwrap();
        ws.merge_range(1, 0, 1, 2, "Laptop", &rust_xlsxwriter::Format::new())
            .unwrap();
    });
    assert_eq!(
        err(&merged),
        ImportError::MergedCells {
            sheet: "Sheet1".into(),
            range: "A2:C2".into()
        }
    );
    let book = xlsx(|ws| {
        ws.write_string(0, 0, "Name").unwrap();
        ws.write_string(0, 1, "Confidentiality").unwrap();
        ws.write_string(0, 2, "Reviewed").unwrap();
        ws.write_string(1, 0, "Laptop").unwrap();
        let f = rust_xlsxwriter::Formula::new("=1+1").set_result("2");
        ws.write_formula(1, 1, f).unwrap();
        let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
        ws.write_number_with_format(1, 2, 45_964.0, &date).unwrap();
    });
    let t = read::read(&book, None, None).unwrap();
    assert_eq!(t.rows[0].cells, ["Laptop", "2", "2025-11-03"]);
}

#[test]
fn protected_corrupt_and_zip_bomb_workbooks_are_refused() {
    // An OLE file holding an encrypted package: what a password gives an XLSX.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend(vec![0; 504]);
    ole.extend(
        "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    assert_eq!(err(&ole), ImportError::Protected);
    assert!(matches!(
        err(b"PK\x03\x04garbage"),
        ImportError::Corrupt { .. }
    ));
    let mut cut = workbook(&example(), today()).unwrap();
    cut.truncate(cut.len() / 2);
    assert!(matches!(err(&cut), ImportError::Corrupt { .. }));

    // A part of zeros: its ratio gives it away before it is inflated.
    let bomb = {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let o = zip::write::SimpleFileOptions::default();
        w.start_file("xl/worksheets/sheet1.xml", o).unwrap();
        w.write_all(&vec![0u8; 8 * 1024 * 1024]).unwrap();
        w.finish().unwrap().into_inner()
    };
    assert!(matches!(err(&bomb), ImportError::ZipBomb { .. }));
    // A central directory that declares 4 GiB: refused on the declaration.
    let mut liar = workbook(&example(), today()).unwrap();
    let at = liar.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    liar[at + 24..at + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    assert!(
        matches!(err(&liar), ImportError::ZipBomb { .. }),
        "{:?}",
        err(&liar)
    );
}

// ------------------------------------------------- the files worker

#[test]
fn the_files_worker_reads_previews_and_applies_over_its_json_protocol() {
    use annexa_core::import::files::{FilesRequest, FilesResponse, FilesWorker};
    let mut w = FilesWorker::new();
    let current = export(&example(), Timestamp(0));
    let request = FilesRequest::ReadSpreadsheet {
        name: "assets.csv".into(),
        bytes: base64url::encode(&case("case-13-spreadsheet-asset-register.csv")),
        sheet: None,
        header_row: None,
        mapping: None,
        assessment: current.clone(),
    };
    let text = serde_json::to_string(&request).unwrap();
    let FilesResponse::Sheet(view) = w.handle_json(&text) else {
        panic!("a sheet view");
    };
    assert_eq!((view.rows, view.header_row, view.preview.new), (3, 1, 3));
    assert_eq!(view.samples[0], ["AS-001", "AS-002", "AS-003"]);
    // Ignoring the name column rejects every row, with the line and the fix.
    let mut m = view.mapping.clone();
    m.columns[1].target = None;
    let FilesResponse::Sheet(v2) = w.handle(FilesRequest::Preview {
        mapping: m,
        assessment: current.clone(),
    }) else {
        panic!("a sheet view");
    };
    assert_eq!(v2.preview.rejected, 3);
    assert_eq!(v2.preview.rejected_rows[0].0, 2);
    // Changing what rows become proposes the columns again for that kind.
    let mut soa = view.mapping.clone();
    soa.kind = RowKind::Risk;
    let FilesResponse::Sheet(v3) = w.handle(FilesRequest::Preview {
        mapping: soa,
        assessment: current.clone(),
    }) else {
        panic!("a sheet view");
    };
    assert!(v3
        .mapping
        .columns
        .iter()
        .all(|c| c.target.is_none_or(|t| RowKind::Risk.fields().contains(&t))));
    let FilesResponse::Applied { json, new, .. } = w.handle(FilesRequest::Apply {
        mapping: view.mapping.clone(),
        mode: ImportMode::Merge,
        assessment: current,
    }) else {
        panic!("applied");
    };
    assert_eq!(new, 3);
    assert_eq!(
        import(json.as_bytes()).unwrap().assessment.assets.len(),
        8 + 3
    );
    // A broken file: a message, nothing kept.
    let bad = FilesRequest::ReadSpreadsheet {
        name: "x.xlsx".into(),
        bytes: base64url::encode(b"PK\x03\x04broken"),
        sheet: None,
        header_row: None,
        mapping: None,
        assessment: String::new(),
    };
    let FilesResponse::Failed { message } = FilesWorker::new().handle(bad) else {
        panic!("failed");
    };
    assert!(message.contains("your data is unchanged"), "{message}");
}

// ------------------------------------ the end-to-end test's workbook

/// The asset register the end-to-end test uploads (e2e/fixtures/
/// asset-register.xlsx): foreign column names, foreign ids, type words,
/// classification labels and criticality words, and one type ("Gizmo")
/// that no proposal knows. `UPDATE_GOLDEN=1` writes it again.
fn e2e_register() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Inventory").unwrap();
    let rows = [
        [
            "Ref",
            "Asset",
            "Category",
            "Asset Owner",
            "Sensitivity",
            "Criticality",
            "Site",
        ],
        [
            "INV-1",
            "Payroll export",
            "Data",
            "HR Lead",
            "Confidential",
            "High",
            "Head office",
        ],
        [
            "INV-2",
            "Build server",
            "Server",
            "IT Lead",
            "Internal",
            "Medium",
            "Server room",
        ],
        [
            "INV-3",
            "Customer CRM",
            "SaaS",
            "Sales Lead",
            "Restricted",
            "High",
            "Cloud",
        ],
        [
            "INV-4",
            "Reception PC",
            "Device",
            "Office Manager",
            "Public",
            "Low",
            "Head office",
        ],
        [
            "INV-5",
            "Door badge reader",
            "Gizmo",
            "Facilities",
            "Internal",
            "Low",
            "Head office",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn the_end_to_end_tests_workbook_imports_once_gizmo_is_mapped() {
    let path = format!(
        "{}/../e2e/fixtures/asset-register.xlsx",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, e2e_register()).unwrap();
    }
    let bytes =
        std::fs::read(&path).expect("e2e/fixtures/asset-register.xlsx (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(read::sheet_names(&bytes).unwrap(), ["Inventory"]);
    let table = read::read(&bytes, None, None).unwrap();
    let current = example();
    let mut m = propose(&table, None, &current.method);
    assert_eq!(m.kind, RowKind::Asset);
    assert_eq!(target(&m, "Ref"), Some(TargetField::Reference));
    assert_eq!(target(&m, "Category"), Some(TargetField::AssetType));
    assert_eq!(target(&m, "Sensitivity"), Some(TargetField::Classification));
    let p = preview(&current, &table, &m);
    assert_eq!((p.new_count(), p.rejected_count()), (4, 1));
    assert_eq!(p.rejected[0].line, 6);
    m.set_value(
        TargetField::AssetType,
        "Gizmo",
        Some(MappedValue::AssetType(AssetType::Hardware)),
    );
    let p = preview(&current, &table, &m);
    assert_eq!((p.new_count(), p.rejected_count()), (5, 0));
}

#[test]
fn a_control_or_reference_on_two_rows_rejects_the_second() {
    let csv = "Control,Applicable\nA.5.1,Yes\n5.1,No\n";
    let table = read::read(csv.as_bytes(), None, None).unwrap();
    let a = Assessment::default();
    let p = preview(&a, &table, &propose(&table, None, &a.method));
    assert_eq!(p.items.len(), 1);
    assert_eq!(
        p.rejected[0].problem,
        RowProblem::Duplicate {
            value: "5.1".into(),
            first_line: 2
        }
    );
    let csv = "Asset ID,Name\nAS-1,One\nAS-1,Two\n";
    let table = read::read(csv.as_bytes(), None, None).unwrap();
    let p = preview(
        &a,
        &table,
        &propose(&table, Some(RowKind::Asset), &a.method),
    );
    assert_eq!((p.new_count(), p.rejected[0].line), (1, 3));
}

#[test]
fn an_asset_name_with_commas_is_one_asset() {
    // case-01's asset "Payroll, HR and pension records", named in a risk row.
    let mut a = Assessment::default();
    let mut asset = Asset::new_default(&a.method);
    asset.name = "Payroll, HR and pension records".into();
    upsert_asset(&mut a, asset);
    let csv = "Title,Assets,Likelihood\nPayroll leak,\"Payroll, HR and pension records\",3\n";
    let table = read::read(csv.as_bytes(), None, None).unwrap();
    let p = preview(&a, &table, &propose(&table, Some(RowKind::Risk), &a.method));
    assert_eq!(p.rejected_count(), 0, "{:?}", p.rejected);
    let Planned::Risk(r) = &p.items[0].item else {
        panic!("a risk")
    };
    assert_eq!(
        r.identification,
        Identification::AssetBased {
            assets: vec![AssetId(1)]
        }
    );
}

// ------------------------------------------------------- XLS and ODS files

fn sheet_fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/sheets/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The asset register of case 13 saved by LibreOffice as XLS (BIFF8) and
/// ODS reads as the CSV does: same headers, same rows, the same proposed
/// mapping and the same preview.
#[test]
fn xls_and_ods_workbooks_read_like_the_csv_they_were_saved_from() {
    let csv = read::read(&case("case-13-spreadsheet-asset-register.csv"), None, None).unwrap();
    let current = Assessment::default();
    let from_csv = propose(&csv, None, &current.method);
    let planned_csv = preview(&current, &csv, &from_csv);
    for name in ["asset-register.xls", "asset-register.ods"] {
        let bytes = sheet_fixture(name);
        assert_eq!(read::kind_of(&bytes), read::FileKind::Workbook, "{name}");
        assert_eq!(read::sheet_names(&bytes).unwrap().len(), 1, "{name}");
        let t = read::read(&bytes, None, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(t.headers, csv.headers, "{name}");
        assert_eq!(t.rows.len(), csv.rows.len(), "{name}");
        for (column, header) in csv.headers.iter().enumerate() {
            if header == "Last Review Date" {
                continue; // a typed date: read back in ISO form
            }
            for (a, b) in t.rows.iter().zip(&csv.rows) {
                let (x, y) = (
                    import::Table::cell(a, column),
                    import::Table::cell(b, column),
                );
                let same = x == y
                    || matches!((x.parse::<f64>(), y.parse::<f64>()), (Ok(p), Ok(q)) if p == q);
                assert!(same, "{name} {header}: {x:?} is not {y:?}");
            }
        }
        let m = propose(&t, None, &current.method);
        assert_eq!(m.kind, RowKind::Asset, "{name}");
        assert_eq!(
            m.columns.iter().map(|c| c.target).collect::<Vec<_>>(),
            from_csv
                .columns
                .iter()
                .map(|c| c.target)
                .collect::<Vec<_>>(),
            "{name}"
        );
        let planned = preview(&current, &t, &m);
        assert_eq!(planned.new_count(), planned_csv.new_count(), "{name}");
        assert_eq!(
            planned.rejected_count(),
            planned_csv.rejected_count(),
            "{name}"
        );
    }
}
