//! A searchable pick list after the WAI-ARIA combobox pattern (an input
//! with `role="combobox"` that owns a `listbox`): typing filters, Up and
//! Down move the active option (`aria-activedescendant`), Enter chooses
//! it, Escape closes the list (or clears what was typed). The first match
//! is active as soon as one types, so "Theft" + Enter (or Tab, for a single
//! choice) chooses the theft.
//! One choice (the threat) or many (vulnerabilities, controls: then the
//! listbox is `aria-multiselectable` and Enter ticks or unticks). What
//! matches and in what order is the domain's
//! (`domain::catalogue::search_*`); this only renders it.

use yew::prelude::*;

mod keys;
mod state;

use state::{use_combo, Combo};

use crate::components::make_callback;
use crate::domain::catalogue::{search_controls, Control};
use crate::domain::text::{msg, text, text_with};

/// One option of a [`Combobox`].
#[derive(Clone, Debug, PartialEq)]
pub struct ComboOption {
    /// The key the choice is reported with (an id such as `T11`).
    pub key: String,
    /// What it reads, e.g. "T11 Theft of laptop or mobile phone".
    pub label: String,
    /// A plain line under it (a control's summary), if any.
    pub detail: Option<String>,
    /// A short tag after the label (e.g. "linked to the threat"), if any.
    pub tag: Option<String>,
}

/// Props of [`Combobox`].
#[derive(Properties, PartialEq)]
pub struct ComboboxProps {
    /// Unique id prefix (the input's id).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The options matching a query, best first (from the domain).
    pub search: Callback<String, Vec<ComboOption>>,
    /// The chosen keys.
    pub selected: Vec<String>,
    /// One choice: what the input shows while not typing (the choice).
    #[prop_or_default]
    pub value_label: AttrValue,
    /// Many choices (a multi-select listbox); else one.
    #[prop_or_default]
    pub multi: bool,
    /// Called with the key of the option chosen (with many: ticked or
    /// unticked; "" clears a single choice).
    pub onpick: Callback<String>,
    /// Many choices: the chosen ones to list under the input with a
    /// remove button each.
    #[prop_or_default]
    pub chosen: Vec<ComboOption>,
    /// How many options to list at most.
    #[prop_or(8)]
    pub limit: usize,
    /// Focus the input when it appears.
    #[prop_or_default]
    pub autofocus: bool,
}

/// The label line of an option: its label, its tag, its detail.
fn option_body(o: &ComboOption) -> Html {
    html! {
        <>
            <span class="combo-label">{ o.label.clone() }</span>
            if let Some(t) = &o.tag {
                <span class="combo-tag">{ format!(" · {t}") }</span>
            }
            if let Some(d) = &o.detail {
                <span class="combo-detail">{ d.clone() }</span>
            }
        </>
    }
}

/// The listbox of the options shown: each chooses on mouse down (the
/// input keeps focus), ticked when chosen (many choices).
fn listbox(p: &ComboboxProps, c: &Combo, shown: &[ComboOption], expanded: bool) -> Html {
    let active_n = (*c.active).filter(|n| *n < shown.len());
    html! {
        <ul id={format!("{}-list", p.id)} role="listbox" class="combo-list" aria-labelledby={format!("{}-label", p.id)}
            aria-multiselectable={p.multi.then_some("true")} hidden={!expanded}>
            { for shown.iter().enumerate().map(|(n, o)| {
                let chosen = p.selected.contains(&o.key);
                let key = o.key.clone();
                // Mouse down, not click: the input keeps focus.
                let onmousedown = make_callback(&c.pick, move |pick, e: MouseEvent| {
                    e.prevent_default();
                    pick.emit(key.clone());
                });
                html! {
                    <li id={option_id(&p.id, n)} role="option" aria-selected={chosen.to_string()}
                        class={classes!("combo-option", (active_n == Some(n)).then_some("active"))} {onmousedown}>
                        if p.multi {
                            <span aria-hidden="true" class="combo-tick">{ if chosen { "☑ " } else { "☐ " } }</span>
                        }
                        { option_body(o) }
                    </li>
                }
            }) }
        </ul>
    }
}

/// Many choices: the chosen ones under the input, each with a remove button.
fn chosen_list(p: &ComboboxProps) -> Html {
    if !p.multi || p.chosen.is_empty() {
        return html! {};
    }
    html! {
        <ul class="combo-chosen">
            { for p.chosen.iter().map(|o| {
                let key = o.key.clone();
                let remove = p.onpick.reform(move |_: MouseEvent| key.clone());
                html! {
                    <li>
                        { option_body(o) }
                        <button type="button" class="combo-remove" onclick={remove}
                            aria-label={text_with(msg::COMBO_REMOVE, &[("item", o.label.clone().into())])}>{ "×" }</button>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The HTML id of the `n`th option shown.
fn option_id(id: &str, n: usize) -> String {
    format!("{id}-opt-{n}")
}

/// The combobox.
#[function_component]
pub fn Combobox(p: &ComboboxProps) -> Html {
    let c = use_combo(p);
    let open = *c.open;
    let options = if open {
        p.search.emit((*c.query).clone().unwrap_or_default())
    } else {
        vec![]
    };
    let shown: Vec<ComboOption> = options.iter().take(p.limit).cloned().collect();
    let more = options.len().saturating_sub(shown.len());
    let active_n = (*c.active).filter(|n| *n < shown.len());
    let (hint_id, label_id) = (format!("{}-hint", p.id), format!("{}-label", p.id));
    let value = match (&*c.query, p.multi) {
        (Some(q), _) => q.clone(),
        (None, false) => p.value_label.to_string(),
        (None, true) => String::new(),
    };
    let onkeydown = c.onkeydown(shown.iter().map(|o| o.key.clone()).collect(), p.multi);
    let expanded = open && !shown.is_empty();
    html! {
        <div class={classes!("combo", p.multi.then_some("multi"))}>
            <label for={p.id.clone()} id={label_id}>{ p.label.clone() }
                if p.multi {
                    <span class="hint">{ format!(" ({})", text_with(msg::COMBO_CHOSEN, &[("count", p.selected.len().into())])) }</span>
                }
            </label>
            <input id={p.id.clone()} type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls={format!("{}-list", p.id)}
                aria-activedescendant={active_n.filter(|_| expanded).map(|n| option_id(&p.id, n))}
                aria-describedby={hint_id.clone()} autofocus={p.autofocus}
                placeholder={text(msg::COMBO_PLACEHOLDER)} {value} oninput={c.oninput.clone()} {onkeydown}
                onblur={c.onblur.clone()} onfocus={c.onfocus.clone()} onclick={c.onclick.clone()} />
            <span id={hint_id} class="visually-hidden">{ text(msg::COMBO_KEYS_HINT) }</span>
            { listbox(p, &c, &shown, expanded) }
            if open && shown.is_empty() {
                <p class="hint" role="status">{ text(msg::COMBO_NO_MATCH) }</p>
            }
            if expanded && more > 0 {
                <p class="hint">{ text_with(msg::COMBO_MORE, &[("count", more.into())]) }</p>
            }
            { chosen_list(p) }
        </div>
    }
}

/// An Annex A control as an option: id and title, and its plain summary.
pub fn control_option(c: &Control) -> ComboOption {
    ComboOption {
        key: c.id.to_string(),
        label: format!("{} {}", c.id, c.title),
        detail: Some(c.summary.to_owned()),
        tag: None,
    }
}

/// The controls matching a query, best first (the domain ranks them).
pub fn control_search() -> Callback<String, Vec<ComboOption>> {
    Callback::from(|q: String| {
        search_controls(&q)
            .into_iter()
            .map(|f| control_option(f.item))
            .collect()
    })
}
