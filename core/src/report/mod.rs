//! Text renderings of the domain's results: CSV (with formula-injection
//! neutralised), Markdown and JSON. The CLI and the browser's downloads both
//! use these, so a file looks the same wherever it was made.
//!
//! One part per result: the catalogue, the scored risk register, the
//! recommendations and treatment plan, the SoA and the gap check.

use serde::Serialize;

use super::catalogue::snake;
use super::text::{self, MessageId};

mod catalogue;
mod gap;
mod register;
mod soa;
mod treatment;

pub use catalogue::{
    catalogue_2013_csv, catalogue_2013_json, catalogue_2022_csv, catalogue_2022_json,
};
pub use gap::gap_md;
pub use register::{
    multi_value, multi_value_item, risk_register_csv, risk_register_rows, score_csv, score_json,
    RISK_REGISTER_COLUMNS,
};
pub use soa::{mapping_sentence, soa_csv, soa_md, soa_rows, SOA_COLUMNS};
pub use treatment::{
    plan_rows, recommend_json, recommend_json_text, recommend_md, risk_treatment_plan_rows,
    write_recommend_json, PLAN_COLUMNS, RISK_TREATMENT_PLAN_COLUMNS,
};

/// Characters a spreadsheet skips before it looks for a formula: white
/// space (spaces, tabs, line ends, NBSP U+00A0, the Unicode spaces) and the
/// invisible format characters (zero-width space, joiners, word joiner,
/// byte-order mark, soft hyphen).
fn skipped_before_formula(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
        )
}

/// True when a spreadsheet could read `cell` as a formula: it starts with a
/// tab or a carriage return, or, once leading white space and invisible
/// characters are skipped, with `=`, `+`, `-`, `@` or their full-width forms
/// `＝＋－＠`, or with `;` followed by such a start (a `;`-separated reader
/// splits there).
pub fn formula_like(cell: &str) -> bool {
    if cell.starts_with(['\t', '\r']) {
        return true;
    }
    let rest = cell.trim_start_matches(skipped_before_formula);
    let mut chars = rest.chars();
    match chars.next() {
        Some('=' | '+' | '-' | '@' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}') => true,
        Some(';') => formula_like(chars.as_str()),
        _ => false,
    }
}

/// Makes a cell safe for spreadsheets: text that [`formula_like`] finds
/// (OWASP's rule over the trimmed text) is prefixed with `'`, so that no
/// spreadsheet reads it as a formula. The text itself is kept.
pub fn neutralise(cell: &str) -> String {
    if formula_like(cell) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// One CSV field: neutralised, then quoted where needed (RFC 4180).
///
/// A spreadsheet whose list separator is `;` (many locales) splits the
/// line at every `;` and starts a row at every line break, quotes or not,
/// and honours a `"` only at the start of the piece it starts there. So a
/// `;` is quoted too, and a `'` goes right after a `;` or a line feed
/// where the rest of the text, past any `"`, is empty (the field's closing
/// quote would open a quoted piece running into the next line) or would
/// start a formula.
pub fn csv_field(cell: &str) -> String {
    let mut out = neutralise(cell);
    if cell.contains([';', '\n']) {
        let start = out.len() - cell.len();
        let mut pieces = String::with_capacity(out.len() + 2);
        pieces.push_str(&out[..start]);
        for (at, c) in cell.char_indices() {
            pieces.push(c);
            if c == ';' || c == '\n' {
                let rest = cell[at + 1..].trim_start_matches('"');
                if rest.is_empty() || formula_like(rest) {
                    pieces.push('\'');
                }
            }
        }
        out = pieces;
    }
    if out.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", out.replace('"', "\"\""))
    } else {
        out
    }
}

/// The UTF-8 byte order mark every CSV starts with: without it Excel reads
/// the file in the system's code page and shows non-ASCII names as mojibake.
pub const BOM: char = '\u{FEFF}';

/// A CSV document from a header and rows: a UTF-8 byte order mark
/// ([`BOM`]), then the lines with CRLF line ends.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    let line =
        |cells: &mut dyn Iterator<Item = String>| cells.collect::<Vec<_>>().join(",") + "\r\n";
    out.push_str(&line(&mut header.iter().map(|h| csv_field(h))));
    for row in rows {
        out.push_str(&line(&mut row.iter().map(|c| csv_field(c))));
    }
    out
}

pub(super) fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn snakes<T: Serialize>(items: &[T]) -> Vec<String> {
    items.iter().map(snake).collect()
}

/// A Markdown table's header row and rule, from its columns' names:
/// `| Control | Score |\n|---|---|\n`.
pub(super) fn md_header(columns: &[MessageId]) -> String {
    let names: Vec<String> = columns.iter().map(|c| text::text(*c)).collect();
    format!(
        "| {} |\n|{}\n",
        names.join(" | "),
        "---|".repeat(columns.len())
    )
}

/// "yes" or "no" in a Markdown table.
pub(super) fn md_yes_no(yes: bool) -> String {
    text::text(if yes {
        text::msg::MD_YES
    } else {
        text::msg::MD_NO
    })
}

/// Pretty JSON with a final newline.
pub fn to_json<T: Serialize>(value: &T) -> String {
    let mut s = crate::json::to_string(value, crate::json::Layout::Pretty);
    s.push('\n');
    s
}

/// User text made inert for Markdown, the one escaping every Markdown
/// writer uses (reports, the gap check, the simulation's results): `<`, `>`
/// and `&` become entities, so no raw HTML nor character reference gets
/// through; the link, image, emphasis, code and table characters
/// (brackets, parentheses, `!`, `*`, `_`, the backtick, `~`, `|` and the
/// backslash) get a backslash, so no link, image, emphasis or table cell
/// boundary comes from the text; and line ends and other control
/// characters become spaces, so the text stays in its cell or heading.
pub fn md_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '[' | ']' | '(' | ')' | '!' | '*' | '_' | '`' | '~' | '|' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
