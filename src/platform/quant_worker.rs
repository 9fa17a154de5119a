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
//! The worker is warm: started on the first run (never on the first visit),
//! it is kept between runs, so a run does not pay for a cold engine (V8
//! compiles the sampler to optimised code once; a fresh instance ran the
//! same loop three to four times slower). Cancelling, or dropping a run
//! before it ends, terminates it; the next run starts a new one.
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

/// The warm worker, kept between runs, and whether it has said `ready`.
#[cfg(target_arch = "wasm32")]
struct Warm {
    worker: web_sys::Worker,
    ready: std::rc::Rc<std::cell::Cell<bool>>,
    /// A run holds it (two instances on one page may run at once: the
    /// second gets a worker of its own, not kept).
    busy: bool,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static WARM: std::cell::RefCell<Option<Warm>> = const { std::cell::RefCell::new(None) };
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
    /// Set when the worker has answered the job (done or refused) and can
    /// take the next one; otherwise dropping the run terminates it.
    #[cfg(target_arch = "wasm32")]
    idle: std::rc::Rc<std::cell::Cell<bool>>,
    /// The worker is the warm one (kept after the run when idle).
    #[cfg(target_arch = "wasm32")]
    pooled: bool,
}

impl std::fmt::Debug for QuantRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("QuantRun")
    }
}

impl QuantRun {
    /// Starts `job` in the warm worker (started now on the first run);
    /// `on_report` hears progress, the result or the failure. Fails when
    /// the browser cannot start the worker.
    #[cfg(target_arch = "wasm32")]
    pub fn start(job: &Job, on_report: Callback<WorkerReport>) -> Result<QuantRun, String> {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;

        let text = serde_json::to_string(&WorkerRequest::Run(job.clone()))
            .map_err(|e| format!("the simulation job could not be written ({e})"))?;
        let warm = WARM.with(|w| {
            let mut w = w.borrow_mut();
            match w.as_mut() {
                Some(warm) if !warm.busy => {
                    warm.busy = true;
                    Some((warm.worker.clone(), warm.ready.clone()))
                }
                _ => None,
            }
        });
        let pooled = warm.is_some() || WARM.with(|w| w.borrow().is_none());
        let (worker, ready) = match warm {
            Some(pair) => pair,
            None => {
                let worker = new_worker()?;
                let ready = std::rc::Rc::new(std::cell::Cell::new(false));
                if pooled {
                    WARM.with(|w| {
                        *w.borrow_mut() = Some(Warm {
                            worker: worker.clone(),
                            ready: ready.clone(),
                            busy: true,
                        })
                    });
                }
                (worker, ready)
            }
        };
        let idle = std::rc::Rc::new(std::cell::Cell::new(false));
        let on_message = {
            let cb = on_report.clone();
            let (to, text, ready, idle) = (worker.clone(), text, ready.clone(), idle.clone());
            let send = move |to: &web_sys::Worker, cb: &Callback<WorkerReport>| {
                if let Err(e) = to.post_message(&wasm_bindgen::JsValue::from_str(&text)) {
                    cb.emit(WorkerReport::Failed(format!(
                        "the simulation job could not be sent ({})",
                        describe(&e)
                    )));
                }
            };
            // A warm worker listens already: the job goes at once.
            if ready.get() {
                send(&to, &cb);
            }
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
                    ready.set(true);
                    send(&to, &cb);
                    return;
                }
                if matches!(report, WorkerReport::Done(_) | WorkerReport::Failed(_)) {
                    idle.set(true);
                }
                cb.emit(report);
            })
        };
        let on_error = {
            let cb = on_report;
            let idle = idle.clone();
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                // A worker that failed this way is not reused.
                idle.set(false);
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
            idle,
            pooled,
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
            let keep = self.pooled && self.idle.get();
            if !keep {
                // Still running (cancelled), broken, or not the warm one:
                // stop it; the next run starts a fresh warm worker.
                self.worker.terminate();
            }
            if self.pooled {
                WARM.with(|w| {
                    let mut w = w.borrow_mut();
                    if keep {
                        if let Some(warm) = w.as_mut() {
                            warm.busy = false;
                        }
                    } else {
                        *w = None;
                    }
                });
            }
        }
    }
}

/// Starts the simulation worker, saying why when the browser refuses.
#[cfg(target_arch = "wasm32")]
fn new_worker() -> Result<web_sys::Worker, String> {
    let url = worker_url();
    web_sys::Worker::new(&url).map_err(|e| {
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
    })
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
