//! The numbered ids of the registers: [`AssetId`] and [`RiskId`].

use std::fmt;
use std::str::FromStr;

use crate::text_serde::text_serde;

macro_rules! numbered_id {
    ($(#[$doc:meta])* $ty:ident, $prefix:literal, $name:literal, $pattern:literal, $example:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $ty(pub u32);

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "-{:02}"), self.0)
            }
        }

        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.strip_prefix(concat!($prefix, "-"))
                    .filter(|d| !d.is_empty() && d.len() <= 6 && d.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|d| d.parse::<u32>().ok())
                    .filter(|n| *n > 0)
                    .map($ty)
                    .ok_or_else(|| format!(concat!("\"{}\" is not ", $example), s))
            }
        }

        text_serde!($ty, $name, $pattern);
    };
}

numbered_id!(
    /// An asset's id, written `A-01`.
    AssetId, "A", "AssetId", "^A-[0-9]{1,6}$", "an asset id like \"A-01\""
);
numbered_id!(
    /// A risk's id, written `R-01`.
    RiskId, "R", "RiskId", "^R-[0-9]{1,6}$", "a risk id like \"R-01\""
);
