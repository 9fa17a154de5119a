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

/// How long after the input loses focus its list closes (ms): longer
/// than a click, so the click lands where the pointer was pressed.
const BLUR_CLOSE_MS: u32 = 300;

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

/// The combobox.
#[function_component]
pub fn Combobox(p: &ComboboxProps) -> Html {
    // What is typed (None: not typing, the input shows the choice).
    let query = use_state(|| None::<String>);
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let q = (*query).clone().unwrap_or_default();
    let options = if *open {
        p.search.emit(q.clone())
    } else {
        vec![]
    };
    let shown: Vec<ComboOption> = options.iter().take(p.limit).cloned().collect();
    let more = options.len().saturating_sub(shown.len());
    let active_n = (*active).filter(|n| *n < shown.len());
    let list_id = format!("{}-list", p.id);
    let hint_id = format!("{}-hint", p.id);
    let label_id = format!("{}-label", p.id);
    let opt_id = {
        let id = p.id.clone();
        move |n: usize| format!("{id}-opt-{n}")
    };
    let value = match (&*query, p.multi) {
        (Some(q), _) => q.clone(),
        (None, false) => p.value_label.to_string(),
        (None, true) => String::new(),
    };
    let state = (query.clone(), open.clone(), active.clone());
    let pick = make_callback(
        &(state.clone(), p.onpick.clone(), p.multi),
        |((query, open, active), onpick, multi), key: String| {
            onpick.emit(key);
            if !*multi {
                query.set(None);
                open.set(false);
                active.set(None);
            }
        },
    );
    let oninput = make_callback(&state, |(query, open, active), e: InputEvent| {
        let v = crate::platform::event::value(&e);
        let typed = !v.trim().is_empty();
        query.set(Some(v));
        open.set(true);
        active.set(typed.then_some(0));
    });
    let onkeydown = make_callback(
        &(
            state.clone(),
            pick.clone(),
            shown.clone(),
            active_n,
            *open,
            p.multi,
        ),
        |((query, open, active), pick, shown, active_n, is_open, multi), e: KeyboardEvent| {
            let last = shown.len().saturating_sub(1);
            match e.key().as_str() {
                "ArrowDown" => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(match active_n {
                        Some(n) if *is_open => (*n + 1).min(last),
                        _ => 0,
                    }));
                }
                "ArrowUp" => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(match active_n {
                        Some(n) if *is_open => n.saturating_sub(1),
                        _ => last,
                    }));
                }
                "Enter" => {
                    // Never submit the form from here.
                    e.prevent_default();
                    if let Some(o) = active_n.and_then(|n| shown.get(n)).filter(|_| *is_open) {
                        pick.emit(o.key.clone());
                    } else {
                        open.set(true);
                    }
                }
                // One choice, typed and matched: Tab accepts the active
                // option (automatic selection) and moves on.
                "Tab"
                    if !*multi
                        && *is_open
                        && query.as_ref().is_some_and(|q| !q.trim().is_empty()) =>
                {
                    if let Some(o) = active_n.and_then(|n| shown.get(n)) {
                        pick.emit(o.key.clone());
                    }
                }
                "Escape" if *is_open => {
                    e.prevent_default();
                    open.set(false);
                    active.set(None);
                }
                "Escape" => {
                    query.set(None);
                }
                _ => {}
            }
        },
    );
    // The list closes a moment after the input loses focus, not at once:
    // a pointer press elsewhere blurs the input before its click lands, and
    // closing the list then would move the form under the pointer, so the
    // click would hit another field (or nothing). Focus coming back
    // cancels the close.
    let closing = use_mut_ref(|| None::<crate::platform::Pending>);
    let onblur = make_callback(
        &(state.clone(), closing.clone()),
        |((query, open, active), closing), _: FocusEvent| {
            let (query, open, active) = (query.clone(), open.clone(), active.clone());
            *closing.borrow_mut() = Some(crate::platform::after(BLUR_CLOSE_MS, move || {
                open.set(false);
                active.set(None);
                query.set(None);
            }));
        },
    );
    let onfocus = make_callback(&closing, |closing, _: FocusEvent| {
        closing.borrow_mut().take();
    });
    let onclick = make_callback(&open, |open, _: MouseEvent| open.set(true));
    let expanded = *open && !shown.is_empty();
    html! {
        <div class={classes!("combo", p.multi.then_some("multi"))}>
            <label for={p.id.clone()} id={label_id.clone()}>{ p.label.clone() }
                if p.multi {
                    <span class="hint">{ format!(" ({})", text_with(msg::COMBO_CHOSEN, &[("count", p.selected.len().into())])) }</span>
                }
            </label>
            <input id={p.id.clone()} type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls={list_id.clone()}
                aria-activedescendant={active_n.filter(|_| expanded).map(opt_id.clone())}
                aria-describedby={hint_id.clone()} autofocus={p.autofocus}
                placeholder={text(msg::COMBO_PLACEHOLDER)} {value} {oninput} {onkeydown} {onblur} {onfocus} {onclick} />
            <span id={hint_id} class="visually-hidden">{ text(msg::COMBO_KEYS_HINT) }</span>
            <ul id={list_id} role="listbox" class="combo-list" aria-labelledby={label_id}
                aria-multiselectable={p.multi.then_some("true")} hidden={!expanded}>
                { for shown.iter().enumerate().map(|(n, o)| {
                    let chosen = p.selected.contains(&o.key);
                    let key = o.key.clone();
                    // Mouse down, not click: the input keeps focus.
                    let onmousedown = make_callback(&pick, move |pick, e: MouseEvent| {
                        e.prevent_default();
                        pick.emit(key.clone());
                    });
                    html! {
                        <li id={opt_id(n)} role="option" aria-selected={chosen.to_string()}
                            class={classes!("combo-option", (active_n == Some(n)).then_some("active"))} {onmousedown}>
                            if p.multi {
                                <span aria-hidden="true" class="combo-tick">{ if chosen { "☑ " } else { "☐ " } }</span>
                            }
                            { option_body(o) }
                        </li>
                    }
                }) }
            </ul>
            if *open && shown.is_empty() {
                <p class="hint" role="status">{ text(msg::COMBO_NO_MATCH) }</p>
            }
            if expanded && more > 0 {
                <p class="hint">{ text_with(msg::COMBO_MORE, &[("count", more.into())]) }</p>
            }
            if p.multi && !p.chosen.is_empty() {
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
