//! The stylesheets parse as their authors meant: every block closes, and
//! none closes twice. A missing `}` (e.g. from a merge) makes the browser
//! nest every later rule inside the open block, so the phone layouts and
//! the dark theme silently stop applying.

use std::path::PathBuf;

/// `None` when `css`'s braces balance, else the line of the first fault.
fn unbalanced(css: &str) -> Option<String> {
    let mut depth = 0usize;
    let mut line = 1;
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(rest.len(), |i| i + 2);
            line += rest[..end].matches('\n').count();
            rest = &rest[end..];
            continue;
        }
        match c {
            '\n' => line += 1,
            '{' => depth += 1,
            '}' if depth == 0 => return Some(format!("a `}}` with no open block at line {line}")),
            '}' => depth -= 1,
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    (depth != 0).then(|| format!("{depth} block(s) left open at the end"))
}

#[test]
fn the_scan_finds_an_unclosed_and_an_extra_brace() {
    assert_eq!(
        unbalanced("a { b: c; }\n/* { */\n@media x { d { e: f; } }"),
        None
    );
    assert!(unbalanced("a { b: c;\nd { e: f; }").is_some());
    assert!(unbalanced("a { b: c; } }").is_some());
}

#[test]
fn every_stylesheet_closes_its_blocks() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("www/") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "css") {
            let css = std::fs::read_to_string(&path).expect("a stylesheet");
            assert_eq!(unbalanced(&css), None, "{}", path.display());
            checked += 1;
        }
    }
    assert!(
        checked >= 3,
        "found {checked} stylesheets in {}",
        dir.display()
    );
}
