//! A searchable multi-pick list: a filter box and checkboxes. A short list
//! (at most [`FILTER_FROM`] options) has no filter box: every option shows,
//! and the keyboard path through the form is one Tab shorter.

use yew::prelude::*;

use crate::components::{edit, set_state};
use crate::domain::text::case;
use crate::domain::text::{msg, text, text_with};

/// A list with more options than this has a filter box.
pub const FILTER_FROM: usize = 8;

/// Props of [`Picker`].
#[derive(Properties, PartialEq)]
pub struct PickerProps {
    /// Unique id prefix.
    pub id: AttrValue,
    /// The group's label.
    pub label: AttrValue,
    /// (key, label) of every option.
    pub options: Vec<(String, String)>,
    /// The picked keys.
    pub picked: Vec<String>,
    /// Called with the new picked keys.
    pub onchange: Callback<Vec<String>>,
    /// How many matches to show at most.
    #[prop_or(40)]
    pub limit: usize,
}

/// A filter box (when there are more than [`FILTER_FROM`] options) over
/// checkboxes; picked items always stay visible.
#[function_component]
pub fn Picker(p: &PickerProps) -> Html {
    let query = use_state(String::new);
    let q = case::lower(&query);
    let shown: Vec<&(String, String)> = p
        .options
        .iter()
        .filter(|(k, l)| p.picked.contains(k) || q.is_empty() || case::lower(l).contains(&q))
        .take(p.limit.max(p.picked.len()))
        .collect();
    let more = p
        .options
        .iter()
        .filter(|(k, l)| p.picked.contains(k) || q.is_empty() || case::lower(l).contains(&q))
        .count()
        .saturating_sub(shown.len());
    let oninput = set_state(&query, |e: InputEvent| crate::platform::event::value(&e));
    let filter_id = format!("{}-filter", p.id);
    html! {
        <fieldset class="picker">
            <legend>{ text_with(msg::PICKER_LEGEND, &[("label", p.label.to_string().into()), ("count", p.picked.len().into())]) }</legend>
            if p.options.len() > FILTER_FROM {
                <label for={filter_id.clone()} class="visually-hidden">{ text_with(msg::PICKER_SEARCH, &[("label", p.label.to_string().into())]) }</label>
                <input id={filter_id} type="search" placeholder={text(msg::PICKER_PLACEHOLDER)} value={(*query).clone()} {oninput} />
            }
            <ul>
                { for shown.iter().enumerate().map(|(n, (k, l))| {
                    let checked = p.picked.contains(k);
                    let k = k.clone();
                    let onchange = edit(&p.picked, &p.onchange, move |next, _: Event| {
                        if checked { next.retain(|x| *x != k); } else { next.push(k.clone()); }
                    });
                    let id = format!("{}-{n}", p.id);
                    html! {
                        <li><label for={id.clone()}><input type="checkbox" id={id} {checked} {onchange} />{ " " }{ l.clone() }</label></li>
                    }
                }) }
            </ul>
            if more > 0 {
                <p class="hint">{ text_with(msg::PICKER_MORE, &[("count", more.into())]) }</p>
            }
        </fieldset>
    }
}
