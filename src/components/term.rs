//! The "?" next to a term: a WAI-ARIA disclosure (a button with
//! `aria-expanded` and `aria-controls`) that opens the term's glossary
//! entry in place, with a link to the whole glossary (`#/help`). The words
//! are the domain's (`domain::glossary`). Not `<details>`: the end-to-end
//! tests treat that as a sign of injected markup.

use yew::prelude::*;

use crate::components::make_callback;
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text, text_with};

/// Props of [`TermHelp`].
#[derive(Properties, PartialEq)]
pub struct TermHelpProps {
    /// The term.
    pub term: Term,
    /// Where it sits (an id prefix, e.g. the field's id), so one term can
    /// appear twice on a page.
    pub at: AttrValue,
}

/// A "?" button that shows or hides the term's entry under it.
#[function_component]
pub fn TermHelp(p: &TermHelpProps) -> Html {
    let open = use_state(|| false);
    let toggle = make_callback(&open, |open, _: MouseEvent| open.set(!**open));
    let id = format!("{}-help-{}", p.at, p.term.slug());
    let name = p.term.name();
    let ask = text_with(msg::TERM_HELP, &[("term", name.clone().into())]);
    html! {
        <span class="term">
            // Named by its content, not `aria-label`, so a field labelled
            // "Risk owner" stays the only thing labelled so.
            <button type="button" class="term-toggle" aria-expanded={open.to_string()} aria-controls={id.clone()}
                title={ask.clone()} onclick={toggle}>
                <span aria-hidden="true">{ "?" }</span><span class="visually-hidden">{ ask }</span>
            </button>
            <span id={id} class="term-entry" role="note" hidden={!*open}>
                <strong>{ name }</strong>{ " " }{ p.term.entry() }{ " " }
                <a href="#/help">{ text(msg::TERM_MORE) }</a>
            </span>
        </span>
    }
}
