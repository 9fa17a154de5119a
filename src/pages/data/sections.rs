//! The Export, Print and Clear sections of the Data page.

use yew::prelude::*;

use super::export::{EncryptedExport, ExportKind, ShareLink};
use super::print::Report;
use super::render::Renderer;
use crate::components::{make_callback, set_to, Disclosure, DocumentControlForm};
use crate::domain::documents::DocumentKind;
use crate::domain::import::files::Rendered;
use crate::domain::summary;
use crate::platform::download;
use crate::store::{Action, Config, Host, Store};

/// A message for the user (the outcome of an export).
pub(super) type Message = UseStateHandle<Option<String>>;

/// The Export section (JSON, XLSX, CSV, encrypted, share link), or a note
/// that the embedding page switched import and export off.
pub(super) fn export_section(
    store: &Store,
    config: &Config,
    message: &Message,
    renderer: &Renderer,
) -> Html {
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
    html! {
        if config.import_export {
            <h2>{ "Export" }</h2>
            <div class="actions">
                <button type="button" class="primary" onclick={on_export}>{ "Export JSON" }</button>
                { renderer.button(store, Rendered::Workbook, "Export XLSX workbook") }
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
    }
}

/// The Print section: a button per report, each setting `report`.
pub(super) fn print_section(report: &UseStateHandle<Option<Report>>) -> Html {
    let print = |which: Report| set_to(report, Some(which));
    html! {
        <>
            <h2>{ "Print" }</h2>
            <p>{ "Prints a clean document with a header; choose \"Save as PDF\" in the print dialog for a PDF." }</p>
            <div class="actions">
                { for Report::ALL.iter().map(|r| html! {
                    <button type="button" onclick={print(*r)}>{ r.button() }</button>
                }) }
            </div>
        </>
    }
}

/// The DOCX downloads of the Stage 1 documents and their pack (when the
/// embedding page allows export), then the document control block of each
/// document of the pack (the SoA's is on the SoA page): what the prints and
/// the files show as version, date, author, approver, approval date and
/// change history.
pub(super) fn documents_section(store: &Store, config: &Config, renderer: &Renderer) -> Html {
    html! {
        <>
            if config.import_export {
                <h2>{ "Documents (DOCX)" }</h2>
                <p>{ "Word files of the Stage 1 documents, with their document control blocks, ready for review and signature." }</p>
                <div class="actions">
                    { renderer.button(store, Rendered::Stage1Pack, "Download the Stage 1 pack (DOCX)") }
                </div>
                <ul class="document-downloads">
                    { for DocumentKind::STAGE_1.iter().map(|k| html! {
                        <li>
                            { renderer.button(store, Rendered::Document { kind: *k }, &format!("Download DOCX: {}", k.title())) }
                        </li>
                    }) }
                </ul>
            }
            <h2>{ "Document control" }</h2>
            <p>{ "Version, date, author, approver and change history of each document, as the prints and files show them. The SoA's is on the SoA page." }</p>
            { for DocumentKind::ALL.iter().filter(|k| **k != DocumentKind::Soa).map(|k| html! {
                <Disclosure class="document-control" title={k.title()} id={format!("{}-control", k.slug())}>
                    <DocumentControlForm kind={*k} id={k.slug()} />
                </Disclosure>
            }) }
        </>
    }
}

/// Clear all data, asking first.
pub(super) fn clear_section(store: &Store, confirm_clear: &UseStateHandle<bool>) -> Html {
    if **confirm_clear {
        let yes = make_callback(
            &(store.clone(), confirm_clear.clone()),
            |(store, confirm_clear), _: MouseEvent| {
                store.dispatch(Action::Clear);
                confirm_clear.set(false);
            },
        );
        let no = set_to(confirm_clear, false);
        html! {
            <div class="confirm" role="alertdialog" aria-label="Confirm clearing all data">
                <p>{ format!("Delete {} from this browser? Export JSON first if you may need it.", summary(&store.assessment)) }</p>
                <button type="button" class="danger" onclick={yes}>{ "Yes, clear all data" }</button>
                <button type="button" onclick={no}>{ "Cancel" }</button>
            </div>
        }
    } else {
        let ask = set_to(confirm_clear, true);
        html! { <button type="button" class="danger" onclick={ask}>{ "Clear all data" }</button> }
    }
}
