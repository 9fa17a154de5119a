//! The Export, Print and Clear sections of the Data page.

use yew::prelude::*;

use super::export::{EncryptedExport, ExportKind, ShareLink};
use super::print::Report;
use super::render::Renderer;
use crate::components::{make_callback, set_to, Disclosure, DocumentControlForm};
use crate::domain::documents::DocumentKind;
use crate::domain::import::files::Rendered;
use crate::domain::summary;
use crate::domain::text::{msg, text, text_with};
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
                Ok(name) => text_with(msg::UI_DATA_EXPORTED, &[("file", name.into())]),
                Err(e) => e,
            }))
        },
    );
    let save = |kind: ExportKind| {
        make_callback(
            &(store.clone(), message.clone()),
            move |(store, message), _: MouseEvent| {
                message.set(Some(match kind.download(&store.assessment) {
                    Ok(name) => text_with(msg::UI_DATA_EXPORTED, &[("file", name.into())]),
                    Err(e) => e,
                }))
            },
        )
    };
    html! {
        if config.import_export {
            <h2>{ text(msg::UI_EXPORT) }</h2>
            <div class="actions">
                <button type="button" class="primary" onclick={on_export}>{ text(msg::UI_EXPORT_JSON) }</button>
                { renderer.button(store, Rendered::Workbook, &text(msg::UI_DATA_EXPORT_WORKBOOK)) }
                <button type="button" onclick={save(ExportKind::SoaCsv)}>{ text(msg::UI_EXPORT_SOA_CSV) }</button>
                <button type="button" onclick={save(ExportKind::RiskRegisterCsv)}>{ text(msg::UI_EXPORT_RISK_REGISTER_CSV) }</button>
            </div>
            <EncryptedExport />
            if config.host != Host::Element {
                <ShareLink />
            }
        } else {
            <p class="note">{ text(msg::UI_IMPORT_AND_EXPORT_ARE_SWITCHED_OFF) }</p>
        }
    }
}

/// The Print section: a button per report, each setting `report`.
pub(super) fn print_section(report: &UseStateHandle<Option<Report>>) -> Html {
    let print = |which: Report| set_to(report, Some(which));
    html! {
        <>
            <h2>{ text(msg::UI_PRINT) }</h2>
            <p>{ text(msg::UI_PRINTS_A_CLEAN_DOCUMENT_WITH_A) }</p>
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
                <h2>{ text(msg::UI_DOCUMENTS_DOCX) }</h2>
                <p>{ text(msg::UI_WORD_FILES_OF_THE_STAGE_1) }</p>
                <div class="actions">
                    { renderer.button(store, Rendered::Stage1Pack, &text(msg::UI_DATA_DOWNLOAD_PACK)) }
                </div>
                <ul class="document-downloads">
                    { for DocumentKind::STAGE_1.iter().map(|k| html! {
                        <li>
                            { renderer.button(store, Rendered::Document { kind: *k }, &text_with(msg::UI_DATA_DOWNLOAD_DOCX, &[("document", k.title().into())])) }
                        </li>
                    }) }
                </ul>
            }
            <h2>{ text(msg::UI_DOCUMENT_CONTROL) }</h2>
            <p>{ text(msg::UI_VERSION_DATE_AUTHOR_APPROVER_AND_CHANGE) }</p>
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
            <div class="confirm" role="alertdialog" aria-label={text(msg::UI_CONFIRM_CLEARING_ALL_DATA)}>
                <p>{ text_with(msg::UI_DATA_DELETE_CONFIRM, &[("summary", summary(&store.assessment).into())]) }</p>
                <button type="button" class="danger" onclick={yes}>{ text(msg::UI_YES_CLEAR_ALL_DATA) }</button>
                <button type="button" onclick={no}>{ text(msg::UI_CANCEL) }</button>
            </div>
        }
    } else {
        let ask = set_to(confirm_clear, true);
        html! { <button type="button" class="danger" onclick={ask}>{ text(msg::UI_CLEAR_ALL_DATA) }</button> }
    }
}
