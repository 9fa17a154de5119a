//! Printing the current page through the browser's print dialog.

/// Opens the browser's print dialog for the page (the print CSS decides
/// what is on paper).
pub fn print_page() -> Result<(), String> {
    let fail = |what: &str| {
        format!("the print dialog could not open ({what}); use your browser's own Print command")
    };
    if !super::IN_BROWSER {
        return Err(fail("not running in a browser"));
    }
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    window.print().map_err(|_| fail("the browser refused"))
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
