//! The main navigation.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::text::{msg, text};
use crate::domain::SoaCounts;
use crate::store::{use_store, Route};

/// Links to every workflow page; the current one is marked for screen
/// readers, and the SoA link shows how many of its findings are open (an
/// alarm) and how many controls are still to decide (a plain count), with
/// an accessible name that says which is which (the sentence comes from
/// the domain, `SoaCounts::describe`).
///
/// On a phone (600 px and below, `annexa.css`) the links fold behind a
/// menu button: a WAI-ARIA disclosure (`aria-expanded`, `aria-controls`)
/// that closes when a page is chosen and on Escape.
#[function_component]
pub fn Nav() -> Html {
    let current = use_route::<Route>();
    let store = use_store();
    // The store's findings, computed once per version of the assessment
    // and shared with the SoA page.
    let c = SoaCounts::of(&store.findings(crate::platform::now().date()));
    let open = use_state(|| false);
    let menu = use_node_ref();
    {
        // A page chosen closes the menu.
        let open = open.clone();
        use_effect_with(current, move |_| open.set(false));
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        let menu = menu.clone();
        Callback::from(move |e: KeyboardEvent| {
            if *open && e.key() == "Escape" {
                open.set(false);
                crate::platform::focus(&menu);
            }
        })
    };
    html! {
        <nav class={classes!("app-nav", open.then_some("open"))} aria-label={text(msg::NAV_LABEL)} {onkeydown}>
            <button type="button" class="menu-toggle" ref={menu} aria-expanded={open.to_string()}
                aria-controls="app-nav-links" onclick={toggle}>
                <span aria-hidden="true">{ "☰ " }</span>{ text(msg::NAV_MENU) }
            </button>
            <ol id="app-nav-links">
                { for Route::NAV.iter().map(|r| {
                    let active = current == Some(*r);
                    let soa = *r == Route::Soa;
                    let label = html! {
                        <>
                            { r.label() }
                            if soa && !c.is_empty() {
                                <span class="visually-hidden">{ format!(": {}", c.describe()) }</span>
                            }
                            if soa && c.to_decide > 0 {
                                <span class="todo-badge" aria-hidden="true" title={c.to_decide_title()}>{ c.to_decide.to_string() }</span>
                            }
                            if soa && c.findings > 0 {
                                <span class="count-badge" aria-hidden="true" title={c.findings_title()}>{ c.findings.to_string() }</span>
                            }
                        </>
                    };
                    html! {
                        <li class={classes!(active.then_some("active"))}>
                            if active {
                                <span aria-current="page"><Link<Route> to={*r}>{ label }</Link<Route>></span>
                            } else {
                                <Link<Route> to={*r}>{ label }</Link<Route>>
                            }
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
