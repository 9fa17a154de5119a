//! Checks shared by core/tests/reliability.rs and the fuzz targets (fuzz/, which
//! include this file by path): an independent oracle for formula-looking
//! cells and a CSV reader, not the code under test.

/// True when a spreadsheet would read the cell as a formula (OWASP, over
/// the trimmed text): a tab or CR first, or after leading white space and
/// invisible characters one of `= + - @` or their full-width forms, or a
/// `;` (where a `;`-separated reader starts a new cell) followed by such.
pub fn dangerous(cell: &str) -> bool {
    if matches!(cell.chars().next(), Some('\t' | '\r')) {
        return true;
    }
    let invisible = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{00A0}'
                    | '\u{00AD}'
                    | '\u{200B}'
                    | '\u{200C}'
                    | '\u{200D}'
                    | '\u{2060}'
                    | '\u{FEFF}'
            )
    };
    let rest: String = cell.chars().skip_while(|c| invisible(*c)).collect();
    match rest.chars().next() {
        Some('=' | '+' | '-' | '@' | '＝' | '＋' | '－' | '＠') => true,
        Some(';') => dangerous(&rest[1..]),
        _ => false,
    }
}

/// A minimal RFC 4180 reader: rows of fields.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_csv_with(text, ',')
}

/// [`parse_csv`] with another separator, as a spreadsheet in a locale whose
/// list separator is `;` reads the same file.
pub fn parse_csv_with(text: &str, separator: char) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == separator => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Every CSV the app and the CLI write for `a` parses back into rows of one
/// width, and no cell of them is a formula, read with `,` as the separator
/// or, as a spreadsheet in a locale whose list separator is `;` reads it,
/// with `;`; nor is any cell of the XLSX sheets.
pub fn check_exports(a: &annexa_core::Assessment) {
    use annexa_core::documents::Cell;
    use annexa_core::{generate_soa, report, workbook_sheets, Date};
    for csv in [
        report::risk_register_csv(a),
        report::soa_csv(&generate_soa(a)),
        report::score_csv(a),
    ] {
        let rows = parse_csv(&csv);
        let width = rows.first().map_or(0, Vec::len);
        for row in &rows {
            assert_eq!(row.len(), width, "{row:?}");
            for cell in row {
                assert!(!dangerous(cell), "{cell:?}");
            }
        }
        // The `;` reader splits inside cells, so its rows are ragged.
        for cell in parse_csv_with(&csv, ';').iter().flatten() {
            assert!(!dangerous(cell), "read with ';': {cell:?}");
        }
    }
    // The XLSX keeps the text as typed; every cell the oracle finds
    // dangerous is one the writer gives the quote-prefix format (it applies
    // it to every `formula_like` text; core/tests/exports.rs checks that in
    // the file's XML).
    let today = Date::new(2026, 11, 30).unwrap_or(Date::from_unix(0));
    for sheet in workbook_sheets(a, today) {
        for cell in sheet.rows.iter().flatten() {
            if let Cell::Text(t) = cell {
                assert!(
                    !dangerous(t) || report::formula_like(t),
                    "{}: {t:?} is not quote-prefixed",
                    sheet.name
                );
            }
        }
    }
}
