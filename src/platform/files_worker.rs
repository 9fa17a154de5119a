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
use crate::domain::text::{msg, text, text_with};

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
            text_with(
                msg::FILES_WORKER_NOT_STARTED,
                &[("url", url.as_str().into())],
            )
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
                        message: text(msg::FILES_WORKER_UNREADABLE),
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
                    message: text_with(msg::FILES_WORKER_STOPPED, &[("why", e.message().into())]),
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
        let json =
            match crate::domain::json::try_to_string(request, crate::domain::json::Layout::Compact)
            {
                Ok(t) => t,
                Err(e) => {
                    self.on_response.emit(FilesResponse::Failed {
                        message: text_with(
                            msg::FILES_REQUEST_NOT_WRITTEN,
                            &[("why", e.to_string().into())],
                        ),
                    });
                    return;
                }
            };
        if let Some(q) = self.queue.borrow_mut().as_mut() {
            q.push(json);
            return;
        }
        #[cfg(target_arch = "wasm32")]
        if self
            .worker
            .post_message(&wasm_bindgen::JsValue::from_str(&json))
            .is_err()
        {
            self.on_response.emit(FilesResponse::Failed {
                message: text(msg::FILES_REQUEST_NOT_SENT),
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let _ = json;
            self.on_response.emit(FilesResponse::Failed {
                message: text(msg::FILES_BROWSER_ONLY),
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
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let request = e.data().as_string().unwrap_or_default();
            let response = state.borrow_mut().handle_json(&request);
            let text =
                crate::domain::json::try_to_string(&response, crate::domain::json::Layout::Compact)
                    .unwrap_or_else(|e| {
                        // Written by serde, so quotes in the reason keep the
                        // answer valid JSON; a plain message always serialises.
                        let failed = FilesResponse::Failed {
                            message: text_with(
                                msg::FILES_ANSWER_NOT_WRITTEN,
                                &[("why", e.to_string().into())],
                            ),
                        };
                        crate::domain::json::to_string(
                            &failed,
                            crate::domain::json::Layout::Compact,
                        )
                    });
            post_scope
                .post_message(&wasm_bindgen::JsValue::from_str(&text))
                .ok();
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Ok(ready) = crate::domain::json::try_to_string(
        &FilesResponse::Ready,
        crate::domain::json::Layout::Compact,
    ) {
        scope
            .post_message(&wasm_bindgen::JsValue::from_str(&ready))
            .ok();
    }
}
