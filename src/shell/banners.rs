//! Persistent banners: storage problems, another tab's changes, recovered
//! data, refused imports, notices.

use yew::prelude::*;

use crate::components::{dispatch_on, make_callback};
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
                    Ok(name) => text_with(msg::PG_EXPORTED, &[("file", name.into())]),
                    Err(e) => e,
                },
            ))
        })
    };
    html! {
        <>
            <button type="button" class="primary" {onclick}>{ text(msg::UI_EXPORT_JSON) }</button>
            if let Some(r) = &*result {
                <span role="status">{ format!(" {r}") }</span>
            }
        </>
    }
}

/// `why` as a sentence: a capital first letter and a full stop.
fn sentence(why: &str) -> String {
    let mut s = crate::domain::text::case::upper_first(why.trim());
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

/// Whether the data is saved: nothing when it is, else why not, with an
/// export button.
fn persistence_view(persistence: &Persistence) -> Html {
    match persistence {
        Persistence::Saved => html! {},
        Persistence::MemoryOnly(why) => html! {
            <div class="banner warning" role="alert" data-testid="banner-memory-only">
                <strong>{ text(msg::PG_NOT_SAVED_HERE) }{ " " }</strong>{ sentence(why) }
                { " " }<ExportNow />
            </div>
        },
        Persistence::SaveFailed(why) => html! {
            <div class="banner error" role="alert" data-testid="banner-not-saved">
                <strong>{ text(msg::PG_LATEST_NOT_SAVED) }{ " " }</strong>{ sentence(why) }
                { " " }{ text(msg::PG_NOTHING_LOST) }{ " " }<ExportNow />
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
    }
}

/// Another tab saved: reload its version or keep this one.
fn conflict_view(store: &Store, revision_key: String) -> Html {
    let reload = Callback::from(|_: MouseEvent| storage::reload_page());
    let keep = make_callback(
        &(store.clone(), revision_key),
        |(store, key), _: MouseEvent| {
            store.dispatch(Action::KeepMine(storage::stored_revision(key).unwrap_or(0)))
        },
    );
    html! {
        <div class="banner warning" role="alert" data-testid="banner-conflict">
            <strong>{ text(msg::PG_CHANGED_ELSEWHERE) }{ " " }</strong>
            { text(msg::PG_ANNEXA_STOPPED_SAVING_HERE_SO_THAT) }
            { " " }
            <button type="button" class="primary" onclick={reload}>{ text(msg::PG_RELOAD_THE_OTHER_TAB_S_VERSION) }</button>
            <button type="button" onclick={keep}>{ text(msg::PG_KEEP_MINE) }</button>
        </div>
    }
}

/// An import that failed, with a button to dismiss it.
fn import_error_view(store: &Store, e: &str) -> Html {
    html! {
        <div class="banner error" role="alert" data-testid="banner-import-error">
            { e.to_owned() }
            <button type="button" class="link" onclick={dispatch_on::<MouseEvent>(store, Action::DismissImportError)}>{ text(msg::PG_DISMISS) }</button>
        </div>
    }
}

/// The last notice, with Undo when the change can be undone.
fn notice_view(store: &Store, n: &str) -> Html {
    let undo = store.undo.as_ref().map(|_| {
        let onclick = dispatch_on::<MouseEvent>(store, Action::Undo);
        html! { <button type="button" class="link" {onclick}>{ text(msg::PG_UNDO) }</button> }
    });
    html! {
        <div class="banner info" role="status">
            { n.to_owned() }
            { for undo }
            <button type="button" class="link" onclick={dispatch_on::<MouseEvent>(store, Action::DismissNotice)} aria-label={text(msg::PG_DISMISS_MESSAGE)}>{ "×" }</button>
        </div>
    }
}

/// Shows what the user must know about their data's safety.
#[function_component]
pub fn Banners() -> Html {
    let store = use_store();
    let config = use_config();
    let persistence = persistence_view(&store.persistence);
    let conflict = store
        .conflict
        .then(|| conflict_view(&store, config.namespace.revision_key()));
    let recovery = store.recovery.as_ref().map(|r| recovery_view(&store, r));
    let import_error = store
        .import_error
        .as_ref()
        .map(|e| import_error_view(&store, e));
    let notice = store.notice.as_ref().map(|n| notice_view(&store, n));
    html! {
        <div class="banners">
            { persistence }{ for conflict }{ for recovery }{ for import_error }{ for notice }
        </div>
    }
}
