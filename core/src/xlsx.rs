//! The XLSX workbook: a cover sheet with the document control block of each
//! document, then the tabular documents of the Stage 1 pack (SoA, risk
//! register, risk treatment plan, risk acceptance, asset register, method,
//! gap-check answers), laid out from the same [`crate::documents`] models as
//! the printed and DOCX forms.
//!
//! Every sheet prints as a document: landscape A4, one page wide, the
//! header row repeated on every page, a print area, a running header with
//! the organisation, the title and the version, and "Page x of y" in the
//! footer. Headers are words, numbers and dates are typed as numbers and
//! dates, text wraps with row heights that fit it, and the header row is
//! frozen with a filter. Text that a spreadsheet could read as a formula
//! keeps its characters and gets the quote-prefix format, so it stays text
//! even when someone edits the cell.

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::documents::{self, Block, Cell, Column, Document, DocumentKind, Table};
use super::error::{Error, ErrorKind, Result};
use super::model::Assessment;
use super::report::formula_like;
use super::text::{self, msg, Arg};
use super::time::Date;

/// The most characters a spreadsheet cell holds (Excel's limit is 32,767;
/// the rest is room for the note that the text was cut).
pub const MAX_CELL_CHARS: usize = 32_000;

/// One worksheet of the workbook: a table with typed cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The tab's name, e.g. "Risk register".
    pub name: String,
    /// The document it belongs to (its running header), if one.
    pub kind: Option<DocumentKind>,
    /// Label and value rows above the table (the cover's title block).
    pub preamble: Vec<documents::KeyValue>,
    /// The columns: human headers and widths in characters.
    pub columns: Vec<Column>,
    /// The rows, typed.
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    fn of(name: String, kind: DocumentKind, t: Table) -> Sheet {
        Sheet {
            name,
            kind: Some(kind),
            preamble: Vec::new(),
            columns: t.columns,
            rows: t.rows,
        }
    }
}

fn label(id: text::MessageId) -> String {
    text::text(id)
}

/// The document control blocks of every document, one row each, under the
/// workbook's title block: the cover.
fn cover(a: &Assessment, docs: &[Document], today: Date) -> Sheet {
    let kv = |id: text::MessageId, value: Cell| documents::KeyValue {
        key: label(id),
        value,
    };
    let cols = [
        (msg::DOC_TITLE, 30),
        (msg::DOC_STANDARD_CLAUSE, 18),
        (msg::DOC_VERSION, 12),
        (msg::DOC_DATE, 12),
        (msg::DOC_AUTHOR, 24),
        (msg::DOC_APPROVER, 24),
        (msg::DOC_APPROVAL_DATE, 14),
    ];
    let rows = docs
        .iter()
        .map(|d| {
            let value = |key: text::MessageId| {
                let key = label(key);
                d.control
                    .iter()
                    .find_map(|b| match b {
                        Block::KeyValues { rows } => {
                            rows.iter().find(|r| r.key == key).map(|r| r.value.clone())
                        }
                        _ => None,
                    })
                    .unwrap_or(Cell::Empty)
            };
            vec![
                Cell::text(d.title.clone()),
                Cell::text(d.clause.clone()),
                Cell::text(d.version.clone()),
                value(msg::DOC_DATE),
                value(msg::DOC_AUTHOR),
                value(msg::DOC_APPROVER),
                value(msg::DOC_APPROVAL_DATE),
            ]
        })
        .collect();
    Sheet {
        name: label(msg::XLSX_SHEET_COVER),
        kind: None,
        preamble: vec![
            kv(
                msg::DOC_ORGANISATION,
                Cell::text(crate::rules::organisation_name(&a.context.organisation)),
            ),
            kv(msg::DOC_TITLE, Cell::text(label(msg::XLSX_TITLE))),
            kv(
                msg::DOC_STANDARD,
                Cell::text(crate::soa::standard_name(a.context.edition)),
            ),
            kv(msg::XLSX_GENERATED, Cell::Date(today)),
        ],
        columns: cols
            .iter()
            .map(|(id, w)| Column {
                title: label(*id),
                width: *w,
            })
            .collect(),
        rows,
    }
}

/// Every change history row of every document.
fn history(a: &Assessment) -> Table {
    let cols = [
        (msg::DOC_TITLE, 30),
        (msg::DOC_VERSION, 10),
        (msg::DOC_DATE, 12),
        (msg::DOC_AUTHOR, 24),
        (msg::DOC_CHANGE, 60),
    ];
    Table {
        columns: cols
            .iter()
            .map(|(id, w)| Column {
                title: label(*id),
                width: *w,
            })
            .collect(),
        rows: DocumentKind::ALL
            .iter()
            .flat_map(|k| {
                k.control(a).history.iter().map(move |h| {
                    vec![
                        Cell::text(k.title()),
                        Cell::text(h.version.clone()),
                        Cell::date(h.date),
                        Cell::text(h.author.clone()),
                        Cell::text(h.description.clone()),
                    ]
                })
            })
            .collect(),
    }
}

/// The method as one table: each scale step with its definition, each cell
/// of the matrix with its level, and the tolerance.
fn method_table(a: &Assessment) -> Table {
    let m = &a.method;
    let mut rows = Vec::new();
    for (part, scale) in [
        (label(msg::DOC_METHOD_LIKELIHOOD_HEADING), &m.likelihood),
        (label(msg::DOC_METHOD_IMPACT_HEADING), &m.impact),
    ] {
        for (n, s) in scale.steps.iter().enumerate() {
            rows.push(vec![
                Cell::text(part.clone()),
                Cell::Number((n + 1) as f64),
                Cell::text(s.name.clone()),
                Cell::text(s.description.clone()),
            ]);
        }
    }
    let matrix = label(msg::DOC_METHOD_MATRIX_HEADING);
    for (l, row) in m.matrix.grid.iter().enumerate() {
        for (i, level) in row.iter().enumerate() {
            rows.push(vec![
                Cell::text(matrix.clone()),
                Cell::Number(((l + 1) * (i + 1)) as f64),
                Cell::text(format!(
                    "{} × {}",
                    m.likelihood.name(l as u8 + 1),
                    m.impact.name(i as u8 + 1)
                )),
                Cell::text(m.level_name(*level)),
            ]);
        }
    }
    let acceptance = label(msg::DOC_METHOD_ACCEPTANCE_HEADING);
    for (n, l) in m.levels.iter().enumerate() {
        rows.push(vec![
            Cell::text(acceptance.clone()),
            Cell::Number((n + 1) as f64),
            Cell::text(l.name.clone()),
            Cell::text(label(
                if m.within_tolerance(crate::method::LevelIndex(n as u8)) {
                    msg::XLSX_ACCEPTABLE
                } else {
                    msg::XLSX_NEEDS_TREATMENT
                },
            )),
        ]);
    }
    rows.push(vec![
        Cell::text(acceptance),
        Cell::Empty,
        Cell::text(m.level_name(m.tolerance)),
        Cell::text(text::text_with(
            msg::DOC_METHOD_TOLERANCE,
            &[("level", Arg::from(m.level_name(m.tolerance)))],
        )),
    ]);
    Table {
        columns: [
            (msg::XLSX_COLUMN_PART, 26),
            (msg::DOC_COLUMN_VALUE, 10),
            (msg::DOC_COLUMN_NAME, 28),
            (msg::DOC_COLUMN_DEFINITION, 70),
        ]
        .iter()
        .map(|(id, w)| Column {
            title: label(*id),
            width: *w,
        })
        .collect(),
        rows,
    }
}

/// The workbook's sheets, typed: cover, SoA, risk register, risk treatment
/// plan, risk acceptance, asset register, method, change history and
/// gap-check answers. `today` is the date a document shows when the user
/// set none.
pub fn workbook_sheets(a: &Assessment, today: Date) -> Vec<Sheet> {
    let docs = documents::documents(a, today);
    let register = crate::scoring::ScoredRegister::new(a);
    let mut soa_columns = vec![Column {
        title: label(msg::XLSX_COLUMN_THEME),
        width: 16,
    }];
    soa_columns.extend(documents::build::soa_columns());
    let soa_rows = crate::catalogue::Theme::ALL
        .iter()
        .flat_map(|t| {
            documents::build::soa_rows(a, Some(*t))
                .into_iter()
                .map(move |mut r| {
                    r.insert(0, Cell::text(t.label()));
                    r
                })
        })
        .collect();
    vec![
        cover(a, &docs, today),
        Sheet {
            name: label(msg::XLSX_SHEET_SOA),
            kind: Some(DocumentKind::Soa),
            preamble: Vec::new(),
            columns: soa_columns,
            rows: soa_rows,
        },
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_REGISTER),
            DocumentKind::RiskAssessment,
            documents::build::register_table(a, &register),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_TREATMENT_PLAN),
            DocumentKind::RiskTreatmentPlan,
            documents::build::plan_table(a, &register, today),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_ACCEPTANCE),
            DocumentKind::RiskTreatmentPlan,
            documents::build::acceptance_table(a, &register),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_ASSET_REGISTER),
            DocumentKind::RiskAssessment,
            documents::asset_register_table(a),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_METHOD),
            DocumentKind::Methodology,
            method_table(a),
        ),
        Sheet {
            kind: None,
            preamble: Vec::new(),
            ..Sheet::of(
                label(msg::XLSX_SHEET_HISTORY),
                DocumentKind::Soa,
                history(a),
            )
        },
        Sheet::of(
            label(msg::XLSX_SHEET_GAP),
            DocumentKind::GapReport,
            documents::build::gap_answers_table(a),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_DATA),
            DocumentKind::RiskAssessment,
            risk_data_table(a),
        ),
    ]
}

/// The risk register as data: the risk-register CSV's columns (CISO
/// Assistant's import columns, then Annexa's), so that the workbook imports
/// back into Annexa, or into another tool, with no mapping work.
fn risk_data_table(a: &Assessment) -> Table {
    Table {
        columns: crate::report::RISK_REGISTER_COLUMNS
            .iter()
            .map(|c| Column {
                title: (*c).to_owned(),
                width: 14,
            })
            .collect(),
        rows: crate::report::risk_register_rows(a)
            .into_iter()
            .map(|row| row.into_iter().map(Cell::Text).collect())
            .collect(),
    }
}

/// Text cut to what a cell holds, with a note saying so.
fn fit(s: &str) -> String {
    if s.chars().count() <= MAX_CELL_CHARS {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(MAX_CELL_CHARS).collect();
    out.push_str(&text::text(msg::XLSX_CELL_CUT));
    out
}

/// `&` is the header and footer's code character: a literal one is `&&`.
fn header_text(s: &str) -> String {
    s.replace('&', "&&")
}

/// Lines a cell needs at a column width: its line ends, and its long
/// lines wrapped at the width.
fn lines(c: &Cell, width: u16) -> usize {
    let w = usize::from(width.max(4)).saturating_sub(1);
    match c {
        Cell::Text(s) => s
            .split('\n')
            .map(|l| l.chars().count().div_ceil(w).max(1))
            .sum(),
        _ => 1,
    }
}

struct Formats {
    header: Format,
    plain: Format,
    text: Format,
    quoted: Format,
    number: Format,
    date: Format,
}

impl Formats {
    fn new() -> Formats {
        let base = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color(0xBFC7D5);
        Formats {
            header: base.clone().set_bold().set_background_color(0xE6F0FC),
            plain: Format::new().set_align(FormatAlign::Top).set_quote_prefix(),
            text: base.clone(),
            quoted: base.clone().set_quote_prefix(),
            number: base.clone().set_align(FormatAlign::Left),
            date: base
                .set_num_format("yyyy-mm-dd")
                .set_align(FormatAlign::Left),
        }
    }
}

fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    c: &Cell,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    match c {
        Cell::Text(s) => {
            let s = fit(s);
            let format = if formula_like(&s) { &f.quoted } else { &f.text };
            ws.write_string_with_format(row, col, s, format)?;
        }
        Cell::Number(n) => {
            ws.write_number_with_format(row, col, *n, &f.number)?;
        }
        Cell::Date(d) => {
            let date = ExcelDateTime::from_ymd(d.year, d.month, d.day)?;
            ws.write_date_with_format(row, col, &date, &f.date)?;
        }
        Cell::Empty => {
            ws.write_blank(row, col, &f.text)?;
        }
    }
    Ok(())
}

fn write_sheet(
    book: &mut Workbook,
    sheet: &Sheet,
    organisation: &str,
    doc: Option<&Document>,
    f: &Formats,
) -> std::result::Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(&sheet.name)?;
    let columns = sheet.columns.len().max(1);
    let last_col = (columns - 1) as u16;
    // The title block, then a blank row, then the table.
    for (r, kv) in sheet.preamble.iter().enumerate() {
        ws.write_string_with_format(r as u32, 0, &kv.key, &f.header)?;
        // Unwrapped, so the value runs on over the empty cells beside it.
        match &kv.value {
            Cell::Text(t) => {
                ws.write_string_with_format(r as u32, 1, fit(t), &f.plain)?;
            }
            other => write_cell(ws, r as u32, 1, other, f)?,
        }
    }
    let top = if sheet.preamble.is_empty() {
        0
    } else {
        sheet.preamble.len() as u32 + 1
    };
    for (c, col) in sheet.columns.iter().enumerate() {
        ws.write_string_with_format(top, c as u16, &col.title, &f.header)?;
        ws.set_column_width(c as u16, f64::from(col.min_width()))?;
    }
    let header_lines = sheet
        .columns
        .iter()
        .map(|c| lines(&Cell::text(c.title.clone()), c.min_width()))
        .max()
        .unwrap_or(1);
    ws.set_row_height(top, 15.0 * header_lines as f64)?;
    for (r, row) in sheet.rows.iter().enumerate() {
        let at = top + r as u32 + 1;
        let mut height = 1;
        for (c, cell) in row.iter().enumerate() {
            write_cell(ws, at, c as u16, cell, f)?;
            let width = sheet.columns.get(c).map_or(18, Column::min_width);
            height = height.max(lines(cell, width));
        }
        // 15 points a line, up to Excel's 409-point limit.
        ws.set_row_height(at, (15.0 * height as f64).min(409.0))?;
    }
    let last_row = top + sheet.rows.len() as u32;
    ws.set_freeze_panes(top + 1, 0)?;
    ws.autofilter(top, 0, last_row, last_col)?;
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(top, top)?;
    ws.set_print_area(0, 0, last_row, last_col)?;
    ws.set_margins(0.5, 0.5, 0.75, 0.75, 0.3, 0.3);
    let right = doc.map_or_else(String::new, |d| {
        text::text_with(
            msg::XLSX_HEADER_VERSION,
            &[
                ("title", Arg::from(d.title.as_str())),
                ("version", Arg::from(d.version.as_str())),
            ],
        )
    });
    ws.set_header(format!(
        "&L{}&C{}&R{}",
        header_text(organisation),
        header_text(&sheet.name),
        header_text(&right),
    ));
    ws.set_footer(format!(
        "&C{}",
        header_text(&text::text_with(
            msg::DOC_PAGE_OF,
            &[("page", Arg::from("\u{1}")), ("pages", Arg::from("\u{2}"))],
        ))
        .replace('\u{1}', "&P")
        .replace('\u{2}', "&N")
    ));
    Ok(())
}

/// The workbook's bytes. `today` dates the documents the user left undated
/// and is the file's creation date, so the same file and day give the same
/// bytes.
pub fn workbook(a: &Assessment, today: Date) -> Result<Vec<u8>> {
    let docs = documents::documents(a, today);
    let build = || -> std::result::Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        let created = ExcelDateTime::from_ymd(today.year, today.month, today.day)?;
        let properties = DocProperties::new()
            .set_title(text::text(msg::XLSX_TITLE))
            .set_company(crate::rules::organisation_name(&a.context.organisation))
            .set_creation_datetime(&created);
        book.set_properties(&properties);
        let f = Formats::new();
        let organisation = crate::rules::organisation_name(&a.context.organisation);
        for sheet in workbook_sheets(a, today) {
            let doc = docs.iter().find(|d| Some(d.kind) == sheet.kind);
            write_sheet(&mut book, &sheet, &organisation, doc, &f)?;
        }
        book.save_to_buffer()
    };
    build().map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("the XLSX workbook could not be written ({e}); export CSV instead"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_past_a_cells_limit_is_cut_with_a_note_and_fits() {
        let long = "x".repeat(40_000);
        let cut = fit(&long);
        assert!(cut.ends_with(&text::text(msg::XLSX_CELL_CUT)));
        assert!(cut.contains("the full text is in the JSON export"));
        assert!(cut.chars().count() <= 32_767, "{}", cut.chars().count());
        assert_eq!(fit("short"), "short");
    }
}
