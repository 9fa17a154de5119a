//! The inputs of one scenario: frequency model, frequency, primary and
//! secondary loss.

use std::rc::Rc;

use yew::prelude::*;

use super::editor::{magnitude_fields, rate_fields, vulnerability_fields, Editor};
use super::fields::{problem, NumField, Problems};
use crate::components::{Check, Choice};
use crate::domain::quant::{
    Amount, Estimate, Frequency, Magnitude, Probability, Rate, Scenario, SecondaryLoss,
};
use crate::domain::text::{msg, text};
use crate::domain::Currency;

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

/// The choices of the frequency model.
fn frequency_models() -> Vec<(String, String)> {
    vec![
        (
            "direct".to_owned(),
            text(msg::UI_QUANT_LOSS_EVENTS_PER_YEAR),
        ),
        ("open_fair".to_owned(), text(msg::UI_QUANT_OPEN_FAIR)),
    ]
}

/// The frequency model of a scenario, as its choice value.
fn model_of(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Direct { .. } => "direct",
        Frequency::OpenFair { .. } => "open_fair",
    }
}

/// Switches the frequency model, keeping the rate where it can.
fn switch_model(s: &mut Scenario, v: String) {
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
}

/// The frequency fields of the scenario's model.
fn frequency_fields(ed: &Editor, id: &str, path: &str, problems: &Problems) -> Html {
    match ed.scenario.frequency {
        Frequency::Direct { .. } => rate_fields(
            ed,
            &format!("{id}-lef"),
            &format!("{path}.frequency.lef"),
            &text(msg::UI_QUANT_LOSS_EVENTS),
            problems,
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
                ed,
                &format!("{id}-tef"),
                &format!("{path}.frequency.tef"),
                &text(msg::UI_QUANT_THREAT_EVENTS),
                problems,
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
            { vulnerability_fields(ed, &format!("{id}-vuln"), &format!("{path}.frequency.vulnerability"), problems) }
        </> },
    }
}

/// The secondary loss fields: its probability per event and its magnitude.
fn secondary_fields(
    ed: &Editor,
    (id, path): (&str, &str),
    sec: SecondaryLoss,
    currency: &Currency,
    problems: &Problems,
) -> Html {
    html! { <>
        <NumField id={format!("{id}-slef")} label={text(msg::UI_PROBABILITY_OF_SECONDARY_LOSSES_PER_EVENT)} unit="%"
            value={sec.probability.0 * 100.0}
            error={problem(problems, &format!("{path}.secondary.probability"))}
            oninput={ed.num(|s, v| if let Some(x) = &mut s.secondary { x.probability = Probability(v / 100.0) })} />
        { magnitude_fields(
            ed,
            &format!("{id}-secondary"),
            &format!("{path}.secondary.magnitude"),
            &text(msg::UI_QUANT_SECONDARY_LOSS),
            currency,
            problems,
            |s| s.secondary.map(|x| x.magnitude),
            |s, m| {
                if let Some(x) = &mut s.secondary {
                    x.magnitude = m;
                }
            },
        ) }
    </> }
}

/// The inputs of one scenario: frequency, primary and secondary loss.
#[function_component]
pub fn ScenarioForm(p: &ScenarioFormProps) -> Html {
    let ed = Editor {
        scenario: p.scenario,
        emit: p.onchange.clone(),
    };
    let (id, path) = (p.id.as_str(), p.path.as_str());
    let set_model = ed.text(Rc::new(switch_model));
    let frequency = frequency_fields(&ed, id, path, &p.problems);
    let primary = magnitude_fields(
        &ed,
        &format!("{id}-primary"),
        &format!("{path}.primary"),
        &text(msg::UI_QUANT_PRIMARY_LOSS),
        &p.currency,
        &p.problems,
        |s| Some(s.primary),
        |s, m| s.primary = m,
    );
    let secondary = p
        .scenario
        .secondary
        .map(|sec| secondary_fields(&ed, (id, path), sec, &p.currency, &p.problems));
    html! {
        <>
            <Choice id={format!("{id}-model")} label={text(msg::UI_FREQUENCY_MODEL)} options={frequency_models()}
                value={model_of(p.scenario.frequency)} onchange={set_model} />
            { frequency }
            { primary }
            <Check id={format!("{id}-has-secondary")} label={text(msg::UI_SECONDARY_LOSSES_FINES_CLAIMS_LOST_CUSTOMERS)}
                checked={p.scenario.secondary.is_some()}
                onchange={ed.flag(|s, on| s.secondary = on.then_some(SecondaryLoss {
                    probability: Probability(0.2),
                    magnitude: Magnitude::Range90 { low: Amount(5_000.0), high: Amount(100_000.0) },
                }))} />
            { for secondary }
        </>
    }
}
