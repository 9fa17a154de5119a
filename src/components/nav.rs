//! The main navigation.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;

/// Links to every workflow page; the current one is marked for screen readers.
#[function_component]
pub fn Nav() -> Html {
    let current = use_route::<Route>();
    html! {
        <nav class="app-nav" aria-label="Workflow">
            <ol>
                { for Route::NAV.iter().map(|r| {
                    let active = current == Some(*r);
                    html! {
                        <li class={classes!(active.then_some("active"))}>
                            if active {
                                <span aria-current="page"><Link<Route> to={*r}>{ r.label() }</Link<Route>></span>
                            } else {
                                <Link<Route> to={*r}>{ r.label() }</Link<Route>>
                            }
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
