//! The main navigation.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::lint;
use crate::store::{use_store, Route};

/// Links to every workflow page; the current one is marked for screen
/// readers, and the SoA link shows how many lint findings are open.
#[function_component]
pub fn Nav() -> Html {
    let current = use_route::<Route>();
    let store = use_store();
    let findings = use_memo(store.assessment.clone(), |a| {
        lint(a, crate::platform::now().date()).len()
    });
    html! {
        <nav class="app-nav" aria-label="Workflow">
            <ol>
                { for Route::NAV.iter().map(|r| {
                    let active = current == Some(*r);
                    let count = (*r == Route::Soa && *findings > 0).then_some(*findings);
                    let label = html! {
                        <>
                            { r.label() }
                            if let Some(n) = count {
                                <span class="count-badge" title={format!("{n} lint finding(s)")}>
                                    <span class="visually-hidden">{ ", lint findings: " }</span>{ n.to_string() }
                                </span>
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
