//! The files the page does not write itself: the XLSX workbook and the DOCX
//! documents come from the files worker (`annexa-files`, the only wasm that
//! links rust_xlsxwriter and docx-rs), started on the first such click, so
//! a first visit never loads the writers. One worker serves the page; each
//! button shows "Preparing…" while its file is written and the outcome
//! after.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::make_callback;
use crate::domain::import::files::{FilesRequest, FilesResponse, Rendered};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{self, base64url};
use crate::platform::{self, download, files_worker::FilesWorker};
use crate::store::Store;

/// Where a file asked of the worker stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum RenderStatus {
    /// The worker is writing it.
    Preparing,
    /// Downloaded: the message that says so.
    Done(String),
    /// It failed: what to do.
    Failed(String),
}

/// The page's files worker (started on demand) and the status of the file
/// last asked for.
#[derive(Clone)]
pub(super) struct Renderer {
    worker: Rc<RefCell<Option<FilesWorker>>>,
    status: UseStateHandle<Option<(Rendered, RenderStatus)>>,
}

/// The renderer of a page: call once per render of the Data page.
#[hook]
pub(super) fn use_renderer() -> Renderer {
    Renderer {
        worker: use_mut_ref(|| None::<FilesWorker>),
        status: use_state(|| None),
    }
}

impl Renderer {
    /// What the worker answered: the file is offered as a download.
    fn on_response(
        status: &UseStateHandle<Option<(Rendered, RenderStatus)>>,
    ) -> Callback<FilesResponse> {
        make_callback(status, |status, r: FilesResponse| match r {
            FilesResponse::Rendered {
                what,
                name,
                media_type,
                bytes,
            } => {
                let done = base64url::decode(&bytes)
                    .and_then(|b| download::download(&name, &media_type, &b));
                status.set(Some((
                    what,
                    match done {
                        Ok(()) => RenderStatus::Done(text_with(
                            msg::UI_DATA_EXPORTED,
                            &[("file", name.as_str().into())],
                        )),
                        Err(e) => RenderStatus::Failed(text_with(
                            msg::UI_DATA_NOT_DOWNLOADED,
                            &[
                                ("file", name.as_str().into()),
                                ("error", e.to_string().into()),
                            ],
                        )),
                    },
                )));
            }
            FilesResponse::Failed { message } => {
                let what = status.as_ref().map_or(Rendered::Workbook, |(w, _)| *w);
                status.set(Some((
                    what,
                    RenderStatus::Failed(text_with(
                        msg::UI_DATA_NOT_WRITTEN,
                        &[("error", message.as_str().into())],
                    )),
                )));
            }
            FilesResponse::Ready | FilesResponse::Sheet(_) | FilesResponse::Applied { .. } => {}
        })
    }

    /// Asks the worker for `what`, starting it if need be.
    fn ask(&self, store: &Store, what: Rendered) {
        if matches!(&*self.status, Some((_, RenderStatus::Preparing))) {
            return;
        }
        if matches!(&*self.status, Some((_, RenderStatus::Failed(_)))) {
            // A worker that failed may have stopped: the next file gets a
            // new one.
            self.worker.borrow_mut().take();
        }
        self.status.set(Some((what, RenderStatus::Preparing)));
        if self.worker.borrow().is_none() {
            match FilesWorker::start(Self::on_response(&self.status)) {
                Ok(w) => *self.worker.borrow_mut() = Some(w),
                Err(e) => {
                    self.status.set(Some((what, RenderStatus::Failed(e))));
                    return;
                }
            }
        }
        let now = platform::now();
        if let Some(w) = self.worker.borrow().as_ref() {
            w.send(&FilesRequest::Render {
                assessment: domain::export(&store.assessment, now),
                today: now.date(),
                what,
            });
        }
    }

    /// A button that downloads `what`, with its status beside it.
    pub(super) fn button(&self, store: &Store, what: Rendered, label: &str) -> Html {
        let onclick = make_callback(
            &(self.clone(), store.clone()),
            move |(r, store), _: MouseEvent| r.ask(store, what),
        );
        let status = match &*self.status {
            Some((w, s)) if *w == what => Some(s.clone()),
            _ => None,
        };
        let busy = status == Some(RenderStatus::Preparing);
        html! {
            <>
                <button type="button" {onclick} disabled={busy} aria-busy={busy.to_string()}>{ label.to_owned() }</button>
                { match status {
                    None => html! {},
                    Some(RenderStatus::Preparing) => html! { <span class="note" role="status">{ text(msg::UI_PREPARING) }</span> },
                    Some(RenderStatus::Done(m)) => html! { <span role="status">{ m }</span> },
                    Some(RenderStatus::Failed(m)) => html! { <span class="error" role="alert">{ m }</span> },
                } }
            </>
        }
    }
}
