//! The start page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{use_store, Action, Route};

/// What Annexa is, the privacy promise, and the ways to begin.
#[function_component]
pub fn HomePage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    let go = |action: Action, to: Route| {
        let store = store.clone();
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(action.clone());
            if let Some(n) = &navigator {
                n.push(&to);
            }
        })
    };
    let a = &store.assessment;
    let has_data = !a.assets.is_empty() || !a.risks.is_empty() || !a.context.organisation.is_empty();
    html! {
        <section class="page home">
            <h1>{ "Annexa: ISO/IEC 27001 risk workbench" }</h1>
            <p class="lead">
                { "Build your asset and risk register, score risks with your own method, get Annex A control recommendations, and produce a Statement of Applicability an auditor can follow." }
            </p>
            <p class="promise">
                <strong>{ "Your data never leaves this browser." }</strong>
                { " Every calculation runs on your machine. Nothing is uploaded; data leaves only when you export it." }
            </p>
            if has_data {
                <p class="current">
                    { format!(
                        "Current assessment: {} — {} asset(s), {} risk(s).",
                        if a.context.organisation.is_empty() { "unnamed organisation" } else { a.context.organisation.as_str() },
                        a.assets.len(),
                        a.risks.len()
                    ) }
                </p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={go(Action::New, Route::Context)}>{ "Start new assessment" }</button>
                <button type="button" onclick={go(Action::LoadExample, Route::Risks)}>{ "Load example" }</button>
                <Link<Route> to={Route::GapCheck} classes="button">{ "Quick gap check" }</Link<Route>>
            </div>
            <ol class="stepper" aria-label="Steps of an assessment">
                { for Route::NAV.iter().skip(1).take(5).enumerate().map(|(i, r)| html! {
                    <li><Link<Route> to={*r}>{ format!("{}. {}", i + 1, r.label()) }</Link<Route>></li>
                }) }
            </ol>
        </section>
    }
}
