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
    risk_register_csv, risk_register_rows, score_csv, score_json, RISK_REGISTER_COLUMNS,
};
pub use soa::{soa_csv, soa_md, soa_rows, SOA_COLUMNS};
pub use treatment::{plan_rows, recommend_json, recommend_md, PLAN_COLUMNS};

/// Makes a cell safe for spreadsheets: text that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return is prefixed with `'`, as OWASP advises,
/// so that no spreadsheet reads it as a formula.
pub fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// One CSV field: neutralised, then quoted where needed (RFC 4180).
pub fn csv_field(cell: &str) -> String {
    let cell = neutralise(cell);
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// A CSV document from a header and rows, CRLF line ends.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
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
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

pub(super) fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}
