//! The XLSX workbook: SoA, risk register and treatment plan sheets, each
//! with a bold frozen header, a filter and sensible column widths.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::error::{Error, ErrorKind, Result};
use super::model::Assessment;
use super::report::{
    neutralise, risk_register_rows, risk_treatment_plan_rows, soa_rows, RISK_REGISTER_COLUMNS,
    RISK_TREATMENT_PLAN_COLUMNS, SOA_COLUMNS,
};
use super::soa::generate;

/// One worksheet: its name, its cells (the header row first), already
/// neutralised, and its column widths.
pub struct Sheet {
    /// The tab's name.
    pub name: &'static str,
    /// Every cell, row by row, exactly as written (see [`neutralise`]).
    pub cells: Vec<Vec<String>>,
    /// Column widths in characters.
    pub widths: &'static [f64],
}

fn cells(header: &[&str], rows: &[Vec<String>]) -> Vec<Vec<String>> {
    std::iter::once(header.iter().map(|h| neutralise(h)).collect())
        .chain(
            rows.iter()
                .map(|r| r.iter().map(|c| neutralise(c)).collect()),
        )
        .collect()
}

/// The workbook's sheets as text: SoA, risk register and the user's risk
/// treatment plan (sorted by due date).
/// Every cell goes through [`neutralise`], so no spreadsheet reads user text
/// as a formula.
pub fn workbook_sheets(a: &Assessment) -> Vec<Sheet> {
    vec![
        Sheet {
            name: "SoA",
            cells: cells(&SOA_COLUMNS, &soa_rows(&generate(a))),
            widths: &[
                9.0, 15.0, 40.0, 11.0, 22.0, 14.0, 60.0, 40.0, 20.0, 18.0, 30.0, 16.0,
            ],
        },
        Sheet {
            name: "Risk register",
            cells: cells(&RISK_REGISTER_COLUMNS, &risk_register_rows(a)),
            widths: &[
                8.0, 36.0, 50.0, 14.0, 14.0, 12.0, 36.0, 14.0, 14.0, 12.0, 36.0, 14.0, 14.0, 12.0,
                11.0, 18.0, 30.0, 28.0, 36.0,
            ],
        },
        Sheet {
            name: "Treatment plan",
            cells: cells(&RISK_TREATMENT_PLAN_COLUMNS, &risk_treatment_plan_rows(a)),
            widths: &[8.0, 36.0, 12.0, 24.0, 20.0, 12.0, 12.0, 14.0, 10.0, 12.0],
        },
    ]
}

fn write_sheet(book: &mut Workbook, sheet: &Sheet) -> std::result::Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_background_color(0xE6F0FC);
    let wrap = Format::new().set_text_wrap();
    let ws = book.add_worksheet();
    ws.set_name(sheet.name)?;
    let columns = sheet.cells.first().map_or(0, Vec::len);
    for (r, row) in sheet.cells.iter().enumerate() {
        let format = if r == 0 { &bold } else { &wrap };
        for (c, cell) in row.iter().enumerate() {
            // No valid file fails the export: a cell holds at most
            // 32,767 characters.
            let cell = crate::soa::fit_cell(cell);
            ws.write_string_with_format(r as u32, c as u16, cell.as_ref(), format)?;
        }
    }
    for c in 0..columns {
        ws.set_column_width(c as u16, sheet.widths.get(c).copied().unwrap_or(18.0))?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(
        0,
        0,
        sheet.cells.len().saturating_sub(1) as u32,
        columns.saturating_sub(1) as u16,
    )?;
    Ok(())
}

/// The workbook's bytes.
pub fn workbook(a: &Assessment) -> Result<Vec<u8>> {
    let build = || -> std::result::Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        for sheet in workbook_sheets(a) {
            write_sheet(&mut book, &sheet)?;
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
