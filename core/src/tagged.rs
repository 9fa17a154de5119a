//! Reading the file format's internally tagged enums (`{"kind": "fixed",
//! "value": 3}`) without serde's buffering.
//!
//! serde derives `Deserialize` for `#[serde(tag = "kind")]` by reading the
//! whole object into its private `Content` tree first, then reading each
//! variant's struct again from that tree: a second copy of every field's
//! deserializer, 6 to 16 KiB of WebAssembly per enum, for objects of two
//! or three numbers. Each such enum here reads instead one flat struct of
//! all its variants' fields (each optional) and the tag, then builds the
//! variant with [`only`] and [`need`], which refuse what serde's derive
//! refuses with the same words: an unknown tag ("unknown variant"), a field
//! of another variant or of none ("unknown field"), a field the variant
//! needs ("missing field"). `Serialize` and the JSON Schema stay derived,
//! so the format is unchanged; the tests compare every answer with the
//! derive's.

use serde::de::Error;

/// Refuses a key that is no field at all (`unknown`, the first one met) or
/// a field that was given (`true`) but that the variant does not have:
/// `fields` are the variant's, in its order.
pub(crate) fn only<E: Error>(
    unknown: Option<&str>,
    given: &[(&str, bool)],
    fields: &'static [&'static str],
) -> Result<(), E> {
    if let Some(name) = unknown {
        return Err(E::unknown_field(name, fields));
    }
    match given
        .iter()
        .find(|(name, present)| *present && !fields.contains(name))
    {
        Some((name, _)) => Err(E::unknown_field(name, fields)),
        None => Ok(()),
    }
}

/// The value of a field the variant needs.
pub(crate) fn need<T, E: Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

/// Reads a tag as the derive reads it from its buffer: a string naming a
/// variant of `K` ("unknown variant `x`, expected one of …"), anything
/// else "invalid type: …, expected variant identifier".
pub(crate) struct Tag<K>(pub(crate) std::marker::PhantomData<K>);

impl<'de, K: serde::Deserialize<'de>> serde::de::DeserializeSeed<'de> for Tag<K> {
    type Value = K;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<K, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de, K: serde::Deserialize<'de>> serde::de::Visitor<'de> for Tag<K> {
    type Value = K;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("variant identifier")
    }
    fn visit_str<E: Error>(self, v: &str) -> Result<K, E> {
        K::deserialize(serde::de::value::StrDeserializer::<E>::new(v))
    }
}

/// A flat struct of an internally tagged enum's tag (`kind`, a type with
/// `fields(self) -> &'static [&'static str]`, its variant's fields) and all
/// its variants' fields, each optional, with the first key before the tag
/// that is none of them (`unknown`), and its `Deserialize`: one pass over
/// the object, each value read straight from the text. After the tag, a key
/// that is not the variant's is refused at once, so the error's path ends
/// in it (the derive reports it after the object, at the object's path). (A field of another variant *before* the tag is read as that
/// field, so a wrong value there is refused for its type rather than as
/// unknown; Annexa writes the tag first.)
macro_rules! flat_fields {
    ($name:ident, $kind:ty, $what:literal { $($field:ident: $ty:ty),* $(,)? }) => {
        struct $name {
            kind: Option<$kind>,
            $($field: Option<$ty>,)*
            unknown: Option<String>,
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visit;
                impl<'de> serde::de::Visitor<'de> for Visit {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<$name, A::Error> {
                        use serde::de::Error as _;
                        let mut out = $name {
                            kind: None,
                            $($field: None,)*
                            unknown: None,
                        };
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                "kind" => {
                                    if out.kind.is_some() {
                                        return Err(A::Error::duplicate_field("kind"));
                                    }
                                    out.kind = Some(map.next_value_seed(
                                        $crate::tagged::Tag::<$kind>(std::marker::PhantomData),
                                    )?);
                                }
                                // Another variant's field, once the tag is known:
                                // refused as unknown (the derive's answer,
                                // whatever its value), here, so that the error's
                                // path ends in the field.
                                $(stringify!($field)
                                    if out.kind.is_some_and(|k| !k.fields().contains(&stringify!($field))) =>
                                {
                                    let fields = out.kind.map_or(&[][..], |k| k.fields());
                                    return Err(A::Error::unknown_field(&key, fields));
                                })*
                                $(stringify!($field) => {
                                    if out.$field.is_some() {
                                        return Err(A::Error::duplicate_field(stringify!($field)));
                                    }
                                    out.$field = Some(map.next_value()?);
                                })*
                                _ => {
                                    if let Some(k) = out.kind {
                                        return Err(A::Error::unknown_field(&key, k.fields()));
                                    }
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                    if out.unknown.is_none() {
                                        out.unknown = Some(key);
                                    }
                                }
                            }
                        }
                        Ok(out)
                    }
                }
                d.deserialize_map(Visit)
            }
        }
    };
}
pub(crate) use flat_fields;

#[cfg(test)]
pub(crate) mod tests {
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
}

#[cfg(test)]
mod model_tests {
    //! The model's written-out readers against serde's derive.
    use super::tests::same_as_derive;
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
