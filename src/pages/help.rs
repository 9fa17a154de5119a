//! The help page (`#/help`): the glossary, every term with its entry in
//! plain words (`domain::glossary`), each under an anchor id
//! `term-<slug>` so a link can point at one.

use yew::prelude::*;

use crate::domain::glossary::Term;
use crate::domain::text::{msg, text};

/// The glossary.
#[function_component]
pub fn HelpPage() -> Html {
    html! {
        <section class="page help">
            <h1>{ text(msg::HELP_TITLE) }</h1>
            <p class="lead">{ text(msg::HELP_INTRO) }</p>
            <dl class="glossary">
                { for Term::ALL.into_iter().map(|t| html! {
                    <>
                        <dt id={format!("term-{}", t.slug())}>{ t.name() }</dt>
                        <dd>{ t.entry() }</dd>
                    </>
                }) }
            </dl>
        </section>
    }
}
