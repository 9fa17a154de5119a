//! The pack's files: every CSV starts with a UTF-8 byte order mark, and the
//! risk-register CSV's multi-value cells survive CISO Assistant's import,
//! which splits them on line ends, `|`, `;` and `,`.

use annexa_core::documents::{asset_register_csv, risk_treatment_plan_csv};
use annexa_core::report;
use annexa_core::*;

mod support {
    // This test uses only the CSV reader of the shared checks.
    #![allow(dead_code)]
    pub mod exports;
}
use support::exports::parse_csv;

fn case(name: &str) -> Vec<u8> {
    let path = format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load(name: &str) -> Assessment {
    import(&case(name)).unwrap().assessment
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
        (
            "risk treatment plan",
            risk_treatment_plan_csv(&a, Date::new(2026, 11, 30).unwrap()),
        ),
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

// ------------------------------------------------------------------ XLSX

/// The files of a zip archive (XLSX, DOCX) by name, as text.
pub fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
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

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every `<tag …>…</tag>` or `<tag …/>` element's attributes and body.
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<(&'a str, &'a str)> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = vec![];
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        if !after.starts_with([' ', '>', '/']) {
            rest = after;
            continue;
        }
        let end = after.find('>').unwrap();
        let attrs = &after[..end];
        if attrs.ends_with('/') {
            out.push((attrs, ""));
            rest = &after[end + 1..];
        } else {
            let body_end = after.find(&close).unwrap();
            out.push((attrs, &after[end + 1..body_end]));
            rest = &after[body_end + close.len()..];
        }
    }
    out
}

fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = attrs.find(&key)? + key.len();
    Some(&attrs[at..at + attrs[at..].find('"')?])
}

fn shared_strings(files: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    elements(&files["xl/sharedStrings.xml"], "si")
        .iter()
        .map(|(_, body)| {
            elements(body, "t")
                .iter()
                .map(|(_, t)| unescape(t))
                .collect::<String>()
        })
        .collect()
}

fn sheet_names(files: &std::collections::BTreeMap<String, String>) -> Vec<String> {
    elements(&files["xl/workbook.xml"], "sheet")
        .iter()
        .map(|(a, _)| unescape(attr(a, "name").unwrap()))
        .collect()
}

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap()
}

#[test]
fn the_workbook_prints_as_documents() {
    let mut a = example();
    a.soa.document.version = "0.3".into();
    a.context.organisation = "Brightline & Co".into();
    let files = unzip(&workbook(&a, today()).unwrap());
    let names = sheet_names(&files);
    assert_eq!(names[0], "Cover");
    let defined = &files["xl/workbook.xml"];
    for (n, name) in names.iter().enumerate() {
        let xml = &files[&format!("xl/worksheets/sheet{}.xml", n + 1)];
        assert!(
            xml.contains(r#"orientation="landscape""#),
            "{name}: landscape"
        );
        assert!(
            xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#),
            "{name}: fit to page"
        );
        assert!(
            xml.contains(r#"fitToHeight="0""#),
            "{name}: one page wide, any height"
        );
        assert!(xml.contains(r#"paperSize="9""#), "{name}: A4");
        // The cover's table sits under its title block (4 rows and a blank).
        let header_row = if name == "Cover" { 6 } else { 1 };
        assert!(
            xml.contains(&format!(r#"<pane ySplit="{header_row}""#)),
            "{name}: frozen header"
        );
        assert!(xml.contains("<autoFilter "), "{name}: filter");
        assert!(
            xml.contains("<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>"),
            "{name}: page x of y"
        );
        assert!(
            xml.contains("&amp;LBrightline &amp;&amp; Co"),
            "{name}: organisation"
        );
        assert!(!xml.contains("<f>"), "{name}: no formula");
        let rows = format!("${header_row}:${header_row}");
        let sheet_ref = if name.contains(' ') {
            format!("'{name}'!{rows}")
        } else {
            format!("{name}!{rows}")
        };
        assert!(
            defined.contains(&sheet_ref),
            "{name}: header row repeated ({sheet_ref})"
        );
    }
    assert!(defined.contains("_xlnm.Print_Titles"));
    assert!(defined.contains("_xlnm.Print_Area"));
    // The SoA sheet's header carries the version the user typed.
    let soa = names.iter().position(|n| n == "SoA").unwrap();
    let xml = &files[&format!("xl/worksheets/sheet{}.xml", soa + 1)];
    assert!(
        xml.contains("version 0.3"),
        "running header with the typed version"
    );
    // Human headers, not machine names.
    let strings = shared_strings(&files);
    for h in [
        "Risk owner",
        "Inh. L × I",
        "Applicability",
        "Treatment owner",
    ] {
        assert!(strings.iter().any(|s| s == h), "header {h}");
    }
    // Machine names only on "Risk register data" (the import's sheet),
    // never in a document sheet's cells.
    for (i, name) in names.iter().enumerate() {
        let xml = &files[&format!("xl/worksheets/sheet{}.xml", i + 1)];
        let texts: Vec<&str> = elements(xml, "c")
            .iter()
            .filter(|(a, _)| attr(a, "t") == Some("s"))
            .filter_map(|(_, body)| elements(body, "v").first().map(|(_, v)| *v))
            .filter_map(|v| v.parse::<usize>().ok())
            .map(|i| strings[i].as_str())
            .collect();
        let machine = ["inherent_proba", "inclusion_reasons", "ref_id"]
            .iter()
            .any(|m| texts.contains(m));
        assert_eq!(machine, name == "Risk register data", "{name}");
    }
    assert!(
        strings.iter().any(|s| s == "0.3"),
        "the cover shows the typed version"
    );
}

#[test]
fn the_workbook_types_numbers_and_dates() {
    let a = example();
    let files = unzip(&workbook(&a, today()).unwrap());
    let names = sheet_names(&files);
    let plan = names
        .iter()
        .position(|n| n == "Risk treatment plan")
        .unwrap();
    let xml = &files[&format!("xl/worksheets/sheet{}.xml", plan + 1)];
    let cells = elements(xml, "c");
    // The plan is in due-date order. Row 2 is R-08, the earliest: due
    // 2026-12-15 (Excel serial 46371) in column H, its residual L × I (4) in
    // column J, both as numbers, not strings.
    let cell = |r: &str| cells.iter().find(|(a, _)| attr(a, "r") == Some(r)).unwrap();
    let (due, body) = cell("H2");
    assert_eq!(attr(due, "t"), None, "a date is a number: {due}");
    assert!(body.contains("<v>46371</v>"), "{body}");
    let (score, body) = cell("J2");
    assert_eq!(attr(score, "t"), None, "{score}");
    assert!(body.contains("<v>4</v>"), "{body}");
    // And the date cell's format shows it as a date.
    let style: usize = attr(due, "s").unwrap().parse().unwrap();
    let styles = &files["xl/styles.xml"];
    let xfs = elements(styles, "cellXfs")[0].1;
    let xf = elements(xfs, "xf")[style].0;
    let num_fmt = attr(xf, "numFmtId").unwrap();
    assert!(
        styles.contains(&format!(
            r#"numFmtId="{num_fmt}" formatCode="yyyy\-mm\-dd""#
        )) || styles.contains(&format!(r#"numFmtId="{num_fmt}" formatCode="yyyy-mm-dd""#)),
        "date format {num_fmt}"
    );
}

#[test]
fn formula_like_names_stay_text_with_the_quote_prefix_format() {
    let a = load("case-14-formula-unicode-names.json");
    let files = unzip(&workbook(&a, today()).unwrap());
    let strings = shared_strings(&files);
    let styles = &files["xl/styles.xml"];
    let xfs = elements(styles, "cellXfs")[0].1;
    let quoted: Vec<bool> = elements(xfs, "xf")
        .iter()
        .map(|(a, _)| attr(a, "quotePrefix") == Some("1"))
        .collect();
    assert!(quoted.iter().any(|q| *q), "a quote-prefix format exists");
    let mut seen = 0;
    for (name, xml) in files
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/"))
    {
        assert!(!xml.contains("<f>"), "{name}: a formula");
        for (attrs, body) in elements(xml, "c") {
            if attr(attrs, "t") != Some("s") {
                continue;
            }
            let v: usize = elements(body, "v")[0].1.parse().unwrap();
            let text = &strings[v];
            assert!(
                !text.starts_with('\''),
                "{name}: a literal quote in {text:?}"
            );
            if report::formula_like(text) {
                seen += 1;
                let s: usize = attr(attrs, "s").unwrap().parse().unwrap();
                assert!(quoted[s], "{name}: {text:?} lacks the quote-prefix format");
            }
        }
    }
    assert!(seen > 0, "the case's formula-like names reach the workbook");
    // The non-ASCII names arrive as typed.
    for x in &a.assets {
        assert!(strings.iter().any(|s| s == &x.name), "{}", x.name);
    }
}

#[test]
fn text_longer_than_a_cell_is_cut_with_a_note() {
    let a = load("case-18-very-long-titles.json");
    let files = unzip(&workbook(&a, today()).unwrap());
    let strings = shared_strings(&files);
    assert!(strings.iter().all(|s| s.chars().count() <= 32_767));
    // The SoA caps its generated lists first ("and N more"), so the
    // justification fits a cell whole; the cut with a note is the last
    // resort for any other text (xlsx.rs unit tests).
    assert!(
        strings
            .iter()
            .any(|s| s.contains(" and ") && s.contains(" more")),
        "the capped list reaches the workbook"
    );
}

#[test]
fn the_workbook_is_the_same_for_the_same_file_and_day() {
    let a = example();
    assert_eq!(
        workbook(&a, today()).unwrap(),
        workbook(&a, today()).unwrap()
    );
}
