//! Workbooks (XLSX, XLS, ODS) through calamine: the ZIP archive's declared
//! sizes checked before anything is inflated, password protection and
//! merged cells refused, formulas read as their cached value, dates as
//! `YYYY-MM-DD`.

use std::io::Cursor;

use calamine::{Data, Reader, Sheets};

use super::super::error::ImportError;
use super::super::{MAX_COLUMNS, MAX_COMPRESSION_RATIO, MAX_ROWS, MAX_UNCOMPRESSED_BYTES};

/// The sizes the archive declares, checked against the limits before any
/// part is inflated (a ZIP bomb declares gigabytes, or ratios in the
/// thousands). Not a ZIP archive (XLS): nothing to check.
fn check_zip(bytes: &[u8]) -> Result<(), ImportError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Ok(());
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::Corrupt {
        detail: e.to_string(),
    })?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let f = zip.by_index_raw(i).map_err(|e| ImportError::Corrupt {
            detail: e.to_string(),
        })?;
        let (size, packed) = (f.size(), f.compressed_size());
        total = total.saturating_add(size);
        if size > 1024 * 1024 && size / packed.max(1) > MAX_COMPRESSION_RATIO {
            return Err(ImportError::ZipBomb { bytes: size });
        }
    }
    if total > MAX_UNCOMPRESSED_BYTES {
        return Err(ImportError::ZipBomb { bytes: total });
    }
    Ok(())
}

/// An OLE file holding an encrypted package: a password-protected XLSX.
fn encrypted(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) && bytes.windows(name.len()).any(|w| w == name)
}

fn open(bytes: &[u8]) -> Result<Sheets<Cursor<&[u8]>>, ImportError> {
    if encrypted(bytes) {
        return Err(ImportError::Protected);
    }
    check_zip(bytes)?;
    calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        let detail = e.to_string();
        if detail.to_ascii_lowercase().contains("password") {
            ImportError::Protected
        } else {
            ImportError::Corrupt { detail }
        }
    })
}

pub(super) fn sheet_names(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    Ok(open(bytes)?.sheet_names())
}

/// A column letter: 0 → A, 26 → AA.
fn column_name(mut c: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A date from a spreadsheet serial number (days since 1899-12-30, the
/// 1900 date system), as `YYYY-MM-DD`.
pub fn serial_date(serial: f64) -> String {
    let days = serial.floor() as i64 - 25_569; // days from 1970-01-01
                                               // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

/// A number as a spreadsheet shows it: `5`, not `5.0`.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) if d.is_datetime() => serial_date(d.as_f64()),
        Data::DateTime(d) => number(d.as_f64()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .filter(|_| s.len() >= 10)
            .unwrap_or(s)
            .to_owned(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

pub(super) fn grid(
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<Vec<(u32, Vec<String>)>, ImportError> {
    let mut book = open(bytes)?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => {
            names
                .iter()
                .find(|n| *n == s)
                .cloned()
                .ok_or_else(|| ImportError::NoSuchSheet {
                    sheet: s.to_owned(),
                })?
        }
        None => names.first().cloned().ok_or(ImportError::Empty)?,
    };
    if let Sheets::Xlsx(x) = &mut book {
        if let Some(Ok(merged)) = x.worksheet_merge_cells(&name) {
            if let Some(d) = merged.first() {
                let range = format!(
                    "{}{}:{}{}",
                    column_name(d.start.1),
                    d.start.0 + 1,
                    column_name(d.end.1),
                    d.end.0 + 1
                );
                return Err(ImportError::MergedCells { sheet: name, range });
            }
        }
    }
    let range = book
        .worksheet_range(&name)
        .map_err(|e| ImportError::Corrupt {
            detail: e.to_string(),
        })?;
    let (height, width) = range.get_size();
    if width > MAX_COLUMNS {
        return Err(ImportError::TooManyColumns { columns: width });
    }
    if height > MAX_ROWS + 1 {
        return Err(ImportError::TooManyRows { rows: height });
    }
    let first = range.start().map_or(0, |(r, _)| r);
    let lead = range.start().map_or(0, |(_, c)| c) as usize;
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = vec![String::new(); lead];
            cells.extend(row.iter().map(text));
            (first + i as u32 + 1, cells)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serial_dates_and_column_names() {
        assert_eq!(serial_date(45_964.0), "2025-11-03");
        assert_eq!(serial_date(61.0), "1900-03-01");
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(27), "AB");
    }
}
