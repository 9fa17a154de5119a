//! Upper and lower case without the standard library's Unicode case
//! tables.
//!
//! `str::to_lowercase`, `str::to_uppercase` and their `char` versions look
//! every character up in Rust core's tables for all of Unicode, which
//! barely compress. Annexa lower-cases to search and sort registers, the
//! catalogue and import headers, and upper-cases a few labels; the text it
//! sees is in the scripts below. [`lower`] and [`upper`] cover them with 208
//! runs of 8 bytes and 57 ranges of 4 bytes (1.9 KB of tables, about 1.1 KB
//! of code) and leave every other character as it is.
//!
//! Measured on the web app's release wasm (wasm-opt -Oz): with std's tables
//! 2085.8 KiB raw and 607.2 KiB brotli, with this module 2055.7 KiB and
//! 599.7 KiB (30.1 KiB raw and 7.5 KiB brotli less on every first visit).
//!
//! # What is covered
//!
//! Characters in these blocks map exactly as std maps them (Unicode as of
//! the toolchain; the tests compare every character of every block):
//!
//! | Block | Range |
//! |---|---|
//! | Basic Latin (ASCII, fast path) | U+0000–007F |
//! | Latin-1 Supplement | U+0080–00FF |
//! | Latin Extended-A and -B | U+0100–024F |
//! | IPA Extensions (the lower-case partners of Latin Extended-B, e.g. ɓ) | U+0250–02AF |
//! | Spacing Modifier Letters, Combining Diacritical Marks | U+02B0–036F |
//! | Greek and Coptic | U+0370–03FF |
//! | Cyrillic and Cyrillic Supplement | U+0400–052F |
//! | Armenian | U+0530–058F |
//! | Latin Extended Additional (Vietnamese, Welsh, …) | U+1E00–1EFF |
//! | Fullwidth Latin letters | U+FF21–FF3A, U+FF41–FF5A |
//!
//! A character of these blocks may map to one outside them, as std does
//! (ɐ to Ɐ U+2C6F, ſ to S, µ to Greek Μ). Everything else, Greek Extended
//! (polytonic), Georgian, Cherokee, Deseret, the letterlike symbols (K
//! Kelvin sign, Ω ohm sign) and so on, maps to itself: Annexa's registers
//! are written in languages that use the blocks above, and each further
//! block costs table bytes on every first visit.
//!
//! # Where the result has more than one character
//!
//! Like std, and not one character for one character:
//!
//! - lower case: 'İ' (U+0130) becomes "i̇" (i and U+0307 combining dot);
//! - upper case: 'ß' becomes "SS", 'ŉ' "ʼN", 'ǰ' "J̌", 'ΐ' "Ϊ́", 'ΰ' "Ϋ́",
//!   'և' "ԵՒ", 'ẖ' "H̱", 'ẗ' "T̈", 'ẘ' "W̊", 'ẙ' "Y̊", 'ẚ' "Aʾ".
//!
//! [`lower`] writes Greek capital sigma 'Σ' as the final form 'ς' at the
//! end of a word, as std does (Unicode's Final_Sigma: a cased letter before
//! it, none after it, skipping case-ignorable marks such as apostrophes and
//! combining accents). Whether a character is cased or case-ignorable is
//! known for the blocks above, General Punctuation (U+2000–206F) and the
//! fullwidth forms (U+FF00–FF5F); any other character counts as neither.
//!
//! The per-character helpers [`lower_char`] and [`upper_char`] return the
//! character itself where the mapping has more than one character, and
//! [`push_lower`] writes 'σ' for 'Σ' (it cannot see the word around it).
//!
//! ```
//! use annexa_core::text::case;
//! assert_eq!(case::lower("Ransomware ÉTÉ ПРИВЕТ ΟΔΟΣ"), "ransomware été привет οδος");
//! assert_eq!(case::upper("straße"), "STRASSE");
//! assert_eq!(case::upper_first("élan"), "Élan");
//! ```
//!
//! Text known to be ASCII (currency codes, HTML tag names, ids such as
//! "T01") uses `str::to_ascii_lowercase` and `to_ascii_uppercase`, which
//! are cheaper still. `clippy.toml` disallows std's Unicode case methods
//! everywhere else, so that the tables do not come back.

/// One run of a case mapping: the characters `first..=last`, every one
/// (`step` 1) or every second one from `first` (`step` 2, the alternating
/// upper/lower pairs of Latin Extended-A and Cyrillic), map to themselves
/// plus `delta` (wrapping in 16 bits: every character here and its mapping
/// are in the Basic Multilingual Plane).
#[derive(Clone, Copy)]
struct Run {
    first: u16,
    last: u16,
    delta: u16,
    step: u16,
}

const fn run(first: u16, last: u16, delta: u16, step: u16) -> Run {
    Run {
        first,
        last,
        delta,
        step,
    }
}

/// The single-character mapping of `c` in `runs`, if it has one.
fn find(runs: &[Run], c: char) -> Option<char> {
    let u = u16::try_from(u32::from(c)).ok()?;
    let at = runs.partition_point(|r| r.last < u);
    let r = runs.get(at)?;
    if r.first <= u && (u - r.first) % r.step == 0 {
        char::from_u32(u32::from(u.wrapping_add(r.delta)))
    } else {
        None
    }
}

/// Whether `c` lies in one of the sorted, disjoint `ranges`.
fn in_ranges(ranges: &[(u16, u16)], c: char) -> bool {
    let Ok(u) = u16::try_from(u32::from(c)) else {
        return false;
    };
    let at = ranges.partition_point(|r| r.1 < u);
    ranges.get(at).is_some_and(|r| r.0 <= u)
}

/// The lower case of `c` where it is one character; `c` itself otherwise
/// (outside the covered blocks, and for 'İ', whose lower case is "i̇").
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        find(LOWER, c).unwrap_or(c)
    }
}

/// The upper case of `c` where it is one character; `c` itself otherwise
/// (outside the covered blocks, and for 'ß' and the others whose upper
/// case has more than one character: see the module documentation).
pub fn upper_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_uppercase()
    } else {
        find(UPPER, c).unwrap_or(c)
    }
}

/// Upper cases of more than one character (all in the covered blocks).
const UPPER_MULTI: &[(char, &str)] = &[
    ('\u{DF}', "SS"),
    ('\u{149}', "\u{2BC}N"),
    ('\u{1F0}', "J\u{30C}"),
    ('\u{390}', "\u{399}\u{308}\u{301}"),
    ('\u{3B0}', "\u{3A5}\u{308}\u{301}"),
    ('\u{587}', "\u{535}\u{552}"),
    ('\u{1E96}', "H\u{331}"),
    ('\u{1E97}', "T\u{308}"),
    ('\u{1E98}', "W\u{30A}"),
    ('\u{1E99}', "Y\u{30A}"),
    ('\u{1E9A}', "A\u{2BE}"),
];

/// Appends the lower case of `c` to `out` ("i̇" for 'İ'; 'σ' for 'Σ', as
/// the character alone cannot tell a word's end: [`lower`] can).
pub fn push_lower(out: &mut String, c: char) {
    if c == '\u{130}' {
        out.push_str("i\u{307}");
    } else {
        out.push(lower_char(c));
    }
}

/// Appends the upper case of `c` to `out` ("SS" for 'ß', and so on).
pub fn push_upper(out: &mut String, c: char) {
    match UPPER_MULTI.iter().find(|(from, _)| *from == c) {
        Some((_, to)) => out.push_str(to),
        None => out.push(upper_char(c)),
    }
}

/// `s` in lower case: each character as std's `str::to_lowercase` maps it
/// in the covered blocks (final sigma included), any other unchanged.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            out.push(if final_sigma(s, i) { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// `s` in upper case: each character as std's `str::to_uppercase` maps it
/// in the covered blocks, any other unchanged.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s` with its first character in upper case and the rest unchanged
/// ("élan" → "Élan"; an empty `s` stays empty).
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(c) = chars.next() {
        push_upper(&mut out, c);
    }
    out.push_str(chars.as_str());
    out
}

/// Whether the 'Σ' at byte `i` of `s` ends a word (Unicode's Final_Sigma,
/// as std's `str::to_lowercase` decides it): a cased letter before it and
/// none after it, skipping case-ignorable characters on both sides.
fn final_sigma(s: &str, i: usize) -> bool {
    let (before, rest) = s.split_at(i);
    let after = rest.strip_prefix('Σ').unwrap_or(rest);
    ignorable_then_cased(before.chars().rev()) && !ignorable_then_cased(after.chars())
}

fn ignorable_then_cased(mut chars: impl Iterator<Item = char>) -> bool {
    chars
        .find(|c| !in_ranges(CASE_IGNORABLE, *c))
        .is_some_and(|c| in_ranges(CASED, c))
}

// The tables below were generated from std's char::to_lowercase and
// to_uppercase; the tests check them against std for every character.

mod tables;
use tables::{CASED, CASE_IGNORABLE, LOWER, UPPER};

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compares with std's mapping
mod tests;
