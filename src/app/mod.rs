//! The app shell: routes, the store provider, autosave and start-up.

mod routes;
mod startup;
mod store;

pub use routes::Route;
pub use startup::initial_state;
pub use store::{use_store, Action, Persistence, Recovery, State, Store};

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{Banners, Nav};
use crate::pages;

/// Props of the shell.
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The state to start from (read from storage in the browser, given by tests).
    pub initial: Rc<State>,
}

/// The whole UI below a router: store, banners, navigation and pages.
#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let initial = props.initial.clone();
    let store = use_reducer(move || (*initial).clone());
    {
        // Autosave a moment after the last change, so typing stays fast
        // with large registers; a hidden or closing page saves at once.
        let store = store.clone();
        use_effect_with(store.revision, move |rev| {
            let rev = *rev;
            let pending = crate::platform::after(AUTOSAVE_DELAY_MS, move || autosave(&store, rev));
            move || drop(pending)
        });
    }
    html! {
        <ContextProvider<Store> context={store}>
            <div class="annexa">
                <a class="skip-link" href="#main">{ "Skip to content" }</a>
                <header class="app-header">
                    <Link<Route> to={Route::Home} classes="brand">{ "Annexa" }</Link<Route>>
                    <span class="tagline">{ "ISO/IEC 27001 risk workbench · your data stays in this browser" }</span>
                </header>
                <Nav />
                <Banners />
                <main id="main" tabindex="-1">
                    <Switch<Route> render={pages::switch} />
                </main>
                <footer class="app-footer">
                    { format!("Annexa {} · runs entirely in your browser; nothing is uploaded.", crate::domain::APP_VERSION) }
                </footer>
            </div>
        </ContextProvider<Store>>
    }
}

/// How long after the last change the assessment is saved.
pub const AUTOSAVE_DELAY_MS: u32 = 250;

#[cfg(target_arch = "wasm32")]
fn autosave(store: &Store, rev: u64) {
    use crate::platform::storage;
    if rev == 0 || matches!(store.persistence, Persistence::MemoryOnly(_)) {
        return;
    }
    let text = crate::domain::export(&store.assessment, crate::platform::now());
    match storage::write(storage::ASSESSMENT_KEY, &text) {
        Ok(()) => store.dispatch(Action::Saved(rev)),
        Err(e) => store.dispatch(Action::SaveFailed(e.to_string())),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn autosave(_store: &Store, _rev: u64) {}

/// The browser app: a hash router around the shell, started from storage.
#[function_component]
pub fn App() -> Html {
    let initial = use_memo((), |_| initial_state());
    html! {
        <HashRouter>
            <Shell initial={(*initial).clone()} />
        </HashRouter>
    }
}

/// Mounts the app on the page's body.
pub fn start() {
    crate::platform::install_panic_hook();
    yew::Renderer::<App>::new().render();
}
