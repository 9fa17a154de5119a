//! Number fields with units and inline errors, and the problems they show.

use std::rc::Rc;

use yew::prelude::*;

/// Problems as (JSON path, message).
pub type Problems = Rc<Vec<(String, String)>>;

/// The message of the problem at `path`, if any.
pub fn problem(problems: &Problems, path: &str) -> Option<AttrValue> {
    problems
        .iter()
        .find(|(p, _)| p == path)
        .map(|(_, m)| AttrValue::from(m.clone()))
}

/// A number as typed: digits with optional thousands separators.
pub fn parse_number(text: &str) -> f64 {
    let t: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if t.is_empty() {
        return f64::NAN;
    }
    t.parse().unwrap_or(f64::NAN)
}

/// A number for an input: no float noise (`0.1 × 100` shows as `10`).
pub fn show_number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let r = (v * 1e9).round() / 1e9;
    format!("{r}")
}

/// Props of [`NumField`].
#[derive(Properties, PartialEq)]
pub struct NumFieldProps {
    /// Unique id of the input.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The unit shown after the input ("per year", "EUR", "%").
    pub unit: AttrValue,
    /// The value (NaN shows an empty field).
    pub value: f64,
    /// Called with the parsed value (NaN when not a number).
    pub oninput: Callback<f64>,
    /// The problem with this value, shown under it.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// A labelled number input with its unit and an inline error.
#[function_component]
pub fn NumField(p: &NumFieldProps) -> Html {
    let oninput = p
        .oninput
        .reform(|e: InputEvent| parse_number(&crate::platform::event::value(&e)));
    let err_id = format!("{}-error", p.id);
    html! {
        <div class={classes!("field", "num-field", p.error.is_some().then_some("invalid"))}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <span class="with-unit">
                <input id={p.id.clone()} type="text" inputmode="decimal" value={show_number(p.value)} {oninput}
                    aria-invalid={p.error.is_some().then_some("true")}
                    aria-describedby={p.error.as_ref().map(|_| err_id.clone())} />
                <span class="unit">{ p.unit.clone() }</span>
            </span>
            if let Some(e) = &p.error {
                <small id={err_id} class="error field-error">{ e.clone() }</small>
            }
        </div>
    }
}
