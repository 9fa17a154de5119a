//! Calendar dates and UTC timestamps, without a date library.

use std::fmt;
use std::str::FromStr;

use super::text_serde::text_serde;

/// A calendar date, `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, 1970–9999.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31 (checked against the month).
    pub day: u8,
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists in the calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1970..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// The date of a Unix time in seconds (UTC).
    pub fn from_unix(secs: i64) -> Date {
        let days = secs.div_euclid(86_400);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = if m <= 2 { y + 1 } else { y };
        Date {
            year: y.clamp(1970, 9999) as u16,
            month: m,
            day: d,
        }
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Why a string is not a date or a timestamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeParseError(pub String);

impl fmt::Display for TimeParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TimeParseError {}

fn digits<T: FromStr>(s: &str) -> Option<T> {
    s.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for Date {
    type Err = TimeParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || TimeParseError(format!("\"{s}\" is not a date like \"2026-03-31\""));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let (y, m, d) = (
            digits::<u16>(&s[0..4]),
            digits::<u8>(&s[5..7]),
            digits::<u8>(&s[8..10]),
        );
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m, d).ok_or_else(err),
            _ => Err(err()),
        }
    }
}

/// A UTC instant with second precision, written `2026-11-23T10:15:00Z`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The calendar date of the instant.
    pub fn date(self) -> Date {
        Date::from_unix(self.0)
    }

    /// The instant to the minute, for people: `2026-11-23 10:15 UTC`.
    pub fn to_minute(self) -> String {
        let secs = self.0.rem_euclid(86_400);
        format!(
            "{} {:02}:{:02} UTC",
            self.date(),
            secs / 3600,
            secs / 60 % 60
        )
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.rem_euclid(86_400);
        write!(
            f,
            "{}T{:02}:{:02}:{:02}Z",
            self.date(),
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )
    }
}

impl FromStr for Timestamp {
    type Err = TimeParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || {
            TimeParseError(format!(
                "\"{s}\" is not a UTC time like \"2026-11-23T10:15:00Z\""
            ))
        };
        let b = s.as_bytes();
        if b.len() != 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
            return Err(err());
        }
        let date: Date = s[0..10].parse().map_err(|_| err())?;
        let (h, m, sec) = (
            digits::<i64>(&s[11..13]).filter(|h| *h < 24),
            digits::<i64>(&s[14..16]).filter(|m| *m < 60),
            digits::<i64>(&s[17..19]).filter(|s| *s < 60),
        );
        match (h, m, sec) {
            (Some(h), Some(m), Some(sec)) => {
                Ok(Timestamp(date.days() * 86_400 + h * 3600 + m * 60 + sec))
            }
            _ => Err(err()),
        }
    }
}

text_serde!(Date, "Date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
text_serde!(
    Timestamp,
    "Timestamp",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_timestamps() {
        let cases: &[(i64, &str)] = &[
            (0, "1970-01-01T00:00:00Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (1_795_430_100, "2026-11-23T10:35:00Z"),
        ];
        for (secs, text) in cases {
            assert_eq!(Timestamp(*secs).to_string(), *text);
            assert_eq!(text.parse::<Timestamp>().unwrap(), Timestamp(*secs));
        }
        assert!("2026-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2026-13-01".parse::<Date>().is_err());
        assert!("26-01-01".parse::<Date>().is_err());
        let d: Date = "2026-03-01".parse().unwrap();
        assert_eq!(Date::from_unix(d.days() * 86_400), d);
        assert!("2026-11-23T24:00:00Z".parse::<Timestamp>().is_err());
    }
}
