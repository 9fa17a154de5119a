//! The numbered ids of the registers: [`AssetId`] and [`RiskId`].

use std::fmt;
use std::str::FromStr;

use crate::text_serde::text_serde;

/// The largest number an [`AssetId`] or [`RiskId`] may carry: the file
/// format writes at most six digits (`R-999999`). The id allocator never
/// goes past it (it fills the lowest free number instead), and validation
/// refuses ids outside `1..=MAX_ID`, so every id the app saves imports again.
pub const MAX_ID: u32 = 999_999;

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

        impl $ty {
            /// Whether the id can be written in the file format and read
            /// back: a number from 1 to [`MAX_ID`].
            pub fn fits(self) -> bool {
                (1..=MAX_ID).contains(&self.0)
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
