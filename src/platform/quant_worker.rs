//! The simulation's Web Worker: the page starts a [`QuantRun`], which posts
//! the job to `annexa-worker` (its own wasm, built by Trunk from
//! `src/bin/annexa-worker.rs`) and hears progress and the result back;
//! cancelling terminates the worker. [`serve`] is the worker's side.
//!
//! The worker is a same-origin script (`annexa-worker_loader.js`), so the
//! shipped CSP (`script-src 'self'`, which `worker-src` falls back to) lets
//! it load: no blob: URL, no inline script. Messages are JSON strings; the
//! worker says `ready` once its WebAssembly listens, and only then gets the
//! job.
//!
//! Native builds (tests, server-side rendering) run the job at once on the
//! calling thread.

use yew::Callback;

use crate::domain::quant::{Job, WorkerReport, WorkerRequest};

/// The worker's loader script, next to index.html in dist/.
pub const WORKER_URL: &str = "./annexa-worker_loader.js";

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Where the build's files are when that is not the page's directory
    /// (an instance mounted on a host page): the worker's URL resolves
    /// against it.
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Resolves the worker's URL against `file`, the URL of any file of this
/// build (a host page that mounts Annexa lives elsewhere).
pub fn set_base(file: &str) {
    #[cfg(target_arch = "wasm32")]
    BASE.with(|b| *b.borrow_mut() = Some(file.to_owned()));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = file;
}

/// The worker's URL: next to the build's files.
#[cfg(target_arch = "wasm32")]
fn worker_url() -> String {
    resolve(WORKER_URL)
}

/// A file of this build (a worker's loader) resolved against where the
/// build's files are.
#[cfg(target_arch = "wasm32")]
pub(super) fn resolve(url: &str) -> String {
    BASE.with(|b| b.borrow().clone())
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map_or_else(|| url.to_owned(), |u| u.href())
}

#[cfg(target_arch = "wasm32")]
type OnMessage = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>;
#[cfg(target_arch = "wasm32")]
type OnError = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::ErrorEvent)>;

/// A simulation running in a worker. Dropping it (or [`QuantRun::cancel`])
/// stops the worker at once.
pub struct QuantRun {
    #[cfg(target_arch = "wasm32")]
    worker: web_sys::Worker,
    #[cfg(target_arch = "wasm32")]
    _listeners: (OnMessage, OnError),
}

impl std::fmt::Debug for QuantRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("QuantRun")
    }
}

impl QuantRun {
    /// Starts `job` in a new worker; `on_report` hears progress, the result
    /// or the failure. Fails when the browser cannot start the worker.
    #[cfg(target_arch = "wasm32")]
    pub fn start(job: &Job, on_report: Callback<WorkerReport>) -> Result<QuantRun, String> {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;

        let text = serde_json::to_string(&WorkerRequest::Run(job.clone()))
            .map_err(|e| format!("the simulation job could not be written ({e})"))?;
        let url = worker_url();
        let worker = web_sys::Worker::new(&url).map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "SecurityError" {
                format!(
                    "the browser does not let this page start the simulation worker from {url}, because Annexa is served from another site than the page that embeds it; serve Annexa from the same site, or open it on its own page to run simulations"
                )
            } else {
                format!(
                    "the browser could not start the simulation worker ({}); reload the page",
                    describe(&e)
                )
            }
        })?;
        let on_message = {
            let cb = on_report.clone();
            let (to, text) = (worker.clone(), text);
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let report = e
                    .data()
                    .as_string()
                    .and_then(|s| serde_json::from_str::<WorkerReport>(&s).ok())
                    .unwrap_or_else(|| {
                        WorkerReport::Failed(
                            "the simulation worker sent a message Annexa cannot read; reload the page".into(),
                        )
                    });
                if report == WorkerReport::Ready {
                    if let Err(e) = to.post_message(&wasm_bindgen::JsValue::from_str(&text)) {
                        cb.emit(WorkerReport::Failed(format!(
                            "the simulation job could not be sent ({})",
                            describe(&e)
                        )));
                    }
                    return;
                }
                cb.emit(report);
            })
        };
        let on_error = {
            let cb = on_report;
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                cb.emit(WorkerReport::Failed(format!(
                    "the simulation stopped with an error ({}); try fewer trials, or reload the page",
                    e.message()
                )));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(QuantRun {
            worker,
            _listeners: (on_message, on_error),
        })
    }

    /// Runs `job` at once on this thread (native builds have no workers).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn start(job: &Job, on_report: Callback<WorkerReport>) -> Result<QuantRun, String> {
        let text = serde_json::to_string(&WorkerRequest::Run(job.clone()))
            .map_err(|e| format!("the simulation job could not be written ({e})"))?;
        crate::domain::quant::run_json(&text, |r| on_report.emit(r.clone()));
        Ok(QuantRun {})
    }

    /// Stops the run; nothing more is reported.
    pub fn cancel(self) {
        drop(self);
    }
}

impl Drop for QuantRun {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        {
            self.worker.set_onmessage(None);
            self.worker.set_onerror(None);
            self.worker.terminate();
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn describe(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone())
        .message()
        .as_string()
        .unwrap_or_else(|| "unknown error".into())
}

/// The worker's side: answers each job message with progress reports and
/// the result. Called by `annexa-worker`'s `main`.
#[cfg(target_arch = "wasm32")]
pub fn serve() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let request = e.data().as_string().unwrap_or_default();
            let performance = post_scope.performance();
            let now = move || performance.as_ref().map_or(0.0, |p| p.now());
            let memory = || {
                wasm_bindgen::memory()
                    .unchecked_into::<js_sys::WebAssembly::Memory>()
                    .buffer()
                    .unchecked_into::<js_sys::ArrayBuffer>()
                    .byte_length() as f64
            };
            crate::domain::quant::handle_request(&request, &now, &memory, |r| {
                let text = serde_json::to_string(r).unwrap_or_else(|e| {
                    format!("{{\"failed\":\"the results could not be written ({e})\"}}")
                });
                post_scope
                    .post_message(&wasm_bindgen::JsValue::from_str(&text))
                    .ok();
            });
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    if let Ok(ready) = serde_json::to_string(&WorkerReport::Ready) {
        scope
            .post_message(&wasm_bindgen::JsValue::from_str(&ready))
            .ok();
    }
}

/// The worker's side does nothing outside a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn serve() {}
