//! The element a host page gives `Annexa.mount`: checking it, giving it a
//! shadow root with Annexa's stylesheet and a root element, marking it, and
//! emptying it again. Every failure is a sentence the host's developer can
//! act on.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::text::{msg, text, text_with};

/// The attribute on a host element while Annexa is mounted in it.
const MARK: &str = "data-annexa";

/// Whether a host element holds an instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// An instance is shown in it.
    Mounted,
    /// An instance was shown in it and removed; its shadow root can be reused.
    Unmounted,
}

impl Mark {
    fn value(self) -> &'static str {
        match self {
            Mark::Mounted => "mounted",
            Mark::Unmounted => "unmounted",
        }
    }
}

/// The root element an instance renders into.
pub type Root = web_sys::Element;

/// A host page's element with the shadow root Annexa renders in.
pub struct HostElement {
    host: web_sys::HtmlElement,
    shadow: Option<web_sys::ShadowRoot>,
}

impl HostElement {
    /// The element behind `value`, or why it cannot hold Annexa.
    pub fn from_js(value: JsValue) -> Result<Self, String> {
        let host: web_sys::HtmlElement = value.dyn_into().map_err(|v| {
            let got = v.js_typeof().as_string().unwrap_or_default();
            text_with(msg::EMBED_NOT_AN_ELEMENT, &[("kind", got.into())])
        })?;
        Ok(Self { host, shadow: None })
    }

    /// True when an instance is shown in this element now.
    pub fn is_mounted(&self) -> bool {
        self.host.get_attribute(MARK).as_deref() == Some(Mark::Mounted.value())
    }

    /// Marks the element.
    pub fn mark(&self, mark: Mark) {
        self.host.set_attribute(MARK, mark.value()).ok();
    }

    /// Takes the element's shadow root (a new one, or the one a previous
    /// instance left), or says why the element cannot have one.
    pub fn claim_shadow(&mut self) -> Result<(), String> {
        let shadow = match self.host.shadow_root() {
            Some(root)
                if self.host.get_attribute(MARK).as_deref() == Some(Mark::Unmounted.value()) =>
            {
                root
            }
            Some(_) => return Err(text(msg::EMBED_FOREIGN_SHADOW)),
            None => self
                .host
                .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .map_err(|_| {
                    text_with(
                        msg::EMBED_NO_SHADOW,
                        &[("tag", self.host.tag_name().to_ascii_lowercase().into())],
                    )
                })?,
        };
        self.shadow = Some(shadow);
        Ok(())
    }

    /// Adds the stylesheet and a root element to the shadow root; resolves
    /// once the stylesheet has loaded, so the instance never shows unstyled.
    pub async fn build(&self, stylesheet: &str) -> Result<Root, String> {
        let shadow = self
            .shadow
            .as_ref()
            .ok_or_else(|| text(msg::EMBED_SHADOW_MISSING))?;
        let doc = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| text(msg::EMBED_NO_DOCUMENT))?;
        let link: web_sys::HtmlLinkElement = doc
            .create_element("link")
            .map_err(|_| text(msg::EMBED_LINK_NOT_MADE))?
            .dyn_into()
            .map_err(|_| text(msg::EMBED_LINK_NOT_MADE))?;
        link.set_rel("stylesheet");
        link.set_href(stylesheet);
        let loaded = js_sys::Promise::new(&mut |resolve, reject| {
            link.set_onload(Some(&resolve));
            link.set_onerror(Some(&reject));
        });
        shadow
            .append_child(&link)
            .map_err(|_| text(msg::EMBED_STYLESHEET_NOT_ADDED))?;
        let root = doc
            .create_element("div")
            .map_err(|_| text(msg::EMBED_ROOT_NOT_MADE))?;
        root.set_class_name("annexa-root");
        shadow
            .append_child(&root)
            .map_err(|_| text(msg::EMBED_ROOT_NOT_ADDED))?;
        wasm_bindgen_futures::JsFuture::from(loaded)
            .await
            .map_err(|_| {
                text_with(
                    msg::EMBED_STYLESHEET_NOT_LOADED,
                    &[("stylesheet", stylesheet.into())],
                )
            })?;
        link.set_onload(None);
        link.set_onerror(None);
        Ok(root)
    }

    /// Removes everything inside the shadow root (no HTML parsing involved).
    pub fn empty(&self) {
        let Some(node) = &self.shadow else { return };
        while let Some(child) = node.first_child() {
            if node.remove_child(&child).is_err() {
                break;
            }
        }
    }
}
