//! The SoA filters, typed.

use crate::domain::catalogue::{snake, Theme};
use crate::domain::{Decision, ImplementationStatus, SoaRow};

/// The SoA's filters, typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SoaFilter {
    /// Only controls of this theme.
    pub theme: Option<Theme>,
    /// Only controls with this implementation status.
    pub status: Option<ImplementationStatus>,
    /// Only applicable, excluded or to-be-decided controls.
    pub decision: Option<Decision>,
    /// Only controls with lint findings to fix (not the "to be decided"
    /// step, which the decision filter shows).
    pub with_findings: bool,
}

impl SoaFilter {
    /// Whether `r` (with or without findings to fix) passes the filter.
    pub fn matches(&self, r: &SoaRow, has_findings: bool) -> bool {
        self.theme.is_none_or(|t| t == r.theme)
            && self.status.is_none_or(|s| s == r.status)
            && self.decision.is_none_or(|d| d == r.decision)
            && (!self.with_findings || has_findings)
    }
}

/// The enum value whose snake-case name is `v` (none for "").
pub(super) fn by_snake<T: Copy + serde::Serialize>(all: &[T], v: &str) -> Option<T> {
    all.iter().copied().find(|x| snake(x) == v)
}
