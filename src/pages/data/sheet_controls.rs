//! The spreadsheet import's controls around its tables: the sheet, header
//! row and row kind; the saved mappings (save, use, export, import); and
//! the Merge and Replace buttons.

use std::rc::Rc;

use yew::prelude::*;

use super::sheet_import::Step;
use super::sheet_worker::Reread;
use crate::components::{make_callback, set_state};
use crate::domain::import::files::{FilesRequest, SheetView};
use crate::domain::import::{ImportMode, Mapping, RowKind};
use crate::domain::text::{msg, text};
use crate::platform::{download, event, storage, upload};
use crate::store::use_config;

/// Props of [`SheetOptions`].
#[derive(Properties, PartialEq)]
pub(super) struct SheetOptionsProps {
    /// The worker's view of the file.
    pub(super) view: Rc<SheetView>,
    /// Previews another mapping.
    pub(super) remap: Callback<Mapping>,
    /// Reads the file again.
    pub(super) reread: Callback<Reread>,
}

/// The sheet, the header row and what the rows become.
#[function_component]
pub(super) fn SheetOptions(p: &SheetOptionsProps) -> Html {
    let view = &p.view;
    let on_sheet = make_callback(&p.reread, |reread, e: Event| {
        reread.emit((Some(event::value(&e)), None, None));
    });
    let on_header = make_callback(
        &(p.reread.clone(), view.clone()),
        |(reread, view), e: Event| {
            if let Ok(n) = event::value(&e).trim().parse::<u32>() {
                reread.emit((Some(view.sheet.clone()), Some(n.max(1)), None));
            }
        },
    );
    let on_kind = make_callback(
        &(p.remap.clone(), view.clone()),
        |(remap, view), e: Event| {
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
        },
    );
    let kinds = [
        (RowKind::Asset, "asset", text(msg::UI_SHEET_KIND_ASSETS)),
        (RowKind::Risk, "risk", text(msg::UI_SHEET_KIND_RISKS)),
        (RowKind::Soa, "soa", text(msg::UI_SHEET_KIND_SOA)),
    ];
    html! {
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
                    { for kinds.iter().map(|(k, v, t)| html! { <option value={*v} selected={*k == view.mapping.kind}>{ t.clone() }</option> }) }
                </select>
            </label>
        </div>
    }
}

/// The saved mappings of this namespace.
fn saved(key: &str) -> Vec<Mapping> {
    storage::read(key)
        .ok()
        .flatten()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Props of [`SavedMappings`].
#[derive(Properties, PartialEq)]
pub(super) struct SavedMappingsProps {
    /// The worker's view of the file.
    pub(super) view: Rc<SheetView>,
    /// Reads the file again with a saved or imported mapping.
    pub(super) reread: Callback<Reread>,
    /// The import's step (an imported mapping that does not parse fails it).
    pub(super) step: UseStateHandle<Step>,
}

/// Mappings saved per namespace under a name, exported and imported as
/// small JSON files.
#[function_component]
pub(super) fn SavedMappings(p: &SavedMappingsProps) -> Html {
    let config = use_config();
    let key = config.namespace.mappings_key();
    let mappings = use_state(|| saved(&key));
    let mapping_name = use_state(String::new);
    let reader = use_mut_ref(|| None::<upload::FileReader>);
    let save = make_callback(
        &(mappings.clone(), mapping_name.clone(), p.view.clone(), key),
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
            if let Ok(text) =
                crate::domain::json::try_to_string(&list, crate::domain::json::Layout::Compact)
            {
                let _ = storage::write(key, &text);
            }
            mappings.set(list);
        },
    );
    let use_saved = make_callback(
        &(mappings.clone(), p.reread.clone()),
        |(mappings, reread), e: Event| {
            let name = event::value(&e);
            if let Some(m) = mappings.iter().find(|x| x.name == name) {
                reread.emit((m.sheet.clone(), m.header_row, Some(m.clone())));
            }
        },
    );
    let export_mapping = make_callback(
        &(p.view.clone(), mapping_name.clone()),
        |(view, name), _: MouseEvent| export_mapping(view, name),
    );
    let import_mapping = make_callback(
        &(reader, p.reread.clone(), p.step.clone(), p.view.clone()),
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
    let on_name = set_state(&mapping_name, |e: InputEvent| event::value(&e));
    html! {
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
    }
}

/// Downloads the view's mapping under `name` as a small JSON file.
fn export_mapping(view: &SheetView, name: &str) {
    let mut m = view.mapping.clone();
    m.name = name.to_owned();
    let file = download::sanitise_filename(&format!(
        "annexa-mapping-{}.json",
        if m.name.is_empty() {
            "sheet"
        } else {
            m.name.as_str()
        }
    ));
    let _ = download::download(&file, "application/json", m.to_json().as_bytes());
}

/// Props of [`ApplyButtons`].
#[derive(Properties, PartialEq)]
pub(super) struct ApplyButtonsProps {
    /// The worker's view of the file.
    pub(super) view: Rc<SheetView>,
    /// Sends a request to the worker.
    pub(super) send: Callback<FilesRequest>,
    /// The import's step (Applying while the worker applies).
    pub(super) step: UseStateHandle<Step>,
    /// The assessment as JSON.
    pub(super) json: AttrValue,
}

/// Merge and Replace, enabled when the preview has rows to bring in.
#[function_component]
pub(super) fn ApplyButtons(p: &ApplyButtonsProps) -> Html {
    let apply = |mode: ImportMode| {
        make_callback(
            &(
                p.send.clone(),
                p.step.clone(),
                p.json.clone(),
                p.view.clone(),
            ),
            move |(send, step, json, view), _: MouseEvent| {
                step.set(Step::Applying);
                send.emit(FilesRequest::Apply {
                    mapping: view.mapping.clone(),
                    mode,
                    assessment: json.to_string(),
                });
            },
        )
    };
    let pv = &p.view.preview;
    html! {
        <>
            <button type="button" class="primary" data-testid="sheet-merge" onclick={apply(ImportMode::Merge)} disabled={pv.new + pv.updated == 0}>{ text(msg::UI_MERGE) }</button>
            <button type="button" class="danger" onclick={apply(ImportMode::Replace)} disabled={pv.new + pv.updated == 0}>{ text(msg::UI_REPLACE) }</button>
        </>
    }
}
