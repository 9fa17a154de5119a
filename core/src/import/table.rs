//! The rows a spreadsheet holds, as text, whatever file they came from.

use serde::{Deserialize, Serialize};

/// One data row of a [`Table`]: its cells as text, and where it was.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The line (CSV) or row number (workbook) it starts on, 1-based, as the
    /// user's spreadsheet program shows it.
    pub line: u32,
    /// Its cells, one per header column (missing cells are empty).
    pub cells: Vec<String>,
}

/// A sheet read into text: the header row's names and the data rows below
/// it. Every cell is text: numbers are written as the spreadsheet shows
/// them (`5`, `7.5`), dates as `YYYY-MM-DD`, formulas as their cached value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// The header row's names, trimmed.
    pub headers: Vec<String>,
    /// The data rows, blank rows left out.
    pub rows: Vec<Row>,
}

impl Table {
    /// The cell of `row` in column `column`, trimmed; empty when missing.
    pub fn cell(row: &Row, column: usize) -> &str {
        row.cells.get(column).map_or("", |c| c.trim())
    }

    /// The distinct non-empty values of a column, in order of first
    /// appearance, at most `limit` of them.
    pub fn distinct(&self, column: usize, limit: usize) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for r in &self.rows {
            let v = Self::cell(r, column);
            if !v.is_empty() && !seen.iter().any(|s| s == v) {
                seen.push(v.to_owned());
                if seen.len() >= limit {
                    break;
                }
            }
        }
        seen
    }

    /// Up to `n` sample values of a column, for the mapping view.
    pub fn samples(&self, column: usize, n: usize) -> Vec<String> {
        self.distinct(column, n)
    }

    /// Builds a table from a grid of `(line, cells)`: entry `header_row`
    /// (0-based) is the header; entries after it are data. The `'` Annexa's
    /// exports put before formula-like text is taken off. Blank rows are
    /// dropped; a row wider than the
    /// header keeps only the header's columns plus any non-empty ones (named
    /// "Column N").
    pub fn from_grid(grid: Vec<(u32, Vec<String>)>, header_row: usize) -> Table {
        let mut it = grid.into_iter().skip(header_row);
        let Some((_, header)) = it.next() else {
            return Table::default();
        };
        let mut headers: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
        let mut rows = Vec::new();
        for (line, mut cells) in it {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            for c in &mut cells {
                if let Some(rest) = c.strip_prefix('\'') {
                    if crate::report::formula_like(rest) {
                        *c = rest.to_owned();
                    }
                }
            }
            rows.push(Row { line, cells });
        }
        let width = rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .rposition(|c| !c.trim().is_empty())
                    .map_or(0, |p| p + 1)
            })
            .max()
            .unwrap_or(0)
            .max(
                headers
                    .iter()
                    .rposition(|h| !h.is_empty())
                    .map_or(0, |p| p + 1),
            );
        headers.resize(width, String::new());
        for (i, h) in headers.iter_mut().enumerate() {
            if h.is_empty() {
                *h = format!("Column {}", i + 1);
            }
        }
        for r in &mut rows {
            r.cells.resize(width, String::new());
        }
        Table { headers, rows }
    }
}
