//! The row just saved, revealed: a register turns to the page that holds
//! it, or drops the filter that hides it, once per save.

use yew::prelude::*;

use super::{Register, SortKey, PAGE};
use crate::components::Saved;

/// Reveals the row just saved. `at` is its position in the sorted,
/// filtered rows (`None` when the filter hides it), `total` their count and
/// `all` the filter that shows every row. Once per save (not when the user
/// later pages, sorts or filters), the register turns to the row's page,
/// or resets its filter to `all`. Returns whether the row is on the page
/// shown and rendered now.
#[hook]
pub fn use_reveal_saved<K, F>(
    reg: &Register<K, F>,
    saved: Option<&Saved>,
    at: Option<usize>,
    total: usize,
    all: F,
) -> bool
where
    K: SortKey,
    F: Clone + PartialEq + 'static,
{
    let shown = at.is_some_and(|i| reg.renders(i, total));
    let (page, filter) = (reg.page.clone(), reg.filter.clone());
    use_effect_with(saved.map(|s| s.seq), move |seq| {
        if seq.is_some() {
            match at {
                Some(i) if *page != i / PAGE => page.set(i / PAGE),
                None if *filter != all => filter.set(all),
                _ => {}
            }
        }
    });
    shown
}
