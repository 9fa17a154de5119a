//! Printing the current page through the browser's print dialog.

use crate::domain::text::{msg, text, text_with, MessageId};

/// Opens the browser's print dialog for the page (the print CSS decides
/// what is on paper).
pub fn print_page() -> Result<(), String> {
    let fail = |what: MessageId| text_with(msg::PRINT_FAILED, &[("what", text(what).into())]);
    if !super::IN_BROWSER {
        return Err(fail(msg::REASON_NO_BROWSER));
    }
    let window = web_sys::window().ok_or_else(|| fail(msg::REASON_NO_WINDOW))?;
    window
        .print()
        .map_err(|_| fail(msg::REASON_BROWSER_REFUSED))
}

thread_local! {
    /// The constructed stylesheet holding the print rules, once made.
    static RULES: std::cell::RefCell<Option<web_sys::CssStyleSheet>> =
        const { std::cell::RefCell::new(None) };
}

/// Puts `css` into the document's adopted stylesheet of print rules.
pub(super) fn set_rules(css: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    RULES.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let Ok(sheet) = web_sys::CssStyleSheet::new() else {
                return;
            };
            let key = wasm_bindgen::JsValue::from_str("adoptedStyleSheets");
            let Ok(current) = js_sys::Reflect::get(&document, &key) else {
                return;
            };
            let sheets = js_sys::Array::from(&current);
            sheets.push(&sheet);
            if js_sys::Reflect::set(&document, &key, &sheets).is_err() {
                return;
            }
            *slot = Some(sheet);
        }
        if let Some(sheet) = slot.as_ref() {
            sheet.replace_sync(css).ok();
        }
    });
}
