//! The JavaScript embedding API (wasm-bindgen exports). `www/annexa.js`
//! loads the module and wraps these:
//!
//! - `startPage()`: the standalone `index.html`, including
//!   `#config=<base64url JSON>` (iframes) and `#share=…` (share links);
//! - `mount(element, config, stylesheet)`: an instance inside any element of
//!   a host page, in a shadow root of its own, resolving to an [`AnnexaApp`]
//!   handle with `unmount()`, `exportJson()` and `importJson(text)`.
//!
//! Nothing here panics: bad input becomes a rejected promise or a thrown
//! `Error` whose message says what to change, and the same text goes to
//! the console.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use super::{App, AppProps, Shared};
use crate::domain;
use crate::domain::text::{msg, text, text_with};
use crate::platform::host_element::{HostElement, Mark};
use crate::platform::{self, page};
use crate::store::{self, parse_fragment, Config, ConfigError, Host, HostLink};

thread_local! {
    /// The storage namespaces of the instances mounted on this page.
    static IN_USE: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// Keeps this module's exports in the web app's build (call it from `main`).
pub fn keep() {}

/// `Annexa.mount: ` and why the mount failed.
fn mount_failed(why: impl std::fmt::Display) -> String {
    text_with(msg::EMBED_MOUNT_FAILED, &[("why", why.to_string().into())])
}

fn fail(message: &str) -> JsValue {
    page::console_error(message);
    js_sys::Error::new(message).into()
}

/// Starts the standalone page: reads the address fragment (a route, or
/// `#config=…` and `#share=…`), registers the service worker and renders
/// the app into `<body>`.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    platform::install_panic_hook();
    let params = match parse_fragment(&page::location_hash()) {
        Ok(p) => p,
        Err(e) => {
            page::show_fatal(&text_with(
                msg::EMBED_CANNOT_START,
                &[("why", e.to_string().into())],
            ));
            return;
        }
    };
    let mut config = Config::default();
    let mut share = None;
    if let Some(p) = params {
        if let Some(c) = p.config() {
            match c {
                Ok(c) => config = c,
                Err(e) => {
                    page::show_fatal(&text_with(
                        msg::EMBED_CANNOT_START_CONFIG,
                        &[("why", e.to_string().into())],
                    ));
                    return;
                }
            }
        }
        if let Some(payload) = p.share.clone() {
            share = Some(payload);
            // The data should not stay in the address bar once read.
            let keep = p.config.as_deref().map(store::config_fragment);
            page::replace_hash(keep.as_deref().unwrap_or("#/"));
        }
    }
    platform::offline::register_service_worker();
    page::reload_on_foreign_fragment();
    let render = move |shared: Option<Rc<Shared>>| {
        yew::Renderer::<App>::with_props(AppProps {
            config: Rc::new(config),
            link: None,
            shared,
        })
        .render();
    };
    match share {
        None => render(None),
        // Inflating is asynchronous (the browser's DecompressionStream):
        // the app renders when the link is read, a few milliseconds later.
        Some(payload) => wasm_bindgen_futures::spawn_local(async move {
            render(Some(Rc::new(open_shared(&payload).await)));
        }),
    }
}

/// Reads a `#share=` payload: base64url, inflate, then the validated
/// import (`domain::share_packed`, `platform::compress`,
/// `domain::open_share_json`).
async fn open_shared(payload: &str) -> Shared {
    let opened = match domain::share_packed(payload) {
        Err(e) => Err(e),
        Ok(packed) => match platform::compress::inflate_raw(&packed).await {
            Ok(json) => domain::open_share_json(&json),
            Err(why) => Err(domain::share_damaged(&text_with(
                msg::EMBED_SHARE_NOT_INFLATED,
                &[("why", why.into())],
            ))),
        },
    };
    match opened {
        Ok(envelope) => Shared::Offer(Rc::new(envelope.assessment)),
        Err(e) => Shared::Broken(e.to_string()),
    }
}

/// Mounts an instance into `element`; `config` is a plain object (see the
/// README) and `stylesheet` the URL of Annexa's CSS, which goes into the
/// instance's shadow root. Resolves to the handle once it is shown.
#[wasm_bindgen]
pub async fn mount(
    element: JsValue,
    config: JsValue,
    stylesheet: String,
) -> Result<AnnexaApp, JsValue> {
    platform::install_panic_hook();
    let mut host = HostElement::from_js(element).map_err(|e| fail(&e))?;
    let config = read_config(&config).map_err(|e| fail(&mount_failed(e)))?;
    if host.is_mounted() {
        return Err(fail(&text(msg::EMBED_ALREADY_MOUNTED)));
    }
    let namespace = config.namespace.label().to_owned();
    let claimed = IN_USE.with(|n| n.borrow_mut().insert(namespace.clone()));
    if !claimed {
        return Err(fail(&text_with(
            msg::EMBED_NAMESPACE_IN_USE,
            &[("namespace", namespace.as_str().into())],
        )));
    }
    let release = |message: String| {
        IN_USE.with(|n| n.borrow_mut().remove(&namespace));
        fail(&message)
    };
    host.claim_shadow().map_err(release)?;
    host.mark(Mark::Mounted);
    // The stylesheet sits next to the other files of the build: the
    // simulation worker is found relative to it, not to the host page.
    platform::quant_worker::set_base(&stylesheet);
    let parts = match host.build(&stylesheet).await {
        Ok(p) => p,
        Err(why) => {
            host.empty();
            host.mark(Mark::Unmounted);
            return Err(release(mount_failed(why)));
        }
    };
    let link = HostLink::default();
    let handle = yew::Renderer::<App>::with_root_and_props(
        parts.clone(),
        AppProps {
            config: Rc::new(config),
            link: Some(link.clone()),
            shared: None,
        },
    )
    .render();
    Ok(AnnexaApp {
        mounted: Some(Mounted {
            handle,
            link,
            namespace,
            host,
        }),
    })
}

/// The config as a checked [`Config`]. `www/annexa.js` reads the host's
/// object once, defensively (no getters called, no cycles, bounded depth and
/// size), and hands it over as JSON text, parsed here like `#config=`.
/// Nothing else is read from JavaScript: an object here (a caller that
/// skipped annexa.js) is refused rather than walked, since walking it could
/// run the host's code inside the module.
fn read_config(config: &JsValue) -> Result<Config, ConfigError> {
    if let Some(text) = config.as_string() {
        return Config::from_json(&text, Host::Element);
    }
    if config.is_undefined() || config.is_null() {
        return Config::from_value(serde_json::Value::Null, Host::Element);
    }
    Err(ConfigError::at("", text(msg::EMBED_CONFIG_NOT_TEXT)))
}

struct Mounted {
    handle: AppHandle<App>,
    link: HostLink,
    namespace: String,
    host: HostElement,
}

/// A mounted instance, as the host page holds it.
#[wasm_bindgen]
pub struct AnnexaApp {
    mounted: Option<Mounted>,
}

#[wasm_bindgen]
impl AnnexaApp {
    fn running(&self) -> Result<&Mounted, JsValue> {
        self.mounted
            .as_ref()
            .ok_or_else(|| fail(&text(msg::EMBED_UNMOUNTED)))
    }

    /// The storage namespace of this instance.
    #[wasm_bindgen(getter)]
    pub fn namespace(&self) -> String {
        self.mounted
            .as_ref()
            .map(|m| m.namespace.clone())
            .unwrap_or_default()
    }

    /// Removes the instance from the page. Its saved data stays in the
    /// browser's storage under its namespace. Calling it twice does nothing.
    pub fn unmount(&mut self) {
        if let Some(m) = self.mounted.take() {
            m.handle.destroy();
            m.host.empty();
            m.host.mark(Mark::Unmounted);
            IN_USE.with(|n| n.borrow_mut().remove(&m.namespace));
        }
    }

    /// The current assessment as the text of an Annexa JSON file.
    #[wasm_bindgen(js_name = exportJson)]
    pub fn export_json(&self) -> Result<String, JsValue> {
        Ok(self.running()?.link.export(platform::now()))
    }

    /// Replaces the assessment with an Annexa JSON file, after validating
    /// all of it (like an import on the Data page). Throws an `Error` that
    /// says where the file is wrong, leaving the data unchanged; returns a
    /// one-line summary of what was imported. Anything but a string is
    /// refused with an `Error` too (annexa.js checks first; this is the
    /// module's own guard).
    #[wasm_bindgen(js_name = importJson)]
    pub fn import_json(&self, text: JsValue) -> Result<String, JsValue> {
        let running = self.running()?;
        let Some(text) = text.as_string() else {
            let kind = text.js_typeof().as_string().unwrap_or_default();
            return Err(fail(&text_with(
                msg::EMBED_IMPORT_NOT_TEXT,
                &[("kind", kind.into())],
            )));
        };
        running
            .link
            .import(&text)
            .map_err(|e| fail(&text_with(msg::EMBED_IMPORT_FAILED, &[("why", e.into())])))
    }
}
