//! The files worker: `annexa-files`, a second Web Worker with its own wasm
//! (built by Trunk from `src/bin/annexa-files.rs` with the `files`
//! feature), the only code that links the spreadsheet readers and the XLSX
//! and DOCX writers. The page creates it only when the user picks a
//! spreadsheet to import or asks for an XLSX or DOCX file, so a first
//! visit loads none of it. Messages are JSON text of the core's
//! [`FilesRequest`] and [`FilesResponse`]; requests sent before the worker
//! says `ready` wait in a queue.
//!
//! Native builds (tests, server-side rendering) answer every request with
//! a message that spreadsheets are read in the browser.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use crate::domain::import::files::{FilesRequest, FilesResponse};

/// The worker's loader script, next to index.html in dist/.
pub const FILES_WORKER_URL: &str = "./annexa-files_loader.js";

#[cfg(target_arch = "wasm32")]
type OnMessage = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>;
#[cfg(target_arch = "wasm32")]
type OnError = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::ErrorEvent)>;

/// A running files worker; dropping it terminates the worker.
pub struct FilesWorker {
    #[cfg(target_arch = "wasm32")]
    worker: web_sys::Worker,
    #[cfg(target_arch = "wasm32")]
    _listeners: (OnMessage, OnError),
    /// Requests waiting for `ready` (`None` once it came).
    queue: Rc<RefCell<Option<Vec<String>>>>,
    on_response: Callback<FilesResponse>,
}

impl std::fmt::Debug for FilesWorker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FilesWorker")
    }
}

impl FilesWorker {
    /// Starts the worker; `on_response` hears every response but `Ready`.
    #[cfg(target_arch = "wasm32")]
    pub fn start(on_response: Callback<FilesResponse>) -> Result<FilesWorker, String> {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;

        let url = super::quant_worker::resolve(FILES_WORKER_URL);
        let worker = web_sys::Worker::new(&url).map_err(|_| {
            format!("the browser could not start Annexa's files worker (the spreadsheet reader and the XLSX and DOCX writers) from {url}; reload the page, or open Annexa on its own page")
        })?;
        let queue: Rc<RefCell<Option<Vec<String>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let on_message = {
            let (cb, to, queue) = (on_response.clone(), worker.clone(), queue.clone());
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let response = e
                    .data()
                    .as_string()
                    .and_then(|s| serde_json::from_str::<FilesResponse>(&s).ok())
                    .unwrap_or_else(|| FilesResponse::Failed {
                        message:
                            "the files worker sent a message Annexa cannot read; reload the page"
                                .into(),
                    });
                if response == FilesResponse::Ready {
                    let waiting = queue.borrow_mut().take().unwrap_or_default();
                    for text in waiting {
                        to.post_message(&wasm_bindgen::JsValue::from_str(&text))
                            .ok();
                    }
                    return;
                }
                cb.emit(response);
            })
        };
        let on_error = {
            let cb = on_response.clone();
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                cb.emit(FilesResponse::Failed {
                    message: format!(
                        "the files worker (spreadsheet reader, XLSX and DOCX writer) stopped with an error ({}); your data is unchanged. Offline, it loads only if this browser used it before: go online once. For a spreadsheet, try a smaller file, or save it again as CSV",
                        e.message()
                    ),
                });
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(FilesWorker {
            worker,
            _listeners: (on_message, on_error),
            queue,
            on_response,
        })
    }

    /// Native builds have no workers: every request is answered with a
    /// message.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn start(on_response: Callback<FilesResponse>) -> Result<FilesWorker, String> {
        Ok(FilesWorker {
            queue: Rc::new(RefCell::new(None)),
            on_response,
        })
    }

    /// Sends a request; its response comes to `on_response`.
    pub fn send(&self, request: &FilesRequest) {
        let text = match serde_json::to_string(request) {
            Ok(t) => t,
            Err(e) => {
                self.on_response.emit(FilesResponse::Failed {
                    message: format!("the request could not be written ({e})"),
                });
                return;
            }
        };
        if let Some(q) = self.queue.borrow_mut().as_mut() {
            q.push(text);
            return;
        }
        #[cfg(target_arch = "wasm32")]
        if self
            .worker
            .post_message(&wasm_bindgen::JsValue::from_str(&text))
            .is_err()
        {
            self.on_response.emit(FilesResponse::Failed {
                message: "the request could not be sent to the files worker; try again".into(),
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = text;
            self.on_response.emit(FilesResponse::Failed {
                message: "spreadsheets are read, and XLSX and DOCX files written, in the browser"
                    .into(),
            });
        }
    }
}

impl Drop for FilesWorker {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        {
            self.worker.set_onmessage(None);
            self.worker.set_onerror(None);
            self.worker.terminate();
        }
    }
}

/// The worker's side: answers each request. Called by `annexa-files`'s
/// `main` (feature `files`).
#[cfg(all(target_arch = "wasm32", feature = "files"))]
pub fn serve() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post_scope = scope.clone();
    let state = RefCell::new(crate::domain::import::files::FilesWorker::new());
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
        move |e: web_sys::MessageEvent| {
            let request = e.data().as_string().unwrap_or_default();
            let response = state.borrow_mut().handle_json(&request);
            let text = serde_json::to_string(&response).unwrap_or_else(|e| {
                format!("{{\"response\":\"failed\",\"message\":\"the answer could not be written ({e})\"}}")
            });
            post_scope
                .post_message(&wasm_bindgen::JsValue::from_str(&text))
                .ok();
        },
    );
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Ok(ready) = serde_json::to_string(&FilesResponse::Ready) {
        scope
            .post_message(&wasm_bindgen::JsValue::from_str(&ready))
            .ok();
    }
}
