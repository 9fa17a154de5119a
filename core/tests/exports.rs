//! The pack's files: every CSV starts with a UTF-8 byte order mark, and the
//! risk-register CSV's multi-value cells survive CISO Assistant's import,
//! which splits them on line ends, `|`, `;` and `,`.

use annexa_core::documents::{asset_register_csv, risk_treatment_plan_csv};
use annexa_core::report;
use annexa_core::*;

fn case(name: &str) -> Vec<u8> {
    let path = format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load(name: &str) -> Assessment {
    import(&case(name)).unwrap().assessment
}

/// RFC 4180: fields separated by `,`, quoted with `"` (doubled inside).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// CISO Assistant's rule for a multi-value cell.
fn ciso_split(cell: &str) -> Vec<String> {
    cell.split(['\n', '|', ';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_csv_starts_with_a_utf8_byte_order_mark() {
    let a = load("case-14-formula-unicode-names.json");
    for (name, csv) in [
        ("risk register", report::risk_register_csv(&a)),
        ("score", report::score_csv(&a)),
        ("SoA", report::soa_csv(&generate_soa(&a))),
        ("asset register", asset_register_csv(&a)),
        ("risk treatment plan", risk_treatment_plan_csv(&a)),
        ("catalogue", report::catalogue_2022_csv()),
    ] {
        assert!(
            csv.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]),
            "the {name} CSV has no byte order mark"
        );
        assert_eq!(
            csv.matches('\u{FEFF}').count(),
            1,
            "{name}: one BOM, at the start"
        );
    }
    // The non-ASCII names arrive as typed.
    let assets = asset_register_csv(&a);
    for x in &a.assets {
        if !x.name.starts_with(['=', '+', '-', '@']) {
            assert!(assets.contains(&x.name), "{} is missing", x.name);
        }
    }
}

#[test]
fn ciso_assistant_reads_every_control_and_asset_whole() {
    let a = load("case-01-ciso-assistant-risk-import.json");
    let csv = report::risk_register_csv(&a);
    let rows = parse_csv(csv.trim_start_matches('\u{FEFF}'));
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (risk, row) in a.risks.iter().zip(&rows[1..]) {
        assert_eq!(row[col("ref_id")], risk.id.to_string());
        for (column, controls) in [
            ("existing_controls", &risk.existing_controls),
            ("additional_controls", &risk.treatment.planned_controls),
        ] {
            let items = ciso_split(&row[col(column)]);
            let expected: Vec<String> = controls.iter().map(ToString::to_string).collect();
            assert_eq!(items, expected, "{} {column}", risk.id);
        }
        let assets = ciso_split(&row[col("assets")]);
        match &risk.identification {
            Identification::AssetBased { assets: ids } => {
                assert_eq!(assets.len(), ids.len(), "{}: {assets:?}", risk.id);
                for (item, id) in assets.iter().zip(ids) {
                    let name = &a.asset(*id).unwrap().name;
                    assert_eq!(item, &report::multi_value_item(name));
                    // The words of the name all arrive, in order.
                    let words: Vec<&str> = name
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect();
                    let got: Vec<&str> = item
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect();
                    assert_eq!(got, words);
                }
            }
            Identification::EventBased { .. } => assert!(assets.is_empty()),
        }
        for column in ["threat", "vulnerabilities"] {
            for item in ciso_split(&row[col(column)]) {
                assert!(
                    item.starts_with('T') || item.starts_with('V'),
                    "{column} item {item:?} is a piece of a name"
                );
            }
        }
    }
}

#[test]
fn a_multi_value_item_never_holds_a_separator() {
    for s in [
        "Legal, statutory, regulatory and contractual requirements",
        "a;b|c\nd\re",
        " , ;",
    ] {
        let item = report::multi_value_item(s);
        assert!(!item.contains([',', ';', '|', '\n', '\r']), "{item:?}");
        assert_eq!(ciso_split(&item).len(), usize::from(!item.is_empty()));
    }
    assert_eq!(
        report::multi_value_item("Legal, statutory, regulatory and contractual requirements"),
        "Legal - statutory - regulatory and contractual requirements"
    );
}

#[test]
fn the_asset_register_csv_has_human_headers_and_every_asset() {
    let a = example();
    let rows = parse_csv(asset_register_csv(&a).trim_start_matches('\u{FEFF}'));
    assert_eq!(rows[0][0], "Id");
    assert_eq!(rows[0][1], "Asset");
    assert_eq!(rows.len(), a.assets.len() + 1);
    assert_eq!(rows[1][0], "A-01");
}
