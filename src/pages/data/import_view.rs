//! The Import section of the Data page: the file input, and the state of
//! the import (reading, locked, decrypting, failed, or the preview to
//! confirm).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::import::{examine, ImportState, Unlock};
use super::sheet_import::SheetImport;
use crate::components::{make_callback, set_state, set_to};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{lint, summary, Assessment, LintArea};
use crate::platform::upload;
use crate::store::{Action, Store};

/// The file being read, kept so the read is not dropped.
pub(super) type Reader = Rc<RefCell<Option<upload::FileReader>>>;

/// The Import heading, the file input and the import's state.
pub(super) fn import_section(
    store: &Store,
    import: &UseStateHandle<ImportState>,
    reader: &Reader,
) -> Html {
    let on_file = make_callback(
        &(import.clone(), reader.clone()),
        |(import, reader), e: Event| {
            let Some(file) = crate::platform::event::take_file(&e) else {
                return;
            };
            import.set(ImportState::Reading);
            let done = set_state(import, |res: Result<(String, Vec<u8>), String>| match res {
                Err(e) => ImportState::Failed(e),
                Ok((name, bytes)) => examine(name, &bytes),
            });
            *reader.borrow_mut() = upload::read_file(file, move |res| done.emit(res));
        },
    );
    html! {
        <>
            <h2>{ text(msg::UI_IMPORT) }</h2>
            <p>{ text(msg::UI_PLAIN_AND_ENCRYPTED_ANNEXA_JSON_FILES) }</p>
            <label class="file">
                <span>{ text(msg::UI_IMPORT_JSON_OR_A_SPREADSHEET) }</span>
                <input type="file" data-testid="import-file" accept=".json,application/json,.csv,.tsv,.txt,.xlsx,.xlsm,.xls,.ods,text/csv" onchange={on_file} />
            </label>
            { import_view(store, import) }
        </>
    }
}

/// What the import shows in its current state.
fn import_view(store: &Store, import: &UseStateHandle<ImportState>) -> Html {
    match &**import {
        ImportState::Idle => html! {},
        ImportState::Reading => html! { <p role="status">{ text(msg::UI_READING_THE_FILE) }</p> },
        ImportState::Decrypting => html! { <p role="status">{ text(msg::UI_DECRYPTING) }</p> },
        ImportState::Locked { file, parts, error } => html! {
            <Unlock file={file.clone()} parts={parts.clone()} error={error.clone()} state={import.clone()} />
        },
        ImportState::Failed(e) => html! { <p class="error" role="alert">{ e.clone() }</p> },
        ImportState::Sheet { file, bytes } => html! {
            <SheetImport file={file.clone()} bytes={bytes.clone()} on_close={set_to(import, ImportState::Idle)} />
        },
        ImportState::Preview { file, incoming } => preview(store, import, file, incoming),
    }
}

/// The import preview: the current data against the file's, with Replace
/// and Cancel.
fn preview(
    store: &Store,
    import: &UseStateHandle<ImportState>,
    file: &str,
    incoming: &Rc<Assessment>,
) -> Html {
    // The preview's assessment went through domain::import already: it
    // replaces the data in one step, shared, not parsed a second time.
    let action = Action::Replace(
        incoming.clone(),
        text_with(msg::UI_IMPORTED_FILE, &[("file", file.to_string().into())]),
    );
    let confirm = make_callback(
        &(store.clone(), import.clone()),
        move |(store, import), _: MouseEvent| {
            store.dispatch(action.clone());
            import.set(ImportState::Idle);
        },
    );
    let cancel = set_to(import, ImportState::Idle);
    // The same lint as everywhere: where the file's registers contradict
    // themselves (the SoA's decisions are left to the SoA page).
    let findings: Vec<String> = lint(incoming, crate::platform::now().date())
        .into_iter()
        .filter(|f| f.code.area() != LintArea::Soa)
        .map(|f| format!("{} {}", f.code, f.message()))
        .collect();
    const SHOWN: usize = 10;
    html! {
        <div class="confirm" role="region" aria-label={text(msg::UI_IMPORT_PREVIEW)}>
            <p><strong>{ text_with(msg::UI_DATA_IMPORT_FILE, &[("file", file.to_string().into())]) }</strong></p>
            <dl class="compare">
                <dt>{ text(msg::UI_YOUR_CURRENT_DATA_WILL_BE_REPLACED) }</dt>
                <dd>{ summary(&store.assessment) }</dd>
                <dt>{ text(msg::UI_THE_FILE) }</dt>
                <dd>{ summary(incoming) }</dd>
                <dt>{ text(msg::UI_FINDINGS_IN_THE_FILES_RISK_REGISTER) }</dt>
                <dd data-testid="import-findings">
                    if findings.is_empty() {
                        { text(msg::UI_NONE) }
                    } else {
                        <ul>{ for findings.iter().take(SHOWN).map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
                        if findings.len() > SHOWN {
                            <p>{ text_with(msg::UI_DATA_MORE_FINDINGS, &[("count", (findings.len() - SHOWN).to_string().into())]) }</p>
                        }
                    }
                </dd>
            </dl>
            <button type="button" class="danger" onclick={confirm}>{ text(msg::UI_REPLACE_MY_DATA) }</button>
            <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
        </div>
    }
}
