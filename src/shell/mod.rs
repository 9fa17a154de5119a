//! The shell, the top floor: [`App`] (router and start-up), [`Shell`] (the
//! store provider, autosave, banners, navigation and the routed pages), the
//! theme, and the embedding entry points (`embed`).
//!
//! It may import every floor below it: pages, components, store, platform
//! and the domain. Nothing imports it but the binaries and tests.

mod autosave;
mod banners;
#[cfg(all(target_arch = "wasm32", not(feature = "worker")))]
pub mod embed;
mod focus;
mod nav;
mod theme;

use autosave::use_autosave;
pub use autosave::AUTOSAVE_DELAY_MS;
pub use banners::Banners;
pub use nav::Nav;

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::components::{make_callback, Calculator};
use crate::domain::Assessment;
use crate::pages;
use crate::store::{
    initial_state, use_store, Action, Config, Host, HostLink, Mode, Route, State, Store,
};

/// An assessment that arrived in a share link (`#share=…`), waiting for the
/// user to accept it, or why the link could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    /// A valid assessment.
    Offer(Rc<Assessment>),
    /// The link is damaged or invalid.
    Broken(String),
}

/// Props of the shell.
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The state to start from (read from storage in the browser, given by tests).
    pub initial: Rc<State>,
    /// The configuration (the standalone page's unless a host gave one).
    #[prop_or_default]
    pub config: Rc<Config>,
    /// The host's handle, when mounted with `Annexa.mount`.
    #[prop_or_default]
    pub link: Option<HostLink>,
    /// An assessment from a share link, if the page was opened with one.
    #[prop_or_default]
    pub shared: Option<Rc<Shared>>,
}

/// The whole UI below a router: store, banners, navigation and pages, or
/// the one page of the gap-check and calculator modes.
#[function_component]
pub fn Shell(props: &ShellProps) -> Html {
    let initial = props.initial.clone();
    let store = use_reducer(move || (*initial).clone());
    let config = props.config.clone();
    let root = use_node_ref();
    let main = use_node_ref();
    use_autosave(&store, &config);
    {
        let root = root.clone();
        use_effect_with(config.theme.clone(), move |theme| {
            theme::apply(&root, theme);
        });
    }
    if let Some(link) = &props.link {
        link.connect(&store);
    }
    let embedded = config.host == Host::Element;
    focus::use_route_focus(main.clone(), embedded);
    let skip = make_callback(&main, |main, e: MouseEvent| {
        // Focus the content without touching location.hash (the route
        // or the iframe's #config= lives there).
        e.prevent_default();
        crate::platform::focus(main);
    });
    let content = content(config.mode, props.shared.as_ref(), &store);
    let body = if embedded {
        html! { <div class="app-main" ref={main}>{ content }</div> }
    } else {
        html! { <main id="main" tabindex="-1" ref={main}>{ content }</main> }
    };
    html! {
        <ContextProvider<Store> context={store}>
            <ContextProvider<Rc<Config>> context={config.clone()}>
                <div class={classes!("annexa", format!("mode-{}", mode_class(config.mode)))} ref={root}
                    lang={config.lang.as_ref().map(|l| AttrValue::from(l.as_str().to_owned()))}
                    role={embedded.then_some("region")} aria-label={embedded.then(|| text(msg::PG_BRAND))}>
                    if !embedded {
                        <a class="skip-link" href="#main" onclick={skip}>{ text(msg::PG_SKIP_TO_CONTENT) }</a>
                    }
                    { header(config.mode) }
                    if config.mode == Mode::Full {
                        <Nav />
                    }
                    if config.mode != Mode::Calculator {
                        <Banners />
                    }
                    { body }
                    <footer class="app-footer">
                        { text_with(msg::PG_FOOTER, &[("version", crate::domain::APP_VERSION.into())]) }
                    </footer>
                </div>
            </ContextProvider<Rc<Config>>>
        </ContextProvider<Store>>
    }
}

/// The header: the name (a link home in the full app) and the tagline.
fn header(mode: Mode) -> Html {
    let brand = if mode == Mode::Full {
        html! { <Link<Route> to={Route::Home} classes="brand">{ text(msg::PG_BRAND) }</Link<Route>> }
    } else {
        html! { <span class="brand">{ text(msg::PG_BRAND) }</span> }
    };
    html! {
        <header class="app-header">
            { brand }
            <span class="tagline">{ text(msg::PG_ISO_IEC_27001_RISK_WORKBENCH_YOUR) }</span>
        </header>
    }
}

/// The content of a mode: the routed pages (after a share link's offer),
/// the gap check alone, or the calculator alone.
fn content(mode: Mode, shared: Option<&Rc<Shared>>, store: &Store) -> Html {
    match mode {
        Mode::Full => html! {
            <>
                if let Some(shared) = shared {
                    <SharedOffer shared={shared.clone()} />
                }
                <Switch<Route> render={pages::switch} />
            </>
        },
        Mode::GapCheck => html! { <pages::GapCheckPage /> },
        Mode::Calculator => html! {
            <Calculator method={store.assessment.method.clone()} />
        },
    }
}

fn mode_class(mode: Mode) -> &'static str {
    match mode {
        Mode::Full => "full",
        Mode::GapCheck => "gap-check",
        Mode::Calculator => "calculator",
    }
}

/// Props of [`SharedOffer`].
#[derive(Properties, PartialEq)]
struct SharedOfferProps {
    shared: Rc<Shared>,
}

/// The offer to open an assessment that came in a share link: a preview
/// and a confirmation, because it replaces the data in this browser.
#[function_component]
fn SharedOffer(props: &SharedOfferProps) -> Html {
    let store = use_store();
    let open = use_state(|| true);
    if !*open {
        return html! {};
    }
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    match &*props.shared {
        Shared::Broken(why) => html! {
            <div class="banner error" role="alert">
                <strong>{ text(msg::PG_SHARE_FAILED) }{ " " }</strong>{ why.clone() }
                { " " }{ text(msg::PG_DATA_UNCHANGED) }{ " " }
                <button type="button" class="link" onclick={close}>{ text(msg::PG_DISMISS) }</button>
            </div>
        },
        Shared::Offer(incoming) => {
            let accept = {
                let store = store.clone();
                let open = open.clone();
                let incoming = incoming.clone();
                Callback::from(move |_: MouseEvent| {
                    store.dispatch(Action::Replace(
                        incoming.clone(),
                        text(msg::PG_OPENED_THE_SHARED_ASSESSMENT),
                    ));
                    open.set(false);
                })
            };
            html! {
                <div class="confirm" role="region" aria-label={text(msg::PG_SHARED_ASSESSMENT)}>
                    <p><strong>{ text(msg::PG_THIS_LINK_CARRIES_AN_ASSESSMENT) }</strong>
                        { " " }{ text(msg::PG_SHARE_LOCAL) }</p>
                    <dl class="compare">
                        <dt>{ text(msg::UI_YOUR_CURRENT_DATA_WILL_BE_REPLACED) }</dt>
                        <dd>{ crate::domain::summary(&store.assessment) }</dd>
                        <dt>{ text(msg::PG_THE_SHARED_ASSESSMENT) }</dt>
                        <dd>{ crate::domain::summary(incoming) }</dd>
                    </dl>
                    <button type="button" class="danger" onclick={accept}>{ text(msg::PG_OPEN_THE_SHARED_ASSESSMENT) }</button>
                    <button type="button" onclick={close}>{ text(msg::PG_KEEP_MY_DATA) }</button>
                </div>
            }
        }
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The configuration.
    #[prop_or_default]
    pub config: Rc<Config>,
    /// The host's handle, when mounted with `Annexa.mount`.
    #[prop_or_default]
    pub link: Option<HostLink>,
    /// An assessment from a share link.
    #[prop_or_default]
    pub shared: Option<Rc<Shared>>,
}

/// The browser app: a router around the shell, started from storage. The
/// standalone page routes with `location.hash`; an iframe with `#config=`
/// and an embedded instance route in memory, so several instances never
/// fight over the address.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let initial = use_memo((), move |_| initial_state(&config));
    let memory = use_memo((), |_| {
        let history = AnyHistory::from(MemoryHistory::new());
        history.push("/");
        history
    });
    let shell = html! {
        <Shell initial={(*initial).clone()} config={props.config.clone()}
            link={props.link.clone()} shared={props.shared.clone()} />
    };
    if props.config.host.memory_routes() {
        html! { <Router history={(*memory).clone()}>{ shell }</Router> }
    } else {
        html! { <HashRouter>{ shell }</HashRouter> }
    }
}
