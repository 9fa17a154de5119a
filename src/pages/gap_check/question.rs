//! One gap-check question.

use yew::prelude::*;

use crate::domain::text::{msg, text};
use crate::domain::{Answer, Question, QuestionId};

/// Props of [`QuestionCard`].
#[derive(Properties, PartialEq)]
pub(super) struct QuestionCardProps {
    pub(super) question: &'static Question,
    pub(super) answer: Option<Answer>,
    pub(super) on_answer: Callback<(QuestionId, Answer)>,
}

/// One question: its text, why it matters, and the answers as radio buttons.
#[function_component]
pub(super) fn QuestionCard(props: &QuestionCardProps) -> Html {
    let q = props.question;
    let id = q.id.0.as_str();
    let options = Answer::ALL
        .iter()
        .copied()
        .filter(|a| !(q.mandatory && *a == Answer::NotApplicable));
    html! {
        <fieldset class="gap-question" data-question={id.to_owned()}>
            <legend>{ q.text.clone() }</legend>
            <p class="gap-hint">
                <span class="gap-why">{ text(msg::UI_WHY_THIS_MATTERS) }</span>{ q.hint.clone() }
                if q.mandatory {
                    <span class="gap-mandatory">{ text(msg::UI_REQUIRED_FOR_CERTIFICATION_SO_NOT_APPLICABLE) }</span>
                }
            </p>
            <div class="gap-answers">
                { for options.map(|answer| {
                    let qid = q.id.clone();
                    let onchange = props.on_answer.reform(move |_: Event| (qid.clone(), answer));
                    html! {
                        <label class="gap-choice">
                            <input type="radio" name={id.to_owned()} checked={props.answer == Some(answer)} {onchange} />
                            <span>{ answer.label() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
