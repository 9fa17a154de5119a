//! The suggestions: controls that would bring the undecided risks within
//! tolerance for the least effort (not the user's plan).

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};

use crate::domain::{Method, TreatmentPlan};

/// The suggestions, under the risk treatment plan.
pub(super) fn suggestions_view(p: &TreatmentPlan, m: &Method) -> Html {
    html! {
        <>
            <h2>{ text(msg::PG_SUGGESTIONS) }</h2>
            if p.above_tolerance.is_empty() {
                <p>{ p.headline(m) }</p>
            } else {
                <p>{ text_with(msg::PG_PLAN_SUGGESTIONS, &[("headline", p.headline(m).into())]) }</p>
                <ol class="plan">
                    { for p.steps.iter().map(|s| html! {
                        <li>
                            <strong>{ format!("{} {}", s.control, s.title) }</strong>
                            { format!(" {}", text_with(msg::PG_STEP_EFFORT, &[("effort", s.effort.label().to_string().into()), ("risks", s.risks_improved.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ").into())])) }
                            if !s.brought_within_tolerance.is_empty() {
                                { text_with(msg::PG_STEP_WITHIN, &[("risks", s.brought_within_tolerance.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ").into())]) }
                            }
                        </li>
                    }) }
                </ol>
                if p.remaining_above_tolerance.is_empty() {
                    <p>{ p.outcome() }</p>
                } else {
                    <p class="warning-text">{ p.outcome() }</p>
                }
            }
        </>
    }
}
