use super::*;
use crate::{example, synthetic_wide, Edition};

/// The path without the JSON tree gives what the general path gives,
/// and leaves to it every file it cannot read the same way.
#[test]
fn the_direct_read_equals_the_general_path() {
    let now = Timestamp(1_700_000_000);
    for a in [example(), synthetic_wide(40, 30, 25), Assessment::default()] {
        let text = export(&a, now);
        let direct = read_current(&text).expect("a current file is read directly");
        let (general, version) = read_general(&text).expect("it imports");
        assert_eq!(direct, general);
        assert_eq!(version, SCHEMA_VERSION);
    }
    // A 2013 file: its ids are mapped, by the general path only.
    let mut a = example();
    a.context.edition = Edition::Iso2013;
    assert!(read_current(&export(&a, now)).is_none());
    // Two keys naming one control: refused by the general path.
    let text = export(&example(), now);
    let key = example()
        .soa
        .entries
        .keys()
        .next()
        .expect("the example has SoA entries")
        .to_string();
    let twice = text.replacen(
        &format!("\"{key}\": {{"),
        &format!("\"A.{key}\": {{}},\n      \"{key}\": {{"),
        1,
    );
    assert_ne!(twice, text, "the key was found");
    assert!(read_current(&twice).is_none());
    assert_eq!(
        import(twice.as_bytes()).map_err(|e| e.kind),
        Err(ErrorKind::DuplicateId)
    );
    // An older or newer schema, or another format: the general path.
    for (from, to) in [
        ("\"schema_version\": 1", "\"schema_version\": 2"),
        ("\"format\": \"annexa\"", "\"format\": \"other\""),
    ] {
        let changed = text.replacen(from, to, 1);
        assert_ne!(changed, text);
        assert!(read_current(&changed).is_none());
        assert!(import(changed.as_bytes()).is_err());
    }
}

/// The autosave writes the file [`export`] writes, without indentation:
/// the same JSON value, which loads again to the same assessment.
#[test]
fn the_autosave_is_the_export_without_its_indentation() {
    let now = Timestamp(1_700_000_000);
    for a in [example(), synthetic_wide(40, 30, 25)] {
        let saved = export_checked(&a, now).expect("it saves");
        let file = export(&a, now);
        assert_eq!(file, Envelope::new(a.clone(), now).to_json());
        assert!(!saved.contains('\n'), "no indentation");
        assert!(
            saved.len() * 4 < file.len() * 3,
            "{} of {}",
            saved.len(),
            file.len()
        );
        let value = |t: &str| serde_json::from_str::<Value>(t).expect("JSON");
        assert_eq!(value(&saved), value(&file));
        assert_eq!(import(saved.as_bytes()).expect("it loads").assessment, a);
    }
}

/// The pre-scan's quick paths give the answers of its careful ones: keys
/// of a large object, texts without escapes, texts of many-byte letters.
#[test]
fn the_prescan_finds_what_it_found_before() {
    use crate::validate::MAX_TEXT;
    // More keys than the short list holds: a repeat is still found, at
    // the second key.
    let keys: Vec<String> = (0..40).map(|k| format!("\"k{k}\": {k}")).collect();
    let large = format!("{{{}}}", keys.join(", "));
    assert!(check_unique_keys(&large).is_ok());
    let again = format!("{{{}, \"k7\": 0}}", keys.join(", "));
    let e = check_unique_keys(&again).expect_err("k7 twice");
    assert_eq!(e.kind, ErrorKind::DuplicateKey);
    assert_eq!(
        e.position,
        Some(crate::line_column(
            &again,
            again.rfind("\"k7\"").unwrap_or(0)
        ))
    );
    // A text at the limit passes, one character over is refused, whether
    // its letters take one byte or two.
    for letter in ["a", "é"] {
        let at = format!("{{\"t\": \"{}\"}}", letter.repeat(MAX_TEXT));
        assert!(prescan(&at).is_ok(), "{letter} × the limit");
        let over = format!("{{\"t\": \"{}\"}}", letter.repeat(MAX_TEXT + 1));
        assert_eq!(prescan(&over).map_err(|e| e.kind), Err(ErrorKind::TooLong));
    }
    // An escape counts as one character, past the quick path too.
    let escaped = format!("{{\"t\": \"{}\\n\"}}", "a".repeat(MAX_TEXT - 1));
    assert!(prescan(&escaped).is_ok());
    let over = format!("{{\"t\": \"{}\\n\"}}", "a".repeat(MAX_TEXT));
    assert_eq!(prescan(&over).map_err(|e| e.kind), Err(ErrorKind::TooLong));
}

/// Every number survives a save and a load bit for bit, so a save and a
/// load never change an estimate: serde_json's default float parser is one
/// unit in the last place off for about 18 % of random doubles, and the
/// workspace turns on its `float_roundtrip` feature.
#[test]
fn numbers_survive_a_save_and_a_load_bit_for_bit() {
    use crate::quant::{Amount, Probability, TolerancePoint};
    // Values the default parser reads back differently.
    let mut a = example();
    a.quant_settings.tolerance = vec![TolerancePoint {
        loss: Amount(39_276.680_700_000_004),
        probability: Probability(1.136_227_511_627_652_3e-8),
    }];
    for text in [export(&a, Timestamp(0)), export_compact(&a, Timestamp(0))] {
        assert_eq!(import(text.as_bytes()).expect("it loads").assessment, a);
    }
    // And many more, amounts and probabilities alike.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let v = match x % 2 {
            0 => (x >> 11) as f64 / (1u64 << 53) as f64,
            _ => ((x >> 20) % 100_000_000) as f64 / 100.0 * 1.37,
        };
        let text = crate::json::try_to_string(&v, crate::json::Layout::Compact).expect("a number");
        let back: f64 = serde_json::from_str(&text).expect("it reads");
        assert_eq!(back.to_bits(), v.to_bits(), "{v:?} written as {text}");
    }
}
