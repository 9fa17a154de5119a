//! Quantitative risk inputs and charts: number fields with units and inline
//! errors, the "Quantify" panel of a risk, and the loss exceedance curve.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{edit, Check, Choice};
use crate::domain::quant::{
    format_amount, format_percent, Amount, CurvePoint, Estimate, Frequency, Magnitude, Probability,
    QuantEstimate, Rate, Scenario, SecondaryLoss, TolerancePoint,
};
use crate::domain::{Currency, Risk};

/// Problems as (JSON path, message).
pub type Problems = Rc<Vec<(String, String)>>;

fn problem(problems: &Problems, path: &str) -> Option<AttrValue> {
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
struct Editor {
    scenario: Scenario,
    emit: Callback<Scenario>,
}

impl Editor {
    fn num(&self, f: impl Fn(&mut Scenario, f64) + 'static) -> Callback<f64> {
        let (s, emit) = (self.scenario, self.emit.clone());
        Callback::from(move |v: f64| {
            let mut x = s;
            f(&mut x, v);
            emit.emit(x);
        })
    }

    fn text(&self, f: Set<String>) -> Callback<String> {
        let (s, emit) = (self.scenario, self.emit.clone());
        Callback::from(move |v: String| {
            let mut x = s;
            f(&mut x, v);
            emit.emit(x);
        })
    }

    fn flag(&self, f: impl Fn(&mut Scenario, bool) + 'static) -> Callback<bool> {
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
        ("three_point".into(), "Three-point estimate (PERT)".into()),
    ]
}

/// The rate fields of a frequency estimate, at `path` (e.g.
/// `quant.inherent.frequency.lef`). `get` and `put` reach the estimate.
fn rate_fields(
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
    let unit = AttrValue::from("per year");
    let fields = match e {
        Estimate::Fixed { value } => html! {
            <NumField id={format!("{id}-value")} label={format!("{what} per year")} unit={unit.clone()} value={value.0}
                error={problem(problems, &format!("{path}.value"))}
                oninput={ed.num(move |s, v| put(s, Estimate::Fixed { value: Rate(v) }))} />
        },
        Estimate::ThreePoint {
            min,
            most_likely,
            max,
        } => {
            let part = |name: &'static str, label: &str, v: f64| {
                html! {
                    <NumField id={format!("{id}-{name}")} label={format!("{label} {}", what.to_lowercase())} unit={unit.clone()} value={v}
                        error={problem(problems, &format!("{path}.{name}"))}
                        oninput={ed.num(move |s, v| {
                            if let Some(Estimate::ThreePoint { mut min, mut most_likely, mut max }) = get(s) {
                                match name { "min" => min = Rate(v), "most_likely" => most_likely = Rate(v), _ => max = Rate(v) }
                                put(s, Estimate::ThreePoint { min, most_likely, max });
                            }
                        })} />
                }
            };
            html! { <>{ part("min", "Minimum", min.0) }{ part("most_likely", "Most likely", most_likely.0) }{ part("max", "Maximum", max.0) }</> }
        }
    };
    html! {
        <div class="form-grid">
            <Choice id={format!("{id}-kind")} label={format!("{what}: estimate")} options={kind_options("Fixed rate")}
                value={estimate_kind(&e)} onchange={kind} />
            { fields }
        </div>
    }
}

/// The vulnerability fields (as percentages).
fn vulnerability_fields(ed: &Editor, id: &str, path: &str, problems: &Problems) -> Html {
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
            <NumField id={format!("{id}-value")} label="Vulnerability (threat capability beats resistance)" unit="%" value={value.0 * 100.0}
                error={problem(problems, &format!("{path}.value"))}
                oninput={ed.num(|s, v| put(s, Estimate::Fixed { value: Probability(v / 100.0) }))} />
        },
        Estimate::ThreePoint {
            min,
            most_likely,
            max,
        } => {
            let part = |name: &'static str, label: &'static str, v: f64| {
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
            html! { <>{ part("min", "Minimum vulnerability", min.0) }{ part("most_likely", "Most likely vulnerability", most_likely.0) }{ part("max", "Maximum vulnerability", max.0) }</> }
        }
    };
    html! {
        <div class="form-grid">
            <Choice id={format!("{id}-kind")} label="Vulnerability: estimate" options={kind_options("Fixed probability")}
                value={estimate_kind(&e)} onchange={kind} />
            { fields }
        </div>
    }
}

/// The fields of a magnitude.
#[allow(clippy::too_many_arguments)]
fn magnitude_fields(
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
                <NumField id={format!("{id}-low")} label={format!("{what}, low end (5th percentile)")} unit={unit.clone()} value={low.0}
                    error={problem(problems, &format!("{path}.low"))}
                    oninput={ed.num(move |s, v| if let Some(Magnitude::Range90 { high, .. }) = get(s) { put(s, Magnitude::Range90 { low: Amount(v), high }) })} />
                <NumField id={format!("{id}-high")} label={format!("{what}, high end (95th percentile)")} unit={unit.clone()} value={high.0}
                    error={problem(problems, &format!("{path}.high"))}
                    oninput={ed.num(move |s, v| if let Some(Magnitude::Range90 { low, .. }) = get(s) { put(s, Magnitude::Range90 { low, high: Amount(v) }) })} />
            </> },
        ),
        Magnitude::ThreePoint {
            min,
            most_likely,
            max,
        } => {
            let part = |name: &'static str, label: &str, v: f64| {
                html! {
                    <NumField id={format!("{id}-{name}")} label={format!("{what}, {label}")} unit={unit.clone()} value={v}
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
                html! { <>{ part("min", "minimum", min.0) }{ part("most_likely", "most likely", most_likely.0) }{ part("max", "maximum", max.0) }</> },
            )
        }
    };
    let options = vec![
        (
            "range90".to_owned(),
            "90 % range (lognormal, as riskquant)".to_owned(),
        ),
        (
            "three_point".to_owned(),
            "Three-point estimate (PERT)".to_owned(),
        ),
    ];
    html! {
        <div class="form-grid">
            <Choice id={format!("{id}-kind")} label={format!("{what}: estimate")} {options} value={kind_value} onchange={kind} />
            { fields }
        </div>
    }
}

/// Props of [`ScenarioForm`].
#[derive(Properties, PartialEq)]
pub struct ScenarioFormProps {
    /// Prefix of the input ids.
    pub id: AttrValue,
    /// The JSON path of the scenario, for matching problems.
    pub path: AttrValue,
    /// The scenario.
    pub scenario: Scenario,
    /// The currency of the amounts.
    pub currency: Currency,
    /// Problems of the whole estimate.
    pub problems: Problems,
    /// Called with the changed scenario.
    pub onchange: Callback<Scenario>,
}

/// The inputs of one scenario: frequency, primary and secondary loss.
#[function_component]
pub fn ScenarioForm(p: &ScenarioFormProps) -> Html {
    let ed = Editor {
        scenario: p.scenario,
        emit: p.onchange.clone(),
    };
    let (id, path) = (p.id.as_str(), p.path.as_str());
    let model = match p.scenario.frequency {
        Frequency::Direct { .. } => "direct",
        Frequency::OpenFair { .. } => "open_fair",
    };
    let set_model = ed.text(Rc::new(|s, v| {
        s.frequency = match (s.frequency, v.as_str()) {
            (Frequency::Direct { lef }, "open_fair") => Frequency::OpenFair {
                tef: lef,
                vulnerability: Estimate::Fixed {
                    value: Probability(1.0),
                },
            },
            (f @ Frequency::OpenFair { .. }, "direct") => Frequency::Direct {
                lef: Estimate::Fixed {
                    value: Rate(f.mean()),
                },
            },
            (f, _) => f,
        }
    }));
    let models = vec![
        ("direct".to_owned(), "Loss events per year".to_owned()),
        (
            "open_fair".to_owned(),
            "Threat events × vulnerability (Open FAIR)".to_owned(),
        ),
    ];
    let frequency = match p.scenario.frequency {
        Frequency::Direct { .. } => rate_fields(
            &ed,
            &format!("{id}-lef"),
            &format!("{path}.frequency.lef"),
            "Loss events",
            &p.problems,
            |s| match s.frequency {
                Frequency::Direct { lef } => Some(lef),
                Frequency::OpenFair { .. } => None,
            },
            |s, e| {
                if let Frequency::Direct { lef } = &mut s.frequency {
                    *lef = e;
                }
            },
        ),
        Frequency::OpenFair { .. } => html! { <>
            { rate_fields(
                &ed,
                &format!("{id}-tef"),
                &format!("{path}.frequency.tef"),
                "Threat events",
                &p.problems,
                |s| match s.frequency {
                    Frequency::OpenFair { tef, .. } => Some(tef),
                    Frequency::Direct { .. } => None,
                },
                |s, e| {
                    if let Frequency::OpenFair { tef, .. } = &mut s.frequency {
                        *tef = e;
                    }
                },
            ) }
            { vulnerability_fields(&ed, &format!("{id}-vuln"), &format!("{path}.frequency.vulnerability"), &p.problems) }
        </> },
    };
    let primary = magnitude_fields(
        &ed,
        &format!("{id}-primary"),
        &format!("{path}.primary"),
        "Primary loss per event",
        &p.currency,
        &p.problems,
        |s| Some(s.primary),
        |s, m| s.primary = m,
    );
    let secondary = p.scenario.secondary.map(|sec| {
        html! { <>
            <NumField id={format!("{id}-slef")} label="Probability of secondary losses per event (SLEF)" unit="%"
                value={sec.probability.0 * 100.0}
                error={problem(&p.problems, &format!("{path}.secondary.probability"))}
                oninput={ed.num(|s, v| if let Some(x) = &mut s.secondary { x.probability = Probability(v / 100.0) })} />
            { magnitude_fields(
                &ed,
                &format!("{id}-secondary"),
                &format!("{path}.secondary.magnitude"),
                "Secondary loss",
                &p.currency,
                &p.problems,
                |s| s.secondary.map(|x| x.magnitude),
                |s, m| {
                    if let Some(x) = &mut s.secondary {
                        x.magnitude = m;
                    }
                },
            ) }
        </> }
    });
    html! {
        <>
            <Choice id={format!("{id}-model")} label="Frequency model" options={models} value={model} onchange={set_model} />
            { frequency }
            { primary }
            <Check id={format!("{id}-has-secondary")} label="Secondary losses (fines, claims, lost customers)"
                checked={p.scenario.secondary.is_some()}
                onchange={ed.flag(|s, on| s.secondary = on.then_some(SecondaryLoss {
                    probability: Probability(0.2),
                    magnitude: Magnitude::Range90 { low: Amount(5_000.0), high: Amount(100_000.0) },
                }))} />
            { for secondary }
        </>
    }
}

/// Props of [`QuantifyPanel`].
#[derive(Properties, PartialEq)]
pub struct QuantifyPanelProps {
    /// The risk (draft) being edited.
    pub risk: Risk,
    /// The assessment's currency.
    pub currency: Currency,
    /// Called with the changed risk.
    pub onchange: Callback<Risk>,
}

/// The "Quantify" panel of a risk: FAIR inputs before and after treatment,
/// validated as you type.
#[function_component]
pub fn QuantifyPanel(p: &QuantifyPanelProps) -> Html {
    let r = &p.risk;
    let toggle = edit(r, &p.onchange, |x, on: bool| {
        x.quant = on.then(|| QuantEstimate {
            inherent: default_scenario(),
            residual: None,
        });
    });
    let body = r.quant.map(|q| {
        let problems: Problems = Rc::new(q.problems("quant"));
        let set = |residual: bool| {
            edit(r, &p.onchange, move |x, s: Scenario| {
                if let Some(q) = &mut x.quant {
                    if residual {
                        q.residual = Some(s);
                    } else {
                        q.inherent = s;
                    }
                }
            })
        };
        let toggle_residual = edit(r, &p.onchange, |x, on: bool| {
            if let Some(q) = &mut x.quant {
                q.residual = on.then_some(q.inherent);
            }
        });
        let e = q.inherent.expected();
        html! { <>
            <fieldset class="quant-scenario">
                <legend>{ "Before treatment" }</legend>
                <ScenarioForm id="q-inh" path="quant.inherent" scenario={q.inherent} currency={p.currency.clone()}
                    problems={problems.clone()} onchange={set(false)} />
            </fieldset>
            <Check id="q-has-residual" label="Estimate the risk after treatment separately" checked={q.residual.is_some()} onchange={toggle_residual} />
            if let Some(res) = q.residual {
                <fieldset class="quant-scenario">
                    <legend>{ "After treatment" }</legend>
                    <ScenarioForm id="q-res" path="quant.residual" scenario={res} currency={p.currency.clone()}
                        problems={problems.clone()} onchange={set(true)} />
                </fieldset>
            }
            if problems.is_empty() {
                <p class="hint">{ format!(
                    "Expected loss (rate × mean magnitude): {:.3} events a year × {} {} = {} {} a year before treatment.",
                    e.events_per_year, p.currency, format_amount(e.loss_per_event), p.currency, format_amount(e.annual)
                ) }</p>
            } else {
                <p class="error" role="alert">{ format!("{} value(s) need fixing before you can save: see the highlighted fields.", problems.len()) }</p>
            }
        </> }
    });
    html! {
        <section class="quantify" aria-labelledby="quantify-heading">
            <h3 id="quantify-heading">{ "Quantify" }</h3>
            <p class="hint">{ "Estimate how often losses happen and how large they are, in money; the Quantify page simulates a year many times over." }</p>
            <Check id="q-on" label="Quantify this risk (FAIR)" checked={r.quant.is_some()} onchange={toggle} />
            { for body }
        </section>
    }
}

/// Props of [`LossCurve`].
#[derive(Properties, PartialEq)]
pub struct LossCurveProps {
    /// The inherent curve.
    pub inherent: Vec<CurvePoint>,
    /// The residual curve, if different.
    #[prop_or_default]
    pub residual: Option<Vec<CurvePoint>>,
    /// The tolerance curve.
    #[prop_or_default]
    pub tolerance: Vec<TolerancePoint>,
    /// The currency, for the axis.
    pub currency: Currency,
    /// Simulated years (the lowest probability the curve can show).
    pub trials: u32,
}

const W: f64 = 680.0;
const H: f64 = 380.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 56.0;

/// A compact amount for axis ticks: 10k, 2.5M, 1B.
pub fn compact_amount(x: f64) -> String {
    let (v, s) = if x >= 1e9 {
        (x / 1e9, "B")
    } else if x >= 1e6 {
        (x / 1e6, "M")
    } else if x >= 1e3 {
        (x / 1e3, "k")
    } else {
        (x, "")
    };
    format!("{}{s}", show_number((v * 100.0).round() / 100.0))
}

/// The loss exceedance curve: P(annual loss > x) on log–log axes, inherent
/// and residual, with the tolerance curve over them.
#[function_component]
pub fn LossCurve(p: &LossCurveProps) -> Html {
    let xs = p
        .inherent
        .iter()
        .chain(p.residual.iter().flatten())
        .map(|c| c.loss)
        .chain(p.tolerance.iter().map(|t| t.loss.0))
        .filter(|x| *x > 0.0 && x.is_finite());
    let (lo, hi) = xs.fold((f64::INFINITY, 0.0f64), |(a, b), x| (a.min(x), b.max(x)));
    if !lo.is_finite() || hi <= 0.0 {
        return html! { <p>{ "No simulated year had a loss: there is no curve to draw." }</p> };
    }
    let (x0, x1) = (
        lo.log10().floor(),
        hi.log10().ceil().max(lo.log10().floor() + 1.0),
    );
    let y0 = (-(f64::from(p.trials.max(10)).log10()).min(4.0)).floor();
    let px = |x: f64| LEFT + (x.log10() - x0) / (x1 - x0) * (W - LEFT - RIGHT);
    let py =
        |pr: f64| TOP + (0.0 - pr.max(10f64.powf(y0)).log10()) / (0.0 - y0) * (H - TOP - BOTTOM);
    let line = |pts: &[CurvePoint]| -> String {
        pts.iter()
            .filter(|c| c.probability >= 10f64.powf(y0) && c.loss > 0.0)
            .map(|c| format!("{:.1},{:.1}", px(c.loss), py(c.probability)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let x_ticks = (x0 as i32..=x1 as i32).map(|e| {
        let x = 10f64.powi(e);
        html! {
            <g class="tick">
                <line x1={format!("{:.1}", px(x))} x2={format!("{:.1}", px(x))} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} class="grid" />
                <text x={format!("{:.1}", px(x))} y={(H - BOTTOM + 16.0).to_string()} text-anchor="middle">{ compact_amount(x) }</text>
            </g>
        }
    });
    let y_ticks = (y0 as i32..=0).map(|e| {
        let pr = 10f64.powi(e);
        html! {
            <g class="tick">
                <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={format!("{:.1}", py(pr))} y2={format!("{:.1}", py(pr))} class="grid" />
                <text x={(LEFT - 6.0).to_string()} y={format!("{:.1}", py(pr) + 4.0)} text-anchor="end">{ format_percent(pr) }</text>
            </g>
        }
    });
    let tol: Vec<CurvePoint> = p
        .tolerance
        .iter()
        .map(|t| CurvePoint {
            loss: t.loss.0,
            probability: t.probability.0,
        })
        .collect();
    let p95 = |c: &[CurvePoint]| {
        c.iter()
            .find(|x| x.probability <= 0.05)
            .map_or("below the chart".to_owned(), |x| compact_amount(x.loss))
    };
    let desc = format!(
        "Probability that the annual loss exceeds an amount, on logarithmic axes. Inherent: a 5 % chance of losing more than {}.{}{} The statistics table below gives the numbers.",
        p95(&p.inherent),
        p.residual.as_ref().map_or(String::new(), |r| format!(" Residual: a 5 % chance of losing more than {}.", p95(r))),
        if tol.is_empty() { "" } else { " The dashed line is the risk tolerance." },
    );
    html! {
        <figure class="lec">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="lec-title lec-desc" class="lec-chart">
                <title id="lec-title">{ "Loss exceedance curve" }</title>
                <desc id="lec-desc">{ desc }</desc>
                { for y_ticks }
                { for x_ticks }
                <line class="axis" x1={LEFT.to_string()} x2={LEFT.to_string()} y1={TOP.to_string()} y2={(H - BOTTOM).to_string()} />
                <line class="axis" x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={(H - BOTTOM).to_string()} y2={(H - BOTTOM).to_string()} />
                <text class="axis-label" x={((LEFT + W - RIGHT) / 2.0).to_string()} y={(H - 12.0).to_string()} text-anchor="middle">{ format!("Annual loss ({})", p.currency) }</text>
                <polyline class="lec-inherent" points={line(&p.inherent)} />
                if let Some(r) = &p.residual {
                    <polyline class="lec-residual" points={line(r)} />
                }
                if !tol.is_empty() {
                    <polyline class="lec-tolerance" points={line(&tol)} />
                    { for tol.iter().filter(|c| c.probability >= 10f64.powf(y0)).map(|c| html! {
                        <circle class="lec-tolerance-point" cx={format!("{:.1}", px(c.loss))} cy={format!("{:.1}", py(c.probability))} r="4" />
                    }) }
                }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li><span class="swatch inherent" aria-hidden="true"></span>{ "Before treatment (inherent)" }</li>
                    if p.residual.is_some() {
                        <li><span class="swatch residual" aria-hidden="true"></span>{ "After treatment (residual)" }</li>
                    }
                    if !tol.is_empty() {
                        <li><span class="swatch tolerance" aria-hidden="true"></span>{ "Risk tolerance" }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}
