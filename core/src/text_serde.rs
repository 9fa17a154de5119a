//! Serde and JSON Schema for types written as text (ids, dates): they
//! serialise through `Display`, deserialise through `FromStr`, and describe
//! themselves as a string with a pattern.

/// Implements `Serialize`, `Deserialize` and `JsonSchema` for `$ty` as a
/// string named `$name` matching `$pattern`.
macro_rules! text_serde {
    ($ty:ty, $name:literal, $pattern:literal) => {
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                // A visitor, so that the parse error is raised inside the
                // reader's string: serde_json then places it at the text
                // itself (e.g. `existing_controls[0]`), not after the list.
                struct Text;
                impl<'de> ::serde::de::Visitor<'de> for Text {
                    type Value = $ty;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter) -> ::std::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: ::serde::de::Error>(self, s: &str) -> ::std::result::Result<$ty, E> {
                        s.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(Text)
            }
        }

        impl ::schemars::JsonSchema for $ty {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed($name)
            }
            fn json_schema(_: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                ::schemars::json_schema!({ "type": "string", "pattern": $pattern })
            }
        }
    };
}

pub(crate) use text_serde;
