//! The gap check's settings: how thorough, the organisation's name and size.

use yew::prelude::*;

use crate::components::{dispatch, dispatch_on};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{self, GapMode, SizeBand};
use crate::store::{Action, Store};

/// The settings block: the question set (short or thorough) and the
/// organisation's name and size.
pub fn settings(store: &Store) -> Html {
    let a = &store.assessment;
    let check = &a.gap_check;
    // Saved as the user types (like the context page's field), so a
    // navigation straight after typing never loses the name.
    let on_org = dispatch(store, |e: InputEvent| {
        Action::SetOrganisation(crate::platform::event::value(&e))
    });
    let on_size = dispatch(store, |e: Event| {
        let size = crate::platform::event::value(&e)
            .parse::<usize>()
            .ok()
            .and_then(|i| SizeBand::ALL.get(i).copied());
        Action::SetGapSize(size)
    });
    html! {
        <div class="gap-settings">
            <fieldset>
                <legend>{ text(msg::UI_HOW_THOROUGH) }</legend>
                { mode_radio(store, GapMode::Short) }
                { mode_radio(store, GapMode::Thorough) }
            </fieldset>
            <div class="gap-fields">
                <label class="gap-field">
                    <span>{ text(msg::UI_ORGANISATION_NAME) }</span>
                    <input id="gap-org" type="text" value={a.context.organisation.clone()} oninput={on_org} autocomplete="organization"
                        maxlength={crate::domain::MAX_TEXT.to_string()} />
                </label>
                { crate::components::limit_message(&a.context.organisation, crate::domain::MAX_TEXT, "gap-org-limit") }
                <label class="gap-field">
                    <span>{ text(msg::UI_ORGANISATION_SIZE) }</span>
                    <select onchange={on_size}>
                        <option value="" selected={check.size.is_none()}>{ text(msg::UI_NOT_GIVEN) }</option>
                        { for SizeBand::ALL.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={check.size == Some(*s)}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
            </div>
        </div>
    }
}

/// The radio button of a question set, with its number of questions.
fn mode_radio(store: &Store, mode: GapMode) -> Html {
    let onchange = dispatch_on(store, Action::SetGapMode(mode));
    let count = domain::gap_questions(mode).len();
    html! {
        <label class="gap-choice">
            <input type="radio" name="gap-mode" checked={store.assessment.gap_check.mode == mode} {onchange} />
            <span>{ text_with(msg::PG_GAP_MODE_QUESTIONS, &[("mode", mode.label().to_string().into()), ("count", count.to_string().into())]) }</span>
        </label>
    }
}
