//! Pieces of sortable, paged tables.

use yew::prelude::*;

/// Props of [`SortHeader`].
#[derive(Properties, PartialEq)]
pub struct SortHeaderProps {
    /// Column label.
    pub label: AttrValue,
    /// This column's key.
    pub column: AttrValue,
    /// The sorted column and whether ascending.
    pub sort: (AttrValue, bool),
    /// Called with this column's key.
    pub onsort: Callback<AttrValue>,
}

/// A column header that sorts on click and says how it is sorted.
#[function_component]
pub fn SortHeader(p: &SortHeaderProps) -> Html {
    let active = p.sort.0 == p.column;
    let aria = match (active, p.sort.1) {
        (false, _) => "none",
        (true, true) => "ascending",
        (true, false) => "descending",
    };
    let onclick = {
        let cb = p.onsort.clone();
        let col = p.column.clone();
        Callback::from(move |_: MouseEvent| cb.emit(col.clone()))
    };
    html! {
        <th scope="col" aria-sort={aria}>
            <button type="button" class="sort" {onclick}>
                { p.label.clone() }
                <span aria-hidden="true">{ match aria { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span>
            </button>
        </th>
    }
}

/// Rows shown per page.
pub const PAGE: usize = 100;

/// Props of [`Pager`].
#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// Total rows.
    pub total: usize,
    /// Current page, from 0.
    pub page: usize,
    /// Called with the new page.
    pub onpage: Callback<usize>,
}

/// Previous/next page buttons with "rows a–b of n".
#[function_component]
pub fn Pager(p: &PagerProps) -> Html {
    if p.total <= PAGE {
        return html! { <p class="count">{ format!("{} row(s)", p.total) }</p> };
    }
    let pages = p.total.div_ceil(PAGE);
    let go = |to: usize| {
        let cb = p.onpage.clone();
        Callback::from(move |_: MouseEvent| cb.emit(to))
    };
    html! {
        <nav class="pager" aria-label="Pages">
            <button type="button" disabled={p.page == 0} onclick={go(p.page.saturating_sub(1))}>{ "Previous" }</button>
            <span>{ format!("Rows {}–{} of {}", p.page * PAGE + 1, ((p.page + 1) * PAGE).min(p.total), p.total) }</span>
            <button type="button" disabled={p.page + 1 >= pages} onclick={go(p.page + 1)}>{ "Next" }</button>
        </nav>
    }
}
