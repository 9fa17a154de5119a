//! "Next: …" and "Back: …" at the end of each step page of the guided
//! assessment (context → assets → risks → treatment → SoA → documents).
//! The order is the domain's ([`Step`]); this only renders it.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::text::{msg, text, text_with};
use crate::domain::Step;
use crate::store::Route;

/// Props of [`StepNav`].
#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The step whose page this is.
    pub step: Step,
}

/// The links to the step after and the step before this page's.
#[function_component]
pub fn StepNav(p: &StepNavProps) -> Html {
    let link = |step: Step, id| {
        let r = Route::of_step(step);
        (r, text_with(id, &[("step", r.label().into())]))
    };
    let next = match p.step.following() {
        Some(s) => link(s, msg::UI_STEP_NEXT),
        None => (Route::Data, text(msg::UI_STEP_FINISH)),
    };
    let back = p.step.preceding().map(|s| link(s, msg::UI_STEP_BACK));
    html! {
        <nav class="step-nav" aria-label={text(msg::UI_STEP_NAV)}>
            <Link<Route> to={next.0} classes="button primary step-next">{ next.1 }</Link<Route>>
            if let Some((r, label)) = back {
                <Link<Route> to={r} classes="step-back">{ label }</Link<Route>>
            }
        </nav>
    }
}
