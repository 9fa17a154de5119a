//! Paging of a long register.

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};

/// Rows shown per page.
pub const PAGE: usize = 100;

/// Rows of a page rendered in the first frame after the rows change (more
/// than a tall screen shows); the rest of the page follows after the paint
/// ([`super::Register::window`]).
pub const FIRST: usize = 30;

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

/// Previous/next page buttons with "rows a–b of n". Turning the page
/// from below a long list brings the list's start into view.
#[function_component]
pub fn Pager(p: &PagerProps) -> Html {
    if p.total <= PAGE {
        return html! { <p class="count">{ text_with(msg::PG_ROW_COUNT, &[("count", p.total.to_string().into())]) }</p> };
    }
    let pages = p.total.div_ceil(PAGE);
    let go = |to: usize| {
        let cb = p.onpage.clone();
        Callback::from(move |e: MouseEvent| {
            cb.emit(to);
            crate::platform::show_list_start(&e);
        })
    };
    html! {
        <nav class="pager" aria-label={text(msg::PG_PAGES)}>
            <button type="button" disabled={p.page == 0} onclick={go(p.page.saturating_sub(1))}>{ text(msg::PG_PREVIOUS) }</button>
            <span>{ text_with(msg::PG_ROWS_OF, &[("first", (p.page * PAGE + 1).to_string().into()), ("last", ((p.page + 1) * PAGE).min(p.total).to_string().into()), ("total", p.total.to_string().into())]) }</span>
            <button type="button" disabled={p.page + 1 >= pages} onclick={go(p.page + 1)}>{ text(msg::PG_NEXT) }</button>
        </nav>
    }
}
