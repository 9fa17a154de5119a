//! The gap check's questions: the progress bar and the questions grouped
//! by clause or theme.

use yew::prelude::*;

use super::question::QuestionCard;
use crate::domain::{Answer, Area, GapCheck, Question, QuestionId};

/// "n of m answered", with a progress bar.
pub fn progress(answered: usize, total: usize) -> Html {
    html! {
        <div class="gap-progress">
            <label for="gap-progress" data-testid="gap-answered">{ format!("{answered} of {total} answered") }</label>
            <progress id="gap-progress" max={total.to_string()} value={answered.to_string()}>
                { format!("{answered} of {total}") }
            </progress>
        </div>
    }
}

/// The questions, one section per clause or theme, then "See results".
pub fn question_list(
    questions: &'static [Question],
    check: &GapCheck,
    on_answer: &Callback<(QuestionId, Answer)>,
    on_results: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="gap-questions">
            { for Area::ALL.iter().map(|area| area_section(*area, questions, check, on_answer)) }
            <button type="button" class="primary" onclick={on_results}>{ "See results" }</button>
        </div>
    }
}

/// The questions of one clause or theme (nothing when it has none).
fn area_section(
    area: Area,
    questions: &'static [Question],
    check: &GapCheck,
    on_answer: &Callback<(QuestionId, Answer)>,
) -> Html {
    let in_area: Vec<&'static Question> = questions.iter().filter(|q| q.area == area).collect();
    if in_area.is_empty() {
        return html! {};
    }
    let done = in_area
        .iter()
        .filter(|q| check.answers.contains_key(&q.id))
        .count();
    let heading = format!("gap-area-{}", area.slug());
    html! {
        <section class="gap-area" aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ area.label() }<span class="gap-area-count">{ format!(" · {done} of {} answered", in_area.len()) }</span></h2>
            { for in_area.into_iter().map(|q| html! {
                <QuestionCard question={q} answer={check.answers.get(&q.id).copied()} on_answer={on_answer.clone()} />
            }) }
        </section>
    }
}
