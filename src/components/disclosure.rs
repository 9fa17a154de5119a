//! A section that opens and closes under its heading (the WAI-ARIA
//! disclosure pattern: a button with `aria-expanded` controls the content).
//! Used instead of `<details>`, which the end-to-end tests treat as a sign
//! of injected markup.

use yew::prelude::*;

use super::callback::make_callback;

/// Props of [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The heading's text (the button's name).
    pub title: AttrValue,
    /// A unique id for the content (the button's `aria-controls`).
    pub id: AttrValue,
    /// Classes of the section.
    #[prop_or_default]
    pub class: Classes,
    /// Whether it starts open.
    #[prop_or_default]
    pub open: bool,
    /// The content shown when open.
    pub children: Html,
}

/// A heading whose button shows or hides the content below it.
#[function_component]
pub fn Disclosure(p: &DisclosureProps) -> Html {
    let open = use_state(|| p.open);
    let toggle = make_callback(&open, |open, _: MouseEvent| open.set(!**open));
    html! {
        <section class={classes!("disclosure", p.class.clone())}>
            <h3>
                <button type="button" class="disclosure-toggle" aria-expanded={open.to_string()}
                    aria-controls={p.id.clone()} onclick={toggle}>
                    <span aria-hidden="true">{ if *open { "▾ " } else { "▸ " } }</span>
                    { p.title.clone() }
                </button>
            </h3>
            <div id={p.id.clone()} hidden={!*open}>{ p.children.clone() }</div>
        </section>
    }
}
