//! The start page.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{make_callback, set_to};
use crate::domain::text::{msg, text, text_with};
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
        Route::of_step(s).label()
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
        confirm_replace(summary(a), yes, set_to(&pending, None))
    });

    html! {
        <section class="page home">
            <h1>{ text(msg::UI_ANNEXA_ISO_IEC_27001_RISK_WORKBENCH) }</h1>
            <p class="lead">
                { text(msg::UI_BUILD_YOUR_ASSET_AND_RISK_REGISTER) }
            </p>
            <p class="promise">
                <strong>{ text(msg::UI_YOUR_DATA_NEVER_LEAVES_THIS_BROWSER) }</strong>
                { text(msg::UI_EVERY_CALCULATION_RUNS_ON_YOUR_MACHINE) }
            </p>
            if has_data {
                <Continue progress={p} />
            }
            <ul class="ways-in" aria-label={text(msg::UI_WAYS_TO_BEGIN)}>
                <li>
                    <button type="button" class={classes!((!has_data).then_some("primary"))}
                        aria-describedby="for-new" onclick={start(Action::New, Route::Context)}>{ text(msg::UI_START_NEW_ASSESSMENT) }</button>
                    <p id="for-new">{ text(msg::HOME_FOR_NEW) }</p>
                </li>
                <li>
                    <button type="button" aria-describedby="for-example"
                        onclick={start(Action::LoadExample, Route::Risks)}>{ text(msg::UI_LOAD_EXAMPLE) }</button>
                    <p id="for-example">{ text(msg::HOME_FOR_EXAMPLE) }</p>
                </li>
                <li>
                    <Link<Route> to={Route::GapCheck} classes="button">{ text(msg::UI_QUICK_GAP_CHECK) }</Link<Route>>
                    <p>{ text(msg::HOME_FOR_GAP_CHECK) }</p>
                </li>
            </ul>
            { for confirm }
            { stepper(&p) }
        </section>
    }
}

/// The confirmation before a start replaces the data described by
/// `summary`.
fn confirm_replace(summary: String, yes: Callback<MouseEvent>, no: Callback<MouseEvent>) -> Html {
    html! {
        <div class="confirm" role="alertdialog" aria-label={text(msg::UI_CONFIRM_REPLACING_YOUR_DATA)}>
            <p>{ text_with(msg::UI_HOME_REPLACES, &[("summary", summary.into())]) }</p>
            <button type="button" class="danger" onclick={yes}>{ text(msg::UI_REPLACE_MY_DATA) }</button>
            <button type="button" onclick={no}>{ text(msg::UI_CANCEL) }</button>
        </div>
    }
}

/// The steps of an assessment, numbered, each marked when done.
fn stepper(p: &Progress) -> Html {
    html! {
        <ol class="stepper" aria-label={text(msg::UI_STEPS_OF_AN_ASSESSMENT)}>
            { for Step::ALL.into_iter().enumerate().map(|(i, step)| {
                let done = step.done(p);
                let r = Route::of_step(step);
                html! {
                    <li class={classes!(done.then_some("done"))}>
                        <Link<Route> to={r}>
                            { format!("{}. {}", i + 1, r.label()) }
                            <span class="state">{ if done { format!(" {}", text(msg::PG_STEP_DONE)) } else { String::new() } }</span>
                        </Link<Route>>
                    </li>
                }
            }) }
        </ol>
    }
}
