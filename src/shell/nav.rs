//! The main navigation.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::LintArea;
use crate::store::{use_store, Route};

/// Links to every workflow page; the current one is marked for screen
/// readers, and the SoA link shows how many of its findings are open (an
/// alarm) and how many controls are still to decide (a plain count), with
/// an accessible name that says which is which.
#[function_component]
pub fn Nav() -> Html {
    let current = use_route::<Route>();
    let store = use_store();
    // The store's findings, computed once per version of the assessment
    // and shared with the SoA page.
    let (to_decide, findings) = {
        let all = store.findings(crate::platform::now().date());
        let soa: Vec<_> = all
            .iter()
            .filter(|f| f.code.area() == LintArea::Soa)
            .collect();
        let to_decide = soa.iter().filter(|f| f.code.is_to_do()).count();
        (to_decide, soa.len() - to_decide)
    };
    html! {
        <nav class="app-nav" aria-label="Workflow">
            <ol>
                { for Route::NAV.iter().map(|r| {
                    let active = current == Some(*r);
                    let soa = *r == Route::Soa;
                    let label = html! {
                        <>
                            { r.label() }
                            if soa && (to_decide > 0 || findings > 0) {
                                <span class="visually-hidden">{ format!(": {to_decide} controls to decide, {findings} findings") }</span>
                            }
                            if soa && to_decide > 0 {
                                <span class="todo-badge" aria-hidden="true" title={format!("{to_decide} controls to decide")}>{ to_decide.to_string() }</span>
                            }
                            if soa && findings > 0 {
                                <span class="count-badge" aria-hidden="true" title={format!("{findings} findings")}>{ findings.to_string() }</span>
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
