//! The simulation's Web Workers: the page starts a [`QuantRun`], which
//! shares the job's years between the warm pool's `annexa-worker`s (their
//! own wasm, built by Trunk from `src/bin/annexa-worker.rs`; the pool and
//! the relay of the shares to the lead are in `quant_pool`) and hears
//! progress and the result back; cancelling terminates the workers still
//! at work. [`serve`] is the worker's side.
//!
//! The worker is a same-origin script (`annexa-worker_loader.js`), so the
//! shipped CSP (`script-src 'self'`, which `worker-src` falls back to) lets
//! it load: no blob: URL, no inline script. Messages are JSON strings; the
//! worker says `ready` once its WebAssembly listens, and only then gets the
//! job.
//!
//! The workers are warm: started on the first run (never on the first
//! visit), they are kept between runs, so a run does not pay for a cold
//! engine (V8 compiles the sampler to optimised code once; a fresh instance
//! ran the same loop three to four times slower). Cancelling, or dropping a
//! run before it ends, terminates the workers still at work; the next run
//! starts new ones in their place.
//!
//! Native builds (tests, server-side rendering) run the job at once on the
//! calling thread.

use yew::Callback;

use crate::domain::quant::{Job, WorkerReport};
#[cfg(target_arch = "wasm32")]
use crate::domain::text::{msg, text, text_with};

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

/// A simulation running in the pool's workers ([`quant_pool`](super::quant_pool)).
/// Dropping it (or [`QuantRun::cancel`]) stops every worker still at work
/// at once; the others stay warm for the next run.
pub struct QuantRun {
    #[cfg(target_arch = "wasm32")]
    _run: super::quant_pool::PoolRun,
}

impl std::fmt::Debug for QuantRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("QuantRun")
    }
}

impl QuantRun {
    /// Starts `job`, its years shared between the warm pool's workers
    /// (started now on the first run); `on_report` hears the progress of
    /// all of them as one, the result or the first failure. Fails when the
    /// browser cannot start a worker.
    #[cfg(target_arch = "wasm32")]
    pub fn start(job: &Job, on_report: Callback<WorkerReport>) -> Result<QuantRun, String> {
        Ok(QuantRun {
            _run: super::quant_pool::PoolRun::start(job, on_report)?,
        })
    }

    /// Runs `job` at once on this thread (native builds have no workers).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn start(job: &Job, on_report: Callback<WorkerReport>) -> Result<QuantRun, String> {
        let text = crate::domain::json::try_to_string(
            &crate::domain::quant::WorkerRequest::Run(job.clone()),
            crate::domain::json::Layout::Compact,
        )
        .map_err(|e| {
            crate::domain::text::text_with(
                crate::domain::text::msg::QUANT_JOB_NOT_WRITTEN,
                &[("why", e.to_string().into())],
            )
        })?;
        crate::domain::quant::run_json(&text, |r| on_report.emit(r.clone()));
        Ok(QuantRun {})
    }

    /// Stops the run; nothing more is reported.
    pub fn cancel(self) {
        // Its workers stop as it goes (`PoolRun`'s `Drop`).
        let QuantRun { .. } = self;
    }
}

/// The name a simulation worker of the pool carries (the browser's
/// developer tools show it).
pub const SIMULATION_WORKER_NAME: &str = "annexa-simulation";

/// Starts the worker's program under `name` (a simulation worker, or the
/// autosave's check), saying why when the browser refuses.
#[cfg(target_arch = "wasm32")]
pub(super) fn new_worker(name: &str) -> Result<web_sys::Worker, String> {
    let url = worker_url();
    let options = web_sys::WorkerOptions::new();
    options.set_name(name);
    web_sys::Worker::new_with_options(&url, &options).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "SecurityError" {
            text_with(
                msg::QUANT_WORKER_CROSS_SITE,
                &[("url", url.as_str().into())],
            )
        } else {
            text_with(
                msg::QUANT_WORKER_NOT_STARTED,
                &[("why", describe(&e).into())],
            )
        }
    })
}

#[cfg(target_arch = "wasm32")]
pub(super) fn describe(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(e.clone())
        .message()
        .as_string()
        .unwrap_or_else(|| text(msg::REASON_UNKNOWN_ERROR))
}

/// The worker's side: answers the autosave's checks
/// ([`save_check::answer`](super::save_check::answer)) and each other
/// message (a JSON request, or `[header, buffer]` for a part handed on to
/// the lead) through a
/// [`ShareWorker`](crate::domain::quant::ShareWorker), posting progress,
/// parts (`[header, buffer]`, the buffer transferred) and the result.
/// Called by `annexa-worker`'s `main`.
#[cfg(target_arch = "wasm32")]
pub fn serve() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post_scope = scope.clone();
    let mut session = crate::domain::quant::ShareWorker::new();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            // The autosave's load-again check (a worker of its own).
            if super::save_check::answer(&post_scope, &e.data()) {
                return;
            }
            let (request, data) = read_message(e.data());
            let performance = post_scope.performance();
            let now = move || performance.as_ref().map_or(0.0, |p| p.now());
            let memory = || {
                wasm_bindgen::memory()
                    .unchecked_into::<js_sys::WebAssembly::Memory>()
                    .buffer()
                    .unchecked_into::<js_sys::ArrayBuffer>()
                    .byte_length() as f64
            };
            session.handle(&request, data.as_deref(), &now, &memory, |r, data| {
                post_report(&post_scope, r, data)
            });
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    if let Ok(ready) = crate::domain::json::try_to_string(
        &WorkerReport::Ready,
        crate::domain::json::Layout::Compact,
    ) {
        scope
            .post_message(&wasm_bindgen::JsValue::from_str(&ready))
            .ok();
    }
}

/// A message to a worker: its JSON, and the `f32`s of a part's buffer.
#[cfg(target_arch = "wasm32")]
fn read_message(data: wasm_bindgen::JsValue) -> (String, Option<Vec<f32>>) {
    use wasm_bindgen::JsCast;
    if js_sys::Array::is_array(&data) {
        let a: js_sys::Array = data.unchecked_into();
        let buffer = a.get(1);
        let floats = buffer
            .is_instance_of::<js_sys::ArrayBuffer>()
            .then(|| js_sys::Float32Array::new(&buffer).to_vec());
        (a.get(0).as_string().unwrap_or_default(), floats)
    } else {
        (data.as_string().unwrap_or_default(), None)
    }
}

/// Posts a report; a part's losses go next to it as a transferred buffer.
#[cfg(target_arch = "wasm32")]
fn post_report(
    scope: &web_sys::DedicatedWorkerGlobalScope,
    report: &WorkerReport,
    data: Option<Vec<f32>>,
) {
    use wasm_bindgen::JsValue;
    // By kind, not in words: the worker's module carries no text layer.
    let text = crate::domain::json::try_to_string(report, crate::domain::json::Layout::Compact)
        .unwrap_or_else(|e| {
            let fault =
                WorkerReport::Fault(crate::domain::quant::WorkerFault::NotWritten(e.to_string()));
            crate::domain::json::to_string(&fault, crate::domain::json::Layout::Compact)
        });
    let Some(data) = data else {
        scope.post_message(&JsValue::from_str(&text)).ok();
        return;
    };
    let floats = js_sys::Float32Array::new_with_length(data.len() as u32);
    floats.copy_from(&data);
    let buffer = floats.buffer();
    let message = js_sys::Array::of2(&JsValue::from_str(&text), &buffer);
    scope
        .post_message_with_transfer(&message, &js_sys::Array::of1(&buffer))
        .ok();
}

/// The worker's side does nothing outside a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn serve() {}
