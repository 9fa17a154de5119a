//! The XLSX workbook: SoA, risk register and treatment plan sheets, each
//! with a bold frozen header, a filter and sensible column widths.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::error::{Error, ErrorKind, Result};
use super::model::Assessment;
use super::recommend::plan;
use super::report::{
    neutralise, plan_rows, risk_register_rows, soa_rows, PLAN_COLUMNS, RISK_REGISTER_COLUMNS,
    SOA_COLUMNS,
};
use super::soa::generate;

fn sheet(
    book: &mut Workbook,
    name: &str,
    header: &[&str],
    rows: &[Vec<String>],
    widths: &[f64],
) -> std::result::Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_background_color(0xE6F0FC);
    let wrap = Format::new().set_text_wrap();
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    for (c, h) in header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
        ws.set_column_width(c as u16, widths.get(c).copied().unwrap_or(18.0))?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string_with_format(r as u32 + 1, c as u16, neutralise(cell), &wrap)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(
        0,
        0,
        rows.len() as u32,
        header.len().saturating_sub(1) as u16,
    )?;
    Ok(())
}

/// The workbook's bytes.
pub fn workbook(a: &Assessment) -> Result<Vec<u8>> {
    let build = || -> std::result::Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        let soa = generate(a);
        sheet(
            &mut book,
            "SoA",
            &SOA_COLUMNS,
            &soa_rows(&soa),
            &[
                9.0, 15.0, 40.0, 11.0, 22.0, 14.0, 60.0, 40.0, 20.0, 18.0, 30.0, 16.0,
            ],
        )?;
        sheet(
            &mut book,
            "Risk register",
            &RISK_REGISTER_COLUMNS,
            &risk_register_rows(a),
            &[
                8.0, 36.0, 50.0, 14.0, 14.0, 12.0, 36.0, 14.0, 14.0, 12.0, 36.0, 14.0, 14.0, 12.0,
                11.0, 18.0, 30.0, 28.0, 36.0,
            ],
        )?;
        sheet(
            &mut book,
            "Treatment plan",
            &PLAN_COLUMNS,
            &plan_rows(&plan(a)),
            &[6.0, 9.0, 50.0, 8.0, 30.0, 30.0],
        )?;
        book.save_to_buffer()
    };
    build().map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("the XLSX workbook could not be written ({e}); export CSV instead"),
        )
    })
}
