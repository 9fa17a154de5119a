//! The field groups of a scenario: rates, vulnerability and magnitudes,
//! each with its estimate kind, and the editor that turns their inputs into
//! changed scenarios.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{problem, NumField, Problems};
use crate::components::Choice;
use crate::domain::quant::{Amount, Estimate, Frequency, Magnitude, Probability, Rate, Scenario};
use crate::domain::text::{msg, text, text_with};
use crate::domain::Currency;

/// A scenario a new estimate starts from: half an event a year, losses
/// between 10,000 and 250,000 nine times in ten.
pub fn default_scenario() -> Scenario {
    Scenario {
        frequency: Frequency::Direct {
            lef: Estimate::Fixed { value: Rate(0.5) },
        },
        primary: Magnitude::Range90 {
            low: Amount(10_000.0),
            high: Amount(250_000.0),
        },
        secondary: None,
    }
}

type Set<T> = Rc<dyn Fn(&mut Scenario, T)>;

/// Builds callbacks that change a copy of the scenario and emit it.
#[derive(Clone)]
pub(super) struct Editor {
    pub(super) scenario: Scenario,
    pub(super) emit: Callback<Scenario>,
}

impl Editor {
    pub(super) fn num(&self, f: impl Fn(&mut Scenario, f64) + 'static) -> Callback<f64> {
        let (s, emit) = (self.scenario, self.emit.clone());
        Callback::from(move |v: f64| {
            let mut x = s;
            f(&mut x, v);
            emit.emit(x);
        })
    }

    pub(super) fn text(&self, f: Set<String>) -> Callback<String> {
        let (s, emit) = (self.scenario, self.emit.clone());
        Callback::from(move |v: String| {
            let mut x = s;
            f(&mut x, v);
            emit.emit(x);
        })
    }

    pub(super) fn flag(&self, f: impl Fn(&mut Scenario, bool) + 'static) -> Callback<bool> {
        let (s, emit) = (self.scenario, self.emit.clone());
        Callback::from(move |v: bool| {
            let mut x = s;
            f(&mut x, v);
            emit.emit(x);
        })
    }
}

fn estimate_kind<T>(e: &Estimate<T>) -> &'static str {
    match e {
        Estimate::Fixed { .. } => "fixed",
        Estimate::ThreePoint { .. } => "three_point",
    }
}

fn switch_rate(e: Estimate<Rate>, kind: &str) -> Estimate<Rate> {
    match (e, kind) {
        (Estimate::Fixed { value }, "three_point") => Estimate::ThreePoint {
            min: Rate(value.0 / 2.0),
            most_likely: value,
            max: Rate(value.0 * 2.0),
        },
        (Estimate::ThreePoint { most_likely, .. }, "fixed") => {
            Estimate::Fixed { value: most_likely }
        }
        (e, _) => e,
    }
}

fn switch_probability(e: Estimate<Probability>, kind: &str) -> Estimate<Probability> {
    match (e, kind) {
        (Estimate::Fixed { value }, "three_point") => Estimate::ThreePoint {
            min: Probability(value.0 / 2.0),
            most_likely: value,
            max: Probability((value.0 * 1.5).min(1.0)),
        },
        (Estimate::ThreePoint { most_likely, .. }, "fixed") => {
            Estimate::Fixed { value: most_likely }
        }
        (e, _) => e,
    }
}

fn switch_magnitude(m: Magnitude, kind: &str) -> Magnitude {
    match (m, kind) {
        (Magnitude::Range90 { low, high }, "three_point") => Magnitude::ThreePoint {
            min: low,
            most_likely: Amount((low.0 * high.0).sqrt().round()),
            max: high,
        },
        (
            Magnitude::ThreePoint {
                min,
                most_likely,
                max,
            },
            "range90",
        ) => Magnitude::Range90 {
            low: if min.0 > 0.0 {
                min
            } else {
                Amount((most_likely.0 / 10.0).max(1.0))
            },
            high: max,
        },
        (m, _) => m,
    }
}

fn kind_options(fixed: &str) -> Vec<(String, String)> {
    vec![
        ("fixed".into(), fixed.into()),
        ("three_point".into(), text(msg::UI_QUANT_THREE_POINT)),
    ]
}

/// The rate fields of a frequency estimate, at `path` (e.g.
/// `quant.inherent.frequency.lef`). `get` and `put` reach the estimate.
pub(super) fn rate_fields(
    ed: &Editor,
    id: &str,
    path: &str,
    what: &str,
    problems: &Problems,
    get: fn(&Scenario) -> Option<Estimate<Rate>>,
    put: fn(&mut Scenario, Estimate<Rate>),
) -> Html {
    let Some(e) = get(&ed.scenario) else {
        return html! {};
    };
    let kind = ed.text(Rc::new(move |s, v| {
        if let Some(e) = get(s) {
            put(s, switch_rate(e, &v));
        }
    }));
    let unit = AttrValue::from(text(msg::UI_QUANT_PER_YEAR));
    let fields = match e {
        Estimate::Fixed { value } => html! {
            <NumField id={format!("{id}-value")} label={text_with(msg::UI_QUANT_WHAT_PER_YEAR, &[("what", what.into())])} unit={unit.clone()} value={value.0}
                error={problem(problems, &format!("{path}.value"))}
                oninput={ed.num(move |s, v| put(s, Estimate::Fixed { value: Rate(v) }))} />
        },
        Estimate::ThreePoint {
            min,
            most_likely,
            max,
        } => {
            let part = |name: &'static str, label: String, v: f64| {
                html! {
                    <NumField id={format!("{id}-{name}")} label={text_with(msg::UI_QUANT_PART_OF_RATE, &[("part", label.into()), ("what", crate::domain::text::case::lower(what).into())])} unit={unit.clone()} value={v}
                        error={problem(problems, &format!("{path}.{name}"))}
                        oninput={ed.num(move |s, v| {
                            if let Some(Estimate::ThreePoint { mut min, mut most_likely, mut max }) = get(s) {
                                match name { "min" => min = Rate(v), "most_likely" => most_likely = Rate(v), _ => max = Rate(v) }
                                put(s, Estimate::ThreePoint { min, most_likely, max });
                            }
                        })} />
                }
            };
            html! { <>{ part("min", text(msg::UI_QUANT_MINIMUM), min.0) }{ part("most_likely", text(msg::UI_QUANT_MOST_LIKELY), most_likely.0) }{ part("max", text(msg::UI_QUANT_MAXIMUM), max.0) }</> }
        }
    };
    html! {
        <div class="form-grid">
            <Choice id={format!("{id}-kind")} label={text_with(msg::UI_QUANT_WHAT_ESTIMATE, &[("what", what.into())])} options={kind_options(&text(msg::UI_QUANT_FIXED_RATE))}
                value={estimate_kind(&e)} onchange={kind} />
            { fields }
        </div>
    }
}

/// The vulnerability fields (as percentages).
pub(super) fn vulnerability_fields(ed: &Editor, id: &str, path: &str, problems: &Problems) -> Html {
    fn get(s: &Scenario) -> Option<Estimate<Probability>> {
        match s.frequency {
            Frequency::OpenFair { vulnerability, .. } => Some(vulnerability),
            Frequency::Direct { .. } => None,
        }
    }
    fn put(s: &mut Scenario, e: Estimate<Probability>) {
        if let Frequency::OpenFair { vulnerability, .. } = &mut s.frequency {
            *vulnerability = e;
        }
    }
    let Some(e) = get(&ed.scenario) else {
        return html! {};
    };
    let kind = ed.text(Rc::new(|s, v| {
        if let Some(e) = get(s) {
            put(s, switch_probability(e, &v));
        }
    }));
    let fields = match e {
        Estimate::Fixed { value } => html! {
            <NumField id={format!("{id}-value")} label={text(msg::UI_VULNERABILITY_THREAT_CAPABILITY_BEATS_RESISTANCE)} unit="%" value={value.0 * 100.0}
                error={problem(problems, &format!("{path}.value"))}
                oninput={ed.num(|s, v| put(s, Estimate::Fixed { value: Probability(v / 100.0) }))} />
        },
        Estimate::ThreePoint {
            min,
            most_likely,
            max,
        } => {
            let part = |name: &'static str, label: String, v: f64| {
                html! {
                    <NumField id={format!("{id}-{name}")} label={label} unit="%" value={v * 100.0}
                        error={problem(problems, &format!("{path}.{name}"))}
                        oninput={ed.num(move |s, v| {
                            if let Some(Estimate::ThreePoint { mut min, mut most_likely, mut max }) = get(s) {
                                let p = Probability(v / 100.0);
                                match name { "min" => min = p, "most_likely" => most_likely = p, _ => max = p }
                                put(s, Estimate::ThreePoint { min, most_likely, max });
                            }
                        })} />
                }
            };
            html! { <>{ part("min", text(msg::UI_QUANT_MINIMUM_VULNERABILITY), min.0) }{ part("most_likely", text(msg::UI_QUANT_MOST_LIKELY_VULNERABILITY), most_likely.0) }{ part("max", text(msg::UI_QUANT_MAXIMUM_VULNERABILITY), max.0) }</> }
        }
    };
    html! {
        <div class="form-grid">
            <Choice id={format!("{id}-kind")} label={text(msg::UI_VULNERABILITY_ESTIMATE)} options={kind_options(&text(msg::UI_QUANT_FIXED_PROBABILITY))}
                value={estimate_kind(&e)} onchange={kind} />
            { fields }
        </div>
    }
}

/// The fields of a magnitude.
#[allow(clippy::too_many_arguments)]
pub(super) fn magnitude_fields(
    ed: &Editor,
    id: &str,
    path: &str,
    what: &str,
    currency: &Currency,
    problems: &Problems,
    get: fn(&Scenario) -> Option<Magnitude>,
    put: fn(&mut Scenario, Magnitude),
) -> Html {
    let Some(m) = get(&ed.scenario) else {
        return html! {};
    };
    let unit = AttrValue::from(currency.0.clone());
    let kind = ed.text(Rc::new(move |s, v| {
        if let Some(m) = get(s) {
            put(s, switch_magnitude(m, &v));
        }
    }));
    let (kind_value, fields) = match m {
        Magnitude::Range90 { low, high } => (
            "range90",
            html! { <>
                <NumField id={format!("{id}-low")} label={text_with(msg::UI_QUANT_LOW_END, &[("what", what.into())])} unit={unit.clone()} value={low.0}
                    error={problem(problems, &format!("{path}.low"))}
                    oninput={ed.num(move |s, v| if let Some(Magnitude::Range90 { high, .. }) = get(s) { put(s, Magnitude::Range90 { low: Amount(v), high }) })} />
                <NumField id={format!("{id}-high")} label={text_with(msg::UI_QUANT_HIGH_END, &[("what", what.into())])} unit={unit.clone()} value={high.0}
                    error={problem(problems, &format!("{path}.high"))}
                    oninput={ed.num(move |s, v| if let Some(Magnitude::Range90 { low, .. }) = get(s) { put(s, Magnitude::Range90 { low, high: Amount(v) }) })} />
            </> },
        ),
        Magnitude::ThreePoint {
            min,
            most_likely,
            max,
        } => {
            let part = |name: &'static str, label: String, v: f64| {
                html! {
                    <NumField id={format!("{id}-{name}")} label={text_with(msg::UI_QUANT_PART_OF_AMOUNT, &[("what", what.into()), ("part", label.into())])} unit={unit.clone()} value={v}
                        error={problem(problems, &format!("{path}.{name}"))}
                        oninput={ed.num(move |s, v| {
                            if let Some(Magnitude::ThreePoint { mut min, mut most_likely, mut max }) = get(s) {
                                match name { "min" => min = Amount(v), "most_likely" => most_likely = Amount(v), _ => max = Amount(v) }
                                put(s, Magnitude::ThreePoint { min, most_likely, max });
                            }
                        })} />
                }
            };
            (
                "three_point",
                html! { <>{ part("min", text(msg::UI_QUANT_MINIMUM_LOWER), min.0) }{ part("most_likely", text(msg::UI_QUANT_MOST_LIKELY_LOWER), most_likely.0) }{ part("max", text(msg::UI_QUANT_MAXIMUM_LOWER), max.0) }</> },
            )
        }
    };
    let options = vec![
        ("range90".to_owned(), text(msg::UI_QUANT_RANGE90)),
        ("three_point".to_owned(), text(msg::UI_QUANT_THREE_POINT)),
    ];
    html! {
        <div class="form-grid">
            <Choice id={format!("{id}-kind")} label={text_with(msg::UI_QUANT_WHAT_ESTIMATE, &[("what", what.into())])} {options} value={kind_value} onchange={kind} />
            { fields }
        </div>
    }
}
