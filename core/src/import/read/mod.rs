//! Reading a spreadsheet's bytes into a [`Table`] (feature `spreadsheets`):
//! CSV with its delimiter and encoding detected, XLSX, XLS and ODS through
//! calamine. A spreadsheet is untrusted: sizes are checked before reading,
//! formulas are read as their cached value and never evaluated, and every
//! failure is an [`ImportError`] that says what to do.

mod csv;
mod xlsx;

use super::error::ImportError;
use super::table::Table;
use super::{MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS};

pub use self::csv::{decode, detect_delimiter, Encoding};

/// What kind of file the bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Text: CSV or tab-separated.
    Csv,
    /// A workbook: XLSX or ODS (a ZIP archive), or XLS (an OLE file).
    Workbook,
}

/// The kind of file, from its first bytes (not its name, which may lie).
pub fn kind_of(bytes: &[u8]) -> FileKind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        FileKind::Workbook
    } else {
        FileKind::Csv
    }
}

/// The sheets of a workbook, in order (a CSV file has one, named "CSV").
pub fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    check_size(bytes)?;
    match kind_of(bytes) {
        FileKind::Csv => Ok(vec!["CSV".to_owned()]),
        FileKind::Workbook => xlsx::sheet_names(bytes),
    }
}

/// Reads a sheet of a spreadsheet into a table. `sheet`: the workbook's
/// sheet (the first when `None`; ignored for CSV). `header_row`: the
/// 1-based row holding the column names (the first non-empty row when
/// `None`).
///
/// Errors: an empty file or no header row; more than [`MAX_ROWS`] rows or
/// [`MAX_COLUMNS`] columns; merged cells; a password-protected, corrupt
/// or ZIP-bomb workbook; more than [`MAX_FILE_BYTES`] bytes.
pub fn read(
    bytes: &[u8],
    sheet: Option<&str>,
    header_row: Option<u32>,
) -> Result<Table, ImportError> {
    check_size(bytes)?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty);
    }
    let grid = match kind_of(bytes) {
        FileKind::Csv => csv::grid(bytes)?,
        FileKind::Workbook => xlsx::grid(bytes, sheet)?,
    };
    table_of(grid, header_row)
}

fn check_size(bytes: &[u8]) -> Result<(), ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    Ok(())
}

/// The limits, then the table under the header row.
fn table_of(grid: Vec<(u32, Vec<String>)>, header_row: Option<u32>) -> Result<Table, ImportError> {
    if grid
        .iter()
        .all(|(_, r)| r.iter().all(|c| c.trim().is_empty()))
    {
        return Err(ImportError::Empty);
    }
    let header = match header_row {
        Some(0) => 0,
        Some(n) => {
            let i = grid.iter().position(|(line, _)| *line == n).ok_or(
                ImportError::HeaderRowOutside {
                    row: n,
                    rows: grid.last().map_or(0, |(l, _)| *l as usize),
                },
            )?;
            i
        }
        None => grid
            .iter()
            .position(|(_, r)| r.iter().filter(|c| !c.trim().is_empty()).count() >= 1)
            .unwrap_or(0),
    };
    let rows = grid.len().saturating_sub(header + 1);
    if rows > MAX_ROWS {
        return Err(ImportError::TooManyRows { rows });
    }
    let columns = grid.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    if columns > MAX_COLUMNS {
        return Err(ImportError::TooManyColumns { columns });
    }
    let table = Table::from_grid(grid, header);
    if table.rows.is_empty() || table.headers.is_empty() {
        return Err(ImportError::NoHeader);
    }
    Ok(table)
}
