//! The suggestions: controls that would bring the undecided risks within
//! tolerance for the least effort (not the user's plan).

use yew::prelude::*;

use crate::domain::{Method, TreatmentPlan};

/// The suggestions, under the risk treatment plan.
pub(super) fn suggestions_view(p: &TreatmentPlan, m: &Method) -> Html {
    html! {
        <>
            <h2>{ "Suggestions" }</h2>
            if p.above_tolerance.is_empty() {
                <p>{ p.headline(m) }</p>
            } else {
                <p>{ format!("{} Adding these controls, in this order, gives the largest drop in likelihood × impact per unit of effort (open a risk with Treat to choose them):", p.headline(m)) }</p>
                <ol class="plan">
                    { for p.steps.iter().map(|s| html! {
                        <li>
                            <strong>{ format!("{} {}", s.control, s.title) }</strong>
                            { format!(" — effort {}; lowers {}", s.effort.label(), s.risks_improved.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }
                            if !s.brought_within_tolerance.is_empty() {
                                { format!("; brings {} within tolerance", s.brought_within_tolerance.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }
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
