//! Importing a spreadsheet (an asset register, a risk register or an SoA):
//! the files worker reads it and proposes a mapping; the user picks the
//! sheet and header row, what rows become, each column's field and each
//! label's value, sees the preview (new, updated, rejected with line and
//! reason), then merges or replaces. The store keeps the data before the
//! import, so the banner offers Undo. Mappings are saved per namespace
//! under a name, and exported and imported as small JSON files.

use std::rc::Rc;

use yew::prelude::*;

use super::sheet_controls::{ApplyButtons, SavedMappings, SheetOptions};
use super::sheet_view::{column_table, preview_panel, value_tables};
use super::sheet_worker::use_sheet_worker;
use crate::components::emit_unit;
use crate::domain::import::files::SheetView;
use crate::domain::text::{msg, text, text_with};
use crate::store::use_store;

/// Where the import stands.
#[derive(Clone, PartialEq)]
pub(super) enum Step {
    /// The worker reads the file.
    Reading,
    /// The worker proposed a mapping and its preview.
    Mapped(Rc<SheetView>),
    /// The worker applies the mapping.
    Applying,
    /// The worker failed, with the last view when there was one.
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

/// The spreadsheet import's steps.
#[function_component]
pub(super) fn SheetImport(p: &SheetImportProps) -> Html {
    let store = use_store();
    let w = use_sheet_worker(p);
    let cancel = emit_unit::<MouseEvent>(&p.on_close);
    let view = match &*w.step {
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
    let error = match &*w.step {
        Step::Failed(m, _) => Some(m.clone()),
        _ => None,
    };
    html! {
        <div class="confirm sheet-import" role="region" aria-label={text(msg::UI_SPREADSHEET_IMPORT)} data-testid="sheet-import">
            <p><strong>{ text_with(msg::UI_SHEET_IMPORT_ROWS, &[("sheet", view.name.to_string().into()), ("rows", view.rows.to_string().into())]) }</strong></p>
            <SheetOptions view={view.clone()} remap={w.remap.clone()} reread={w.reread.clone()} />
            { column_table(&view, &w.remap) }
            { value_tables(&view, &store.assessment.method, &w.remap) }
            { preview_panel(&view.preview) }
            if let Some(e) = error {
                <p class="error" role="alert">{ e }</p>
            }
            <SavedMappings view={view.clone()} reread={w.reread.clone()} step={w.step.clone()} />
            <p>{ text(msg::UI_MERGE_ADDS_NEW_ROWS_AND_UPDATES) }</p>
            <ApplyButtons {view} send={w.send.clone()} step={w.step.clone()} json={w.json.clone()} />
            <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
        </div>
    }
}
