//! Raw DEFLATE (RFC 1951) with the browser's own `CompressionStream` and
//! `DecompressionStream` (`"deflate-raw"`), for share links: the app's
//! WebAssembly then carries no deflate code (flate2 and zlib-rs were 48 KiB
//! raw of the first visit). The streams are read through a `Response`,
//! which fetches nothing (the CSP's `connect-src 'none'` is untouched).
//!
//! The constructors are looked up at run time (web-sys only has them as
//! unstable APIs): a browser without them gets an error that says so.
//! Native builds (tests, server-side rendering) answer with an error.

#[cfg(not(target_arch = "wasm32"))]
use crate::domain::text::{msg, text};

/// Deflates `bytes` (raw DEFLATE, the browser's default level).
///
/// # Errors
/// A short reason (e.g. the browser has no `CompressionStream`).
pub async fn deflate_raw(bytes: &[u8]) -> Result<Vec<u8>, String> {
    #[cfg(target_arch = "wasm32")]
    {
        web::run("CompressionStream", bytes).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = bytes;
        Err(text(msg::SHARE_MADE_IN_BROWSER))
    }
}

/// Inflates raw DEFLATE `bytes`. The caller bounds the input (see
/// `domain::share_packed`), which bounds the output.
///
/// # Errors
/// A short reason: the data is not DEFLATE, or the browser has no
/// `DecompressionStream`.
pub async fn inflate_raw(bytes: &[u8]) -> Result<Vec<u8>, String> {
    #[cfg(target_arch = "wasm32")]
    {
        web::run("DecompressionStream", bytes).await
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = bytes;
        Err(text(msg::SHARE_OPENED_IN_BROWSER))
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use js_sys::{Array, Function, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    use crate::domain::text::{msg, text, text_with};

    fn why(e: &JsValue) -> String {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| text(msg::REASON_UNKNOWN_ERROR))
    }

    /// Pipes `bytes` through a new `stream_class("deflate-raw")` and
    /// collects what comes out.
    pub(super) async fn run(stream_class: &str, bytes: &[u8]) -> Result<Vec<u8>, String> {
        let ctor = Reflect::get(&js_sys::global(), &JsValue::from_str(stream_class))
            .ok()
            .and_then(|c| c.dyn_into::<Function>().ok())
            .ok_or_else(|| text_with(msg::SHARE_NO_STREAM, &[("stream", stream_class.into())]))?;
        let pair: web_sys::ReadableWritablePair =
            Reflect::construct(&ctor, &Array::of1(&JsValue::from_str("deflate-raw")))
                .map_err(|e| why(&e))?
                .unchecked_into();
        let parts = Array::of1(&Uint8Array::from(bytes));
        let input = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|e| why(&e))?;
        let output = input.stream().pipe_through(&pair);
        let response =
            web_sys::Response::new_with_opt_readable_stream(Some(&output)).map_err(|e| why(&e))?;
        let buffer = JsFuture::from(response.array_buffer().map_err(|e| why(&e))?)
            .await
            .map_err(|e| why(&e))?;
        Ok(Uint8Array::new(&buffer).to_vec())
    }
}
