//! Reading the model's internally tagged enums ([`Estimate`], [`Frequency`],
//! [`Magnitude`]) from the file: the `Deserialize` that serde would derive
//! for `tag = "kind"`, written out with `crate::tagged` so that it needs no
//! buffering (the same JSON, the same errors; see the tests in
//! `core/src/tagged/tests.rs`).

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

// The fields of every `Estimate` variant, generic in the quantity.
crate::tagged::flat_fields!(EstimateFields<T>, EstimateKind, "internally tagged enum Estimate" {
    value: T,
    min: T,
    most_likely: T,
    max: T,
});

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Estimate<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::tagged::need;
        let f = EstimateFields::<T>::deserialize(d)?;
        Ok(match f.checked_kind()? {
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
        use crate::tagged::need;
        let f = FrequencyFields::deserialize(d)?;
        Ok(match f.checked_kind()? {
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
        use crate::tagged::need;
        let f = MagnitudeFields::deserialize(d)?;
        Ok(match f.checked_kind()? {
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
