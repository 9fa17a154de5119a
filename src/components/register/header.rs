//! A column header over a typed sort key.

use yew::prelude::*;

use super::SortKey;

/// Props of [`SortHeader`].
#[derive(Properties, PartialEq)]
pub struct SortHeaderProps<K: SortKey> {
    /// Column label.
    pub label: AttrValue,
    /// This column's key.
    pub column: K,
    /// The sorted column and whether ascending.
    pub sort: (K, bool),
    /// Called with this column's key.
    pub onsort: Callback<K>,
}

/// A column header that sorts on click and says how it is sorted.
#[function_component]
pub fn SortHeader<K: SortKey>(p: &SortHeaderProps<K>) -> Html {
    let active = p.sort.0 == p.column;
    let aria = match (active, p.sort.1) {
        (false, _) => "none",
        (true, true) => "ascending",
        (true, false) => "descending",
    };
    let column = p.column;
    let onclick = p.onsort.reform(move |_: MouseEvent| column);
    html! {
        <th scope="col" aria-sort={aria}>
            <button type="button" class="sort" {onclick}>
                { p.label.clone() }
                <span aria-hidden="true">{ match aria { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span>
            </button>
        </th>
    }
}
