//! Output that reaches another program: Markdown reports carry user text as
//! text (no raw HTML, no links, no images), and no CSV or XLSX cell is read
//! as a formula, by the field cases `md-html-js-link.json` and
//! `csv-semicolon-and-space.json` (see `shared/cases/README.md`).
#![cfg(not(target_arch = "wasm32"))]

use annexa_core::quant::{Amount, Estimate, Frequency, Magnitude, QuantEstimate, Rate, Scenario};
use annexa_core::*;

#[path = "support/exports.rs"]
#[allow(dead_code)]
mod exports;
use exports::{check_exports, dangerous, parse_csv_with};

fn case(name: &str) -> Assessment {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/cases/");
    let bytes =
        std::fs::read(format!("{path}{name}")).unwrap_or_else(|e| panic!("{path}{name}: {e}"));
    import(&bytes)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .assessment
}

// ------------------------------------------------------------- Markdown

/// Markdown that a renderer would turn into HTML, a script link or a
/// remote image.
const MARKDOWN_ATTACKS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=\"alert(1)\">",
    "[click](javascript:alert(1))",
    "![x](https://evil.invalid/pixel.png)",
    "a | b\n| c | d |\n\n# heading",
    "**bold** _em_ `code` ~~gone~~ \\| &#x6A;avascript:",
];

/// Every Markdown report of `a`: recommendations, SoA, gap check and, when
/// some risk has estimates, the simulation's results.
fn every_markdown(a: &Assessment) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("recommend", report::recommend_md(a)),
        ("soa", report::soa_md(&generate_soa(a))),
        ("gap", report::gap_md(a, &gap_results(&a.gap_check))),
    ];
    if a.risks.iter().any(|r| r.quant.is_some()) {
        let results = quant::simulate(a, &[], Some(quant::MIN_TRIALS)).expect("simulates");
        out.push(("quant", results.markdown()));
    }
    out
}

/// No raw HTML, no link to a script, no image and no character reference
/// from user text in `md`.
fn assert_inert(what: &str, md: &str) {
    for bad in [
        "<script",
        "<img",
        "<a ",
        "](javascript:",
        "![",
        "](https:",
        "&#x",
    ] {
        assert!(!md.contains(bad), "{what}: {bad:?} in\n{md}");
    }
    // Every table row keeps its cells: user text adds no `|` of its own.
    let mut width = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = line.replace("\\|", "").matches('|').count();
            if line.starts_with("|---") || line.starts_with("| ---") || width.is_none() {
                width = Some(cells);
            }
            assert_eq!(Some(cells), width, "{what}: {line}");
        } else {
            width = None;
        }
    }
}

#[test]
fn the_md_case_renders_no_html_no_script_link_and_no_image() {
    let a = case("md-html-js-link.json");
    let reports = every_markdown(&a);
    for (what, md) in &reports {
        assert_inert(what, md);
    }
    let soa = &reports[1].1;
    assert!(
        soa.contains(
            "&lt;img src=x onerror=\"alert\\(1\\)\"&gt; \\[click\\]\\(javascript:alert\\(1\\)\\)"
        ),
        "the text is kept, escaped:\n{soa}"
    );
    assert!(soa.contains("\\!\\[x\\]\\(https://evil.invalid/pixel.png\\)"));
}

#[test]
fn no_markdown_report_lets_user_text_through() {
    let mut a = example();
    let mut p = MARKDOWN_ATTACKS.iter().cycle().map(|s| s.to_string());
    let mut next = || p.next().unwrap_or_default();
    a.context.organisation = next();
    a.context.scope = next();
    for l in &mut a.method.levels {
        l.name = next();
    }
    let scenario = Scenario {
        frequency: Frequency::Direct {
            lef: Estimate::Fixed { value: Rate(2.0) },
        },
        primary: Magnitude::Range90 {
            low: Amount(1_000.0),
            high: Amount(10_000.0),
        },
        secondary: None,
    };
    for r in &mut a.risks {
        r.title = next();
        r.owner = next();
        r.quant = Some(QuantEstimate {
            inherent: scenario,
            residual: None,
        });
    }
    for e in a.soa.entries.values_mut() {
        e.owner = next();
        e.justification = Some(next());
        e.exclusion_justification = next();
    }
    a.soa.document.version = next();
    a.soa.document.approver = next();
    let reports = every_markdown(&a);
    assert_eq!(reports.len(), 4);
    for (what, md) in &reports {
        assert_inert(what, md);
    }
}

#[test]
fn md_text_escapes_html_links_images_and_cells() {
    let cases: &[(&str, &str)] = &[
        ("plain text, 1.0 - ok", "plain text, 1.0 - ok"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("![i](u)", "\\!\\[i\\]\\(u\\)"),
        ("a|b", "a\\|b"),
        ("*x* _y_ `z` ~w~ \\", "\\*x\\* \\_y\\_ \\`z\\` \\~w\\~ \\\\"),
        ("one\ntwo\r\nthree", "one two  three"),
    ];
    for (input, expected) in cases {
        assert_eq!(report::md_text(input), *expected, "{input:?}");
    }
}

// ------------------------------------------------------------- CSV, XLSX

#[test]
fn the_csv_case_is_neutral_in_every_csv_and_xlsx_cell() {
    let a = case("csv-semicolon-and-space.json");
    // The oracle finds the case's payloads, as written and as a reader
    // that splits on `;` sees them.
    let r = &a.risks[0];
    assert!(dangerous(&r.owner) && dangerous(&r.description));
    assert!(parse_csv_with(&format!("{}\r\n", r.title), ';')[0]
        .iter()
        .any(|c| dangerous(c)));
    check_exports(&a);
    // The text is kept, behind a quote.
    let csv = report::risk_register_csv(&a);
    assert!(csv.contains("' =1+1"), "{csv}");
    assert!(csv.contains("'＝1+1"), "{csv}");
    assert!(csv.contains("\"x;'=cmd|' /C calc'!A0\""), "{csv}");
    // The XLSX keeps the text as typed and gives it the quote-prefix
    // format (core/tests/exports.rs reads that back from the file's XML).
    let sheets = workbook_sheets(&a, Date::new(2026, 11, 30).unwrap());
    let cells: Vec<&String> = sheets
        .iter()
        .flat_map(|s| s.rows.iter().flatten())
        .filter_map(|c| match c {
            annexa_core::documents::Cell::Text(t) => Some(t),
            _ => None,
        })
        .filter(|c| c.contains("1+1"))
        .collect();
    assert!(!cells.is_empty());
    for c in cells {
        assert!(report::formula_like(c), "{c:?} would not be quote-prefixed");
    }
}

#[test]
fn neutralise_follows_owasp_over_the_trimmed_text() {
    let cases: &[(&str, &str)] = &[
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        (" =1", "' =1"),
        ("  \t+1", "'  \t+1"),
        ("\u{A0}=1", "'\u{A0}=1"),
        ("\u{200B}=1", "'\u{200B}=1"),
        ("\u{FEFF}@x", "'\u{FEFF}@x"),
        ("\n=1", "'\n=1"),
        (";=1", "';=1"),
        (" ; -1", "' ; -1"),
        ("＝1", "'＝1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠x", "'＠x"),
        ("'=already", "'=already"),
        ("a=1", "a=1"),
        (";a", ";a"),
        ("", ""),
        ("   ", "   "),
        ("R-01", "R-01"),
        ("ÿ=", "ÿ="),
    ];
    for (cell, expected) in cases {
        assert_eq!(report::neutralise(cell), *expected, "{cell:?}");
        assert_eq!(
            dangerous(cell),
            cell != expected,
            "the oracle agrees on {cell:?}"
        );
    }
    for (cell, field) in [
        ("a;b", "\"a;b\""),
        ("x;=1", "\"x;'=1\""),
        (";=1", "\"';'=1\""),
        ("A.5.1; -x; ok", "\"A.5.1;' -x; ok\""),
    ] {
        assert_eq!(report::csv_field(cell), field, "{cell:?}");
    }
}

/// Two shapes the property test found: a cell that ends in `;`, and a `;`
/// followed by a quote and then a formula or a line break. Read as a
/// spreadsheet with `;` as its list separator reads it (a quote counts
/// only at the start of a piece), no piece may be a formula.
#[test]
fn a_semicolon_at_the_end_or_before_a_quote_is_neutral_too() {
    for cell in ["reason;", "owner;\"-1+1", "x;\"\r\n=1", "by A on B: ;"] {
        let line = format!("a,{}\r\n\"next\",x\r\n", report::csv_field(cell));
        for piece in parse_csv_with(&line, ';').iter().flatten() {
            assert!(!dangerous(piece), "{cell:?} gives the piece {piece:?}");
        }
    }
}
