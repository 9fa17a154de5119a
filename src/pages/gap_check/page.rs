//! The gap-check page.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::question::QuestionCard;
use super::GapReport;
use crate::components::{dispatch, dispatch_on, make_callback, set_to};
use crate::domain::{self, report, Answer, Area, GapMode, Question, QuestionId, SizeBand};
use crate::pages::data::file_stem;
use crate::platform::{self, download, print};
use crate::store::{use_config, use_store, Action, Mode, Route};

/// Which half of the page is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Questions,
    Results,
}

/// The gap-check page.
#[function_component]
pub fn GapCheckPage() -> Html {
    let store = use_store();
    let config = use_config();
    let navigator = use_navigator();
    let view = use_state(|| View::Questions);
    let message = use_state(|| None::<String>);
    let a = &store.assessment;
    let check = &a.gap_check;
    let questions = domain::gap_questions(check.mode);
    let answered = questions
        .iter()
        .filter(|q| check.answers.contains_key(&q.id))
        .count();
    let total = questions.len();

    let on_answer = dispatch(&store, |(id, answer): (QuestionId, Answer)| {
        Action::SetAnswer(id, answer)
    });
    let show = |v: View| set_to(&view, v);
    let on_org = dispatch(&store, |e: Event| {
        let name = crate::platform::event::value(&e);
        Action::SetOrganisation(name.trim().to_owned())
    });
    let on_size = dispatch(&store, |e: Event| {
        let size = crate::platform::event::value(&e)
            .parse::<usize>()
            .ok()
            .and_then(|i| SizeBand::ALL.get(i).copied());
        Action::SetGapSize(size)
    });
    let mode_radio = |mode: GapMode| {
        let onchange = dispatch_on(&store, Action::SetGapMode(mode));
        let count = domain::gap_questions(mode).len();
        html! {
            <label class="gap-choice">
                <input type="radio" name="gap-mode" checked={check.mode == mode} {onchange} />
                <span>{ format!("{} · {count} questions", mode.label()) }</span>
            </label>
        }
    };

    let settings = html! {
        <div class="gap-settings">
            <fieldset>
                <legend>{ "How thorough?" }</legend>
                { mode_radio(GapMode::Short) }
                { mode_radio(GapMode::Thorough) }
            </fieldset>
            <div class="gap-fields">
                <label class="gap-field">
                    <span>{ "Organisation name" }</span>
                    <input type="text" value={a.context.organisation.clone()} onchange={on_org} autocomplete="organization" />
                </label>
                <label class="gap-field">
                    <span>{ "Organisation size" }</span>
                    <select onchange={on_size}>
                        <option value="" selected={check.size.is_none()}>{ "Not given" }</option>
                        { for SizeBand::ALL.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={check.size == Some(*s)}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
            </div>
        </div>
    };

    let progress = html! {
        <div class="gap-progress">
            <label for="gap-progress" data-testid="gap-answered">{ format!("{answered} of {total} answered") }</label>
            <progress id="gap-progress" max={total.to_string()} value={answered.to_string()}>
                { format!("{answered} of {total}") }
            </progress>
        </div>
    };

    let tabs = html! {
        <div class="gap-tabs" role="group" aria-label="View">
            <button type="button" aria-pressed={(*view == View::Questions).to_string()} onclick={show(View::Questions)}>{ "Questions" }</button>
            <button type="button" aria-pressed={(*view == View::Results).to_string()} onclick={show(View::Results)}>{ "Results" }</button>
        </div>
    };

    let body = match *view {
        View::Questions => html! {
            <div class="gap-questions">
                { for Area::ALL.iter().map(|area| {
                    let in_area: Vec<&'static Question> = questions.iter().filter(|q| q.area == *area).collect();
                    if in_area.is_empty() {
                        return html! {};
                    }
                    let done = in_area.iter().filter(|q| check.answers.contains_key(&q.id)).count();
                    let heading = format!("gap-area-{}", area.slug());
                    html! {
                        <section class="gap-area" aria-labelledby={heading.clone()}>
                            <h2 id={heading}>{ area.label() }<span class="gap-area-count">{ format!(" · {done} of {} answered", in_area.len()) }</span></h2>
                            { for in_area.into_iter().map(|q| html! {
                                <QuestionCard question={q} answer={check.answers.get(&q.id).copied()} on_answer={on_answer.clone()} />
                            }) }
                        </section>
                    }
                }) }
                <button type="button" class="primary" onclick={show(View::Results)}>{ "See results" }</button>
            </div>
        },
        View::Results => {
            let results = Rc::new(domain::gap_results(check));
            let date = platform::now().date().to_string();
            let on_export = make_callback(
                &(store.clone(), message.clone()),
                |(store, message), _: MouseEvent| {
                    let now = platform::now();
                    let text = domain::export(&store.assessment, now);
                    let name = format!("{}.json", file_stem(&store.assessment, now.date()));
                    message.set(Some(
                        download::download(&name, "application/json", text.as_bytes())
                            .map_or_else(|e| e, |()| format!("Exported {name}.")),
                    ));
                },
            );
            let on_export_results = make_callback(
                &(store.clone(), message.clone(), results.clone()),
                |(store, message, results), _: MouseEvent| {
                    let now = platform::now();
                    let text = report::to_json(&**results);
                    let name = format!(
                        "{}-gap-check-results.json",
                        file_stem(&store.assessment, now.date())
                    );
                    message.set(Some(
                        download::download(&name, "application/json", text.as_bytes())
                            .map_or_else(|e| e, |()| format!("Exported {name}.")),
                    ));
                },
            );
            let on_print = make_callback(&message, |message, _: MouseEvent| {
                if let Err(e) = print::print_page() {
                    message.set(Some(e));
                }
            });
            let on_continue = make_callback(
                &(store.clone(), navigator.clone()),
                |(store, navigator), _: MouseEvent| {
                    store.dispatch(Action::ContinueFromGap);
                    if let Some(n) = navigator {
                        n.push(&Route::Soa);
                    }
                },
            );
            html! {
                <>
                    <GapReport {results} organisation={a.context.organisation.clone()} {date} />
                    <div class="gap-actions">
                        if config.mode == Mode::Full {
                            <button type="button" class="primary" onclick={on_continue}>{ "Continue to full assessment" }</button>
                        }
                        <button type="button" onclick={on_print}>{ "Print report" }</button>
                        if config.import_export {
                            <button type="button" onclick={on_export}>{ "Export JSON" }</button>
                            <button type="button" onclick={on_export_results}>{ "Export results (JSON)" }</button>
                        }
                    </div>
                    if config.mode == Mode::Full {
                        <p class="gap-note">{ "Continue to full assessment pre-fills the SoA status of every control an Annex A question covers and adds a suggested risk for each control question you answered No. Running it again adds no duplicate risks." }</p>
                    }
                </>
            }
        }
    };

    html! {
        <section class={classes!("page", "gap-check", (*view == View::Results).then_some("gap-showing-results"))}>
            <h1>{ "Quick gap check" }</h1>
            <p class="lead">{ "A ten-minute readiness check against ISO/IEC 27001: every clause from 4 to 10 and the everyday Annex A controls. Your answers are saved in this browser as you go, so you can stop and come back later." }</p>
            { settings }
            { progress }
            { tabs }
            if let Some(m) = &*message {
                <p role="status" class="gap-message">{ m.clone() }</p>
            }
            { body }
        </section>
    }
}
