//! Every sentence a user reads comes from the text layer (issue 12 §2):
//! the pages and components below name a message id
//! (`core/src/text/msg.rs`, English in `core/src/text/en.ftl`) instead of
//! spelling English in the markup. This scan keeps it so: a string literal
//! that reads like text for a person (a capitalised word, or two words with
//! a space) in one of these files fails the test, unless it is a value of a
//! non-text attribute (`class`, `id`, …) or on the short allow-list.
//! The platform and the store are scanned too: their errors (storage,
//! encryption, the embedding API, the host's config) reach the user or the
//! host page's developer, so they come from the text layer as well.
#![cfg(not(target_arch = "wasm32"))]
// Tests and benches may sort with std (clippy.toml: the app and the core use annexa_core::sort).
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

/// The files and folders whose text has moved into the text layer.
const SCANNED: &[&str] = &[
    "src/pages",
    "src/components",
    "src/shell",
    "src/store",
    "src/platform",
    "src/lib.rs",
];

/// Files left out of the scan, each with the reason.
const SKIPPED: &[(&str, &str)] = &[];

/// Attributes whose values are never read as text by a person.
const NON_TEXT_ATTRIBUTES: &[&str] = &[
    "class",
    "classes",
    "id",
    "type",
    "key",
    "for",
    "role",
    "kind",
    "aria-describedby",
    "aria-labelledby",
    "aria-live",
    "aria-controls",
    "text-anchor",
    "href",
    "accept",
    "autocomplete",
    "value",
    "font-size",
    "fill",
    "stroke",
    "viewBox",
    "data-testid",
    "scope",
    "rel",
    "download",
    "path",
    "inputmode",
    "step",
    "min",
    "max",
    "lang",
    "width",
    "height",
    "method",
    "target",
];

/// Literals that look like text but are not shown: (file suffix, literal).
const ALLOWED: &[(&str, &str)] = &[
    // A key name compared with `KeyboardEvent::key`.
    ("components/heatmap.rs", "Enter"),
    ("components/heatmap.rs", "ArrowUp"),
    ("components/heatmap.rs", "ArrowDown"),
    ("components/heatmap.rs", "ArrowRight"),
    ("components/heatmap.rs", "ArrowLeft"),
    ("components/heatmap.rs", "Home"),
    ("components/heatmap.rs", "End"),
    ("components/combobox/keys.rs", "ArrowDown"),
    ("components/combobox/keys.rs", "ArrowUp"),
    ("components/combobox/keys.rs", "Enter"),
    ("components/combobox/keys.rs", "Tab"),
    ("components/combobox/keys.rs", "Escape"),
    ("shell/nav.rs", "Escape"),
    // JavaScript names looked up or compared, not shown.
    ("platform/compress.rs", "CompressionStream"),
    ("platform/compress.rs", "DecompressionStream"),
    ("platform/storage.rs", "QuotaExceededError"),
    // `Debug` output of handles, read by developers only.
    ("platform/files_worker.rs", "FilesWorker"),
    ("platform/quant_worker.rs", "QuantRun"),
    // The name of the browser's exception, compared.
    ("platform/quant_worker.rs", "SecurityError"),
    ("store/host.rs", "HostLink"),
    ("store/state/derived.rs", "Derived"),
    // A CSS selector and an inline JavaScript module.
    (
        "platform/mod.rs",
        "input:not([type=hidden]):not([disabled]), select:not([disabled]), \\",
    ),
    (
        "platform/prose.rs",
        "export function annexa_import_prose(url) { return import(new URL(url, document.baseURI).href).then((m) => m.default); }",
    ),
    // The inline JavaScript module that asks the service worker.
    ("platform/offline.rs", "export function annexa_sw_ask(type, ms) {"),
    // The start of serde's own message, compared to find the key at fault.
    ("store/config/mod.rs", "unknown field"),
    // A warning in the console for the developer who deploys Annexa (the
    // app works; only offline use is missing), never shown in the page.
    ("platform/offline.rs", "unknown reason"),
    (
        "platform/offline.rs",
        "Annexa works, but not offline: the service worker could not be registered ({why}). Serve sw.js next to index.html.",
    ),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            rust_files(&p, out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

/// The string literals of one line of Rust, each with the text before it.
fn literals(line: &str) -> Vec<(&str, &str)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let before = &line[..i];
            let prev = before.chars().last();
            // A char literal '"' or a raw/byte string prefix is not ours.
            let skip = matches!(prev, Some('\'' | '#')) || prev.is_some_and(char::is_alphanumeric);
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            let end = j.min(bytes.len());
            if !skip {
                out.push((before, &line[start..end]));
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a literal reads like text for a person (format placeholders
/// such as `{name}` are left out first).
fn reads_as_text(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain
        .split(|c: char| !c.is_ascii_alphabetic() && c != ' ')
        .collect();
    let two_words = words.iter().any(|part| {
        part.split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0].len() >= 2 && w[1].len() >= 2)
    });
    let lead = plain.trim_start_matches(|c: char| c.is_whitespace() || "(.…".contains(c));
    let mut chars = lead.chars();
    let capitalised = matches!(
        (chars.next(), chars.next()),
        (Some(a), Some(b)) if a.is_ascii_uppercase() && b.is_ascii_lowercase()
    );
    // A lowercase word after a space, as in "{} row(s)" or " score {}":
    // the English around a placeholder.
    let spaced_word = plain
        .split(' ')
        .skip(1)
        .any(|w| w.len() >= 3 && w.chars().take(3).all(|c| c.is_ascii_lowercase()));
    two_words || capitalised || spaced_word
}

/// Whether the literal is the value of a non-text attribute or a class.
fn non_text_position(before: &str) -> bool {
    let b = before.trim_end();
    if let Some(attr) = b.strip_suffix('=') {
        let name = attr
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .next()
            .unwrap_or_default();
        if NON_TEXT_ATTRIBUTES.contains(&name) {
            return true;
        }
    }
    before
        .rfind("classes!(")
        .is_some_and(|at| !before[at..].contains(')'))
}

/// Every literal of `source` that reads as text outside the allowed
/// positions, as `line: literal`.
fn findings(file: &str, source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = source.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        let code = line.trim_start();
        // A test module ends the file (clippy's `items_after_test_module`):
        // its sample data is not shown to anyone.
        if code == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|(_, next)| next.trim_start().starts_with("mod "))
        {
            break;
        }
        if code.starts_with("//") || code.starts_with("#[doc") {
            continue;
        }
        for (before, literal) in literals(line) {
            if non_text_position(before) || !reads_as_text(literal) {
                continue;
            }
            if ALLOWED
                .iter()
                .any(|(f, l)| file.ends_with(f) && *l == literal)
            {
                continue;
            }
            out.push(format!("{file}:{}: \"{literal}\"", n + 1));
        }
    }
    out
}

#[test]
fn migrated_pages_spell_no_english() {
    let mut files = Vec::new();
    for p in SCANNED {
        rust_files(&root().join(p), &mut files);
    }
    files.retain(|f| !SKIPPED.iter().any(|(s, _)| f.ends_with(s)));
    assert!(
        files.len() > 30,
        "the scan found only {} files",
        files.len()
    );
    let mut all = Vec::new();
    for f in &files {
        let source = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.strip_prefix(root()).unwrap_or(f).display().to_string();
        all.extend(findings(&name, &source));
    }
    assert!(
        all.is_empty(),
        "English in the markup; give each a message id in core/src/text/msg/ui.rs or msg/ui_*.rs and its text in en.ftl:\n{}",
        all.join("\n")
    );
}

#[test]
fn the_scan_catches_text_and_lets_code_through() {
    let page = r#"
        <h2>{ "New heading" }</h2>
        <TextField id="org-name" label="Organisation" />
        <p>{ format!("{} of {} answered", a, b) }</p>
        <div class="form-grid wide">{ text(msg::UI_SAVE) }</div>
        <span class={classes!("gap-score", "big one")}>{ " / 100" }</span>
        if e.key() == "Enter" {}
        let name = format!("{}.json", stem);
        <p>{ format!("{} row(s)", n) }</p>
        <span>{ format!(" score {}", s) }</span>
        let id = format!("soa-{key}-owner");
    "#;
    let found = findings("src/pages/x.rs", page);
    assert_eq!(
        found,
        vec![
            "src/pages/x.rs:2: \"New heading\"".to_owned(),
            "src/pages/x.rs:3: \"Organisation\"".to_owned(),
            "src/pages/x.rs:4: \"{} of {} answered\"".to_owned(),
            "src/pages/x.rs:7: \"Enter\"".to_owned(),
            "src/pages/x.rs:9: \"{} row(s)\"".to_owned(),
            "src/pages/x.rs:10: \" score {}\"".to_owned(),
        ]
    );
    assert!(findings("src/components/heatmap.rs", "if k == \"Enter\" {}").is_empty());
    // Text before a test module is found; the module's sample data is not.
    let with_tests = "let e = \"Saving failed\";\n#[cfg(test)]\nmod tests {\n    let t = \"Client ledger\";\n}\n";
    assert_eq!(
        findings("src/store/x.rs", with_tests),
        vec!["src/store/x.rs:1: \"Saving failed\"".to_owned()]
    );
}

#[test]
fn the_skipped_files_exist() {
    // A skip for a file that moved or went would hide nothing and rot.
    for (file, why) in SKIPPED {
        assert!(
            root().join(file).is_file(),
            "{file} is skipped ({why}) but is not there"
        );
    }
}
