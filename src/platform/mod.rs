//! The only code that touches the browser: storage, downloads, uploads,
//! printing, clock, panic reporting, encryption (WebCrypto), the theme, the service worker, the
//! page's address, the embedding API and the simulation worker. Everything returns `Result` with
//! an error that says what to do; nothing here panics.

pub mod compress;
pub mod crypto;
pub mod download;
pub mod event;
pub mod files_worker;
#[cfg(all(target_arch = "wasm32", not(feature = "worker")))]
pub mod host_element;
pub mod offline;
pub mod page;
pub mod print;
pub mod prose;
#[cfg(target_arch = "wasm32")]
mod quant_pool;
pub mod quant_worker;
pub mod save_check;
pub mod storage;
pub mod theme;
mod timing;
pub mod upload;

pub use timing::{after, after_paint, hiding, AfterPaint, Pending};

use crate::domain::text::{msg, text_with};
use crate::domain::Timestamp;

/// The current time from the browser's clock (UTC, whole seconds).
pub fn now() -> Timestamp {
    #[cfg(target_arch = "wasm32")]
    {
        Timestamp((js_sys::Date::now() / 1000.0) as i64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        Timestamp(secs)
    }
}

/// True when running in a browser (wasm32); native builds (tests, SSR) get
/// inert fallbacks from every function of this module.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Shows panics in the console and on the page, instead of a silent blank.
pub fn install_panic_hook() {
    if !IN_BROWSER {
        return;
    }
    // The sentence is read from the text layer now, not inside the hook:
    // a panic in the middle of formatting a message would otherwise fail
    // again while the message is made. `{info}` marks where the panic goes.
    let template = text_with(msg::PLATFORM_PANIC, &[("info", "{info}".into())]);
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        let message = template.replace("{info}", &info.to_string());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(div) = doc.create_element("div") {
                div.set_class_name("annexa-panic");
                div.set_attribute("role", "alert").ok();
                div.set_text_content(Some(&message));
                if let Some(body) = doc.body() {
                    body.prepend_with_node_1(&div).ok();
                }
            }
        }
    }));
}

/// Opens the browser's print dialog.
pub fn print() {
    if !IN_BROWSER {
        return;
    }
    if let Some(w) = web_sys::window() {
        w.print().ok();
    }
}

/// Sets the document's print rules (`@page` size, margins and margin
/// boxes) to `css`, replacing the previous ones; `""` removes them. The
/// CSP allows no inline style, so they go in as a constructed stylesheet
/// (CSSOM), which it does not govern. Fails silently outside a browser or
/// in one without constructable stylesheets (the print then has the
/// browser's default page).
pub fn set_print_rules(css: &str) {
    if !IN_BROWSER {
        return;
    }
    print::set_rules(css);
}

/// Moves keyboard focus to the element behind `node`, if it is rendered.
pub fn focus(node: &yew::NodeRef) {
    if !IN_BROWSER {
        return;
    }
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        el.focus().ok();
    }
}

/// After a pager's button turned the page: when the list above the pager
/// (its previous sibling) starts above the top of the window, scrolls it
/// to the top, so the new page is read from its first row. Nothing when
/// the list's start is in view, and outside the browser.
pub fn show_list_start(e: &web_sys::Event) {
    if !IN_BROWSER {
        return;
    }
    use wasm_bindgen::JsCast;
    let list = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("nav.pager").ok().flatten())
        .and_then(|pager| pager.previous_element_sibling());
    if let Some(list) = list {
        if list.get_bounding_client_rect().top() < 0.0 {
            list.scroll_into_view_with_bool(true);
        }
    }
}

/// Moves focus from the element a keyboard event happened on to the SVG
/// element matching `selector` inside its closest `within` ancestor (e.g.
/// a heatmap's neighbouring cell, a roving tab stop). Nothing when there is
/// none, and outside the browser.
pub fn focus_svg_near(e: &web_sys::Event, within: &str, selector: &str) {
    if !IN_BROWSER {
        return;
    }
    use wasm_bindgen::JsCast;
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(root) = el.closest(within).ok().flatten() else {
        return;
    };
    if let Ok(Some(target)) = root.query_selector(selector) {
        if let Ok(svg) = target.dyn_into::<web_sys::SvgElement>() {
            svg.focus().ok();
        }
    }
}

/// Opens a new page at its start: scrolls the window to the top when
/// `scroll_window` (the standalone page; an embedding host keeps its own
/// scroll position) and moves focus to the first `h1` inside `main`, so a
/// screen reader announces the page and Tab continues from its heading.
pub fn focus_page_heading(main: &yew::NodeRef, scroll_window: bool) {
    if !IN_BROWSER {
        return;
    }
    if scroll_window {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
    let Some(main) = main.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(heading)) = main.query_selector("h1") else {
        return;
    };
    if !heading.has_attribute("tabindex") {
        heading.set_attribute("tabindex", "-1").ok();
    }
    use wasm_bindgen::JsCast;
    if let Ok(h) = heading.dyn_into::<web_sys::HtmlElement>() {
        h.focus().ok();
    }
}

/// Brings an editor that just opened into view: scrolls the element behind
/// `node` to the top of the viewport and moves focus to its first enabled
/// field (input, select, text area or button; not a glossary "?"), so a form opened from low
/// on the page is seen and typed into at once (WCAG 2.4.3). Nothing when
/// the node is not rendered, and outside the browser.
pub fn scroll_into_view_and_focus(node: &yew::NodeRef) {
    if !IN_BROWSER {
        return;
    }
    let Some(el) = node.cast::<web_sys::Element>() else {
        return;
    };
    el.scroll_into_view_with_bool(true);
    let first = el
        .query_selector(
            "input:not([type=hidden]):not([disabled]), select:not([disabled]), \
             textarea:not([disabled]), button:not([disabled]):not(.term-toggle)",
        )
        .ok()
        .flatten();
    use wasm_bindgen::JsCast;
    if let Some(f) = first.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
        f.focus().ok();
    }
}

/// The element with this `id`, made focusable (`tabindex="-1"` if it has
/// no tabindex); `None` when there is none, and outside the browser.
fn focusable_by_id(id: &str) -> Option<web_sys::Element> {
    if !IN_BROWSER {
        return None;
    }
    let el = web_sys::window()?.document()?.get_element_by_id(id)?;
    if !el.has_attribute("tabindex") {
        el.set_attribute("tabindex", "-1").ok();
    }
    Some(el)
}

/// Like [`reveal_by_id`], but scrolls the element to the top of the
/// viewport (below any sticky bar: the element's CSS `scroll-margin-top`),
/// for a long item such as an SoA control opened from a link.
pub fn reveal_by_id_at_top(id: &str) {
    let Some(el) = focusable_by_id(id) else {
        return;
    };
    use wasm_bindgen::JsCast;
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        // Focus (the browser scrolls as it likes), then put it at the top.
        h.focus().ok();
        h.scroll_into_view_with_bool(true);
    }
}

/// Brings the element with this `id` (e.g. a register row just saved) into
/// view and moves focus to it (it gets `tabindex="-1"` if it has none), so
/// keyboard and screen-reader users continue from it. Nothing when there
/// is no such element, and outside the browser.
pub fn reveal_by_id(id: &str) {
    let Some(el) = focusable_by_id(id) else {
        return;
    };
    // Centred, not aligned with the bottom edge: an edge alignment can
    // leave a fraction of a pixel of the row outside the viewport.
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    use wasm_bindgen::JsCast;
    if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
        h.focus().ok();
    }
}

/// Brings the element with id `row` (e.g. a register row just saved) into
/// view and moves focus to the control with id `control` (e.g. the "Add
/// risk" button that opened the editor: the WAI-ARIA disclosure pattern
/// returns focus to it), so the next item is one key press away. The view
/// shows both when they fit in the viewport's height (with 24 px to spare
/// at each edge); otherwise the row is centred, as [`reveal_by_id`] does.
/// Falls back to [`reveal_by_id`] when there is no such control; nothing
/// outside the browser.
pub fn reveal_by_id_focus_other(row: &str, control: &str) {
    if !IN_BROWSER {
        return;
    }
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else {
        return;
    };
    let Some(button) = doc
        .get_element_by_id(control)
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        reveal_by_id(row);
        return;
    };
    let Some(el) = doc.get_element_by_id(row) else {
        button.focus().ok();
        return;
    };
    // Focus first (the browser scrolls the control into view if needed),
    // then place the view so that the row shows too.
    button.focus().ok();
    const MARGIN: f64 = 24.0;
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let (b, r) = (
        button.get_bounding_client_rect(),
        el.get_bounding_client_rect(),
    );
    let top = b.top().min(r.top());
    let bottom = b.bottom().max(r.bottom());
    if bottom - top <= height - 2.0 * MARGIN {
        let dy = if top < MARGIN {
            top - MARGIN
        } else if bottom > height - MARGIN {
            bottom - (height - MARGIN)
        } else {
            0.0
        };
        if dy != 0.0 {
            window.scroll_by_with_x_and_y(0.0, dy.ceil());
        }
    } else {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
