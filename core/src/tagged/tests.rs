//! The written-out readers of `crate::tagged` against serde's derive.

use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// serde_json's message without " at line L column C": where an error
/// is reported may differ (the derive reports after the whole object,
/// this module at the value at fault), what it says may not.
fn said(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(at) => full[..at].to_owned(),
        None => full,
    }
}

/// Every input reads to the same value, or fails with the same message,
/// through the written-out `New` and through serde's derive (`Old`).
pub(crate) fn same_as_derive<New, Old>(inputs: &[&str])
where
    New: DeserializeOwned + Debug + PartialEq,
    Old: DeserializeOwned + Into<New>,
{
    for input in inputs {
        let new = serde_json::from_str::<New>(input);
        let old = serde_json::from_str::<Old>(input).map(Into::into);
        match (new, old) {
            (Ok(n), Ok(o)) => assert_eq!(n, o, "{input}"),
            (Err(n), Err(o)) => assert_eq!(said(&n), said(&o), "{input}"),
            (n, o) => panic!("{input}: written out {n:?}, derived {:?}", o.map(|_| ())),
        }
    }
}

mod model_tests {
    //! The model's written-out readers against serde's derive.
    use super::same_as_derive;
    use crate::quant::{Amount, Estimate, Frequency, Magnitude, Probability, Rate};
    use crate::Identification;

    /// The model's tagged enums as serde derives them (same names, so the
    /// same messages).
    mod derived {
        use crate::method::Impact;
        use crate::quant::{Amount, Probability, Rate};
        use crate::AssetId;

        #[derive(serde::Deserialize)]
        #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
        pub(super) enum Identification {
            AssetBased { assets: Vec<AssetId> },
            EventBased { impact: Impact },
        }

        #[derive(serde::Deserialize)]
        #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
        pub(super) enum Estimate<T> {
            Fixed { value: T },
            ThreePoint { min: T, most_likely: T, max: T },
        }

        #[derive(serde::Deserialize)]
        #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
        pub(super) enum Frequency {
            Direct {
                lef: Estimate<Rate>,
            },
            OpenFair {
                tef: Estimate<Rate>,
                vulnerability: Estimate<Probability>,
            },
        }

        #[derive(serde::Deserialize)]
        #[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
        pub(super) enum Magnitude {
            Range90 {
                low: Amount,
                high: Amount,
            },
            ThreePoint {
                min: Amount,
                most_likely: Amount,
                max: Amount,
            },
        }
    }

    impl From<derived::Identification> for Identification {
        fn from(d: derived::Identification) -> Self {
            match d {
                derived::Identification::AssetBased { assets } => {
                    Identification::AssetBased { assets }
                }
                derived::Identification::EventBased { impact } => {
                    Identification::EventBased { impact }
                }
            }
        }
    }

    impl<T> From<derived::Estimate<T>> for Estimate<T> {
        fn from(d: derived::Estimate<T>) -> Self {
            match d {
                derived::Estimate::Fixed { value } => Estimate::Fixed { value },
                derived::Estimate::ThreePoint {
                    min,
                    most_likely,
                    max,
                } => Estimate::ThreePoint {
                    min,
                    most_likely,
                    max,
                },
            }
        }
    }

    impl From<derived::Frequency> for Frequency {
        fn from(d: derived::Frequency) -> Self {
            match d {
                derived::Frequency::Direct { lef } => Frequency::Direct { lef: lef.into() },
                derived::Frequency::OpenFair { tef, vulnerability } => Frequency::OpenFair {
                    tef: tef.into(),
                    vulnerability: vulnerability.into(),
                },
            }
        }
    }

    impl From<derived::Magnitude> for Magnitude {
        fn from(d: derived::Magnitude) -> Self {
            match d {
                derived::Magnitude::Range90 { low, high } => Magnitude::Range90 { low, high },
                derived::Magnitude::ThreePoint {
                    min,
                    most_likely,
                    max,
                } => Magnitude::ThreePoint {
                    min,
                    most_likely,
                    max,
                },
            }
        }
    }

    /// Inputs every tagged enum must answer alike: not objects, no tag, a
    /// wrong tag, a repeated key, a cut text.
    const COMMON: [&str; 9] = [
        "3",
        "null",
        "\"fixed\"",
        "{}",
        r#"{"kind":3}"#,
        r#"{"kind":"nope"}"#,
        r#"{"kind":null}"#,
        r#"{"kind":"fixed","kind":"fixed","value":1}"#,
        r#"{"kind":"fixed","value":1"#,
    ];

    fn with_common<'a>(inputs: &[&'a str]) -> Vec<&'a str> {
        COMMON
            .iter()
            .copied()
            .chain(inputs.iter().copied())
            .collect()
    }

    #[test]
    fn identification_reads_and_refuses_as_the_derive_does() {
        same_as_derive::<Identification, derived::Identification>(&with_common(&[
            r#"{"kind":"asset_based","assets":["A-01","A-02"]}"#,
            r#"{"assets":[],"kind":"asset_based"}"#,
            r#"{"kind":"asset_based"}"#,
            r#"{"kind":"asset_based","assets":["A-01"],"impact":3}"#,
            r#"{"kind":"asset_based","assets":["A-1"]}"#,
            r#"{"kind":"asset_based","assets":"A-01"}"#,
            r#"{"kind":"asset_based","assets":["A-01"],"asets":["A-02"]}"#,
            r#"{"kind":"asset_based","assets":["A-01"],"assets":["A-02"]}"#,
            r#"{"kind":"event_based","impact":3}"#,
            r#"{"impact":2,"kind":"event_based"}"#,
            r#"{"kind":"event_based"}"#,
            r#"{"kind":"event_based","impact":3,"assets":[]}"#,
            r#"{"kind":"event_based","impact":"high"}"#,
            r#"{"kind":"event_based","impakt":3}"#,
        ]));
    }

    #[test]
    fn estimates_read_and_refuse_as_the_derive_does() {
        let inputs = with_common(&[
            r#"{"kind":"fixed","value":3}"#,
            r#"{"value":0.5,"kind":"fixed"}"#,
            r#"{"kind":"fixed"}"#,
            r#"{"kind":"fixed","vlaue":3}"#,
            r#"{"kind":"fixed","value":3,"min":1}"#,
            r#"{"kind":"fixed","value":"3"}"#,
            r#"{"kind":"fixed","value":1,"value":2}"#,
            r#"{"kind":"three_point","min":1,"most_likely":2,"max":3}"#,
            r#"{"max":3,"min":1,"kind":"three_point","most_likely":2}"#,
            r#"{"kind":"three_point","min":1,"max":3}"#,
            r#"{"kind":"three_point","min":1,"most_likely":2,"max":3,"value":2}"#,
            r#"{"kind":"three_point","min":1,"mostlikely":2,"max":3}"#,
            r#"{"kind":"three_point","min":1,"most_likely":2,"max":3,"max":4}"#,
        ]);
        same_as_derive::<Estimate<Rate>, derived::Estimate<Rate>>(&inputs);
        same_as_derive::<Estimate<Probability>, derived::Estimate<Probability>>(&inputs);
    }

    #[test]
    fn frequencies_and_magnitudes_read_and_refuse_as_the_derive_does() {
        same_as_derive::<Frequency, derived::Frequency>(&with_common(&[
            r#"{"kind":"direct","lef":{"kind":"fixed","value":2}}"#,
            r#"{"lef":{"kind":"fixed","value":2},"kind":"direct"}"#,
            r#"{"kind":"direct"}"#,
            r#"{"kind":"direct","lef":{"kind":"fixed","value":2},"tef":3}"#,
            r#"{"kind":"direct","lef":{"kind":"fixed","vlaue":2}}"#,
            r#"{"kind":"direct","lef":3}"#,
            r#"{"kind":"open_fair","tef":{"kind":"fixed","value":2},"vulnerability":{"kind":"fixed","value":0.5}}"#,
            r#"{"kind":"open_fair","tef":{"kind":"fixed","value":2}}"#,
            r#"{"kind":"open_fair","tef":{"kind":"fixed","value":2},"vulnerability":{"kind":"fixed","value":0.5},"lef":1}"#,
            r#"{"kind":"open_fair","tef":{"kind":"fixed","value":2},"vulnerabilty":{"kind":"fixed","value":0.5}}"#,
        ]));
        same_as_derive::<Magnitude, derived::Magnitude>(&with_common(&[
            r#"{"kind":"range90","low":1000,"high":50000}"#,
            r#"{"high":5,"low":1,"kind":"range90"}"#,
            r#"{"kind":"range90","low":1000}"#,
            r#"{"kind":"range90","low":1000,"hihg":3}"#,
            r#"{"kind":"range90","low":1,"high":5,"min":1}"#,
            r#"{"kind":"three_point","min":1,"most_likely":2,"max":3}"#,
            r#"{"kind":"three_point","min":1,"most_likely":2}"#,
            r#"{"kind":"three_point","min":1,"most_likely":2,"max":3,"low":1}"#,
            r#"{"kind":"three_point","min":"1","most_likely":2,"max":3}"#,
        ]));
        let _ = Amount(0.0);
    }

    #[test]
    fn a_field_of_another_variant_before_the_tag_is_still_refused() {
        // The one difference from the derive: before the tag, `tef` is read
        // as a `tef`, so its wrong value is refused for its type (the
        // derive says "unknown field"); with a good value it is refused as
        // unknown, as the derive does.
        let bad = r#"{"tef":3,"kind":"direct","lef":{"kind":"fixed","value":2}}"#;
        let e = serde_json::from_str::<Frequency>(bad)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("invalid type: integer `3`"), "{e}");
        assert!(serde_json::from_str::<derived::Frequency>(bad).is_err());
        let stray = r#"{"tef":{"kind":"fixed","value":2},"kind":"direct","lef":{"kind":"fixed","value":2}}"#;
        same_as_derive::<Frequency, derived::Frequency>(&[stray]);
    }
}
