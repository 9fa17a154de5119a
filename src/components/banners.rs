//! Persistent banners: storage problems, recovered data, notices.

use yew::prelude::*;

use crate::app::{use_store, Action, Persistence};

/// Shows what the user must know about their data's safety.
#[function_component]
pub fn Banners() -> Html {
    let store = use_store();
    let persistence = match &store.persistence {
        Persistence::Saved => html! {},
        Persistence::MemoryOnly(why) => html! {
            <div class="banner warning" role="alert">
                <strong>{ "Not saved in this browser. " }</strong>{ why.clone() }
            </div>
        },
        Persistence::SaveFailed(why) => html! {
            <div class="banner error" role="alert">
                <strong>{ "Your latest changes are not saved. " }</strong>{ why.clone() }
            </div>
        },
    };
    let recovery = store.recovery.as_ref().map(|r| {
        let dismiss = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::DismissRecovery))
        };
        html! {
            <div class="banner error" role="alert">
                <strong>{ "Your saved data could not be read. " }</strong>
                { format!("Annexa started empty and kept the original text under the key \"{}\"; download it from the Data page. Reason: {}", r.backup_key, r.reason) }
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
    html! { <div class="banners">{ persistence }{ for recovery }{ for notice }</div> }
}
