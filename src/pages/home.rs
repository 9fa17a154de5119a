//! The start page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{make_callback, set_to};
use crate::domain::text::{msg, text};
use crate::domain::{resume, summary, Progress, Step};
use crate::store::{use_store, Action, Route, Store};

/// A start waiting for confirmation: the action and where it leads.
type Pending = UseStateHandle<Option<(Action, Route)>>;

/// Props of [`Continue`].
#[derive(Properties, PartialEq)]
struct ContinueProps {
    progress: Progress,
}

/// The offer to someone coming back: the organisation, when it was last
/// saved, and a button to the first step not done.
#[function_component]
fn Continue(props: &ContinueProps) -> Html {
    let store = use_store();
    let r = resume(&store.assessment, &props.progress, store.last_saved, |s| {
        Route::of_step(s).label().to_owned()
    });
    let to = r.step.map_or(Route::Soa, Route::of_step);
    html! {
        <div class="continue">
            <Link<Route> to={to} classes="button primary">{ r.title }</Link<Route>>
            <p class="current">{ r.detail }</p>
        </div>
    }
}

/// What Annexa is, the privacy promise, and the ways to begin.
#[function_component]
pub fn HomePage() -> Html {
    let store = use_store();
    let navigator = use_navigator();
    // A start that would replace existing data waits for confirmation.
    let pending = use_state(|| None::<(Action, Route)>);
    let a = &store.assessment;
    let p = crate::domain::progress_from(a, &store.findings(crate::platform::now().date()));
    let has_data = **a != *store.blank;

    let handles = (store.clone(), navigator, pending.clone());
    let run = |(store, navigator, pending): &(Store, Option<Navigator>, Pending),
               action: Action,
               to: Route| {
        store.dispatch(action);
        pending.set(None);
        if let Some(n) = navigator {
            n.push(&to);
        }
    };
    let start = |action: Action, to: Route| {
        make_callback(&handles, move |h, _: MouseEvent| {
            if has_data {
                h.2.set(Some((action.clone(), to)));
            } else {
                run(h, action.clone(), to);
            }
        })
    };

    let confirm = pending.as_ref().map(|(action, to)| {
        let (action, to) = (action.clone(), *to);
        let yes = make_callback(&handles, move |h, _: MouseEvent| run(h, action.clone(), to));
        let no = set_to(&pending, None);
        html! {
            <div class="confirm" role="alertdialog" aria-label="Confirm replacing your data">
                <p>{ format!("This replaces your current assessment ({}). Export JSON on the Data page first if you may need it.", summary(a)) }</p>
                <button type="button" class="danger" onclick={yes}>{ "Replace my data" }</button>
                <button type="button" onclick={no}>{ "Cancel" }</button>
            </div>
        }
    });

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
                <Continue progress={p} />
            }
            <ul class="ways-in" aria-label="Ways to begin">
                <li>
                    <button type="button" class={classes!((!has_data).then_some("primary"))}
                        aria-describedby="for-new" onclick={start(Action::New, Route::Context)}>{ "Start new assessment" }</button>
                    <p id="for-new">{ text(msg::HOME_FOR_NEW) }</p>
                </li>
                <li>
                    <button type="button" aria-describedby="for-example"
                        onclick={start(Action::LoadExample, Route::Risks)}>{ "Load example" }</button>
                    <p id="for-example">{ text(msg::HOME_FOR_EXAMPLE) }</p>
                </li>
                <li>
                    <Link<Route> to={Route::GapCheck} classes="button">{ "Quick gap check" }</Link<Route>>
                    <p>{ text(msg::HOME_FOR_GAP_CHECK) }</p>
                </li>
            </ul>
            { for confirm }
            <ol class="stepper" aria-label="Steps of an assessment">
                { for Step::ALL.into_iter().enumerate().map(|(i, step)| {
                    let done = step.done(&p);
                    let r = Route::of_step(step);
                    html! {
                        <li class={classes!(done.then_some("done"))}>
                            <Link<Route> to={r}>
                                { format!("{}. {}", i + 1, r.label()) }
                                <span class="state">{ if done { " ✓ done" } else { "" } }</span>
                            </Link<Route>>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
