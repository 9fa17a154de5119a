//! Writing JSON: the one serializer every text Annexa writes goes through.
//!
//! serde compiles a type's `Serialize` once per output it is written to:
//! `serde_json::to_string`, `to_string_pretty` and `to_value` each make
//! their own copy of the code for the whole assessment, and in the web
//! app's WebAssembly each copy is bytes that every first visit downloads.
//! [`to_string`] writes both layouts with one formatter that chooses the
//! layout at run time, and [`to_value`] goes through the same text, so an
//! assessment's serialisation is compiled once. `clippy.toml` keeps
//! serde_json's own writers out of the app and the core (tests may use
//! them).
//!
//! The output is byte for byte serde_json's: [`Layout::Pretty`] is
//! `to_string_pretty` (two spaces, `": "`), [`Layout::Compact`] is
//! `to_string`.

use std::io;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::ser::Formatter;
use serde_json::Value;

/// How [`to_string`] lays the JSON out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One line, no spaces: what the autosave stores and messages carry.
    Compact,
    /// Two spaces per level, one value per line: files a person may read.
    Pretty,
}

/// serde_json's two formatters in one, chosen at run time.
struct Writer {
    layout: Layout,
    depth: usize,
    has_value: bool,
}

impl Writer {
    fn new_line<W: ?Sized + io::Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.layout == Layout::Pretty && self.has_value {
            self.new_line(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        match self.layout {
            Layout::Compact if first => Ok(()),
            Layout::Compact => w.write_all(b","),
            Layout::Pretty => {
                if !first {
                    w.write_all(b",")?;
                }
                self.new_line(w)
            }
        }
    }
}

impl Formatter for Writer {
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(match self.layout {
            Layout::Compact => b":",
            Layout::Pretty => b": ",
        })
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `value` as JSON text in `layout`.
///
/// # Errors
/// serde_json's, e.g. a map whose keys are not strings, or a
/// `Serialize` impl that fails; no type of Annexa's does either.
pub fn try_to_string<T: Serialize + ?Sized>(
    value: &T,
    layout: Layout,
) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(128);
    to_writer(&mut out, value, layout)?;
    // serde_json writes only UTF-8 (strings are copied from `str`, escapes
    // are ASCII), so this never fails; an empty text would be the answer.
    String::from_utf8(out).map_err(|e| serde::ser::Error::custom(e.utf8_error()))
}

/// Writes `value` as JSON text in `layout` to `w` as it goes, without
/// holding the text (the CLI's large outputs).
///
/// # Errors
/// As [`try_to_string`], and `w`'s write errors.
pub fn to_writer<W: io::Write, T: Serialize + ?Sized>(
    w: W,
    value: &T,
    layout: Layout,
) -> serde_json::Result<()> {
    let writer = Writer {
        layout,
        depth: 0,
        has_value: false,
    };
    value.serialize(&mut serde_json::Serializer::with_formatter(w, writer))
}

/// `value` as JSON text in `layout`; an empty string when serde_json
/// refuses the value (see [`try_to_string`]), which none of Annexa's
/// types makes it do.
pub fn to_string<T: Serialize + ?Sized>(value: &T, layout: Layout) -> String {
    try_to_string(value, layout).unwrap_or_default()
}

/// `value` as a JSON tree, through the same serializer as [`to_string`]
/// (serde_json's `to_value` would compile a third copy of the type's
/// `Serialize`).
///
/// # Errors
/// As [`try_to_string`].
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Value> {
    let text = try_to_string(value, Layout::Compact)?;
    serde_json::from_str(&text)
}

/// A `T` read from a JSON tree, through the text parser every file goes
/// through (serde_json's `from_value` would compile a second copy of the
/// type's `Deserialize`).
///
/// # Errors
/// serde_json's, as `from_str` gives it for the tree's compact text.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&value.to_string())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compares with serde_json's own writers
mod tests {
    use super::*;
    use serde_json::json;

    fn samples() -> Vec<Value> {
        vec![
            json!(null),
            json!([]),
            json!({}),
            json!([[], {}, [[]], {"a": {}}]),
            json!({"a": 1, "b": [1, 2.5, "x\"y\n"], "c": {"d": null, "e": [true, false]}}),
            json!("\u{7f}é\u{1F600}"),
            json!([{"k": [{"k": [1]}]}, 3]),
        ]
    }

    #[test]
    fn pretty_is_serde_jsons_pretty_byte_for_byte() {
        for v in samples() {
            assert_eq!(
                to_string(&v, Layout::Pretty),
                serde_json::to_string_pretty(&v).unwrap(),
                "{v}"
            );
        }
    }

    #[test]
    fn compact_is_serde_jsons_compact_byte_for_byte() {
        for v in samples() {
            assert_eq!(
                to_string(&v, Layout::Compact),
                serde_json::to_string(&v).unwrap(),
                "{v}"
            );
        }
    }

    #[test]
    fn a_whole_assessment_is_written_as_serde_json_writes_it() {
        let a = crate::example();
        assert_eq!(
            to_string(&a, Layout::Pretty),
            serde_json::to_string_pretty(&a).unwrap()
        );
        assert_eq!(
            to_string(&a, Layout::Compact),
            serde_json::to_string(&a).unwrap()
        );
        assert_eq!(to_value(&a).unwrap(), serde_json::to_value(&a).unwrap());
        let back: crate::Assessment = from_value(&to_value(&a).unwrap()).unwrap();
        assert_eq!(back, a);
    }

    #[test]
    fn a_map_with_keys_that_are_not_strings_is_an_error_not_a_panic() {
        let mut m = std::collections::BTreeMap::new();
        m.insert(vec![1u8], 1u8);
        assert!(try_to_string(&m, Layout::Pretty).is_err());
        assert_eq!(to_string(&m, Layout::Compact), "");
    }
}
