//! CSV: the encoding (UTF-8 with or without a byte-order mark, UTF-16 with
//! one, else Windows-1252) and the delimiter (`,`, `;` or tab) detected.

use super::super::error::ImportError;
use super::super::{MAX_COLUMNS, MAX_ROWS};

/// The text encoding a CSV file was read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (with or without a byte-order mark).
    Utf8,
    /// UTF-16, by its byte-order mark.
    Utf16,
    /// Windows-1252 (what older spreadsheet programs save as "CSV").
    Windows1252,
}

/// The bytes as text, and the encoding found.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if enc != encoding_rs::UTF_8 {
            let (text, _, _) = enc.decode(bytes);
            return (text.into_owned(), Encoding::Utf16);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), Encoding::Utf8),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), Encoding::Windows1252)
        }
    }
}

/// The delimiter of a CSV text: of `,`, `;` and tab, the one found
/// (outside quotes) most consistently on the first lines: the highest
/// count that every line of the sample reaches; `,` when none is found.
pub fn detect_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let count = |line: &str, d: char| {
        let mut quoted = false;
        line.chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                !quoted && *c == d
            })
            .count()
    };
    let mut best = (0usize, b',');
    for d in [',', ';', '\t'] {
        let min = lines.iter().map(|l| count(l, d)).min().unwrap_or(0);
        if min > best.0 {
            best = (min, d as u8);
        }
    }
    if best.0 == 0 {
        // No delimiter on every line: the most frequent one overall.
        let total = |d| lines.iter().map(|l| count(l, d)).sum::<usize>();
        for d in [';', '\t'] {
            if total(d) > total(',') && total(d) > 0 {
                return d as u8;
            }
        }
    }
    best.1
}

/// The records of a CSV file with their line numbers, blank lines kept (as
/// empty records) so that a header row can be chosen by number.
pub(super) fn grid(bytes: &[u8]) -> Result<Vec<(u32, Vec<String>)>, ImportError> {
    let (text, _) = decode(bytes);
    let delimiter = detect_delimiter(&text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = reader.position().line() as u32;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(ImportError::Corrupt {
                    detail: e.to_string(),
                })
            }
        }
        if record.len() > MAX_COLUMNS {
            return Err(ImportError::TooManyColumns {
                columns: record.len(),
            });
        }
        if grid.len() > MAX_ROWS + 1 {
            return Err(ImportError::TooManyRows { rows: grid.len() });
        }
        let line = record.position().map_or(line, |p| p.line() as u32);
        grid.push((line, record.iter().map(str::to_owned).collect()));
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_encodings_are_found() {
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a;b;c\n1,5;2;3\n"), b';');
        assert_eq!(detect_delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(detect_delimiter("\"a;x\",b\n1,2\n"), b',');
        let (t, e) = decode(b"\xEF\xBB\xBFName\n");
        assert_eq!((t.as_str(), e), ("Name\n", Encoding::Utf8));
        let (t, e) = decode(b"Caf\xE9;\x80\n");
        assert_eq!((t.as_str(), e), ("Café;€\n", Encoding::Windows1252));
        let (t, e) = decode(b"\xFF\xFEa\x00;\x00b\x00");
        assert_eq!((t.as_str(), e), ("a;b", Encoding::Utf16));
    }
}
