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
    for (c, std_lower) in [('\u{212A}', 'k'), ('\u{2126}', 'ω'), ('Ⴀ', 'ⴀ'), ('Ἀ', 'ἀ')] {
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
