//! The pre-scan of an import: the limits that must hold before the text is
//! parsed into memory (nesting depth, items per list, characters per text)
//! and keys that are unique in every object, with the JSON path and
//! position of the first value at fault.

use std::borrow::Cow;
use std::collections::HashMap;

use super::MAX_DEPTH;
use crate::error::{Error, ErrorKind, Result};
use crate::locate;
use crate::validate::{MAX_ITEMS, MAX_TEXT};

/// The keys of one object seen so far, each with the byte offset where it
/// was written: a short list searched in order (most objects of a file have
/// a handful of keys), and a hash map once the object is larger.
#[derive(Default)]
struct Keys<'a> {
    list: Vec<(Cow<'a, str>, usize)>,
    map: Option<HashMap<Cow<'a, str>, usize>>,
}

impl<'a> Keys<'a> {
    /// Above this many keys an object's keys are looked up by hash.
    const LINEAR: usize = 16;

    /// Where `key` was written before, if it was.
    fn get(&self, key: &str) -> Option<usize> {
        match &self.map {
            Some(map) => map.get(key).copied(),
            None => self.list.iter().find(|(k, _)| k == key).map(|&(_, at)| at),
        }
    }

    fn insert(&mut self, key: Cow<'a, str>, at: usize) {
        if let Some(map) = &mut self.map {
            map.insert(key, at);
            return;
        }
        self.list.push((key, at));
        if self.list.len() > Self::LINEAR {
            self.map = Some(self.list.drain(..).collect());
        }
    }

    fn clear(&mut self) {
        self.list.clear();
        self.map = None;
    }
}

/// One open `{` or `[` of the pre-scan.
struct Frame<'a> {
    object: bool,
    /// Members (objects) or elements (arrays) seen so far.
    count: usize,
    /// The current member's key (objects).
    key: Cow<'a, str>,
    /// The next string in this object is a key.
    expect_key: bool,
    /// Byte offset of the bracket.
    start: usize,
    /// The keys seen so far (objects), with the byte offset of each.
    keys: Keys<'a>,
}

fn frames_path(frames: &[Frame<'_>]) -> String {
    let mut path = String::new();
    for f in frames {
        if f.object {
            let bare = !f.key.is_empty()
                && f.key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if bare {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&f.key);
            } else {
                path.push('.');
                path.push_str(&crate::json::to_string(
                    &f.key,
                    crate::json::Layout::Compact,
                ));
            }
        } else {
            path.push_str(&format!("[{}]", f.count.saturating_sub(1)));
        }
    }
    path
}

/// Reads the string that starts (with its quote) at `i`: the byte after it,
/// its length in characters once unescaped (or, for a string without
/// escapes of at most `max_text` bytes, its length in bytes, which is no
/// less and still within the limit), and, when `keep`, its text (borrowed
/// from `text` unless it has escapes).
fn scan_string(text: &str, i: usize, keep: bool, max_text: usize) -> (usize, usize, Cow<'_, str>) {
    let b = text.as_bytes();
    // The common case, in one pass over the bytes: no escape, and no more
    // bytes than the limit allows characters.
    let body = b.get(i + 1..).unwrap_or_default();
    if let Some(n) = body.iter().position(|&c| c == b'"' || c == b'\\') {
        if body.get(n) == Some(&b'"') && n <= max_text {
            let value = match keep {
                true => Cow::Borrowed(text.get(i + 1..i + 1 + n).unwrap_or("")),
                false => Cow::Borrowed(""),
            };
            return (i + n + 2, n, value);
        }
    }
    let mut j = i + 1;
    let mut chars = 0usize;
    let mut escaped = false;
    while let Some(&c) = b.get(j) {
        match c {
            b'"' => break,
            b'\\' => {
                escaped = true;
                // One escape is one character once decoded: `\n` and
                // `\u00e9` alike. \uDC00–\uDFFF is the second half of a
                // pair, which makes one character with the first.
                let unicode = b.get(j + 1) == Some(&b'u');
                let low = unicode
                    && matches!(b.get(j + 2), Some(b'd' | b'D'))
                    && matches!(b.get(j + 3), Some(b'c'..=b'f' | b'C'..=b'F'));
                chars += usize::from(!low);
                j += 2;
                if unicode {
                    // Up to four hex digits (fewer only in broken JSON,
                    // which the parser reports next).
                    let mut k = 0;
                    while k < 4 && b.get(j).is_some_and(u8::is_ascii_hexdigit) {
                        j += 1;
                        k += 1;
                    }
                }
            }
            c => {
                // Count UTF-8 lead bytes only.
                chars += usize::from(c & 0xC0 != 0x80);
                j += 1;
            }
        }
    }
    let end = (j + 1).min(b.len());
    let value = match (keep, escaped) {
        (false, _) => Cow::Borrowed(""),
        // No escape: the text between the quotes is the key itself.
        (true, false) => Cow::Borrowed(text.get(i + 1..j).unwrap_or("")),
        (true, true) => {
            let raw = text.get(i..end).unwrap_or("");
            Cow::Owned(
                serde_json::from_str::<String>(raw)
                    .unwrap_or_else(|_| raw.trim_matches('"').to_owned()),
            )
        }
    };
    (end, chars, value)
}

/// The error for a key written twice in one object: the path, and the
/// line and column of both.
fn duplicate(text: &str, frames: &[Frame<'_>], key: &str, first: usize, again: usize) -> Error {
    let path = frames_path(frames);
    let (l1, c1) = locate::line_column(text, first);
    let (l2, c2) = locate::line_column(text, again);
    Error::new(
        ErrorKind::DuplicateKey,
        format!(
            "the key {key:?} is written twice in one object (first at line {l1}, column {c1}; again at line {l2}, column {c2}): JSON readers differ on which one counts, so Annexa reads neither; delete the one you do not mean"
        ),
    )
    .at(path)
    .at_position(l2, c2)
}

/// Checks that no object in `text` names a key twice, at any depth: the
/// first duplicate gives an error of kind [`ErrorKind::DuplicateKey`] with
/// its JSON path and the line and column of both keys. [`import`] checks
/// this on every file (so share links and the embedding API's
/// `importJson` too); other JSON readers, such as the embedding config's,
/// call it on their text before parsing. Malformed JSON passes through.
///
/// [`import`]: crate::import
pub fn check_unique_keys(text: &str) -> Result<()> {
    scan(text, usize::MAX, usize::MAX, usize::MAX)
}

/// Checks the limits that must hold before the text is parsed into memory:
/// nesting depth, items per list and characters per text. Malformed JSON
/// passes through; the parser reports it next.
pub(super) fn prescan(text: &str) -> Result<()> {
    prescan_with(text, MAX_TEXT)
}

/// [`prescan`] with another text limit: the repair reads over-long texts
/// (to shorten them) but keeps every other limit.
pub(super) fn prescan_with(text: &str, max_text: usize) -> Result<()> {
    scan(text, max_text, MAX_DEPTH, MAX_ITEMS)
}

/// The scan itself, with its limits: characters per text, nesting depth,
/// items per list or object. Keys are always checked.
fn scan(text: &str, max_text: usize, max_depth: usize, max_items: usize) -> Result<()> {
    let b = text.as_bytes();
    let mut frames: Vec<Frame<'_>> = Vec::new();
    // The key sets of closed objects, kept to be reused, so that a file of
    // many small objects allocates a few sets rather than one per object.
    let mut spare: Vec<Keys<'_>> = Vec::new();
    let at = |frames: &[Frame<'_>], kind: ErrorKind, offset: usize, message: String| {
        let (line, column) = locate::line_column(text, offset);
        Error::new(kind, message)
            .at(frames_path(frames))
            .at_position(line, column)
    };
    // A value starts: count it in the list that holds it.
    let value_starts = |frames: &mut Vec<Frame<'_>>| -> Result<()> {
        if let Some(f) = frames.last_mut().filter(|f| !f.object) {
            f.count += 1;
            if f.count > max_items {
                let start = f.start;
                frames.pop();
                let mut e = Error::new(
                    ErrorKind::TooMany,
                    format!("the list has more than {max_items} items, the most Annexa reads"),
                )
                .at(frames_path(frames));
                let (line, column) = locate::line_column(text, start);
                e = e.at_position(line, column);
                return Err(e);
            }
        }
        Ok(())
    };
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        match c {
            b'"' => {
                let is_key = frames.last().is_some_and(|f| f.object && f.expect_key);
                if !is_key {
                    value_starts(&mut frames)?;
                }
                let (end, chars, key) = scan_string(text, i, is_key, max_text);
                if chars > max_text {
                    return Err(at(
                        &frames,
                        ErrorKind::TooLong,
                        i,
                        format!(
                            "the text is {chars} characters long; the limit is {max_text}: shorten it"
                        ),
                    ));
                }
                if let Some(f) = frames.last_mut().filter(|_| is_key) {
                    if let Some(first) = f.keys.get(&key) {
                        f.key = key.clone();
                        return Err(duplicate(text, &frames, &key, first, i));
                    }
                    f.keys.insert(key.clone(), i);
                    f.count += 1;
                    f.key = key;
                    f.expect_key = false;
                    if f.count > max_items {
                        let start = f.start;
                        frames.pop();
                        let (line, column) = locate::line_column(text, start);
                        return Err(Error::new(
                            ErrorKind::TooMany,
                            format!(
                                "the object has more than {max_items} entries, the most Annexa reads"
                            ),
                        )
                        .at(frames_path(&frames))
                        .at_position(line, column));
                    }
                }
                i = end;
                continue;
            }
            b'{' | b'[' => {
                value_starts(&mut frames)?;
                if frames.len() >= max_depth {
                    return Err(at(
                        &frames,
                        ErrorKind::TooDeep,
                        i,
                        format!(
                            "the JSON nests deeper than {max_depth} levels, which no Annexa file does"
                        ),
                    ));
                }
                frames.push(Frame {
                    object: c == b'{',
                    count: 0,
                    key: Cow::Borrowed(""),
                    expect_key: c == b'{',
                    start: i,
                    keys: spare.pop().unwrap_or_default(),
                });
            }
            b'}' | b']' => {
                if let Some(mut f) = frames.pop() {
                    f.keys.clear();
                    spare.push(f.keys);
                }
            }
            b',' => {
                if let Some(f) = frames.last_mut().filter(|f| f.object) {
                    f.expect_key = true;
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            _ => {
                // A number or a literal.
                value_starts(&mut frames)?;
                while let Some(&d) = b.get(i + 1) {
                    if matches!(d, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r' | b'"') {
                        break;
                    }
                    i += 1;
                }
            }
        }
        i += 1;
    }
    Ok(())
}
