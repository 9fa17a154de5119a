//! A document of the Stage 1 pack as HTML, for the print view: the same
//! blocks the XLSX and DOCX writers lay out (`domain::documents`). The
//! app's CSP allows no inline style, so colours and widths are HTML
//! attributes (`bgcolor`, `width`), and the page rules (A4, landscape
//! where wide, running header, "Page x of y") go in through
//! `platform::set_print_rules` when the document is printed.

use yew::prelude::*;

use crate::domain::documents::{Block, Cell, Document, Heatmap, KeyValue, Table};

/// Props of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The document to show.
    pub doc: Document,
}

/// True for `#rrggbb`, the only colours a cell's style takes.
fn hex_colour(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7 && b[0] == b'#' && b[1..].iter().all(u8::is_ascii_hexdigit)
}

fn cell(c: &Cell) -> Html {
    match c {
        Cell::Number(_) | Cell::Date(_) => html! { <td class="num">{ c.display() }</td> },
        _ => html! { <td>{ c.display() }</td> },
    }
}

fn key_values(rows: &[KeyValue]) -> Html {
    html! {
        <table class="key-values">
            <tbody>
                { for rows.iter().map(|r| html! { <tr><th scope="row">{ r.key.clone() }</th>{ cell(&r.value) }</tr> }) }
            </tbody>
        </table>
    }
}

fn table(t: &Table) -> Html {
    let total: u32 = t.columns.iter().map(|c| u32::from(c.min_width())).sum();
    html! {
        <table class="doc-table">
            <colgroup>
                { for t.columns.iter().map(|c| {
                    let pct = u32::from(c.min_width()) * 100 / total.max(1);
                    html! { <col width={format!("{pct}%")} /> }
                }) }
            </colgroup>
            <thead><tr>{ for t.columns.iter().map(|c| html! { <th scope="col">{ c.title.clone() }</th> }) }</tr></thead>
            <tbody>{ for t.rows.iter().map(|r| html! { <tr>{ for r.iter().map(cell) }</tr> }) }</tbody>
        </table>
    }
}

fn heatmap(h: &Heatmap) -> Html {
    let rows = h.cells.iter().enumerate().rev().map(|(l, row)| {
        html! {
            <tr>
                <th scope="row">{ h.likelihood.get(l).cloned().unwrap_or_default() }</th>
                { for row.iter().map(|c| {
                    let colour = hex_colour(&c.colour).then(|| c.colour.clone());
                    html! {
                        <td bgcolor={colour}>
                            { c.level.clone() }
                            if let Some(n) = c.count.filter(|n| *n > 0) {
                                <strong class="count">{ n }</strong>
                            }
                        </td>
                    }
                }) }
            </tr>
        }
    });
    html! {
        <figure class="heatmap-print">
            <figcaption>{ h.title.clone() }</figcaption>
            <table>
                <tbody>
                    { for rows }
                    <tr>
                        <th></th>
                        { for h.impact.iter().map(|i| html! { <th scope="col">{ i.clone() }</th> }) }
                    </tr>
                </tbody>
            </table>
        </figure>
    }
}

fn block(b: &Block) -> Html {
    match b {
        Block::Heading { level, text } if *level <= 1 => html! { <h2>{ text.clone() }</h2> },
        Block::Heading { text, .. } => html! { <h3>{ text.clone() }</h3> },
        Block::Paragraph { text } => html! { <p>{ text.clone() }</p> },
        Block::KeyValues { rows } => key_values(rows),
        Block::Table(t) => table(t),
        Block::Heatmap(h) => heatmap(h),
    }
}

/// One document laid out for print: its title, document control block
/// and body.
#[function_component]
pub fn DocumentView(p: &DocumentViewProps) -> Html {
    let d = &p.doc;
    html! {
        <article class={classes!("document", d.landscape.then_some("landscape"))}>
            <header class="document-title">
                <h1>{ d.title.clone() }</h1>
                <p>{ d.organisation.clone() }</p>
            </header>
            { for d.blocks().map(block) }
        </article>
    }
}
