//! A document as Markdown (for version control and quick review): the
//! same blocks as every other form, user text made inert by
//! [`md_text`](crate::report::md_text).

use super::{Block, Cell, Document, Heatmap};
use crate::report::md_text;

fn cell(c: &Cell) -> String {
    md_text(&c.display())
}

fn heatmap_md(h: &Heatmap, out: &mut String) {
    out.push_str(&format!("**{}**\n\n| |", md_text(&h.title)));
    for i in &h.impact {
        out.push_str(&format!(" {} |", md_text(i)));
    }
    out.push_str(&format!("\n|---|{}\n", "---|".repeat(h.impact.len())));
    for (l, row) in h.cells.iter().enumerate().rev() {
        let name = h.likelihood.get(l).map_or("", String::as_str);
        out.push_str(&format!("| {} |", md_text(name)));
        for c in row {
            match c.count {
                Some(n) => out.push_str(&format!(" {} ({n}) |", md_text(&c.level))),
                None => out.push_str(&format!(" {} |", md_text(&c.level))),
            }
        }
        out.push('\n');
    }
    out.push('\n');
}

/// The document as Markdown: a title line, the control block, the body.
pub fn document_md(d: &Document) -> String {
    let mut out = format!("# {}\n\n", md_text(&d.title));
    for b in d.blocks() {
        match b {
            Block::Heading { level, text } => {
                out.push_str(&format!(
                    "{} {}\n\n",
                    "#".repeat(usize::from(*level) + 1),
                    md_text(text)
                ));
            }
            Block::Paragraph { text } => out.push_str(&format!("{}\n\n", md_text(text))),
            Block::KeyValues { rows } => {
                out.push_str("| | |\n|---|---|\n");
                for r in rows {
                    out.push_str(&format!("| {} | {} |\n", md_text(&r.key), cell(&r.value)));
                }
                out.push('\n');
            }
            Block::Table(t) => {
                out.push('|');
                for c in &t.columns {
                    out.push_str(&format!(" {} |", md_text(&c.title)));
                }
                out.push_str(&format!("\n|{}\n", "---|".repeat(t.columns.len())));
                for row in &t.rows {
                    out.push('|');
                    for c in row {
                        out.push_str(&format!(" {} |", cell(c)));
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Heatmap(h) => heatmap_md(h, &mut out),
        }
    }
    out
}
