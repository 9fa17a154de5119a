//! Checks shared by core/tests/reliability.rs and the fuzz targets (fuzz/, which
//! include this file by path): an independent oracle for formula-looking
//! cells and a CSV reader, not the code under test.

/// True when a spreadsheet would read the cell as a formula.
pub fn dangerous(cell: &str) -> bool {
    matches!(
        cell.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// A minimal RFC 4180 reader: rows of fields.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
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
            (false, ',') => row.push(std::mem::take(&mut field)),
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
/// width, and no cell of them, nor of the XLSX sheets, is a formula.
pub fn check_exports(a: &annexa_core::Assessment) {
    use annexa_core::{generate_soa, report, workbook_sheets};
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
    }
    for sheet in workbook_sheets(a) {
        for cell in sheet.cells.iter().flatten() {
            assert!(!dangerous(cell), "{cell:?}");
        }
    }
}
