//! The gap check's questions: the progress bar and the questions grouped
//! by clause or theme.

use yew::prelude::*;

use super::question::QuestionCard;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Answer, Area, GapCheck, Question, QuestionId};

/// "n of m answered", with a progress bar.
pub fn progress(answered: usize, total: usize) -> Html {
    html! {
        <div class="gap-progress">
            <label for="gap-progress" data-testid="gap-answered">{ text_with(msg::UI_GAP_ANSWERED_OF, &[("answered", answered.to_string().into()), ("total", total.to_string().into())]) }</label>
            <progress id="gap-progress" max={total.to_string()} value={answered.to_string()}>
                { text_with(msg::UI_GAP_ANSWERED_SHORT, &[("answered", answered.to_string().into()), ("total", total.to_string().into())]) }
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
            <button type="button" class="primary" onclick={on_results}>{ text(msg::UI_SEE_RESULTS) }</button>
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
            <h2 id={heading}>{ area.label() }<span class="gap-area-count">{ text_with(msg::UI_GAP_AREA_ANSWERED, &[("answered", done.to_string().into()), ("total", in_area.len().to_string().into())]) }</span></h2>
            { for in_area.into_iter().map(|q| html! {
                <QuestionCard question={q} answer={check.answers.get(&q.id).copied()} on_answer={on_answer.clone()} />
            }) }
        </section>
    }
}
