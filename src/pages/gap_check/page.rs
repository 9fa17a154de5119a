//! The gap-check page.

use yew::prelude::*;
use yew_router::prelude::*;

use super::questions::{progress, question_list};
use super::results::results_view;
use super::settings::settings;
use crate::components::{dispatch, set_to};
use crate::domain::text::{msg, text};
use crate::domain::{self, Answer, QuestionId};
use crate::store::{use_config, use_store, Action};

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
    let check = &store.assessment.gap_check;
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
    let tabs = html! {
        <div class="gap-tabs" role="group" aria-label={text(msg::UI_VIEW)}>
            <button type="button" aria-pressed={(*view == View::Questions).to_string()} onclick={show(View::Questions)}>{ text(msg::UI_QUESTIONS) }</button>
            <button type="button" aria-pressed={(*view == View::Results).to_string()} onclick={show(View::Results)}>{ text(msg::UI_RESULTS) }</button>
        </div>
    };
    let body = match *view {
        View::Questions => question_list(questions, check, &on_answer, show(View::Results)),
        View::Results => results_view(&store, &config, &navigator, &message),
    };

    html! {
        <section class={classes!("page", "gap-check", (*view == View::Results).then_some("gap-showing-results"))}>
            <h1>{ text(msg::UI_QUICK_GAP_CHECK) }</h1>
            <p class="lead">{ text(msg::UI_A_TEN_MINUTE_READINESS_CHECK_AGAINST) }</p>
            { settings(&store) }
            { progress(answered, total) }
            { tabs }
            if let Some(m) = &*message {
                <p role="status" class="gap-message">{ m.clone() }</p>
            }
            { body }
        </section>
    }
}
