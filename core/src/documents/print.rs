//! The print view's CSS: a CSS string literal that no user text can end,
//! and the `@page` rules with the running header and "Page x of y".

use super::Document;
use crate::text::{self, msg};

/// Text as a CSS string literal, `"…"`, for the print view's `@page`
/// margin boxes (the running header, "Page x of y"): every character
/// other than letters, digits, spaces and harmless punctuation becomes a
/// CSS hex escape (`\22 ` for `"`), so no user text can end the string,
/// the rule or the style element.
pub fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c.is_alphanumeric() && !c.is_control()
            || matches!(c, ' ' | '.' | ',' | ':' | '-' | '_' | '(' | ')' | '·' | '/')
        {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// The print view's page rules for a document: A4, landscape where the
/// tables are wide, the running header at the top left and "Page x of y"
/// at the bottom right (Chromium's `@page` margin boxes; `counter(pages)`
/// is the page count).
pub fn print_page_css(d: &Document) -> String {
    let sentence = text::text_with(
        msg::DOC_PAGE_OF,
        &[
            ("page", text::Arg::from("\u{1}")),
            ("pages", text::Arg::from("\u{2}")),
        ],
    );
    let mut footer = Vec::new();
    let mut rest = sentence.as_str();
    while let Some(at) = rest.find(['\u{1}', '\u{2}']) {
        if at > 0 {
            footer.push(css_string(&rest[..at]));
        }
        footer.push(if rest[at..].starts_with('\u{1}') {
            "counter(page)".to_owned()
        } else {
            "counter(pages)".to_owned()
        });
        rest = &rest[at + 1..];
    }
    if !rest.is_empty() {
        footer.push(css_string(rest));
    }
    format!(
        "@page {{ size: A4 {}; margin: 16mm 12mm; @top-left {{ content: {}; font: 8pt sans-serif; color: #444; }} @bottom-right {{ content: {}; font: 8pt sans-serif; color: #444; }} }}",
        if d.landscape { "landscape" } else { "portrait" },
        css_string(&d.running_header()),
        footer.join(" ")
    )
}
