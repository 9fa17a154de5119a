//! Importing a spreadsheet (an asset register, a risk register or an SoA):
//! the files worker reads it and proposes a mapping; the user picks the
//! sheet and header row, what rows become, each column's field and each
//! label's value, sees the preview (new, updated, rejected with line and
//! reason), then merges or replaces. The store keeps the data before the
//! import, so the banner offers Undo. Mappings are saved per namespace
//! under a name, and exported and imported as small JSON files.

use std::rc::Rc;

use yew::prelude::*;

use super::sheet_view::{column_table, preview_panel, value_tables};
use crate::components::make_callback;
use crate::domain::import::files::{FilesRequest, FilesResponse, SheetView};
use crate::domain::import::{ImportMode, Mapping, RowKind};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{base64url, export, Timestamp};
use crate::platform::{download, event, files_worker::FilesWorker, storage, upload};
use crate::store::{use_config, use_store, Action};

/// Where the import stands.
#[derive(Clone, PartialEq)]
enum Step {
    Reading,
    Mapped(Rc<SheetView>),
    Applying,
    Failed(String, Option<Rc<SheetView>>),
}

/// Props of [`SheetImport`].
#[derive(Properties, PartialEq)]
pub(super) struct SheetImportProps {
    /// The file's name.
    pub(super) file: String,
    /// Its bytes.
    pub(super) bytes: Rc<[u8]>,
    /// Called when the import ends (applied or cancelled).
    pub(super) on_close: Callback<()>,
}

/// The saved mappings of this namespace.
fn saved(key: &str) -> Vec<Mapping> {
    storage::read(key)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// The spreadsheet import's steps.
#[function_component]
pub(super) fn SheetImport(p: &SheetImportProps) -> Html {
    let store = use_store();
    let config = use_config();
    let step = use_state(|| Step::Reading);
    let worker = use_mut_ref(|| None::<FilesWorker>);
    let latest = use_mut_ref(|| None::<Rc<SheetView>>);
    let mapping_name = use_state(String::new);
    let reader = use_mut_ref(|| None::<upload::FileReader>);
    let key = config.namespace.mappings_key();
    let mappings = use_state(|| saved(&key));
    let assessment_json = export(&store.assessment, Timestamp(0));

    // The worker starts with the file, and ends with this view.
    {
        let (step, worker, latest, store, on_close) = (
            step.clone(),
            worker.clone(),
            latest.clone(),
            store.clone(),
            p.on_close.clone(),
        );
        let (file, bytes, json) = (p.file.clone(), p.bytes.clone(), assessment_json.clone());
        use_effect_with(p.file.clone(), move |_| {
            let on_response = Callback::from(move |r: FilesResponse| match r {
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
            });
            match FilesWorker::start(on_response.clone()) {
                Ok(w) => {
                    w.send(&FilesRequest::ReadSpreadsheet {
                        name: file,
                        bytes: base64url::encode(&bytes),
                        sheet: None,
                        header_row: None,
                        mapping: None,
                        assessment: json,
                    });
                    *worker.borrow_mut() = Some(w);
                }
                Err(e) => on_response.emit(FilesResponse::Failed { message: e }),
            }
            let worker = worker.clone();
            move || {
                worker.borrow_mut().take();
            }
        });
    }

    let send: Rc<dyn Fn(FilesRequest)> = {
        let worker = worker.clone();
        Rc::new(move |r: FilesRequest| {
            if let Some(w) = worker.borrow().as_ref() {
                w.send(&r);
            }
        })
    };
    let remap: Callback<Mapping> = {
        let (send, json) = (send.clone(), assessment_json.clone());
        Callback::from(move |mapping: Mapping| {
            send(FilesRequest::Preview {
                mapping,
                assessment: json.clone(),
            })
        })
    };
    let reread: Callback<(Option<String>, Option<u32>, Option<Mapping>)> = {
        let (send, json, file, bytes) = (
            send.clone(),
            assessment_json.clone(),
            p.file.clone(),
            p.bytes.clone(),
        );
        Callback::from(move |(sheet, header_row, mapping)| {
            send(FilesRequest::ReadSpreadsheet {
                name: file.clone(),
                bytes: base64url::encode(&bytes),
                sheet,
                header_row,
                mapping,
                assessment: json.clone(),
            })
        })
    };

    let cancel = {
        let on_close = p.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let view = match &*step {
        Step::Reading => {
            return html! {
                <div class="confirm" role="region" aria-label={text(msg::UI_SPREADSHEET_IMPORT)}>
                    <p role="status">{ text_with(msg::UI_SHEET_READING, &[("file", p.file.to_string().into())]) }</p>
                    <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
                </div>
            }
        }
        Step::Applying => return html! { <p role="status">{ text(msg::UI_IMPORTING) }</p> },
        Step::Failed(message, None) => {
            return html! {
                <div class="confirm" role="region" aria-label={text(msg::UI_SPREADSHEET_IMPORT)}>
                    <p class="error" role="alert">{ message.clone() }</p>
                    <button type="button" onclick={cancel}>{ text(msg::UI_CLOSE) }</button>
                </div>
            }
        }
        Step::Failed(_, Some(v)) | Step::Mapped(v) => v.clone(),
    };
    let error = match &*step {
        Step::Failed(m, _) => Some(m.clone()),
        _ => None,
    };
    let m = &view.mapping;

    let on_sheet = make_callback(&reread, |reread, e: Event| {
        reread.emit((Some(event::value(&e)), None, None));
    });
    let on_header = make_callback(
        &(reread.clone(), view.clone()),
        |(reread, view), e: Event| {
            if let Ok(n) = event::value(&e).trim().parse::<u32>() {
                reread.emit((Some(view.sheet.clone()), Some(n.max(1)), None));
            }
        },
    );
    let on_kind = make_callback(&(remap.clone(), view.clone()), |(remap, view), e: Event| {
        let k = match event::value(&e).as_str() {
            "risk" => RowKind::Risk,
            "soa" => RowKind::Soa,
            _ => RowKind::Asset,
        };
        let mut m = view.mapping.clone();
        if m.kind != k {
            m.kind = k;
            // No columns: the worker proposes them again for the new kind.
            m.columns.clear();
            remap.emit(m);
        }
    });
    let merge = apply_callback(&send, &step, &assessment_json, m, ImportMode::Merge);
    let replace = apply_callback(&send, &step, &assessment_json, m, ImportMode::Replace);

    // Saved mappings: save under a name, use one, export, import.
    let save = make_callback(
        &(
            mappings.clone(),
            mapping_name.clone(),
            view.clone(),
            key.clone(),
        ),
        |(mappings, name, view, key), _: MouseEvent| {
            let name = name.trim().to_owned();
            if name.is_empty() {
                return;
            }
            let mut list: Vec<Mapping> = (**mappings).clone();
            list.retain(|x| x.name != name);
            let mut m = view.mapping.clone();
            m.name = name;
            list.push(m);
            if let Ok(text) = serde_json::to_string(&list) {
                let _ = storage::write(key, &text);
            }
            mappings.set(list);
        },
    );
    let use_saved = make_callback(
        &(mappings.clone(), reread.clone()),
        |(mappings, reread), e: Event| {
            let name = event::value(&e);
            if let Some(m) = mappings.iter().find(|x| x.name == name) {
                reread.emit((m.sheet.clone(), m.header_row, Some(m.clone())));
            }
        },
    );
    let export_mapping = make_callback(
        &(view.clone(), mapping_name.clone()),
        |(view, name), _: MouseEvent| {
            let mut m = view.mapping.clone();
            m.name = (**name).clone();
            let file = download::sanitise_filename(&format!(
                "annexa-mapping-{}.json",
                if m.name.is_empty() {
                    "sheet"
                } else {
                    m.name.as_str()
                }
            ));
            let _ = download::download(&file, "application/json", m.to_json().as_bytes());
        },
    );
    let import_mapping = make_callback(
        &(reader.clone(), reread.clone(), step.clone(), view.clone()),
        |(reader, reread, step, view), e: Event| {
            let Some(file) = event::take_file(&e) else {
                return;
            };
            let (reread, step, view) = (reread.clone(), step.clone(), view.clone());
            *reader.borrow_mut() = upload::read_file(file, move |res| {
                let parsed = res.and_then(|(_, b)| {
                    Mapping::from_json(&String::from_utf8_lossy(&b)).map_err(|e| e.to_string())
                });
                match parsed {
                    Ok(m) => reread.emit((m.sheet.clone(), m.header_row, Some(m))),
                    Err(e) => step.set(Step::Failed(e, Some(view))),
                }
            });
        },
    );
    let on_name = make_callback(&mapping_name, |name, e: InputEvent| {
        name.set(event::value(&e));
    });

    let kinds = [
        (RowKind::Asset, "asset", text(msg::UI_SHEET_KIND_ASSETS)),
        (RowKind::Risk, "risk", text(msg::UI_SHEET_KIND_RISKS)),
        (RowKind::Soa, "soa", text(msg::UI_SHEET_KIND_SOA)),
    ];
    let pv = &view.preview;
    html! {
        <div class="confirm sheet-import" role="region" aria-label={text(msg::UI_SPREADSHEET_IMPORT)} data-testid="sheet-import">
            <p><strong>{ text_with(msg::UI_SHEET_IMPORT_ROWS, &[("sheet", view.name.to_string().into()), ("rows", view.rows.to_string().into())]) }</strong></p>
            <div class="row">
                if view.sheets.len() > 1 {
                    <label>{ text(msg::UI_SHEET) }
                        <select id="sheet-pick" onchange={on_sheet}>
                            { for view.sheets.iter().map(|s| html! { <option value={s.clone()} selected={*s == view.sheet}>{ s.clone() }</option> }) }
                        </select>
                    </label>
                }
                <label>{ text(msg::UI_HEADER_ROW) }
                    <input id="sheet-header-row" type="number" min="1" value={view.header_row.to_string()} onchange={on_header} />
                </label>
                <label>{ text(msg::UI_ROWS_BECOME) }
                    <select id="sheet-kind" onchange={on_kind}>
                        { for kinds.iter().map(|(k, v, t)| html! { <option value={*v} selected={*k == m.kind}>{ t.clone() }</option> }) }
                    </select>
                </label>
            </div>
            { column_table(&view, &remap) }
            { value_tables(&view, &store.assessment.method, &remap) }
            { preview_panel(pv) }
            if let Some(e) = error {
                <p class="error" role="alert">{ e }</p>
            }
            <div class="row">
                <label>{ text(msg::UI_MAPPING_NAME) }
                    <input id="mapping-name" type="text" value={(*mapping_name).clone()} oninput={on_name}
                        maxlength={crate::domain::MAX_TEXT.to_string()} />
                </label>
                <button type="button" onclick={save}>{ text(msg::UI_SAVE_MAPPING) }</button>
                if !mappings.is_empty() {
                    <label>{ text(msg::UI_USE_A_SAVED_MAPPING) }
                        <select id="mapping-saved" onchange={use_saved}>
                            <option value="" selected=true>{ "—" }</option>
                            { for mappings.iter().map(|x| html! { <option value={x.name.clone()}>{ x.name.clone() }</option> }) }
                        </select>
                    </label>
                }
                <button type="button" onclick={export_mapping}>{ text(msg::UI_EXPORT_MAPPING) }</button>
                <label class="file">
                    <span>{ text(msg::UI_IMPORT_MAPPING) }</span>
                    <input type="file" accept=".json,application/json" onchange={import_mapping} />
                </label>
            </div>
            <p>{ text(msg::UI_MERGE_ADDS_NEW_ROWS_AND_UPDATES) }</p>
            <button type="button" class="primary" data-testid="sheet-merge" onclick={merge} disabled={pv.new + pv.updated == 0}>{ text(msg::UI_MERGE) }</button>
            <button type="button" class="danger" onclick={replace} disabled={pv.new + pv.updated == 0}>{ text(msg::UI_REPLACE) }</button>
            <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
        </div>
    }
}

fn apply_callback(
    send: &Rc<dyn Fn(FilesRequest)>,
    step: &UseStateHandle<Step>,
    json: &str,
    mapping: &Mapping,
    mode: ImportMode,
) -> Callback<MouseEvent> {
    let (send, step, json, mapping) =
        (send.clone(), step.clone(), json.to_owned(), mapping.clone());
    Callback::from(move |_: MouseEvent| {
        step.set(Step::Applying);
        send(FilesRequest::Apply {
            mapping: mapping.clone(),
            mode,
            assessment: json.clone(),
        });
    })
}
