//! Offline use: what the service worker keeps on this device, and a button
//! that keeps the modules loaded on demand too (the files worker, the
//! simulation engine, the catalogue texts), for work without a network.

use yew::prelude::*;

use crate::components::make_callback;
use crate::domain::text::{msg, text, text_with};
use crate::platform::offline::{ask, OfflineError, OfflineRequest, OfflineStatus};
use crate::store::{use_config, Host};

/// Where the section is.
#[derive(Clone, Debug, PartialEq)]
enum Offline {
    /// Asking the service worker.
    Checking,
    /// Its answer.
    Known(OfflineStatus),
    /// Downloading the modules loaded on demand.
    Keeping,
    /// No service worker, or it failed.
    Failed(OfflineError),
}

/// The sentence for a failure.
fn failure(e: &OfflineError) -> String {
    match e {
        OfflineError::Unavailable => text(msg::UI_OFFLINE_UNAVAILABLE),
        OfflineError::Failed(why) => {
            text_with(msg::UI_OFFLINE_FAILED, &[("why", why.as_str().into())])
        }
    }
}

/// The Offline use section of the Data page (only when Annexa is a page of
/// its own or in a frame: an instance mounted into another page has no
/// service worker of its own).
#[function_component]
pub(super) fn OfflineUse() -> Html {
    let config = use_config();
    let state = use_state(|| Offline::Checking);
    let answer = make_callback(&state, |state, r: Result<OfflineStatus, OfflineError>| {
        state.set(r.map_or_else(Offline::Failed, Offline::Known))
    });
    // A mounted instance has no service worker of its own: the page's
    // (if any) is not Annexa's to ask.
    let own_worker = config.host != Host::Element;
    use_effect_with(own_worker, {
        let answer = answer.clone();
        move |own| {
            if *own {
                ask(OfflineRequest::Status, answer)
            }
        }
    });
    let keep = make_callback(
        &(state.clone(), answer),
        |(state, answer), _: MouseEvent| {
            state.set(Offline::Keeping);
            ask(OfflineRequest::KeepEverything, answer.clone());
        },
    );
    if !own_worker {
        return Html::default();
    }
    let button = |busy: bool| {
        html! {
            <div class="actions">
                <button type="button" id="offline-keep" onclick={keep.clone()} disabled={busy}>
                    { text(msg::UI_OFFLINE_KEEP) }
                </button>
            </div>
        }
    };
    let body = match &*state {
        Offline::Checking => Html::default(),
        Offline::Known(s) if s.complete() => html! {
            <p role="status" data-testid="offline-status">{ text(msg::UI_OFFLINE_ALL_KEPT) }</p>
        },
        Offline::Known(_) => html! {
            <>
                <p data-testid="offline-status">{ text(msg::UI_OFFLINE_PARTLY) }</p>
                { button(false) }
            </>
        },
        Offline::Keeping => html! {
            <>
                <p role="status" data-testid="offline-status">{ text(msg::UI_OFFLINE_KEEPING) }</p>
                { button(true) }
            </>
        },
        Offline::Failed(e @ OfflineError::Unavailable) => html! {
            <p data-testid="offline-status">{ failure(e) }</p>
        },
        Offline::Failed(e) => html! {
            <>
                <p role="alert" data-testid="offline-status">{ failure(e) }</p>
                { button(false) }
            </>
        },
    };
    html! {
        <>
            <h2>{ text(msg::UI_OFFLINE_HEADING) }</h2>
            { body }
        </>
    }
}
