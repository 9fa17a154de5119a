//! Labelled form fields. Every input has a visible label tied to it.

use yew::prelude::*;

use super::term::TermHelp;
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text_with};
use crate::domain::{Scale, MAX_TEXT};

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Unique id of the input.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current value.
    pub value: AttrValue,
    /// Called with the new value on every keystroke.
    pub oninput: Callback<String>,
    /// Multi-line.
    #[prop_or_default]
    pub multiline: bool,
    /// Placeholder text.
    #[prop_or_default]
    pub placeholder: AttrValue,
    /// Input type (text, date, …).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// Marks the field required.
    #[prop_or_default]
    pub required: bool,
    /// A hint under the field.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A glossary term the label uses: a "?" after the label opens it.
    #[prop_or_default]
    pub help: Option<Term>,
    /// Take keyboard focus when first shown (the first field of a form).
    #[prop_or_default]
    pub autofocus: bool,
    /// The most characters the field takes (`maxlength`): the domain's
    /// text limit, [`MAX_TEXT`], unless a field has a smaller one. When
    /// the text reaches it, a message under the field says so.
    #[prop_or(MAX_TEXT)]
    pub maxlength: usize,
}

/// Whether `value` reached `limit` characters. `maxlength` counts UTF-16
/// units and the domain counts characters: a text at the browser's limit
/// is never over the domain's.
pub fn at_limit(value: &str, limit: usize) -> bool {
    value.chars().count() >= limit || value.encode_utf16().count() >= limit
}

/// The message under a field whose text reached `limit` characters, tied
/// to it with `aria-describedby` (id `limit_id`), or nothing.
pub fn limit_message(value: &str, limit: usize, limit_id: &str) -> Html {
    if at_limit(value, limit) {
        html! {
            <small id={limit_id.to_owned()} class="field-limit" role="status" data-testid="field-limit">
                { text_with(msg::FIELD_LIMIT_REACHED, &[("limit", limit.into())]) }
            </small>
        }
    } else {
        html! {}
    }
}

/// The text of the input or text area an event came from.
pub fn text_value(e: &Event) -> String {
    crate::platform::event::value(e)
}

/// A callback for `oninput` that emits the field's text on every keystroke.
pub fn on_input(cb: Callback<String>) -> Callback<InputEvent> {
    cb.reform(|e: InputEvent| text_value(&e))
}

/// A labelled text input or text area.
#[function_component]
pub fn TextField(p: &TextFieldProps) -> Html {
    let oninput = p.oninput.reform(|e: InputEvent| text_value(&e));
    let hint_id = format!("{}-hint", p.id);
    let limit_id = format!("{}-limit", p.id);
    let full = at_limit(&p.value, p.maxlength);
    let described = match (&p.hint, full) {
        (Some(_), true) => Some(format!("{hint_id} {limit_id}")),
        (Some(_), false) => Some(hint_id.clone()),
        (None, true) => Some(limit_id.clone()),
        (None, false) => None,
    };
    let maxlength = p.maxlength.to_string();
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(p.autofocus, move |on| {
            if *on {
                crate::platform::focus(&node);
            }
        });
    }
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ p.label.clone() }{ if p.required { " *" } else { "" } }</label>
            if let Some(t) = p.help {
                <TermHelp term={t} at={p.id.clone()} />
            }
            if p.multiline {
                <textarea ref={node} id={p.id.clone()} value={p.value.clone()} {oninput} rows="3"
                    maxlength={maxlength} placeholder={p.placeholder.clone()} aria-describedby={described} />
            } else {
                <input ref={node} id={p.id.clone()} type={p.kind.clone()} value={p.value.clone()} {oninput}
                    maxlength={maxlength} placeholder={p.placeholder.clone()} required={p.required}
                    aria-describedby={described} />
            }
            if let Some(h) = &p.hint {
                <small id={hint_id}>{ h.clone() }</small>
            }
            { limit_message(&p.value, p.maxlength, &limit_id) }
        </div>
    }
}

/// Props of [`Choice`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// Unique id of the select.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(String, String)>,
    /// The selected value.
    pub value: AttrValue,
    /// Called with the chosen value.
    pub onchange: Callback<String>,
    /// Hide the label visually (it stays for screen readers).
    #[prop_or_default]
    pub compact: bool,
    /// A hint under the select, tied to it with `aria-describedby`.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// A glossary term the label uses: a "?" after the label opens it.
    #[prop_or_default]
    pub help: Option<Term>,
}

/// A labelled select.
#[function_component]
pub fn Choice(p: &ChoiceProps) -> Html {
    let onchange = p
        .onchange
        .reform(|e: Event| crate::platform::event::value(&e));
    let hint_id = format!("{}-hint", p.id);
    html! {
        <div class={classes!("field", p.compact.then_some("compact"))}>
            <label for={p.id.clone()} class={classes!(p.compact.then_some("visually-hidden"))}>{ p.label.clone() }</label>
            if let Some(t) = p.help {
                <TermHelp term={t} at={p.id.clone()} />
            }
            <select id={p.id.clone()} {onchange} aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())}>
                { for p.options.iter().map(|(v, l)| html! {
                    <option value={v.clone()} selected={*v == *p.value}>{ l.clone() }</option>
                }) }
            </select>
            if let Some(h) = &p.hint {
                <p id={hint_id} class="hint">{ h.clone() }</p>
            }
        </div>
    }
}

/// The options of a scale: `("3", "3 — Possible")`.
pub fn scale_options(scale: &Scale) -> Vec<(String, String)> {
    scale
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| ((i + 1).to_string(), format!("{} — {}", i + 1, s.name)))
        .collect()
}

/// Props of [`ScaleChoice`].
#[derive(Properties, PartialEq)]
pub struct ScaleChoiceProps {
    /// Unique id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The scale.
    pub scale: Scale,
    /// The step, from 1.
    pub value: u8,
    /// Called with the chosen step.
    pub onchange: Callback<u8>,
    /// Hide the label visually.
    #[prop_or_default]
    pub compact: bool,
    /// A glossary term the label uses: a "?" after the label opens it.
    #[prop_or_default]
    pub help: Option<Term>,
}

/// A select over a likelihood or impact scale that shows the step names,
/// with the selected step's definition (the risk criteria, ISO/IEC
/// 27001:2022 6.1.2 a) under it, tied with `aria-describedby`; none when
/// the step has no definition.
#[function_component]
pub fn ScaleChoice(p: &ScaleChoiceProps) -> Html {
    let hint = p
        .scale
        .definition(p.value)
        .map(|d| AttrValue::from(d.to_owned()));
    html! {
        <Choice id={p.id.clone()} label={p.label.clone()} options={scale_options(&p.scale)}
            value={p.value.to_string()} compact={p.compact} {hint} help={p.help}
            onchange={p.onchange.reform(|v: String| v.parse().unwrap_or(1))} />
    }
}

/// Props of [`Check`].
#[derive(Properties, PartialEq)]
pub struct CheckProps {
    /// Unique id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Checked or not.
    pub checked: bool,
    /// Called with the new state.
    pub onchange: Callback<bool>,
}

/// A labelled checkbox.
#[function_component]
pub fn Check(p: &CheckProps) -> Html {
    let onchange = p
        .onchange
        .reform(|e: Event| crate::platform::event::checked(&e));
    html! {
        <label class="check" for={p.id.clone()}>
            <input type="checkbox" id={p.id.clone()} checked={p.checked} {onchange} />
            { " " }{ p.label.clone() }
        </label>
    }
}

/// A change made to a copy of a `T` from a text value.
pub type Edit<T> = Box<dyn Fn(&mut T, String)>;

/// A text callback that applies `edit` to a copy of `base` and emits the copy.
pub fn edit_text<T: Clone + 'static>(
    base: &T,
    emit: &Callback<T>,
    edit: impl Fn(&mut T, String) + 'static,
) -> Callback<String> {
    super::callback::edit(base, emit, edit)
}
