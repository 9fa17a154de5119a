//! The Import section of the Data page: the file input, and the state of
//! the import (reading, locked, decrypting, failed, or the preview to
//! confirm).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::import::{examine, ImportState, Unlock};
use super::sheet_import::SheetImport;
use crate::components::{make_callback, set_state, set_to};
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
            <h2>{ "Import" }</h2>
            <p>{ "Plain and encrypted Annexa JSON files; an encrypted file asks for its passphrase. An asset register, risk register or SoA kept in a spreadsheet (CSV, XLSX, ODS) is mapped column by column. Nothing changes until you confirm." }</p>
            <label class="file">
                <span>{ "Import JSON or a spreadsheet" }</span>
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
        ImportState::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
        ImportState::Decrypting => html! { <p role="status">{ "Decrypting…" }</p> },
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
    let action = Action::Replace(incoming.clone(), format!("Imported {file}."));
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
        <div class="confirm" role="region" aria-label="Import preview">
            <p><strong>{ format!("Import {file}?") }</strong></p>
            <dl class="compare">
                <dt>{ "Your current data (will be replaced)" }</dt>
                <dd>{ summary(&store.assessment) }</dd>
                <dt>{ "The file" }</dt>
                <dd>{ summary(incoming) }</dd>
                <dt>{ "Findings in the file's risk register and assets" }</dt>
                <dd data-testid="import-findings">
                    if findings.is_empty() {
                        { "None." }
                    } else {
                        <ul>{ for findings.iter().take(SHOWN).map(|f| html! { <li>{ f.clone() }</li> }) }</ul>
                        if findings.len() > SHOWN {
                            <p>{ format!("… and {} more; they are listed on the pages after the import.", findings.len() - SHOWN) }</p>
                        }
                    }
                </dd>
            </dl>
            <button type="button" class="danger" onclick={confirm}>{ "Replace my data" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </div>
    }
}
