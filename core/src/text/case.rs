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

/// Lower-case runs (89 of them), sorted by `first`.
const LOWER: &[Run] = &[
    run(0x00C0, 0x00D6, 0x0020, 1),
    run(0x00D8, 0x00DE, 0x0020, 1),
    run(0x0100, 0x012E, 0x0001, 2),
    run(0x0132, 0x0136, 0x0001, 2),
    run(0x0139, 0x0147, 0x0001, 2),
    run(0x014A, 0x0176, 0x0001, 2),
    run(0x0178, 0x0178, 0xFF87, 1),
    run(0x0179, 0x017D, 0x0001, 2),
    run(0x0181, 0x0181, 0x00D2, 1),
    run(0x0182, 0x0184, 0x0001, 2),
    run(0x0186, 0x0186, 0x00CE, 1),
    run(0x0187, 0x0187, 0x0001, 1),
    run(0x0189, 0x018A, 0x00CD, 1),
    run(0x018B, 0x018B, 0x0001, 1),
    run(0x018E, 0x018E, 0x004F, 1),
    run(0x018F, 0x018F, 0x00CA, 1),
    run(0x0190, 0x0190, 0x00CB, 1),
    run(0x0191, 0x0191, 0x0001, 1),
    run(0x0193, 0x0193, 0x00CD, 1),
    run(0x0194, 0x0194, 0x00CF, 1),
    run(0x0196, 0x0196, 0x00D3, 1),
    run(0x0197, 0x0197, 0x00D1, 1),
    run(0x0198, 0x0198, 0x0001, 1),
    run(0x019C, 0x019C, 0x00D3, 1),
    run(0x019D, 0x019D, 0x00D5, 1),
    run(0x019F, 0x019F, 0x00D6, 1),
    run(0x01A0, 0x01A4, 0x0001, 2),
    run(0x01A6, 0x01A6, 0x00DA, 1),
    run(0x01A7, 0x01A7, 0x0001, 1),
    run(0x01A9, 0x01A9, 0x00DA, 1),
    run(0x01AC, 0x01AC, 0x0001, 1),
    run(0x01AE, 0x01AE, 0x00DA, 1),
    run(0x01AF, 0x01AF, 0x0001, 1),
    run(0x01B1, 0x01B2, 0x00D9, 1),
    run(0x01B3, 0x01B5, 0x0001, 2),
    run(0x01B7, 0x01B7, 0x00DB, 1),
    run(0x01B8, 0x01B8, 0x0001, 1),
    run(0x01BC, 0x01BC, 0x0001, 1),
    run(0x01C4, 0x01C4, 0x0002, 1),
    run(0x01C5, 0x01C5, 0x0001, 1),
    run(0x01C7, 0x01C7, 0x0002, 1),
    run(0x01C8, 0x01C8, 0x0001, 1),
    run(0x01CA, 0x01CA, 0x0002, 1),
    run(0x01CB, 0x01DB, 0x0001, 2),
    run(0x01DE, 0x01EE, 0x0001, 2),
    run(0x01F1, 0x01F1, 0x0002, 1),
    run(0x01F2, 0x01F4, 0x0001, 2),
    run(0x01F6, 0x01F6, 0xFF9F, 1),
    run(0x01F7, 0x01F7, 0xFFC8, 1),
    run(0x01F8, 0x021E, 0x0001, 2),
    run(0x0220, 0x0220, 0xFF7E, 1),
    run(0x0222, 0x0232, 0x0001, 2),
    run(0x023A, 0x023A, 0x2A2B, 1),
    run(0x023B, 0x023B, 0x0001, 1),
    run(0x023D, 0x023D, 0xFF5D, 1),
    run(0x023E, 0x023E, 0x2A28, 1),
    run(0x0241, 0x0241, 0x0001, 1),
    run(0x0243, 0x0243, 0xFF3D, 1),
    run(0x0244, 0x0244, 0x0045, 1),
    run(0x0245, 0x0245, 0x0047, 1),
    run(0x0246, 0x024E, 0x0001, 2),
    run(0x0370, 0x0372, 0x0001, 2),
    run(0x0376, 0x0376, 0x0001, 1),
    run(0x037F, 0x037F, 0x0074, 1),
    run(0x0386, 0x0386, 0x0026, 1),
    run(0x0388, 0x038A, 0x0025, 1),
    run(0x038C, 0x038C, 0x0040, 1),
    run(0x038E, 0x038F, 0x003F, 1),
    run(0x0391, 0x03A1, 0x0020, 1),
    run(0x03A3, 0x03AB, 0x0020, 1),
    run(0x03CF, 0x03CF, 0x0008, 1),
    run(0x03D8, 0x03EE, 0x0001, 2),
    run(0x03F4, 0x03F4, 0xFFC4, 1),
    run(0x03F7, 0x03F7, 0x0001, 1),
    run(0x03F9, 0x03F9, 0xFFF9, 1),
    run(0x03FA, 0x03FA, 0x0001, 1),
    run(0x03FD, 0x03FF, 0xFF7E, 1),
    run(0x0400, 0x040F, 0x0050, 1),
    run(0x0410, 0x042F, 0x0020, 1),
    run(0x0460, 0x0480, 0x0001, 2),
    run(0x048A, 0x04BE, 0x0001, 2),
    run(0x04C0, 0x04C0, 0x000F, 1),
    run(0x04C1, 0x04CD, 0x0001, 2),
    run(0x04D0, 0x052E, 0x0001, 2),
    run(0x0531, 0x0556, 0x0030, 1),
    run(0x1E00, 0x1E94, 0x0001, 2),
    run(0x1E9E, 0x1E9E, 0xE241, 1),
    run(0x1EA0, 0x1EFE, 0x0001, 2),
    run(0xFF21, 0xFF3A, 0x0020, 1),
];

/// Upper-case runs (119 of them), sorted by `first`.
const UPPER: &[Run] = &[
    run(0x00B5, 0x00B5, 0x02E7, 1),
    run(0x00E0, 0x00F6, 0xFFE0, 1),
    run(0x00F8, 0x00FE, 0xFFE0, 1),
    run(0x00FF, 0x00FF, 0x0079, 1),
    run(0x0101, 0x012F, 0xFFFF, 2),
    run(0x0131, 0x0131, 0xFF18, 1),
    run(0x0133, 0x0137, 0xFFFF, 2),
    run(0x013A, 0x0148, 0xFFFF, 2),
    run(0x014B, 0x0177, 0xFFFF, 2),
    run(0x017A, 0x017E, 0xFFFF, 2),
    run(0x017F, 0x017F, 0xFED4, 1),
    run(0x0180, 0x0180, 0x00C3, 1),
    run(0x0183, 0x0185, 0xFFFF, 2),
    run(0x0188, 0x0188, 0xFFFF, 1),
    run(0x018C, 0x018C, 0xFFFF, 1),
    run(0x0192, 0x0192, 0xFFFF, 1),
    run(0x0195, 0x0195, 0x0061, 1),
    run(0x0199, 0x0199, 0xFFFF, 1),
    run(0x019A, 0x019A, 0x00A3, 1),
    run(0x019B, 0x019B, 0xA641, 1),
    run(0x019E, 0x019E, 0x0082, 1),
    run(0x01A1, 0x01A5, 0xFFFF, 2),
    run(0x01A8, 0x01A8, 0xFFFF, 1),
    run(0x01AD, 0x01AD, 0xFFFF, 1),
    run(0x01B0, 0x01B0, 0xFFFF, 1),
    run(0x01B4, 0x01B6, 0xFFFF, 2),
    run(0x01B9, 0x01B9, 0xFFFF, 1),
    run(0x01BD, 0x01BD, 0xFFFF, 1),
    run(0x01BF, 0x01BF, 0x0038, 1),
    run(0x01C5, 0x01C5, 0xFFFF, 1),
    run(0x01C6, 0x01C6, 0xFFFE, 1),
    run(0x01C8, 0x01C8, 0xFFFF, 1),
    run(0x01C9, 0x01C9, 0xFFFE, 1),
    run(0x01CB, 0x01CB, 0xFFFF, 1),
    run(0x01CC, 0x01CC, 0xFFFE, 1),
    run(0x01CE, 0x01DC, 0xFFFF, 2),
    run(0x01DD, 0x01DD, 0xFFB1, 1),
    run(0x01DF, 0x01EF, 0xFFFF, 2),
    run(0x01F2, 0x01F2, 0xFFFF, 1),
    run(0x01F3, 0x01F3, 0xFFFE, 1),
    run(0x01F5, 0x01F5, 0xFFFF, 1),
    run(0x01F9, 0x021F, 0xFFFF, 2),
    run(0x0223, 0x0233, 0xFFFF, 2),
    run(0x023C, 0x023C, 0xFFFF, 1),
    run(0x023F, 0x0240, 0x2A3F, 1),
    run(0x0242, 0x0242, 0xFFFF, 1),
    run(0x0247, 0x024F, 0xFFFF, 2),
    run(0x0250, 0x0250, 0x2A1F, 1),
    run(0x0251, 0x0251, 0x2A1C, 1),
    run(0x0252, 0x0252, 0x2A1E, 1),
    run(0x0253, 0x0253, 0xFF2E, 1),
    run(0x0254, 0x0254, 0xFF32, 1),
    run(0x0256, 0x0257, 0xFF33, 1),
    run(0x0259, 0x0259, 0xFF36, 1),
    run(0x025B, 0x025B, 0xFF35, 1),
    run(0x025C, 0x025C, 0xA54F, 1),
    run(0x0260, 0x0260, 0xFF33, 1),
    run(0x0261, 0x0261, 0xA54B, 1),
    run(0x0263, 0x0263, 0xFF31, 1),
    run(0x0264, 0x0264, 0xA567, 1),
    run(0x0265, 0x0265, 0xA528, 1),
    run(0x0266, 0x0266, 0xA544, 1),
    run(0x0268, 0x0268, 0xFF2F, 1),
    run(0x0269, 0x0269, 0xFF2D, 1),
    run(0x026A, 0x026A, 0xA544, 1),
    run(0x026B, 0x026B, 0x29F7, 1),
    run(0x026C, 0x026C, 0xA541, 1),
    run(0x026F, 0x026F, 0xFF2D, 1),
    run(0x0271, 0x0271, 0x29FD, 1),
    run(0x0272, 0x0272, 0xFF2B, 1),
    run(0x0275, 0x0275, 0xFF2A, 1),
    run(0x027D, 0x027D, 0x29E7, 1),
    run(0x0280, 0x0280, 0xFF26, 1),
    run(0x0282, 0x0282, 0xA543, 1),
    run(0x0283, 0x0283, 0xFF26, 1),
    run(0x0287, 0x0287, 0xA52A, 1),
    run(0x0288, 0x0288, 0xFF26, 1),
    run(0x0289, 0x0289, 0xFFBB, 1),
    run(0x028A, 0x028B, 0xFF27, 1),
    run(0x028C, 0x028C, 0xFFB9, 1),
    run(0x0292, 0x0292, 0xFF25, 1),
    run(0x029D, 0x029D, 0xA515, 1),
    run(0x029E, 0x029E, 0xA512, 1),
    run(0x0345, 0x0345, 0x0054, 1),
    run(0x0371, 0x0373, 0xFFFF, 2),
    run(0x0377, 0x0377, 0xFFFF, 1),
    run(0x037B, 0x037D, 0x0082, 1),
    run(0x03AC, 0x03AC, 0xFFDA, 1),
    run(0x03AD, 0x03AF, 0xFFDB, 1),
    run(0x03B1, 0x03C1, 0xFFE0, 1),
    run(0x03C2, 0x03C2, 0xFFE1, 1),
    run(0x03C3, 0x03CB, 0xFFE0, 1),
    run(0x03CC, 0x03CC, 0xFFC0, 1),
    run(0x03CD, 0x03CE, 0xFFC1, 1),
    run(0x03D0, 0x03D0, 0xFFC2, 1),
    run(0x03D1, 0x03D1, 0xFFC7, 1),
    run(0x03D5, 0x03D5, 0xFFD1, 1),
    run(0x03D6, 0x03D6, 0xFFCA, 1),
    run(0x03D7, 0x03D7, 0xFFF8, 1),
    run(0x03D9, 0x03EF, 0xFFFF, 2),
    run(0x03F0, 0x03F0, 0xFFAA, 1),
    run(0x03F1, 0x03F1, 0xFFB0, 1),
    run(0x03F2, 0x03F2, 0x0007, 1),
    run(0x03F3, 0x03F3, 0xFF8C, 1),
    run(0x03F5, 0x03F5, 0xFFA0, 1),
    run(0x03F8, 0x03F8, 0xFFFF, 1),
    run(0x03FB, 0x03FB, 0xFFFF, 1),
    run(0x0430, 0x044F, 0xFFE0, 1),
    run(0x0450, 0x045F, 0xFFB0, 1),
    run(0x0461, 0x0481, 0xFFFF, 2),
    run(0x048B, 0x04BF, 0xFFFF, 2),
    run(0x04C2, 0x04CE, 0xFFFF, 2),
    run(0x04CF, 0x04CF, 0xFFF1, 1),
    run(0x04D1, 0x052F, 0xFFFF, 2),
    run(0x0561, 0x0586, 0xFFD0, 1),
    run(0x1E01, 0x1E95, 0xFFFF, 2),
    run(0x1E9B, 0x1E9B, 0xFFC5, 1),
    run(0x1EA1, 0x1EFF, 0xFFFF, 2),
    run(0xFF41, 0xFF5A, 0xFFE0, 1),
];
/// Cased characters (Unicode's Cased property) in the blocks the final
/// sigma rule knows, as sorted, disjoint inclusive ranges.
const CASED: &[(u16, u16)] = &[
    (0x0041, 0x005A),
    (0x0061, 0x007A),
    (0x00AA, 0x00AA),
    (0x00B5, 0x00B5),
    (0x00BA, 0x00BA),
    (0x00C0, 0x00D6),
    (0x00D8, 0x00F6),
    (0x00F8, 0x01BA),
    (0x01BC, 0x01BF),
    (0x01C4, 0x0293),
    (0x0296, 0x02AF),
    (0x0370, 0x0373),
    (0x0376, 0x0377),
    (0x037B, 0x037D),
    (0x037F, 0x037F),
    (0x0386, 0x0386),
    (0x0388, 0x038A),
    (0x038C, 0x038C),
    (0x038E, 0x03A1),
    (0x03A3, 0x03F5),
    (0x03F7, 0x0481),
    (0x048A, 0x052F),
    (0x0531, 0x0556),
    (0x0560, 0x0588),
    (0x1E00, 0x1EFF),
    (0xFF21, 0xFF3A),
    (0xFF41, 0xFF5A),
];
/// Case-ignorable characters (Unicode's Case_Ignorable property) in the
/// same blocks: apostrophes, dots, modifier letters, combining marks.
const CASE_IGNORABLE: &[(u16, u16)] = &[
    (0x0027, 0x0027),
    (0x002E, 0x002E),
    (0x003A, 0x003A),
    (0x005E, 0x005E),
    (0x0060, 0x0060),
    (0x00A8, 0x00A8),
    (0x00AD, 0x00AD),
    (0x00AF, 0x00AF),
    (0x00B4, 0x00B4),
    (0x00B7, 0x00B8),
    (0x02B0, 0x036F),
    (0x0374, 0x0375),
    (0x037A, 0x037A),
    (0x0384, 0x0385),
    (0x0387, 0x0387),
    (0x0483, 0x0489),
    (0x0559, 0x0559),
    (0x055F, 0x055F),
    (0x200B, 0x200F),
    (0x2018, 0x2019),
    (0x2024, 0x2024),
    (0x2027, 0x2027),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFF07, 0xFF07),
    (0xFF0E, 0xFF0E),
    (0xFF1A, 0xFF1A),
    (0xFF3E, 0xFF3E),
    (0xFF40, 0xFF40),
];

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The blocks whose mappings are covered (ASCII included).
    const COVERED: [(u32, u32); 4] = [
        (0x0000, 0x058F),
        (0x1E00, 0x1EFF),
        (0xFF21, 0xFF3A),
        (0xFF41, 0xFF5A),
    ];

    /// The blocks whose casedness the final sigma rule knows.
    const CONTEXT: [(u32, u32); 4] = [
        (0x0000, 0x058F),
        (0x1E00, 0x1EFF),
        (0x2000, 0x206F),
        (0xFF00, 0xFF5F),
    ];

    fn chars_in(ranges: &[(u32, u32)]) -> impl Iterator<Item = char> + '_ {
        ranges
            .iter()
            .flat_map(|&(a, b)| (a..=b).filter_map(char::from_u32))
    }

    fn covered(c: char) -> bool {
        COVERED
            .iter()
            .any(|&(a, b)| (a..=b).contains(&u32::from(c)))
    }

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    #[test]
    fn every_covered_char_maps_as_std() {
        let mut checked = 0;
        for c in chars_in(&COVERED) {
            let std_lower: String = c.to_lowercase().collect();
            let std_upper: String = c.to_uppercase().collect();
            assert_eq!(
                lower_char(c),
                single(c.to_lowercase()).unwrap_or(c),
                "lower_char {c:?} U+{:04X}",
                u32::from(c)
            );
            assert_eq!(
                upper_char(c),
                single(c.to_uppercase()).unwrap_or(c),
                "upper_char {c:?} U+{:04X}",
                u32::from(c)
            );
            let mut ours = String::new();
            push_lower(&mut ours, c);
            assert_eq!(ours, std_lower, "push_lower {c:?}");
            let mut ours = String::new();
            push_upper(&mut ours, c);
            assert_eq!(ours, std_upper, "push_upper {c:?}");
            assert_eq!(
                lower(&c.to_string()),
                c.to_string().to_lowercase(),
                "lower {c:?}"
            );
            assert_eq!(
                upper(&c.to_string()),
                c.to_string().to_uppercase(),
                "upper {c:?}"
            );
            checked += 1;
        }
        assert!(checked > 1600, "{checked}");
    }

    #[test]
    fn every_char_outside_the_covered_blocks_maps_to_itself() {
        let mut checked = 0;
        for c in (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|c| !covered(*c))
        {
            assert_eq!(lower_char(c), c, "U+{:04X}", u32::from(c));
            assert_eq!(upper_char(c), c, "U+{:04X}", u32::from(c));
            let mut s = String::new();
            push_lower(&mut s, c);
            push_upper(&mut s, c);
            assert_eq!(s, format!("{c}{c}"));
            checked += 1;
        }
        assert!(checked > 1_000_000, "{checked}");
    }

    #[test]
    fn the_deliberate_gaps_differ_from_std() {
        // Outside the covered blocks: std maps them, we do not.
        for (c, std_lower) in [('\u{212A}', 'k'), ('\u{2126}', 'ω'), ('Ⴀ', 'ⴀ'), ('Ἀ', 'ἀ')]
        {
            assert_eq!(c.to_lowercase().next(), Some(std_lower));
            assert_eq!(lower(&c.to_string()), c.to_string());
        }
        assert_eq!(upper("ἀ"), "ἀ");
        assert_eq!("ἀ".to_uppercase(), "Ἀ");
    }

    #[test]
    fn multi_char_mappings_are_std_s() {
        assert_eq!(lower("İstanbul"), "i\u{307}stanbul");
        assert_eq!(upper("Straße"), "STRASSE");
        assert_eq!(upper("ǰ ŉ և ẚ ΐ"), "ǰ ŉ և ẚ ΐ".to_uppercase());
        assert_eq!(upper_char('ß'), 'ß');
        assert_eq!(lower_char('İ'), 'İ');
        assert_eq!(upper_first("ßa"), "SSa");
        assert_eq!(upper_first("élan vital"), "Élan vital");
        assert_eq!(upper_first(""), "");
    }

    #[test]
    fn final_sigma_follows_std() {
        for s in [
            "ΟΔΟΣ",
            "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ.",
            "Σ",
            "ΣΣ",
            "ΑΣ'Α",
            "ΑΣ.",
            "ΑΣ\u{301}",
            "Α\u{301}Σ Β",
            "(ΟΔΟΣ)",
            "ΟΔΟΣ1",
            "1Σ",
        ] {
            assert_eq!(lower(s), s.to_lowercase(), "{s}");
        }
        let mut sigma = String::new();
        push_lower(&mut sigma, 'Σ');
        assert_eq!(sigma, "σ");
    }

    #[test]
    fn final_sigma_context_is_std_s_for_every_char_of_the_known_blocks() {
        for c in chars_in(&CONTEXT) {
            for s in [
                format!("{c}Σ"),
                format!("Α{c}Σ"),
                format!("ΑΣ{c}"),
                format!("ΑΣ{c}Α"),
            ] {
                assert_eq!(lower(&s), s.to_lowercase(), "{s:?} U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn tables_are_sorted_and_disjoint() {
        for runs in [LOWER, UPPER] {
            for w in runs.windows(2) {
                assert!(w[0].first <= w[0].last && w[0].last < w[1].first);
            }
            assert!(runs.iter().all(|r| r.step == 1 || r.step == 2));
        }
        for ranges in [CASED, CASE_IGNORABLE] {
            for w in ranges.windows(2) {
                assert!(w[0].0 <= w[0].1 && w[0].1 < w[1].0);
            }
        }
    }

    fn covered_text() -> impl Strategy<Value = String> {
        let pool: Vec<char> = chars_in(&CONTEXT).filter(|c| !c.is_control()).collect();
        proptest::collection::vec(proptest::sample::select(pool), 0..12)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn strings_of_covered_text_map_as_std(s in covered_text()) {
            prop_assert_eq!(lower(&s), s.to_lowercase());
            prop_assert_eq!(upper(&s), s.to_uppercase());
        }

        #[test]
        fn greek_words_map_as_std(s in "[ΑΒΣΟσςα' .\u{301}]{0,10}") {
            prop_assert_eq!(lower(&s), s.to_lowercase());
        }
    }
}
