//! The documents as DOCX (Word), through docx-rs, so a consultant can
//! finish them in Word: headings in Word's Heading 1 and Heading 2 styles
//! (the navigation pane lists them), the document control block as the
//! first table, table header rows that repeat on every page and rows that
//! never split across pages, a running header with the organisation, the
//! title and the version, and "Page x of y" in the footer. Wide documents
//! are landscape.
//!
//! Only with the `docx` feature: the CLI enables it, the web app's main
//! wasm leaves it out (the bytes of a first visit do not grow).

use docx_rs::{
    AlignmentType, Docx, Footer, Header, LineSpacing, NumPages, PageMargin, PageNum,
    PageOrientationType, PageSize, Paragraph, Run, RunFonts, Section, Style, StyleType,
    Table as DocxTable,
};

use super::{Block, Document};
use crate::error::{Error, ErrorKind, Result};
use crate::text::{self, msg, Arg};
use crate::time::Date;

mod tables;

use tables::{heatmap, key_values, runs, table};

/// A4 in twentieths of a point.
const A4_SHORT: u32 = 11_906;
const A4_LONG: u32 = 16_838;
/// Page margins: 1.8 cm left and right, 2 cm top and bottom.
const MARGIN_SIDE: i32 = 1_020;
const MARGIN_TOP: i32 = 1_134;

/// A row height no document uses, written on header rows so that they can
/// be marked as repeating (`w:tblHeader`), which docx-rs cannot set itself.
const HEADER_ROW_MARK: &str = r#"<w:cantSplit /><w:trHeight w:val="7" w:hRule="atLeast" />"#;
/// What replaces it: repeat on every page, never split.
const HEADER_ROW: &str = r#"<w:cantSplit /><w:tblHeader />"#;

enum Child {
    P(Box<Paragraph>),
    T(Box<DocxTable>),
}

fn children(d: &Document) -> Vec<Child> {
    let size = if d.landscape { 16 } else { 18 };
    let mut out = vec![
        Child::P(Box::new(runs(
            Paragraph::new().style("Title"),
            &d.title,
            40,
            false,
        ))),
        Child::P(Box::new(runs(Paragraph::new(), &d.organisation, 24, false))),
    ];
    for b in d.blocks() {
        match b {
            Block::Heading { level, text } => {
                let style = if *level <= 1 { "Heading1" } else { "Heading2" };
                out.push(Child::P(Box::new(
                    Paragraph::new()
                        .style(style)
                        .keep_next(true)
                        .add_run(Run::new().add_text(text.as_str())),
                )));
            }
            Block::Paragraph { text } => {
                out.push(Child::P(Box::new(runs(Paragraph::new(), text, 20, false))))
            }
            Block::KeyValues { rows } => {
                out.push(Child::T(Box::new(key_values(rows, d.landscape))));
                out.push(Child::P(Box::new(Paragraph::new())));
            }
            Block::Table(t) => {
                // The widest tables (the risk register) in 7 points.
                let size = if t.columns.len() > 12 { 14 } else { size };
                out.push(Child::T(Box::new(table(t, d.landscape, size))));
                out.push(Child::P(Box::new(Paragraph::new())));
            }
            Block::Heatmap(h) => {
                out.push(Child::P(Box::new(
                    Paragraph::new()
                        .keep_next(true)
                        .add_run(Run::new().bold().add_text(h.title.as_str())),
                )));
                out.push(Child::T(Box::new(heatmap(h))));
                out.push(Child::P(Box::new(Paragraph::new())));
            }
        }
    }
    out
}

fn header(d: &Document) -> Header {
    Header::new().add_paragraph(runs(
        Paragraph::new().align(AlignmentType::Right),
        &d.running_header(),
        16,
        false,
    ))
}

/// "Page x of y" with Word's PAGE and NUMPAGES fields where the message
/// puts the numbers.
fn footer() -> Footer {
    let sentence = text::text_with(
        msg::DOC_PAGE_OF,
        &[("page", Arg::from("\u{1}")), ("pages", Arg::from("\u{2}"))],
    );
    let mut p = Paragraph::new().align(AlignmentType::Center);
    let mut rest = sentence.as_str();
    while let Some(at) = rest.find(['\u{1}', '\u{2}']) {
        if at > 0 {
            p = p.add_run(Run::new().size(16).add_text(&rest[..at]));
        }
        p = if rest[at..].starts_with('\u{1}') {
            p.add_page_num(PageNum::new())
        } else {
            p.add_num_pages(NumPages::new())
        };
        rest = &rest[at + 1..];
    }
    if !rest.is_empty() {
        p = p.add_run(Run::new().size(16).add_text(rest));
    }
    Footer::new().add_paragraph(p)
}

/// Width, height and orientation of the page.
fn page(landscape: bool) -> (u32, u32, PageOrientationType) {
    if landscape {
        (A4_LONG, A4_SHORT, PageOrientationType::Landscape)
    } else {
        (A4_SHORT, A4_LONG, PageOrientationType::Portrait)
    }
}

fn margins() -> PageMargin {
    PageMargin {
        top: MARGIN_TOP,
        left: MARGIN_SIDE,
        bottom: MARGIN_TOP,
        right: MARGIN_SIDE,
        header: 567,
        footer: 567,
        gutter: 0,
    }
}

fn styles(docx: Docx) -> Docx {
    docx.default_size(20)
        .default_fonts(
            RunFonts::new()
                .ascii("Arial")
                .hi_ansi("Arial")
                .cs("Arial")
                .east_asia("Arial"),
        )
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .q_format(true)
                .size(40),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("heading 1")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .outline_lvl(0)
                .line_spacing(LineSpacing::new().before(280).after(100))
                .size(28)
                .bold()
                .color("1F3864"),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("heading 2")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .outline_lvl(1)
                .line_spacing(LineSpacing::new().before(200).after(80))
                .size(24)
                .bold()
                .color("2F5496"),
        )
}

fn add(docx: Docx, children: Vec<Child>) -> Docx {
    children.into_iter().fold(docx, |docx, c| match c {
        Child::P(p) => docx.add_paragraph(*p),
        Child::T(t) => docx.add_table(*t),
    })
}

/// Text for an XML element's content: `&`, `<` and `>` escaped.
fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `docProps/core.xml` with `author` as the creator and last editor:
/// docx-rs writes "unknown" for both and has no setter for them.
fn with_author(core: &[u8], author: &str) -> Vec<u8> {
    let who = xml_text(author.trim());
    if who.is_empty() {
        return core.to_vec();
    }
    String::from_utf8_lossy(core)
        .replace(
            "<dc:creator>unknown</dc:creator>",
            &format!("<dc:creator>{who}</dc:creator>"),
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!("<cp:lastModifiedBy>{who}</cp:lastModifiedBy>"),
        )
        .into_bytes()
}

fn finish(docx: Docx, created: Date, author: &str) -> Result<Vec<u8>> {
    let stamp = format!("{created}T00:00:00Z");
    let mut xml = docx.created_at(&stamp).updated_at(&stamp).build();
    let document = String::from_utf8_lossy(&xml.document).replace(HEADER_ROW_MARK, HEADER_ROW);
    xml.document = document.into_bytes();
    xml.doc_props.core = with_author(&xml.doc_props.core, author);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out).map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("the DOCX file could not be written ({e}); export Markdown instead"),
        )
    })?;
    Ok(out.into_inner())
}

fn single(d: &Document) -> Docx {
    let (w, h, orient) = page(d.landscape);
    let docx = styles(Docx::new())
        .header(header(d))
        .footer(footer())
        .page_size(w, h)
        .page_orient(orient)
        .page_margin(margins());
    add(docx, children(d))
}

/// One document as DOCX. `created` is the file's creation date (the same
/// file and date give the same bytes); the file's author is the
/// document's ([`Document::author`]).
pub fn document_docx(d: &Document, created: Date) -> Result<Vec<u8>> {
    finish(single(d), created, &d.author)
}

/// The Stage 1 pack: several documents in one DOCX, each in its own section
/// with its own running header and orientation, each starting on a new page.
pub fn pack_docx(docs: &[Document], created: Date) -> Result<Vec<u8>> {
    // The file's author: the first document's that names one.
    let author = docs.first().map_or("", |d| d.author.as_str());
    let Some((last, first)) = docs.split_last() else {
        return finish(styles(Docx::new()), created, author);
    };
    let mut docx = styles(Docx::new());
    for d in first {
        let (w, h, orient) = page(d.landscape);
        let mut s = Section::new()
            .page_size(PageSize::new().size(w, h))
            .page_orient(orient)
            .page_margin(margins())
            .header(header(d))
            .footer(footer());
        for c in children(d) {
            s = match c {
                Child::P(p) => s.add_paragraph(*p),
                Child::T(t) => s.add_table(*t),
            };
        }
        docx = docx.add_section(s);
    }
    let (w, h, orient) = page(last.landscape);
    docx = docx
        .header(header(last))
        .footer(footer())
        .page_size(w, h)
        .page_orient(orient)
        .page_margin(margins());
    finish(add(docx, children(last)), created, author)
}
