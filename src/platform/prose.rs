//! The catalogue prose module (`annexa-prose.js`, written by
//! scripts/post-build.py from `core/data/prose.en.json`): the threat and
//! vulnerability descriptions and the control rationales, which the main
//! wasm leaves out so that a first visit does not download them. Loaded
//! with a dynamic `import()` (script-src only: the CSP keeps
//! `connect-src 'none'`) the first time a page that needs it opens; its
//! default export is the file's JSON text. The service worker does not
//! precache the hashed module, and keeps it once used.
//!
//! Native builds (tests, server-side rendering) answer that the prose is
//! read in the browser; native tests of the core embed it instead.

/// The stable module next to index.html in dist/: it re-exports this
/// build's hashed `annexa-prose-<hash>.js`.
pub const PROSE_MODULE_URL: &str = "./annexa-prose.js";

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(
        inline_js = "export function annexa_import_prose(url) { return import(new URL(url, document.baseURI).href).then((m) => m.default); }"
    )]
    extern "C" {
        /// `import(url)`, resolving to the module's default export. A
        /// relative `url` is resolved against the page (a bare `import()`
        /// would resolve it against this snippet's own URL, under
        /// `snippets/`).
        pub fn annexa_import_prose(url: &str) -> js_sys::Promise;
    }
}

/// Loads the prose module and calls `done` with its JSON text, or with a
/// sentence saying what went wrong and what to do.
#[cfg(target_arch = "wasm32")]
pub fn load(done: yew::Callback<Result<std::rc::Rc<str>, String>>) {
    let url = super::quant_worker::resolve(PROSE_MODULE_URL);
    let promise = js::annexa_import_prose(&url);
    wasm_bindgen_futures::spawn_local(async move {
        let result = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(v) => v.as_string().map(std::rc::Rc::from).ok_or_else(|| {
                crate::domain::text::text_with(
                    crate::domain::text::msg::PROSE_NOT_TEXT,
                    &[("url", url.as_str().into())],
                )
            }),
            Err(e) => {
                use wasm_bindgen::JsCast;
                let why = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .or_else(|| e.as_string());
                Err(why.map_or_else(
                    || {
                        crate::domain::text::text_with(
                            crate::domain::text::msg::PROSE_NOT_IMPORTED,
                            &[("url", url.as_str().into())],
                        )
                    },
                    |m| format!("{url}: {m}"),
                ))
            }
        };
        done.emit(result);
    });
}

/// Native builds have no module to import.
#[cfg(not(target_arch = "wasm32"))]
pub fn load(done: yew::Callback<Result<std::rc::Rc<str>, String>>) {
    done.emit(Err(crate::domain::text::text(
        crate::domain::text::msg::PROSE_BROWSER_ONLY,
    )));
}
