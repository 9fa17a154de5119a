//! Persistent banners: storage problems, another tab's changes, recovered
//! data, refused imports, notices.

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};
use crate::platform::storage;
use crate::store::{use_config, use_store, Action, Persistence, Recovery, Store};

/// An **Export JSON** button for banners that say the data is not saved:
/// the one thing the user can do at once to keep their work.
#[function_component]
fn ExportNow() -> Html {
    let store = use_store();
    let result = use_state(|| None::<String>);
    let onclick = {
        let store = store.clone();
        let result = result.clone();
        Callback::from(move |_: MouseEvent| {
            result.set(Some(
                match crate::platform::download::download_json(&store.assessment) {
                    Ok(name) => format!("Exported {name}."),
                    Err(e) => e,
                },
            ))
        })
    };
    html! {
        <>
            <button type="button" class="primary" {onclick}>{ "Export JSON" }</button>
            if let Some(r) = &*result {
                <span role="status">{ format!(" {r}") }</span>
            }
        </>
    }
}

/// `why` as a sentence: a capital first letter and a full stop.
fn sentence(why: &str) -> String {
    let mut chars = why.trim().chars();
    let mut s: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !s.ends_with(['.', '!', '?']) {
        s.push('.');
    }
    s
}

/// The recovery view: stored data that could not be read, kept under its
/// backup key; when the repair mends it, the offer to load it repaired
/// and the list of what the repair changes.
fn recovery_view(store: &Store, r: &Recovery) -> Html {
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::DismissRecovery))
    };
    let download = {
        let key = r.backup_key.clone();
        Callback::from(move |_: MouseEvent| crate::platform::download::download_backup(&key))
    };
    let offer = r.repaired.as_ref().map(|_| {
        let load = {
            let store = store.clone();
            Callback::from(move |_: MouseEvent| store.dispatch(Action::LoadRepaired))
        };
        html! {
            <div class="repair-offer">
                <p>{ text_with(msg::RECOVERY_REPAIRABLE, &[("count", r.changes.len().into())]) }</p>
                <ul data-testid="repair-changes">
                    { for r.changes.iter().map(|c| html! { <li>{ c.clone() }</li> }) }
                </ul>
                <button type="button" class="primary" onclick={load}>{ text(msg::RECOVERY_LOAD_REPAIRED) }</button>
            </div>
        }
    });
    html! {
        <div class="banner error" role="alert" data-testid="banner-recovery">
            <strong>{ text(msg::RECOVERY_TITLE) }</strong>{ " " }
            { text_with(msg::RECOVERY_BODY, &[
                ("key", r.backup_key.as_str().into()),
                ("reason", r.reason.as_str().into()),
            ]) }
            { for offer }
            { " " }
            <button type="button" onclick={download}>{ text(msg::RECOVERY_DOWNLOAD) }</button>
            <button type="button" class="link" onclick={dismiss}>{ text(msg::BANNER_DISMISS) }</button>
        </div>
    }
}

/// Shows what the user must know about their data's safety.
#[function_component]
pub fn Banners() -> Html {
    let store = use_store();
    let config = use_config();
    let persistence = match &store.persistence {
        Persistence::Saved => html! {},
        Persistence::MemoryOnly(why) => html! {
            <div class="banner warning" role="alert" data-testid="banner-memory-only">
                <strong>{ "Not saved in this browser. " }</strong>{ sentence(why) }
                { " " }<ExportNow />
            </div>
        },
        Persistence::SaveFailed(why) => html! {
            <div class="banner error" role="alert" data-testid="banner-not-saved">
                <strong>{ "Your latest changes are not saved. " }</strong>{ sentence(why) }
                { " Nothing already saved was lost. " }<ExportNow />
            </div>
        },
        Persistence::Refused { field, problem } => html! {
            <div class="banner error" role="alert" data-testid="banner-not-saveable">
                <strong>{ text(msg::AUTOSAVE_REFUSED_TITLE) }</strong>{ " " }
                { text_with(msg::AUTOSAVE_REFUSED, &[
                    ("field", field.as_str().into()),
                    ("problem", problem.trim_end_matches('.').into()),
                ]) }
                { " " }<ExportNow />
            </div>
        },
    };
    let conflict = store.conflict.then(|| {
        let reload = Callback::from(|_: MouseEvent| storage::reload_page());
        let keep = {
            let store = store.clone();
            let key = config.namespace.revision_key();
            Callback::from(move |_: MouseEvent| {
                store.dispatch(Action::KeepMine(storage::stored_revision(&key).unwrap_or(0)))
            })
        };
        html! {
            <div class="banner warning" role="alert" data-testid="banner-conflict">
                <strong>{ "This assessment was changed in another tab or window. " }</strong>
                { "Annexa stopped saving here so that neither version is overwritten without your say. Reload to continue with the other tab's version (changes made here since are dropped), or keep the data in this tab (it replaces the other tab's)." }
                { " " }
                <button type="button" class="primary" onclick={reload}>{ "Reload the other tab's version" }</button>
                <button type="button" onclick={keep}>{ "Keep mine" }</button>
            </div>
        }
    });
    let recovery = store.recovery.as_ref().map(|r| recovery_view(&store, r));
    let import_error = store.import_error.as_ref().map(|e| {
        let dismiss = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::DismissImportError))
        };
        html! {
            <div class="banner error" role="alert" data-testid="banner-import-error">
                { e.clone() }
                <button type="button" class="link" onclick={dismiss}>{ "Dismiss" }</button>
            </div>
        }
    });
    let notice = store.notice.as_ref().map(|n| {
        let dismiss = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::DismissNotice))
        };
        let undo = store.undo.as_ref().map(|_| {
            let store = store.clone();
            let onclick = Callback::from(move |_: MouseEvent| store.dispatch(Action::Undo));
            html! { <button type="button" class="link" {onclick}>{ "Undo" }</button> }
        });
        html! {
            <div class="banner info" role="status">
                { n.clone() }
                { for undo }
                <button type="button" class="link" onclick={dismiss} aria-label="Dismiss message">{ "×" }</button>
            </div>
        }
    });
    html! {
        <div class="banners">
            { persistence }{ for conflict }{ for recovery }{ for import_error }{ for notice }
        </div>
    }
}
