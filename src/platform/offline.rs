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

/// How many of the modules loaded on demand (the files worker, the
/// simulation engine, the catalogue texts: `onDemand` in `sw-assets.js`)
/// the service worker keeps for use with the network off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfflineStatus {
    /// Files kept.
    pub kept: u32,
    /// Files loaded on demand in this build.
    pub of: u32,
}

impl OfflineStatus {
    /// Whether every module loaded on demand is kept.
    pub fn complete(&self) -> bool {
        self.kept >= self.of
    }
}

/// Why the service worker could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfflineError {
    /// No service worker runs for this page (not a secure context, a
    /// private window, an embedded instance, or a browser without them).
    Unavailable,
    /// The service worker answered with a failure, or not in time; the
    /// browser's reason.
    Failed(String),
}

/// What to ask the service worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineRequest {
    /// How many on-demand modules are kept.
    Status,
    /// Keep every on-demand module now (downloads what is missing).
    KeepEverything,
}

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = "export function annexa_sw_ask(type, ms) {
  const sw = navigator.serviceWorker;
  if (!sw) return Promise.resolve(null);
  return sw.getRegistration().then((reg) => {
    if (!reg) return null;
    return sw.ready.then((ready) => new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => reject('timeout'), ms);
      channel.port1.onmessage = (e) => { clearTimeout(timer); resolve(e.data); };
      ready.active.postMessage({ type }, [channel.port2]);
    }));
  });
}")]
    extern "C" {
        /// Sends `{type}` to the active service worker with a reply port;
        /// resolves to its answer, or to `null` when no service worker is
        /// registered for the page.
        pub fn annexa_sw_ask(kind: &str, ms: u32) -> js_sys::Promise;
    }
}

/// Asks the service worker (`www/sw.js`, its "message" handler) and calls
/// `done` with the answer.
#[cfg(target_arch = "wasm32")]
pub fn ask(request: OfflineRequest, done: yew::Callback<Result<OfflineStatus, OfflineError>>) {
    use wasm_bindgen::JsCast;
    // Keeping downloads about 1.2 MB: minutes on a slow line.
    let (kind, ms) = match request {
        OfflineRequest::Status => ("offline-status", 10_000),
        OfflineRequest::KeepEverything => ("keep-offline", 600_000),
    };
    let promise = js::annexa_sw_ask(kind, ms);
    wasm_bindgen_futures::spawn_local(async move {
        let field = |v: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).ok();
        let result = match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(v) if v.is_null() || v.is_undefined() => Err(OfflineError::Unavailable),
            Ok(v) => match field(&v, "error").and_then(|e| e.as_string()) {
                Some(why) => Err(OfflineError::Failed(why)),
                None => {
                    let count = |k| field(&v, k).and_then(|n| n.as_f64()).map(|n| n as u32);
                    match (count("kept"), count("of")) {
                        (Some(kept), Some(of)) => Ok(OfflineStatus { kept, of }),
                        _ => Err(OfflineError::Failed(crate::domain::text::text(
                            crate::domain::text::msg::REASON_SW_ANSWER,
                        ))),
                    }
                }
            },
            // The snippet's own timeout rejects with the string "timeout".
            Err(e) if e.as_string().as_deref() == Some("timeout") => Err(OfflineError::Failed(
                crate::domain::text::text(crate::domain::text::msg::REASON_SW_TIMEOUT),
            )),
            Err(e) => Err(OfflineError::Failed(
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .or_else(|| e.as_string())
                    .unwrap_or_default(),
            )),
        };
        done.emit(result);
    });
}

/// Native builds (tests, server-side rendering) have no service worker.
#[cfg(not(target_arch = "wasm32"))]
pub fn ask(request: OfflineRequest, done: yew::Callback<Result<OfflineStatus, OfflineError>>) {
    let _ = request;
    done.emit(Err(OfflineError::Unavailable));
}
