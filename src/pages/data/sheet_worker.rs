//! The files worker of one spreadsheet import, as a hook: it starts with
//! the file, reads it, previews each mapping, applies the chosen one and
//! ends with the import's view.

use std::rc::Rc;

use yew::prelude::*;

use super::sheet_import::{SheetImportProps, Step};
use crate::components::make_callback;
use crate::domain::import::files::{FilesRequest, FilesResponse, SheetView};
use crate::domain::import::Mapping;
use crate::domain::{base64url, export, Timestamp};
use crate::platform::files_worker::FilesWorker;
use crate::store::{use_store, Action, Store};

/// A new reading of the file: the sheet, the header row (from 1) and the
/// mapping to start from (each `None` lets the worker choose).
pub(super) type Reread = (Option<String>, Option<u32>, Option<Mapping>);

/// The import's step and the requests to its worker.
pub(super) struct SheetWorker {
    /// Where the import stands.
    pub(super) step: UseStateHandle<Step>,
    /// Sends a request to the worker (nothing when it did not start).
    pub(super) send: Callback<FilesRequest>,
    /// Previews another mapping of the same rows.
    pub(super) remap: Callback<Mapping>,
    /// Reads the file again (another sheet, header row or saved mapping).
    pub(super) reread: Callback<Reread>,
    /// The assessment as JSON, which the worker merges into.
    pub(super) json: AttrValue,
}

/// Starts the files worker with the file, and stops it with the view.
#[hook]
pub(super) fn use_sheet_worker(p: &SheetImportProps) -> SheetWorker {
    let store = use_store();
    let step = use_state(|| Step::Reading);
    let worker = use_mut_ref(|| None::<FilesWorker>);
    let latest = use_mut_ref(|| None::<Rc<SheetView>>);
    let json = AttrValue::from(export(&store.assessment, Timestamp(0)));
    {
        let on_response = responses(&step, &latest, &store, &p.on_close);
        let (worker, file, bytes, json) = (
            worker.clone(),
            p.file.clone(),
            p.bytes.clone(),
            json.clone(),
        );
        use_effect_with(p.file.clone(), move |_| {
            match FilesWorker::start(on_response.clone()) {
                Ok(w) => {
                    w.send(&read(&file, &bytes, &json, (None, None, None)));
                    *worker.borrow_mut() = Some(w);
                }
                Err(e) => on_response.emit(FilesResponse::Failed { message: e }),
            }
            move || {
                worker.borrow_mut().take();
            }
        });
    }
    let send = make_callback(&worker, |worker, r: FilesRequest| {
        if let Some(w) = worker.borrow().as_ref() {
            w.send(&r);
        }
    });
    let remap = make_callback(&(send.clone(), json.clone()), |(send, json), mapping| {
        send.emit(FilesRequest::Preview {
            mapping,
            assessment: json.to_string(),
        })
    });
    let reread = make_callback(
        &(send.clone(), json.clone(), p.file.clone(), p.bytes.clone()),
        |(send, json, file, bytes), r: Reread| send.emit(read(file, bytes, json, r)),
    );
    SheetWorker {
        step,
        send,
        remap,
        reread,
        json,
    }
}

/// The request that reads `file` again.
fn read(
    file: &str,
    bytes: &[u8],
    json: &str,
    (sheet, header_row, mapping): Reread,
) -> FilesRequest {
    FilesRequest::ReadSpreadsheet {
        name: file.to_owned(),
        bytes: base64url::encode(bytes),
        sheet,
        header_row,
        mapping,
        assessment: json.to_owned(),
    }
}

/// What the import does with each of the worker's answers.
fn responses(
    step: &UseStateHandle<Step>,
    latest: &Rc<std::cell::RefCell<Option<Rc<SheetView>>>>,
    store: &Store,
    on_close: &Callback<()>,
) -> Callback<FilesResponse> {
    make_callback(
        &(
            step.clone(),
            latest.clone(),
            store.clone(),
            on_close.clone(),
        ),
        |(step, latest, store, on_close), r: FilesResponse| match r {
            FilesResponse::Sheet(view) => {
                let view = Rc::new(*view);
                *latest.borrow_mut() = Some(view.clone());
                step.set(Step::Mapped(view));
            }
            FilesResponse::Applied {
                name,
                json,
                new,
                updated,
            } => {
                store.dispatch(Action::ImportSheet {
                    name,
                    bytes: json.into_bytes().into(),
                    new,
                    updated,
                });
                on_close.emit(());
            }
            FilesResponse::Failed { message } => {
                step.set(Step::Failed(message, latest.borrow().clone()))
            }
            FilesResponse::Ready | FilesResponse::Rendered { .. } => {}
        },
    )
}
