//! Download file names: safe on every OS whatever the organisation is
//! called, and the same in the browser and in tests.

use super::model::Assessment;
use super::time::Date;

/// The longest file name Annexa offers, in characters.
pub const MAX_FILENAME: usize = 80;

/// Windows refuses these as a file's stem, whatever the extension.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Makes a file name safe for every OS: ASCII letters, digits, `-`, `_`
/// and `.` only (anything else, path separators included, becomes `-`), no
/// runs of `-` or `.`, no leading or trailing dot or dash, no Windows device
/// name, and at most [`MAX_FILENAME`] characters with the extension kept.
/// An empty result becomes `annexa-export`.
pub fn sanitise_filename(name: &str) -> String {
    let mut cleaned = String::with_capacity(name.len().min(4 * MAX_FILENAME));
    for c in name.chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            c
        } else {
            '-'
        };
        // Collapse "--" and "..": no `..` path step survives.
        if (c == '-' || c == '.') && cleaned.ends_with(c) {
            continue;
        }
        cleaned.push(c);
    }
    // The extension first, so a name that is all extension keeps it.
    let (stem, ext) = match cleaned.rsplit_once('.') {
        Some((s, e))
            if (1..=8).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            (s, Some(e))
        }
        _ => (cleaned.as_str(), None),
    };
    let stem = stem.trim_matches(|c| c == '.' || c == '-');
    let room = MAX_FILENAME - ext.map_or(0, |e| e.len() + 1);
    let mut stem: String = stem.chars().take(room).collect();
    while stem.ends_with('.') || stem.ends_with('-') {
        stem.pop();
    }
    let device = stem.split('.').next().unwrap_or("").to_ascii_lowercase();
    if RESERVED.contains(&device.as_str()) {
        stem = format!("annexa-{stem}");
        stem.truncate(room);
    }
    if stem.is_empty() {
        stem = "annexa-export".into();
    }
    match ext {
        Some(e) => format!("{stem}.{e}"),
        None => stem,
    }
}

/// A file name stem from the organisation and the date, e.g.
/// `annexa-brightline-client-services-ltd-2026-11-23`.
pub fn file_stem(a: &Assessment, date: Date) -> String {
    let org: String = a
        .context
        .organisation
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-");
    let org = crate::text::case::lower(&org);
    if org.is_empty() {
        format!("annexa-{date}")
    } else {
        format!("annexa-{org}-{date}")
    }
}
