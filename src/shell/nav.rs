//! The main navigation.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::text::{msg, text};
use crate::domain::SoaCounts;
use crate::store::{use_store, Route, Store};

/// The counts of the SoA link's badges. The store computes the findings
/// once per version of the assessment and shares them with the SoA page;
/// when this version's are not computed yet, the badges keep the counts of
/// the version before (none at start-up) and the lint runs after the next
/// paint, so an edit reaches the screen without waiting for it (at 5,000
/// risks the lint takes most of a frame). At start-up they are computed
/// at once.
#[hook]
fn use_soa_counts(store: &Store) -> SoaCounts {
    let today = crate::platform::now().date();
    let last = use_mut_ref(|| None::<SoaCounts>);
    let refresh = use_force_update();
    let mut ready = store.findings_if_ready(today);
    if ready.is_none() && last.borrow().is_none() {
        // At start-up there is nothing to keep showing.
        ready = Some(store.findings(today));
    }
    let ready = ready.map(|f| SoaCounts::of(&f));
    if ready.is_some() {
        *last.borrow_mut() = ready;
    }
    let store = store.clone();
    use_effect_with(
        (store.revision, today, ready.is_some()),
        move |(_, today, ready)| {
            let today = *today;
            let pending = if *ready {
                None
            } else if store.findings_if_ready(today).is_some() {
                // A page rendered after this one in the same pass (the SoA
                // page) computed them: show them before the frame is painted.
                refresh.force_update();
                None
            } else {
                Some(crate::platform::after_paint(move || {
                    store.findings(today);
                    refresh.force_update();
                }))
            };
            move || drop(pending)
        },
    );
    let counts = last.borrow().unwrap_or_default();
    counts
}

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
    let c = use_soa_counts(&store);
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
