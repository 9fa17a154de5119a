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

/// A flat struct of an internally tagged enum's tag (`kind`, a `Copy`
/// type with `fields(self) -> &'static [&'static str]`, its variant's
/// fields) and all its variants' fields, each optional, with the first key
/// before the tag that is none of them (`unknown`); its `Deserialize`, one
/// pass over the object with each value read straight from the text; and
/// `checked_kind`, the tag once [`need`] and [`only`] have checked the
/// fields given against it. The struct may take one type parameter
/// (`EstimateFields<T>`).
///
/// After the tag, a key that is not the variant's is refused at once, so
/// the error's path ends in it (the derive reports it after the object, at
/// the object's path). A field of another variant *before* the tag is read
/// as that field, so a wrong value there is refused for its type rather
/// than as unknown; Annexa writes the tag first.
macro_rules! flat_fields {
    ($name:ident $(<$g:ident>)?, $kind:ty, $what:literal { $($field:ident: $ty:ty),* $(,)? }) => {
        struct $name $(<$g>)? {
            kind: Option<$kind>,
            $($field: Option<$ty>,)*
            unknown: Option<String>,
        }

        impl $(<$g>)? $name $(<$g>)? {
            /// The tag, once every field given is checked to be the
            /// variant's.
            fn checked_kind<E: serde::de::Error>(&self) -> Result<$kind, E> {
                let kind = $crate::tagged::need(self.kind, "kind")?;
                $crate::tagged::only(
                    self.unknown.as_deref(),
                    &[$((stringify!($field), self.$field.is_some())),*],
                    kind.fields(),
                )?;
                Ok(kind)
            }
        }

        impl<'de $(, $g: serde::Deserialize<'de>)?> serde::Deserialize<'de> for $name $(<$g>)? {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Visit $(<$g>)? (std::marker::PhantomData<($($g,)?)>);
                impl<'de $(, $g: serde::Deserialize<'de>)?> serde::de::Visitor<'de> for Visit $(<$g>)? {
                    type Value = $name $(<$g>)?;
                    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> Result<Self::Value, A::Error> {
                        use serde::de::Error as _;
                        let mut out = $name {
                            kind: None,
                            $($field: None,)*
                            unknown: None,
                        };
                        while let Some(key) = map.next_key::<String>()? {
                            // After the tag, a key that is not the variant's
                            // field is refused here, whatever its value.
                            if let Some(k) = out.kind {
                                if key != "kind" && !k.fields().contains(&key.as_str()) {
                                    return Err(A::Error::unknown_field(&key, k.fields()));
                                }
                            }
                            match key.as_str() {
                                "kind" => {
                                    if out.kind.is_some() {
                                        return Err(A::Error::duplicate_field("kind"));
                                    }
                                    out.kind = Some(map.next_value_seed(
                                        $crate::tagged::Tag::<$kind>(std::marker::PhantomData),
                                    )?);
                                }
                                $(stringify!($field) => {
                                    if out.$field.is_some() {
                                        return Err(A::Error::duplicate_field(stringify!($field)));
                                    }
                                    out.$field = Some(map.next_value()?);
                                })*
                                _ => {
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
                d.deserialize_map(Visit(std::marker::PhantomData))
            }
        }
    };
}
pub(crate) use flat_fields;

#[cfg(test)]
pub(crate) mod tests;
