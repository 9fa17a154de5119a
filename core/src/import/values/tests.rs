use super::*;
use crate::catalogue::{ControlId, LegacyControlId};

#[test]
fn commas_inside_a_name_do_not_split_it() {
    let c = |s: &str| parse_control(s);
    assert_eq!(
        split_items(
            "5.22 Monitoring, review and change management of supplier services",
            c
        )
        .map(|v| v.len()),
        Ok(1)
    );
    assert_eq!(split_items("5.1, 8.5", c).map(|v| v.len()), Ok(2));
    assert_eq!(
        split_items("5.1\n8.5 Secure authentication", c).map(|v| v.len()),
        Ok(2)
    );
    assert_eq!(split_items("5.1; nonsense", c), Err("nonsense".to_owned()));
}

fn steps(found: &[&str], n: usize) -> Vec<Option<u8>> {
    let found: Vec<String> = found.iter().map(|s| s.to_string()).collect();
    propose_steps(&found, n, &[])
        .into_iter()
        .map(|c| match c.to {
            Some(MappedValue::Step(s)) => Some(s),
            _ => None,
        })
        .collect()
}

#[test]
fn rating_words_and_numbers_spread_onto_the_scale() {
    assert_eq!(
        steps(&["Low", "Medium", "High"], 5),
        [Some(1), Some(3), Some(5)]
    );
    assert_eq!(
        steps(&["1", "2", "3"], 5),
        [Some(1), Some(3), Some(5)],
        "a whole 1–3 scale is spread over five steps"
    );
    assert_eq!(
        steps(&["3", "1", "2", "2"], 4),
        [Some(4), Some(1), Some(3), Some(3)],
        "1–3 onto four steps (2 is the middle, rounded up)"
    );
    assert_eq!(
        steps(&["1", "2", "3"], 3),
        [Some(1), Some(2), Some(3)],
        "on a 3-step method 1–3 are its steps"
    );
    assert_eq!(
        steps(&["1", "2", "3", "4"], 5),
        [Some(1), Some(2), Some(3), Some(4)],
        "a 4 found: the method's own scale"
    );
    assert_eq!(
        steps(&["2", "3"], 5),
        [Some(2), Some(3)],
        "part of the method's scale stays as it is"
    );
    let among = |found: &[&str], all: &[&str]| -> Vec<Option<MappedValue>> {
        let f: Vec<String> = found.iter().map(|s| s.to_string()).collect();
        let a: Vec<String> = all.iter().map(|s| s.to_string()).collect();
        propose_steps_among(&f, &a, 5, &[])
            .into_iter()
            .map(|c| c.to)
            .collect()
    };
    assert_eq!(
        among(&["1", "2", "3"], &["1", "2", "3", "4"]),
        [1, 2, 3].map(|s| Some(MappedValue::Step(s))),
        "another column on the same scale holds a 4: the method's scale"
    );
    assert_eq!(
        among(&["2", "3"], &["1", "2", "3"]),
        [3, 5].map(|s| Some(MappedValue::Step(s))),
        "the columns together are a whole 1–3 scale"
    );
    assert_eq!(steps(&["1", "3", "5"], 5), [Some(1), Some(3), Some(5)]);
    assert_eq!(
        steps(&["1", "5"], 3),
        [Some(1), Some(3)],
        "1–5 onto 3 steps"
    );
    assert_eq!(
        steps(&["1", "10", "4"], 5),
        [Some(1), Some(5), Some(2)],
        "1–10 onto 5"
    );
    assert_eq!(
        steps(&["7.5", "4.0"], 5),
        [Some(4), Some(2)],
        "0–10 with decimals"
    );
    assert_eq!(
        steps(&["Very low", "Low", "Medium", "High", "Critical"], 5),
        [Some(1), Some(2), Some(3), Some(4), Some(5)]
    );
    assert_eq!(
        steps(&["Public", "Internal", "Confidential", "Restricted"], 4),
        [Some(1), Some(2), Some(3), Some(4)]
    );
    assert_eq!(steps(&["Whatever"], 5), [None]);
    let named = propose_steps(
        &["Likely".to_string()],
        5,
        &["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
    );
    assert_eq!(named[0].to, Some(MappedValue::Step(4)));
}

#[test]
fn control_references_in_any_spelling() {
    let c = |s| parse_control(s);
    let id = ControlRef::Current(ControlId::new(5, 1));
    for s in [
        "5.1",
        "A.5.1",
        "A.05.01",
        "A 5.1",
        "a.5.1",
        "5.1 Policies",
        "ISO 27001:2022 A.5.1",
        "Annex A 5.1",
    ] {
        assert_eq!(c(s), Some(id), "{s}");
    }
    assert_eq!(
        c("A.9.2.1"),
        Some(ControlRef::Legacy(LegacyControlId::new(9, 2, 1)))
    );
    for bad in ["", "5.99", "4.1", "5.1x", "Policies", "A.19.1.1"] {
        assert_eq!(c(bad), None, "{bad}");
    }
}

#[test]
fn status_applicability_type_and_option_words() {
    let one = |k, s: &str| propose(k, &[s.to_string()], 5, &[])[0].to;
    assert_eq!(
        one(ValueKind::Status, "Partial"),
        Some(MappedValue::Status(
            ImplementationStatus::PartiallyImplemented
        ))
    );
    assert_eq!(
        one(ValueKind::Status, "In place"),
        Some(MappedValue::Status(ImplementationStatus::Implemented))
    );
    assert_eq!(one(ValueKind::Status, "—"), Some(MappedValue::Blank));
    assert_eq!(
        one(ValueKind::Applicable, "Yes"),
        Some(MappedValue::Applicable(true))
    );
    assert_eq!(
        one(ValueKind::Applicable, "No"),
        Some(MappedValue::Applicable(false))
    );
    assert_eq!(
        one(ValueKind::AssetType, "Data"),
        Some(MappedValue::AssetType(AssetType::Information))
    );
    assert_eq!(
        one(ValueKind::AssetType, "cloud_service"),
        Some(MappedValue::AssetType(AssetType::CloudService))
    );
    assert_eq!(
        one(ValueKind::Option, "Reduce"),
        Some(MappedValue::Option(TreatmentOption::Mitigate))
    );
    assert_eq!(one(ValueKind::Option, "open"), Some(MappedValue::Blank));
    assert_eq!(one(ValueKind::AssetType, "Spaceship"), None);
}
