//! The app shell: routes, the store provider, autosave and start-up.

mod routes;
mod startup;
mod store;

pub use routes::Route;
pub use startup::{initial_state, read_stored, Stored};
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
    {
        // Another tab's save arrives as a `storage` event: stop autosaving
        // until the user chooses (see Action::ExternalChange).
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = crate::platform::storage::on_external_change(move || {
                store.dispatch(Action::ExternalChange)
            });
            move || drop(listener)
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

/// Saves the assessment after each change. It never writes while another
/// tab's newer save is unresolved, and it checks the stored save counter
/// first, so a save another tab made since is never silently overwritten.
#[cfg(target_arch = "wasm32")]
fn autosave(store: &Store, rev: u64) {
    use crate::platform::storage;
    if rev == 0 || store.conflict || matches!(store.persistence, Persistence::MemoryOnly(_)) {
        return;
    }
    match storage::stored_revision() {
        Ok(stored) if stored != store.stored_revision => {
            store.dispatch(Action::ExternalChange);
            return;
        }
        Ok(_) => {}
        Err(e) => {
            store.dispatch(Action::SaveFailed(e.to_string()));
            return;
        }
    }
    let text = crate::domain::export(&store.assessment, crate::platform::now());
    let next = store.stored_revision + 1;
    match storage::save_assessment(&text, next) {
        Ok(()) => store.dispatch(Action::Saved(rev, next)),
        Err(e) => store.dispatch(Action::SaveFailed(e.to_string())),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn autosave(_store: &Store, _rev: u64) {}

/// Offers the assessment as an Annexa JSON download named after the
/// organisation and today's date; `Ok` holds the file name.
pub fn download_json(a: &crate::domain::Assessment) -> Result<String, String> {
    let now = crate::platform::now();
    let text = crate::domain::export(a, now);
    let name = format!("{}.json", crate::domain::file_stem(a, now.date()));
    crate::platform::download::download(&name, "application/json", text.as_bytes()).map(|()| name)
}

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
