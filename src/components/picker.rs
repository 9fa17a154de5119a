//! A searchable multi-pick list: a filter box and checkboxes.

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};

use crate::components::{edit, set_state};

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

/// A filter box over checkboxes; picked items always stay visible.
#[function_component]
pub fn Picker(p: &PickerProps) -> Html {
    let query = use_state(String::new);
    let q = query.to_lowercase();
    let shown: Vec<&(String, String)> = p
        .options
        .iter()
        .filter(|(k, l)| p.picked.contains(k) || q.is_empty() || l.to_lowercase().contains(&q))
        .take(p.limit.max(p.picked.len()))
        .collect();
    let more = p
        .options
        .iter()
        .filter(|(k, l)| p.picked.contains(k) || q.is_empty() || l.to_lowercase().contains(&q))
        .count()
        .saturating_sub(shown.len());
    let oninput = set_state(&query, |e: InputEvent| crate::platform::event::value(&e));
    let filter_id = format!("{}-filter", p.id);
    html! {
        <fieldset class="picker">
            <legend>{ p.label.clone() }{ format!(" {}", text_with(msg::PG_CHOSEN, &[("count", p.picked.len().to_string().into())])) }</legend>
            <label for={filter_id.clone()} class="visually-hidden">{ text_with(msg::PG_SEARCH_IN, &[("list", p.label.to_string().into())]) }</label>
            <input id={filter_id} type="search" placeholder={text(msg::PG_SEARCH)} value={(*query).clone()} {oninput} />
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
                <p class="hint">{ text_with(msg::PG_MORE_REFINE, &[("more", more.to_string().into())]) }</p>
            }
        </fieldset>
    }
}
