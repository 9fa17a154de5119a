//! Control references and lists in a cell: a 2022 or 2013 control id, and
//! a cell split into its items.

use crate::catalogue::{self, ControlId, LegacyControlId};

/// What a control reference in a spreadsheet names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ControlRef {
    /// An ISO/IEC 27001:2022 Annex A control.
    Current(ControlId),
    /// An ISO/IEC 27001:2013 Annex A control (mapped through Annex B of
    /// ISO/IEC 27002:2022).
    Legacy(LegacyControlId),
}

/// Reads a control reference in any common spelling: `A.5.1`, `5.1`,
/// `A.05.01`, `A 5.1`, `5.1 Policies for information security`, `ISO
/// 27001:2022 A.5.1`; three numbers (`A.9.2.1`, `9.2.1`) are a 2013 control.
/// `None` when the text names no control of either edition.
pub fn parse_control(s: &str) -> Option<ControlRef> {
    let mut t = s.trim();
    for p in [
        "ISO/IEC 27001:2022",
        "ISO 27001:2022",
        "ISO/IEC 27001:2013",
        "ISO 27001:2013",
    ] {
        if let Some(rest) = t.strip_prefix(p) {
            t = rest.trim_start();
        }
    }
    // The first token: digits and dots, after an optional "A" / "A." prefix.
    let t = t
        .strip_prefix("Annex A")
        .or_else(|| t.strip_prefix('A'))
        .or_else(|| t.strip_prefix('a'))
        .unwrap_or(t)
        .trim_start_matches(['.', ' ', '-']);
    let token: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    // A token must end there: "5.1x" is not 5.1.
    let after = t[token.len()..].chars().next();
    if after.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let parts: Vec<u8> = token
        .trim_end_matches('.')
        .split('.')
        .map(|p| p.parse::<u8>().ok())
        .collect::<Option<Vec<u8>>>()?;
    match parts.as_slice() {
        [theme, number] => {
            let id = ControlId::new(*theme, *number);
            catalogue::control(id).map(|_| ControlRef::Current(id))
        }
        [d, o, n] => {
            let id = LegacyControlId::new(*d, *o, *n);
            catalogue::legacy_control(id).map(|_| ControlRef::Legacy(id))
        }
        _ => None,
    }
}

/// Splits a multi-value cell ("5.1; 8.5", one per line, "a, b") into its
/// trimmed, non-empty parts. A comma splits only where no line break, `;`
/// or `|` does (see [`split_items`] for names that hold commas).
pub fn split_list(s: &str) -> Vec<&str> {
    let sep: &[char] = if s.contains(['\n', ';', '|']) {
        &['\n', ';', '|']
    } else {
        &[',']
    };
    s.split(sep)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The items of a multi-value cell, each read by `parse`: split as
/// [`split_list`] does, except that a cell split only by commas whose
/// pieces do not all read is one item ("5.22 Monitoring, review and change
/// management of supplier services", "A-01 Payroll, HR and pension
/// records"). `Err` names the first piece that does not read.
pub fn split_items<T>(cell: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, String> {
    let parts = split_list(cell);
    let read: Vec<Option<T>> = parts.iter().map(|p| parse(p)).collect();
    if let Some(bad) = read.iter().position(Option::is_none) {
        if !cell.contains(['\n', ';', '|']) {
            if let Some(one) = parse(cell.trim()) {
                return Ok(vec![one]);
            }
        }
        return Err(parts[bad].to_owned());
    }
    Ok(read.into_iter().flatten().collect())
}
