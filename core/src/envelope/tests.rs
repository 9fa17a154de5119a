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
