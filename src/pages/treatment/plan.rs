//! The register-wide treatment plan.

use yew::prelude::*;

use crate::domain::{Method, TreatmentPlan};

/// The register-wide treatment plan.
pub(super) fn plan_view(p: &TreatmentPlan, m: &Method) -> Html {
    html! {
        <>
            <h2>{ "Treatment plan" }</h2>
            if p.above_tolerance.is_empty() {
                <p>{ p.headline(m) }</p>
            } else {
                <p>{ format!("{} Putting these missing controls in place, in this order, gives the largest drop in likelihood × impact per unit of effort:", p.headline(m)) }</p>
                <ol class="plan">
                    { for p.steps.iter().map(|s| html! {
                        <li>
                            <strong>{ format!("{} {}", s.control, s.title) }</strong>
                            { format!(" — effort {:?}; lowers {}", s.effort, s.risks_improved.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }
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
