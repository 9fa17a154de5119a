//! The workbook written with rust_xlsxwriter: typed cells, wrapped text
//! with row heights that fit it, the print setup of every sheet.

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::{workbook_sheets, Sheet, MAX_CELL_CHARS};
use crate::documents::{self, Cell, Column, Document};
use crate::error::{Error, ErrorKind, Result};
use crate::model::Assessment;
use crate::report::formula_like;
use crate::text::{self, msg, Arg};
use crate::time::Date;

/// Text cut to what a cell holds, with a note saying so.
pub(super) fn fit(s: &str) -> String {
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
