//! Offline use: registers the service worker (`sw.js`, copied by Trunk;
//! its cache list is written by `scripts/post-build.py`), which keeps the
//! app shell so the app loads with the network off after the first visit.

/// Registers `./sw.js`, relative to the page, so the app works under any
/// sub-path. Browsers without service workers, or pages that are not a
/// secure context (https or localhost), simply work online only.
pub fn register_service_worker() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let supported = window.is_secure_context()
            && js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
        if !supported {
            return;
        }
        let promise = navigator.service_worker().register("./sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
                let why = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| "unknown reason".into());
                super::page::console_warn(&format!(
                    "Annexa works, but not offline: the service worker could not be registered ({why}). Serve sw.js next to index.html."
                ));
            }
        });
    }
}
