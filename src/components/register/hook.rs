//! The state of a register list: sort, filter, page and selection.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::{Pager, SortHeader, SortKey, FIRST, PAGE};
use crate::components::callback::make_callback;

/// The handle [`use_register`] returns. Cheap to clone.
#[derive(Clone, PartialEq)]
pub struct Register<K: SortKey, F: 'static> {
    /// The sorted column and whether ascending.
    pub sort: UseStateHandle<(K, bool)>,
    /// The list's filter.
    pub filter: UseStateHandle<F>,
    /// The page shown, from 0 (clamped to the rows there are).
    pub page: UseStateHandle<usize>,
    /// Keys of the rows picked for a bulk action.
    pub selection: UseStateHandle<BTreeSet<String>>,
    /// Whether this render shows the whole page, or only its first
    /// [`FIRST`] rows because the rows changed (see [`Register::window`]).
    whole: bool,
    /// Set by [`Register::window`] when it left rows for the next frame.
    cut: Cut,
}

/// Whether a render left rows out; shared by the handle's clones.
#[derive(Clone, Default)]
struct Cut(Rc<Cell<bool>>);

impl PartialEq for Cut {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A register list's state: sorted by `key` ascending, filtered by
/// `filter`, on its first page, with nothing selected.
///
/// When the rows shown change (another sort, filter or page, and on the
/// first render), [`Register::window`] gives only the first [`FIRST`] rows,
/// more than a screen holds, and the rest of the page follows after the
/// next paint: at 5,000 risks, building a hundred rows and laying them out
/// takes longer than a frame, and the user sees the top of the list first.
#[hook]
pub fn use_register<K, F>(key: K, filter: F) -> Register<K, F>
where
    K: SortKey,
    F: Clone + PartialEq + 'static,
{
    let sort = use_state(move || (key, true));
    let filter = use_state(move || filter);
    let page = use_state(|| 0usize);
    let selection = use_state(BTreeSet::new);
    // The sort, filter and page last rendered whole.
    let whole_for = use_mut_ref(|| None::<(K, bool, F, usize)>);
    let cut = use_state(Cut::default);
    let refresh = use_force_update();
    let now = (sort.0, sort.1, (*filter).clone(), *page);
    let whole = whole_for.borrow().as_ref() == Some(&now);
    {
        let cut = (*cut).clone();
        use_effect_with((whole, now), move |(whole, now)| {
            let mut pending = None;
            if !*whole {
                let now = now.clone();
                if cut.0.replace(false) {
                    pending = Some(crate::platform::after_paint(move || {
                        *whole_for.borrow_mut() = Some(now);
                        refresh.force_update();
                    }));
                } else {
                    // Nothing was left out: the page is whole as it is.
                    *whole_for.borrow_mut() = Some(now);
                }
            }
            move || drop(pending)
        });
    }
    Register {
        sort,
        filter,
        page,
        selection,
        whole,
        cut: (*cut).clone(),
    }
}

impl<K: SortKey, F: 'static> Register<K, F> {
    /// Sorts a column: again on the sorted one flips the direction, a new
    /// one starts in its [`SortKey::ascending_first`] direction.
    pub fn onsort(&self) -> Callback<K> {
        make_callback(&self.sort, |sort, col: K| {
            let asc = if sort.0 == col {
                !sort.1
            } else {
                col.ascending_first()
            };
            sort.set((col, asc));
        })
    }

    /// The header of a sortable column.
    pub fn header(&self, label: impl Into<AttrValue>, column: K) -> Html {
        html! {
            <SortHeader<K> label={label.into()} {column} sort={*self.sort} onsort={self.onsort()} />
        }
    }

    /// Orders `rows` with `by` for the sorted column, reversed when
    /// descending.
    pub fn order<T>(&self, rows: &mut [T], by: impl FnOnce(&mut [T], K)) {
        by(rows, self.sort.0);
        if !self.sort.1 {
            rows.reverse();
        }
    }

    /// A callback that sets the filter to what `f` makes of the event and
    /// goes back to the first page.
    pub fn onfilter<E: 'static>(&self, f: impl Fn(E, &F) -> F + 'static) -> Callback<E> {
        make_callback(
            &(self.filter.clone(), self.page.clone()),
            move |(filter, page), e| {
                filter.set(f(e, filter));
                page.set(0);
            },
        )
    }

    /// The page shown of `total` rows (the last one when rows went away).
    pub fn page_of(&self, total: usize) -> usize {
        (*self.page).min(total.saturating_sub(1) / PAGE)
    }

    /// The rows of the page shown: all of them, or the first [`FIRST`]
    /// when the rows just changed (the rest follow after the next paint).
    pub fn window<'a, T>(&self, rows: &'a [T]) -> &'a [T] {
        let start = (self.page_of(rows.len()) * PAGE).min(rows.len());
        let end = (start + PAGE).min(rows.len());
        let end = if self.whole {
            end
        } else {
            let first = (start + FIRST).min(end);
            self.cut.0.set(first < end);
            first
        };
        &rows[start..end]
    }

    /// Whether the row at `index` of `total` sorted, filtered rows is on
    /// the page shown and rendered now (see [`Register::window`]).
    pub fn renders(&self, index: usize, total: usize) -> bool {
        index / PAGE == self.page_of(total) && (self.whole || index % PAGE < FIRST)
    }

    /// The pager under a list of `total` rows.
    pub fn pager(&self, total: usize) -> Html {
        let page = self.page.clone();
        html! {
            <Pager {total} page={self.page_of(total)} onpage={Callback::from(move |p: usize| page.set(p))} />
        }
    }

    /// Whether the row with `key` is selected.
    pub fn is_selected(&self, key: &str) -> bool {
        self.selection.contains(key)
    }

    /// A callback that selects (true) or unselects (false) the row `key`.
    pub fn onselect_row(&self, key: String) -> Callback<bool> {
        make_callback(&self.selection, move |selection, on: bool| {
            let mut next = (**selection).clone();
            if on {
                next.insert(key.clone());
            } else {
                next.remove(&key);
            }
            selection.set(next);
        })
    }

    /// Empties the selection (after a bulk action).
    pub fn clear_selection(&self) {
        self.selection.set(BTreeSet::new());
    }
}
