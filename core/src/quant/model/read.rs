//! Reading the model's internally tagged enums ([`Estimate`], [`Frequency`],
//! [`Magnitude`]) from the file: the `Deserialize` that serde would derive
//! for `tag = "kind"`, written out with `crate::tagged` so that it needs no
//! buffering (the same JSON, the same errors; see the tests in
//! `core/src/tagged/tests.rs`).

use std::fmt;

use serde::Deserialize;

use super::{Amount, Estimate, Frequency, Magnitude, Probability, Rate};

/// The tag of an [`Estimate`].
#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum EstimateKind {
    Fixed,
    ThreePoint,
}

impl EstimateKind {
    fn fields(self) -> &'static [&'static str] {
        match self {
            EstimateKind::Fixed => &["value"],
            EstimateKind::ThreePoint => &["min", "most_likely", "max"],
        }
    }
}

/// The fields of every [`Estimate`] variant (`value`, `min`,
/// `most_likely`, `max`), generic in the quantity, as `crate::tagged`
/// reads them.
struct EstimateFields<T> {
    kind: Option<EstimateKind>,
    value: Option<T>,
    min: Option<T>,
    most_likely: Option<T>,
    max: Option<T>,
    unknown: Option<String>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for EstimateFields<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = EstimateFields<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("internally tagged enum Estimate")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                use serde::de::Error as _;
                let mut out = EstimateFields {
                    kind: None,
                    value: None,
                    min: None,
                    most_likely: None,
                    max: None,
                    unknown: None,
                };
                while let Some(key) = map.next_key::<String>()? {
                    // After the tag, a key that is not the variant's field is
                    // refused at once, whatever its value (see crate::tagged).
                    if let Some(k) = out.kind {
                        if key != "kind" && !k.fields().contains(&key.as_str()) {
                            return Err(A::Error::unknown_field(&key, k.fields()));
                        }
                    }
                    let (field, slot) = match key.as_str() {
                        "kind" => {
                            if out.kind.is_some() {
                                return Err(A::Error::duplicate_field("kind"));
                            }
                            out.kind =
                                Some(map.next_value_seed(crate::tagged::Tag::<EstimateKind>(
                                    std::marker::PhantomData,
                                ))?);
                            continue;
                        }
                        "value" => ("value", &mut out.value),
                        "min" => ("min", &mut out.min),
                        "most_likely" => ("most_likely", &mut out.most_likely),
                        "max" => ("max", &mut out.max),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            if out.unknown.is_none() {
                                out.unknown = Some(key);
                            }
                            continue;
                        }
                    };
                    if slot.is_some() {
                        return Err(A::Error::duplicate_field(field));
                    }
                    *slot = Some(map.next_value()?);
                }
                Ok(out)
            }
        }
        d.deserialize_map(Visit(std::marker::PhantomData))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Estimate<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::tagged::{need, only};
        let f = EstimateFields::<T>::deserialize(d)?;
        let unknown = f.unknown.as_deref();
        let given = [
            ("value", f.value.is_some()),
            ("min", f.min.is_some()),
            ("most_likely", f.most_likely.is_some()),
            ("max", f.max.is_some()),
        ];
        let kind = need(f.kind, "kind")?;
        only(unknown, &given, kind.fields())?;
        Ok(match kind {
            EstimateKind::Fixed => Estimate::Fixed {
                value: need(f.value, "value")?,
            },
            EstimateKind::ThreePoint => Estimate::ThreePoint {
                min: need(f.min, "min")?,
                most_likely: need(f.most_likely, "most_likely")?,
                max: need(f.max, "max")?,
            },
        })
    }
}

/// The tag of a [`Frequency`].
#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum FrequencyKind {
    Direct,
    OpenFair,
}

impl FrequencyKind {
    fn fields(self) -> &'static [&'static str] {
        match self {
            FrequencyKind::Direct => &["lef"],
            FrequencyKind::OpenFair => &["tef", "vulnerability"],
        }
    }
}

crate::tagged::flat_fields!(FrequencyFields, FrequencyKind, "internally tagged enum Frequency" {
    lef: Estimate<Rate>,
    tef: Estimate<Rate>,
    vulnerability: Estimate<Probability>,
});

impl<'de> Deserialize<'de> for Frequency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::tagged::{need, only};
        let f = FrequencyFields::deserialize(d)?;
        let unknown = f.unknown.as_deref();
        let given = [
            ("lef", f.lef.is_some()),
            ("tef", f.tef.is_some()),
            ("vulnerability", f.vulnerability.is_some()),
        ];
        let kind = need(f.kind, "kind")?;
        only(unknown, &given, kind.fields())?;
        Ok(match kind {
            FrequencyKind::Direct => Frequency::Direct {
                lef: need(f.lef, "lef")?,
            },
            FrequencyKind::OpenFair => Frequency::OpenFair {
                tef: need(f.tef, "tef")?,
                vulnerability: need(f.vulnerability, "vulnerability")?,
            },
        })
    }
}

/// The tag of a [`Magnitude`].
#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum MagnitudeKind {
    Range90,
    ThreePoint,
}

impl MagnitudeKind {
    fn fields(self) -> &'static [&'static str] {
        match self {
            MagnitudeKind::Range90 => &["low", "high"],
            MagnitudeKind::ThreePoint => &["min", "most_likely", "max"],
        }
    }
}

crate::tagged::flat_fields!(MagnitudeFields, MagnitudeKind, "internally tagged enum Magnitude" {
    low: Amount,
    high: Amount,
    min: Amount,
    most_likely: Amount,
    max: Amount,
});

impl<'de> Deserialize<'de> for Magnitude {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::tagged::{need, only};
        let f = MagnitudeFields::deserialize(d)?;
        let unknown = f.unknown.as_deref();
        let given = [
            ("low", f.low.is_some()),
            ("high", f.high.is_some()),
            ("min", f.min.is_some()),
            ("most_likely", f.most_likely.is_some()),
            ("max", f.max.is_some()),
        ];
        let kind = need(f.kind, "kind")?;
        only(unknown, &given, kind.fields())?;
        Ok(match kind {
            MagnitudeKind::Range90 => Magnitude::Range90 {
                low: need(f.low, "low")?,
                high: need(f.high, "high")?,
            },
            MagnitudeKind::ThreePoint => Magnitude::ThreePoint {
                min: need(f.min, "min")?,
                most_likely: need(f.most_likely, "most_likely")?,
                max: need(f.max, "max")?,
            },
        })
    }
}
