//! A page whose content is still to come: its heading and purpose.

use yew::prelude::*;

/// Props of [`Placeholder`].
#[derive(Properties, PartialEq)]
pub struct PlaceholderProps {
    /// The page heading.
    pub title: AttrValue,
    /// What the page is for.
    pub intro: AttrValue,
}

/// A page heading and a line on what the page is for.
#[function_component]
pub fn Placeholder(props: &PlaceholderProps) -> Html {
    html! {
        <section class="page">
            <h1>{ props.title.clone() }</h1>
            <p class="lead">{ props.intro.clone() }</p>
        </section>
    }
}
