//! The DOCX building blocks: runs, cells, tables with repeating header
//! rows, key-value tables and the heatmap.

use docx_rs::{
    BreakType, Paragraph, Run, Shading, ShdType, Table as DocxTable, TableCell, TableRow, WidthType,
};

use super::{A4_LONG, A4_SHORT, MARGIN_SIDE};
use crate::documents::{Heatmap, KeyValue, Table};
use crate::text::{self, msg};

fn width(landscape: bool) -> usize {
    let page = if landscape { A4_LONG } else { A4_SHORT };
    (page as usize).saturating_sub(2 * MARGIN_SIDE as usize)
}

/// Text with line breaks as runs with breaks.
pub(super) fn runs(mut p: Paragraph, s: &str, size: usize, bold: bool) -> Paragraph {
    for (n, line) in s.split('\n').enumerate() {
        let mut r = Run::new().size(size);
        if bold {
            r = r.bold();
        }
        if n > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        p = p.add_run(r.add_text(line));
    }
    p
}

fn cell(text: &str, w: usize, size: usize, bold: bool, fill: Option<&str>) -> TableCell {
    cell_kept(text, w, size, bold, fill, false)
}

/// A cell whose paragraph is kept with the next one (keeps a table whole
/// on one page when set on every row but the last).
fn cell_kept(
    text: &str,
    w: usize,
    size: usize,
    bold: bool,
    fill: Option<&str>,
    keep: bool,
) -> TableCell {
    let mut c = TableCell::new()
        .width(w, WidthType::Dxa)
        .add_paragraph(runs(Paragraph::new().keep_next(keep), text, size, bold));
    if let Some(fill) = fill {
        c = c.shading(Shading::new().shd_type(ShdType::Clear).fill(fill));
    }
    c
}

fn widths(t: &Table, total: usize) -> Vec<usize> {
    let chars: Vec<usize> = t
        .columns
        .iter()
        .map(|c| usize::from(c.min_width()))
        .collect();
    let sum: usize = chars.iter().sum();
    chars.iter().map(|c| total * c / sum.max(1)).collect()
}

pub(super) fn table(t: &Table, landscape: bool, size: usize) -> DocxTable {
    let ws = widths(t, width(landscape));
    let header = TableRow::new(
        t.columns
            .iter()
            .zip(&ws)
            .map(|(c, w)| cell(&c.title, *w, size, true, Some("E6F0FC")))
            .collect(),
    )
    .cant_split()
    .row_height(7.0);
    let mut rows = vec![header];
    for r in &t.rows {
        rows.push(
            TableRow::new(
                r.iter()
                    .zip(&ws)
                    .map(|(c, w)| cell(&c.display(), *w, size, false, None))
                    .collect(),
            )
            .cant_split(),
        );
    }
    DocxTable::new(rows).set_grid(ws)
}

pub(super) fn key_values(rows: &[KeyValue], landscape: bool) -> DocxTable {
    let total = width(landscape).min(9_000);
    let ws = vec![total * 3 / 10, total * 7 / 10];
    DocxTable::new(
        rows.iter()
            .map(|kv| {
                TableRow::new(vec![
                    cell(&kv.key, ws[0], 18, true, Some("F2F4F7")),
                    cell(&kv.value.display(), ws[1], 18, false, None),
                ])
                .cant_split()
            })
            .collect(),
    )
    .set_grid(ws)
}

pub(super) fn heatmap(h: &Heatmap) -> DocxTable {
    let first = 2_200;
    let each = 1_250;
    let mut ws = vec![first];
    ws.extend(std::iter::repeat_n(each, h.impact.len()));
    let mut rows: Vec<TableRow> = h
        .cells
        .iter()
        .enumerate()
        .rev()
        .map(|(l, row)| {
            let mut cells = vec![cell_kept(
                h.likelihood.get(l).map_or("", String::as_str),
                first,
                16,
                true,
                None,
                true,
            )];
            for c in row {
                // The count where risks sit; the level alone elsewhere.
                let label = match c.count {
                    Some(n) if n > 0 => format!("{}\n{n}", c.level),
                    _ => c.level.clone(),
                };
                let fill = c.colour.trim_start_matches('#');
                cells.push(cell_kept(
                    &label,
                    each,
                    16,
                    c.count.is_some_and(|n| n > 0),
                    Some(fill),
                    true,
                ));
            }
            TableRow::new(cells).cant_split()
        })
        .collect();
    let mut axis = vec![cell(
        &text::text(msg::DOC_HEATMAP_AXES),
        first,
        14,
        false,
        None,
    )];
    for i in &h.impact {
        axis.push(cell(i, each, 16, true, None));
    }
    rows.push(TableRow::new(axis).cant_split());
    DocxTable::new(rows).set_grid(ws)
}
