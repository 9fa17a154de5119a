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
use wasm_bindgen::JsCast;
use yew::AppHandle;

use crate::app::{
    self, parse_fragment, App, AppProps, Config, ConfigError, Host, HostLink, Shared,
};
use crate::domain;

thread_local! {
    /// The storage namespaces of the instances mounted on this page.
    static IN_USE: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// The attribute on a host element while Annexa is mounted in it.
const MARK: &str = "data-annexa";

/// Keeps this module's exports in the web app's build (call it from `main`).
pub fn keep() {}

fn fail(message: &str) -> JsValue {
    super::page::console_error(message);
    js_sys::Error::new(message).into()
}

/// Starts the standalone page: reads the address fragment (a route, or
/// `#config=…` and `#share=…`), registers the service worker and renders
/// the app into `<body>`.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    super::install_panic_hook();
    let params = match parse_fragment(&super::page::location_hash()) {
        Ok(p) => p,
        Err(e) => {
            super::page::show_fatal(&format!("Annexa cannot start: {e}"));
            return;
        }
    };
    let mut config = Config::default();
    let mut shared = None;
    if let Some(p) = params {
        if let Some(c) = p.config() {
            match c {
                Ok(c) => config = c,
                Err(e) => {
                    super::page::show_fatal(&format!(
                        "Annexa cannot start: {e}. Fix the #config= part of the address (see the README, \"Embed it\")."
                    ));
                    return;
                }
            }
        }
        if let Some(payload) = &p.share {
            shared = Some(Rc::new(match domain::open_share(payload) {
                Ok(envelope) => Shared::Offer(Rc::new(envelope.assessment)),
                Err(e) => Shared::Broken(e.to_string()),
            }));
            // The data should not stay in the address bar once read.
            let keep = p.config.as_deref().map(app::config_fragment);
            super::page::replace_hash(keep.as_deref().unwrap_or("#/"));
        }
    }
    super::offline::register_service_worker();
    yew::Renderer::<App>::with_props(AppProps {
        config: Rc::new(config),
        link: None,
        shared,
    })
    .render();
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
    super::install_panic_hook();
    let host: web_sys::HtmlElement = element.dyn_into().map_err(|v| {
        let got = v.js_typeof().as_string().unwrap_or_default();
        fail(&format!(
            "Annexa.mount needs a DOM element as its first argument, such as document.getElementById('annexa'); it got a value of type {got}"
        ))
    })?;
    let config = read_config(&config).map_err(|e| fail(&format!("Annexa.mount: {e}")))?;
    if host.get_attribute(MARK).as_deref() == Some("mounted") {
        return Err(fail(
            "Annexa.mount: an Annexa instance is already mounted in this element; call unmount() on it first, or use another element",
        ));
    }
    let namespace = config.namespace.label().to_owned();
    let claimed = IN_USE.with(|n| n.borrow_mut().insert(namespace.clone()));
    if !claimed {
        return Err(fail(&format!(
            "Annexa.mount: the storage namespace \"{namespace}\" is already used by another Annexa instance on this page; give each instance its own namespace in the config"
        )));
    }
    let release = |message: String| {
        IN_USE.with(|n| n.borrow_mut().remove(&namespace));
        fail(&message)
    };
    let shadow = match host.shadow_root() {
        Some(root) if host.get_attribute(MARK).as_deref() == Some("unmounted") => root,
        Some(_) => {
            return Err(release(
                "Annexa.mount: this element already holds another component's shadow root; give Annexa an empty <div> of its own".into(),
            ))
        }
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .map_err(|_| {
                release(format!(
                    "Annexa.mount: a <{}> cannot hold Annexa (it cannot have a shadow root); use a <div> or a <section>",
                    host.tag_name().to_lowercase()
                ))
            })?,
    };
    host.set_attribute(MARK, "mounted").ok();
    // The stylesheet sits next to the other files of the build: the
    // simulation worker is found relative to it, not to the host page.
    super::quant_worker::set_base(&stylesheet);
    let parts = match build(&shadow, &stylesheet).await {
        Ok(p) => p,
        Err(why) => {
            empty(&shadow);
            host.set_attribute(MARK, "unmounted").ok();
            return Err(release(format!("Annexa.mount: {why}")));
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
            shadow,
        }),
    })
}

/// The config object as a checked [`Config`]. serde-wasm-bindgen reads only
/// the keys a struct names, so `deny_unknown_fields` could not see unknown
/// keys: the object is read into a JSON value first (all keys), then into
/// the typed structs.
fn read_config(config: &JsValue) -> Result<Config, ConfigError> {
    if config.is_function() || config.is_symbol() {
        return Err(ConfigError::at(
            "",
            "the config must be a plain object such as { mode: \"calculator\" }",
        ));
    }
    let value: serde_json::Value = serde_wasm_bindgen::from_value(config.clone())
        .map_err(|e| ConfigError::at("", format!("the config cannot be read ({e})")))?;
    Config::from_value(value, Host::Element)
}

/// Adds the stylesheet and a root element to the shadow root; resolves once
/// the stylesheet has loaded, so the instance never shows unstyled.
async fn build(shadow: &web_sys::ShadowRoot, stylesheet: &str) -> Result<web_sys::Element, String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("there is no document")?;
    let link: web_sys::HtmlLinkElement = doc
        .create_element("link")
        .map_err(|_| "could not create the stylesheet link")?
        .dyn_into()
        .map_err(|_| "could not create the stylesheet link")?;
    link.set_rel("stylesheet");
    link.set_href(stylesheet);
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        link.set_onload(Some(&resolve));
        link.set_onerror(Some(&reject));
    });
    shadow
        .append_child(&link)
        .map_err(|_| "could not add the stylesheet")?;
    let root = doc
        .create_element("div")
        .map_err(|_| "could not create the root element")?;
    root.set_class_name("annexa-root");
    shadow
        .append_child(&root)
        .map_err(|_| "could not add the root element")?;
    wasm_bindgen_futures::JsFuture::from(loaded)
        .await
        .map_err(|_| {
            format!(
                "Annexa's stylesheet did not load from {stylesheet}; serve the annexa-*.css file next to annexa.js, and allow that origin in the page's style-src"
            )
        })?;
    link.set_onload(None);
    link.set_onerror(None);
    Ok(root)
}

struct Mounted {
    handle: AppHandle<App>,
    link: HostLink,
    namespace: String,
    host: web_sys::HtmlElement,
    shadow: web_sys::ShadowRoot,
}

/// A mounted instance, as the host page holds it.
#[wasm_bindgen]
pub struct AnnexaApp {
    mounted: Option<Mounted>,
}

#[wasm_bindgen]
impl AnnexaApp {
    fn running(&self) -> Result<&Mounted, JsValue> {
        self.mounted.as_ref().ok_or_else(|| {
            fail("this Annexa instance was unmounted; mount a new one with Annexa.mount")
        })
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
            empty(&m.shadow);
            m.host.set_attribute(MARK, "unmounted").ok();
            IN_USE.with(|n| n.borrow_mut().remove(&m.namespace));
        }
    }

    /// The current assessment as the text of an Annexa JSON file.
    #[wasm_bindgen(js_name = exportJson)]
    pub fn export_json(&self) -> Result<String, JsValue> {
        Ok(self.running()?.link.export(super::now()))
    }

    /// Replaces the assessment with an Annexa JSON file, after validating
    /// all of it (like an import on the Data page). Throws an `Error` that
    /// says where the file is wrong, leaving the data unchanged; returns a
    /// one-line summary of what was imported.
    #[wasm_bindgen(js_name = importJson)]
    pub fn import_json(&self, text: &str) -> Result<String, JsValue> {
        self.running()?
            .link
            .import(text)
            .map_err(|e| fail(&format!("importJson: {e}")))
    }
}

/// Removes everything inside `node` (no HTML parsing involved).
fn empty(node: &web_sys::Node) {
    while let Some(child) = node.first_child() {
        if node.remove_child(&child).is_err() {
            break;
        }
    }
}
