//! The Data & reports page.

use yew::prelude::*;

use crate::components::{make_callback, set_state, set_to};

use super::backups::Backups;
use super::export::{EncryptedExport, ExportKind, ShareLink};
use super::import::{examine, ImportState, Unlock};
use super::print::{PrintReport, Report};
use crate::domain::summary;
use crate::platform::{self, download, upload};
use crate::store::{use_config, use_store, Action, Host};

/// The Data & reports page.
#[function_component]
pub fn DataPage() -> Html {
    let store = use_store();
    let config = use_config();
    let import = use_state(|| ImportState::Idle);
    let confirm_clear = use_state(|| false);
    let message = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<upload::FileReader>);

    let on_export = make_callback(
        &(store.clone(), message.clone()),
        |(store, message), _: MouseEvent| {
            message.set(Some(match download::download_json(&store.assessment) {
                Ok(name) => format!("Exported {name}."),
                Err(e) => e,
            }))
        },
    );
    let save = |kind: ExportKind| {
        make_callback(
            &(store.clone(), message.clone()),
            move |(store, message), _: MouseEvent| {
                message.set(Some(match kind.download(&store.assessment) {
                    Ok(name) => format!("Exported {name}."),
                    Err(e) => e,
                }))
            },
        )
    };
    let report = use_state(|| None::<Report>);
    let print = |which: Report| set_to(&report, Some(which));
    use_effect_with(*report, {
        let report = report.clone();
        move |r| {
            if r.is_some() {
                platform::print();
                report.set(None);
            }
        }
    });

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

    let import_view = match &*import {
        ImportState::Idle => html! {},
        ImportState::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
        ImportState::Decrypting => html! { <p role="status">{ "Decrypting…" }</p> },
        ImportState::Locked { file, parts, error } => html! {
            <Unlock file={file.clone()} parts={parts.clone()} error={error.clone()} state={import.clone()} />
        },
        ImportState::Failed(e) => html! { <p class="error" role="alert">{ e.clone() }</p> },
        ImportState::Preview {
            file,
            incoming,
            bytes,
        } => {
            // The one import path: validated again and replaced in one step.
            let action = Action::Import {
                name: file.clone(),
                bytes: bytes.clone(),
            };
            let confirm = make_callback(
                &(store.clone(), import.clone()),
                move |(store, import), _: MouseEvent| {
                    store.dispatch(action.clone());
                    import.set(ImportState::Idle);
                },
            );
            let cancel = set_to(&import, ImportState::Idle);
            html! {
                <div class="confirm" role="region" aria-label="Import preview">
                    <p><strong>{ format!("Import {file}?") }</strong></p>
                    <dl class="compare">
                        <dt>{ "Your current data (will be replaced)" }</dt>
                        <dd>{ summary(&store.assessment) }</dd>
                        <dt>{ "The file" }</dt>
                        <dd>{ summary(incoming) }</dd>
                    </dl>
                    <button type="button" class="danger" onclick={confirm}>{ "Replace my data" }</button>
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                </div>
            }
        }
    };

    let clear_view = if *confirm_clear {
        let yes = make_callback(
            &(store.clone(), confirm_clear.clone()),
            |(store, confirm_clear), _: MouseEvent| {
                store.dispatch(Action::Clear);
                confirm_clear.set(false);
            },
        );
        let no = set_to(&confirm_clear, false);
        html! {
            <div class="confirm" role="alertdialog" aria-label="Confirm clearing all data">
                <p>{ format!("Delete {} from this browser? Export JSON first if you may need it.", summary(&store.assessment)) }</p>
                <button type="button" class="danger" onclick={yes}>{ "Yes, clear all data" }</button>
                <button type="button" onclick={no}>{ "Cancel" }</button>
            </div>
        }
    } else {
        let ask = set_to(&confirm_clear, true);
        html! { <button type="button" class="danger" onclick={ask}>{ "Clear all data" }</button> }
    };

    html! {
        <section class="page data">
            <h1>{ "Data & reports" }</h1>
            <p class="lead">{ "Your assessment lives in this browser's storage. Export it to keep a copy or move it to another machine." }</p>
            <p class="current" data-testid="data-summary">{ summary(&store.assessment) }</p>
            if config.import_export {
                <h2>{ "Export" }</h2>
                <div class="actions">
                    <button type="button" class="primary" onclick={on_export}>{ "Export JSON" }</button>
                    <button type="button" onclick={save(ExportKind::Workbook)}>{ "Export XLSX workbook" }</button>
                    <button type="button" onclick={save(ExportKind::SoaCsv)}>{ "Export SoA (CSV)" }</button>
                    <button type="button" onclick={save(ExportKind::RiskRegisterCsv)}>{ "Export risk register (CSV)" }</button>
                </div>
                <EncryptedExport />
                if config.host != Host::Element {
                    <ShareLink />
                }
            } else {
                <p class="note">{ "Import and export are switched off here by the page that embeds Annexa. Your data is saved in this browser." }</p>
            }
            <h2>{ "Print" }</h2>
            <p>{ "Prints a clean document with a header; choose \"Save as PDF\" in the print dialog for a PDF." }</p>
            <div class="actions">
                <button type="button" onclick={print(Report::Soa)}>{ "Print SoA" }</button>
                <button type="button" onclick={print(Report::Risks)}>{ "Print risk report" }</button>
            </div>
            if let Some(m) = &*message {
                <p role="status">{ m.clone() }</p>
            }
            if config.import_export {
                <h2>{ "Import" }</h2>
                <p>{ "Plain and encrypted Annexa JSON files; an encrypted file asks for its passphrase. Nothing changes until you confirm." }</p>
                <label class="file">
                    <span>{ "Import JSON" }</span>
                    <input type="file" accept=".json,application/json" onchange={on_file} />
                </label>
                { import_view }
            }
            <h2>{ "Clear" }</h2>
            { clear_view }
            <Backups />
            if let Some(r) = *report {
                <PrintReport which={r} />
            }
        </section>
    }
}
