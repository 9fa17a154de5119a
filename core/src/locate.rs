//! Finds where a JSON path is in the original text, so that an error found
//! after parsing (a wrong type, a dangling reference, a duplicate id) can
//! name the line and column as well as the path.
//!
//! Paths are the ones Annexa's errors carry: `assessment.risks[3].title`,
//! map keys either bare (`soa.entries.5.1.owner`, as deserialize_with_path
//! writes them) or quoted (`soa.entries."5.1".owner`, as the validator does).
//! A bare key may contain dots; the locator matches keys against the text,
//! so `5.1` is found as one key when the object has it.
//!
//! The scanner never panics and never recurses deeper than the path is long:
//! values it skips are walked with a counter, not recursion.

/// The 1-based line and column (in characters) of the value at `path` in
/// `text`. When the path goes further than the text (a missing field), the
/// deepest value on the way is given; `None` only when `text` holds no JSON
/// value at all.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let start = skip_ws(b, 0);
    if start >= b.len() {
        return None;
    }
    let path = path.strip_prefix('.').unwrap_or(path);
    let rest = if path.is_empty() {
        ""
    } else if path.starts_with('[') {
        path
    } else {
        // The first segment is a key: give it the leading dot the scanner expects.
        return Some(line_column(text, descend(text, start, &format!(".{path}"))));
    };
    Some(line_column(text, descend(text, start, rest)))
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.bytes().filter(|&c| c == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The byte after the string that starts (with its quote) at `i`.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The byte after the value that starts at `i`.
fn skip_value(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while let Some(&c) = b.get(j) {
                match c {
                    b'"' => {
                        j = skip_string(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            b.len()
        }
        _ => {
            let mut j = i;
            while let Some(&c) = b.get(j) {
                if matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                    break;
                }
                j += 1;
            }
            j.max(i + 1)
        }
    }
}

/// What is left of `rest` (which starts with `.`) after the key `key`, if
/// `rest` names it, bare or quoted.
fn after_key<'p>(rest: &'p str, key: &str) -> Option<&'p str> {
    let r = rest.strip_prefix('.')?;
    let tail = if let Some(q) = r.strip_prefix('"') {
        q.strip_prefix(key)?.strip_prefix('"')?
    } else {
        r.strip_prefix(key)?
    };
    (tail.is_empty() || tail.starts_with('.') || tail.starts_with('[')).then_some(tail)
}

/// The deepest byte offset reached following `rest` from the value at `i`.
fn descend(text: &str, i: usize, rest: &str) -> usize {
    let b = text.as_bytes();
    if rest.is_empty() {
        return i;
    }
    match b.get(i) {
        Some(b'{') if rest.starts_with('.') => {
            let mut j = skip_ws(b, i + 1);
            // The longest matching key wins: "5.1" before "5" for ".5.1.owner".
            let mut best: Option<(usize, usize)> = None;
            while b.get(j) == Some(&b'"') {
                let key_end = skip_string(b, j);
                let raw = text.get(j + 1..key_end.saturating_sub(1)).unwrap_or("");
                let key = if raw.contains('\\') {
                    serde_json::from_str::<String>(text.get(j..key_end).unwrap_or("\"\""))
                        .unwrap_or_default()
                } else {
                    raw.to_owned()
                };
                let colon = skip_ws(b, key_end);
                if b.get(colon) != Some(&b':') {
                    break;
                }
                let v = skip_ws(b, colon + 1);
                if let Some(tail) = after_key(rest, &key) {
                    let used = rest.len() - tail.len();
                    if best.is_none_or(|(_, u)| used > u) {
                        best = Some((v, used));
                    }
                }
                j = skip_ws(b, skip_value(b, v));
                if b.get(j) == Some(&b',') {
                    j = skip_ws(b, j + 1);
                } else {
                    break;
                }
            }
            match best {
                Some((v, used)) => descend(text, v, &rest[used..]),
                None => i,
            }
        }
        Some(b'[') if rest.starts_with('[') => {
            let Some(close) = rest.find(']') else {
                return i;
            };
            let Ok(want) = rest[1..close].parse::<usize>() else {
                return i;
            };
            let tail = &rest[close + 1..];
            let mut j = skip_ws(b, i + 1);
            let mut n = 0usize;
            while j < b.len() && b.get(j) != Some(&b']') {
                if n == want {
                    return descend(text, j, tail);
                }
                j = skip_ws(b, skip_value(b, j));
                if b.get(j) == Some(&b',') {
                    j = skip_ws(b, j + 1);
                    n += 1;
                } else {
                    break;
                }
            }
            i
        }
        _ => i,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"a\": 1,\n  \"list\": [\n    {\"id\": \"x\"},\n    {\"id\": \"y\", \"tags\": [\"p\", \"q\"]}\n  ],\n  \"map\": {\"5.1\": {\"owner\": \"me\"}, \"5\": {\"owner\": \"you\"}},\n  \"s\": \"a \\\"quoted\\\" [ { text\",\n  \"é\": {\"k\": true}\n}\n";

    #[test]
    fn finds_paths() {
        let cases: &[(&str, Option<(usize, usize)>)] = &[
            ("", Some((1, 1))),
            (".", Some((1, 1))),
            ("a", Some((2, 8))),
            ("list", Some((3, 11))),
            ("list[0]", Some((4, 5))),
            ("list[1].id", Some((5, 12))),
            ("list[1].tags[1]", Some((5, 31))),
            ("map.5.1.owner", Some((7, 28))),
            ("map.\"5.1\".owner", Some((7, 28))),
            ("map.5.owner", Some((7, 50))),
            ("s", Some((8, 8))),
            ("é.k", Some((9, 14))),
            // Past the text: the deepest value on the way.
            ("list[7].id", Some((3, 11))),
            ("list[1].missing", Some((5, 5))),
            ("a.b", Some((2, 8))),
            ("nope", Some((1, 1))),
        ];
        for (path, expected) in cases {
            assert_eq!(locate(TEXT, path), *expected, "{path}");
        }
    }

    #[test]
    fn never_panics_on_broken_text() {
        for text in [
            "",
            " ",
            "{",
            "[",
            "{\"a\"",
            "{\"a\":",
            "[1,",
            "\"",
            "{\"a\":\"\\",
            "[[[[",
            "}}}",
            "{\"é\u{301}\": [",
        ] {
            for path in ["", "a", "a[0]", "[0]", "[x]", "[", ".a.b", "a\"", "é"] {
                let _ = locate(text, path);
            }
        }
        assert_eq!(locate("", "a"), None);
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncé d", 7), (2, 4));
        assert_eq!(line_column("x", 99), (1, 2));
        assert_eq!(line_column("é", 1), (1, 1));
    }
}
