//! The register kit: what the asset, risk, treatment and SoA lists share.
//! [`use_register`] holds a list's typed sort key and direction, its filter,
//! its page and a selection for bulk actions; [`SortHeader`] is a column
//! header over a typed key, [`RowActions`] the edit/delete buttons of a
//! row, and [`Pager`] the previous/next buttons.

mod actions;
mod header;
mod hook;
mod pager;
mod reveal;

pub use actions::{RowActions, RowActionsProps};
pub use header::{SortHeader, SortHeaderProps};
pub use hook::{use_register, Register};
pub use pager::{Pager, PagerProps, FIRST, PAGE};
pub use reveal::use_reveal_saved;

/// A sort column of a register list: an enum per list, never a string.
pub trait SortKey: Copy + PartialEq + 'static {
    /// Whether the first click on this column sorts ascending (levels sort
    /// the highest first).
    fn ascending_first(self) -> bool {
        true
    }
}

/// A list that is not sorted by its user.
impl SortKey for () {}
