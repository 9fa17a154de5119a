//! Text form, parsing, serde and JSON Schema of the catalogue's ids.

use std::fmt;
use std::str::FromStr;

use crate::text_serde::text_serde;

use super::types::{ClauseId, ControlId, LegacyControlId, ThreatId, VulnerabilityId};

/// Why a string is not an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdParseError {
    /// What was given.
    pub given: String,
    /// What kind of id was expected, with an example.
    pub expected: &'static str,
}

/// What [`ControlId`]'s parser expects.
const CONTROL_2022: &str = "an ISO/IEC 27001:2022 Annex A control id such as \"5.1\" or \"8.34\"";

/// For a 2013 control id given where a 2022 one is expected: its 2022
/// successors through Annex B, e.g. "A.12.6.1 is a 2013 id; in 2022 it
/// is 8.8".
pub fn successor_hint(given: &str) -> Option<String> {
    let legacy: LegacyControlId = given.parse().ok()?;
    let now = super::current_of(legacy);
    if now.is_empty() {
        return None;
    }
    let list: Vec<String> = now.iter().map(ToString::to_string).collect();
    Some(format!(
        "{legacy} is a 2013 id; in 2022 it is {}. Use the 2022 id, or set the context's edition to 2013 to import a file of 2013 ids",
        list.join(" and ")
    ))
}

impl fmt::Display for IdParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not {}", self.given, self.expected)?;
        if self.expected == CONTROL_2022 {
            if let Some(hint) = successor_hint(&self.given) {
                write!(f, ": {hint}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for IdParseError {}

fn numbers(s: &str, n: usize) -> Option<Vec<u8>> {
    let parts: Vec<u8> = s
        .split('.')
        .map(|p| {
            if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse::<u8>().ok()
            }
        })
        .collect::<Option<Vec<u8>>>()?;
    (parts.len() == n).then_some(parts)
}

impl fmt::Display for ControlId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.theme, self.number)
    }
}

impl FromStr for ControlId {
    type Err = IdParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let t = s.strip_prefix("A.").unwrap_or(s);
        match numbers(t, 2).as_deref() {
            Some([theme @ 5..=8, number @ 1..=99]) => Ok(ControlId::new(*theme, *number)),
            _ => Err(IdParseError {
                given: s.to_owned(),
                expected: CONTROL_2022,
            }),
        }
    }
}

impl fmt::Display for LegacyControlId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "A.{}.{}.{}", self.domain, self.objective, self.number)
    }
}

impl FromStr for LegacyControlId {
    type Err = IdParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.strip_prefix("A.").and_then(|t| numbers(t, 3)).as_deref() {
            Some([d @ 5..=18, o @ 1..=99, n @ 1..=99]) => Ok(LegacyControlId::new(*d, *o, *n)),
            _ => Err(IdParseError {
                given: s.to_owned(),
                expected: "an ISO/IEC 27001:2013 Annex A control id such as \"A.5.1.1\"",
            }),
        }
    }
}

impl fmt::Display for ClauseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.subsub == 0 {
            write!(f, "{}.{}", self.clause, self.sub)
        } else {
            write!(f, "{}.{}.{}", self.clause, self.sub, self.subsub)
        }
    }
}

impl FromStr for ClauseId {
    type Err = IdParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let err = || IdParseError {
            given: s.to_owned(),
            expected: "a clause id such as \"4.1\" or \"6.1.2\"",
        };
        match numbers(s, 2).or_else(|| numbers(s, 3)).as_deref() {
            Some([c @ 4..=10, sub @ 1..=99]) => Ok(ClauseId::new(*c, *sub, 0)),
            Some([c @ 4..=10, sub @ 1..=99, subsub @ 1..=99]) => {
                Ok(ClauseId::new(*c, *sub, *subsub))
            }
            _ => Err(err()),
        }
    }
}

fn prefixed(s: &str, prefix: char, expected: &'static str) -> Result<u16, IdParseError> {
    let s = s.trim();
    s.strip_prefix(prefix)
        .filter(|d| !d.is_empty() && d.len() <= 4 && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<u16>().ok())
        .filter(|n| *n > 0)
        .ok_or_else(|| IdParseError {
            given: s.to_owned(),
            expected,
        })
}

impl fmt::Display for ThreatId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "T{:02}", self.0)
    }
}

impl FromStr for ThreatId {
    type Err = IdParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        prefixed(s, 'T', "a threat id such as \"T01\"").map(ThreatId)
    }
}

impl fmt::Display for VulnerabilityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "V{:02}", self.0)
    }
}

impl FromStr for VulnerabilityId {
    type Err = IdParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        prefixed(s, 'V', "a vulnerability id such as \"V01\"").map(VulnerabilityId)
    }
}

text_serde!(ControlId, "ControlId", "^[5-8]\\.[0-9]{1,2}$");
text_serde!(
    LegacyControlId,
    "LegacyControlId",
    "^A\\.[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2}$"
);
text_serde!(
    ClauseId,
    "ClauseId",
    "^[0-9]{1,2}\\.[0-9]{1,2}(\\.[0-9]{1,2})?$"
);
text_serde!(ThreatId, "ThreatId", "^T[0-9]{2,4}$");
text_serde!(VulnerabilityId, "VulnerabilityId", "^V[0-9]{2,4}$");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let cases: &[(&str, &str)] = &[("5.1", "5.1"), ("8.34", "8.34"), (" A.5.23 ", "5.23")];
        for (given, shown) in cases {
            let id: ControlId = given.parse().unwrap();
            assert_eq!(id.to_string(), *shown);
        }
        for bad in ["4.1", "9.1", "5", "5.", "5.1.1", "x.1", "5.0", ""] {
            assert!(bad.parse::<ControlId>().is_err(), "{bad} parsed");
        }
        assert_eq!(
            "A.12.6.1".parse::<LegacyControlId>().unwrap().to_string(),
            "A.12.6.1"
        );
        assert!("12.6.1".parse::<LegacyControlId>().is_err());
        let e = "A.12.6.1".parse::<ControlId>().unwrap_err().to_string();
        assert!(
            e.contains("A.12.6.1 is a 2013 id; in 2022 it is 8.8"),
            "{e}"
        );
        let e = "9.9".parse::<ControlId>().unwrap_err().to_string();
        assert!(!e.contains("2013 id"), "{e}");
        assert_eq!("6.1.2".parse::<ClauseId>().unwrap(), ClauseId::new(6, 1, 2));
        assert_eq!("4.1".parse::<ClauseId>().unwrap().to_string(), "4.1");
        assert_eq!("T07".parse::<ThreatId>().unwrap(), ThreatId(7));
        assert_eq!(VulnerabilityId(3).to_string(), "V03");
        assert!("T0".parse::<ThreatId>().is_err());
        assert!("V-1".parse::<VulnerabilityId>().is_err());
    }
}
