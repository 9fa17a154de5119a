//! The standalone page: its address fragment, the console, and a message
//! when the app cannot start.

/// `location.hash`, e.g. `#/risks` or `#config=…` (empty outside a browser).
pub fn location_hash() -> String {
    if !super::IN_BROWSER {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the address fragment without a new history entry or a reload.
pub fn replace_hash(hash: &str) {
    if !super::IN_BROWSER {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
            .ok();
    }
}

/// Reloads the page when the address's fragment changes, in this tab, to
/// one that is not a route (`#config=…`, `#share=…`, anything not starting
/// with `#/`): the start-up reads such a fragment as on a fresh visit,
/// while the router would throw on it ("relative path"). The listener stops
/// the event before the router's own; call this before the app mounts, so
/// that it is registered first.
pub fn reload_on_foreign_fragment() {
    if !super::IN_BROWSER {
        return;
    }
    let Some(w) = web_sys::window() else {
        return;
    };
    gloo::events::EventListener::new(&w, "popstate", |e| {
        let hash = location_hash();
        if hash.len() > 1 && !hash.starts_with("#/") {
            e.stop_immediate_propagation();
            if let Some(w) = web_sys::window() {
                w.location().reload().ok();
            }
        }
    })
    .forget();
}

/// Writes an error to the browser's console.
pub fn console_error(message: &str) {
    if super::IN_BROWSER {
        web_sys::console::error_1(&message.into());
    }
}

/// Writes a warning to the browser's console.
pub fn console_warn(message: &str) {
    if super::IN_BROWSER {
        web_sys::console::warn_1(&message.into());
    }
}

/// Shows why the app could not start, on the page and in the console.
pub fn show_fatal(message: &str) {
    console_error(message);
    if !super::IN_BROWSER {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_class_name("annexa-panic");
    div.set_attribute("role", "alert").ok();
    div.set_text_content(Some(message));
    if let Some(body) = doc.body() {
        body.append_child(&div).ok();
    }
}

/// The page's address without its fragment, e.g. for a share link.
pub fn address_without_fragment() -> String {
    if !super::IN_BROWSER {
        return String::new();
    }
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((before, _)) => before.to_owned(),
        None => href,
    }
}
