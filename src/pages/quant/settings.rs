//! The simulation settings of the Quantify page: currency, seed, trials and
//! the risk tolerance curve.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{
    edit as edit_draft, edit_on, problem, Choice, NumField, Problems, TextField,
};
use crate::domain::quant::{format_amount, Amount, Probability, TolerancePoint};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Currency, QuantSettings};

const TRIALS: [u32; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

/// A change to the simulation settings from a field's new value.
type SettingsEdit<T> = dyn Fn(&mut QuantSettings, T);

/// Props of [`SettingsForm`].
#[derive(Properties, PartialEq)]
pub struct SettingsFormProps {
    /// The settings being edited (the draft).
    pub settings: QuantSettings,
    /// The draft's problems, as (JSON path, message).
    pub problems: Problems,
    /// Called with the edited settings.
    pub onchange: Callback<QuantSettings>,
}

/// The "Simulation settings" fieldset.
#[function_component]
pub fn SettingsForm(p: &SettingsFormProps) -> Html {
    let s = &p.settings;
    let problems = &p.problems;
    let edit = |f: Rc<SettingsEdit<String>>| edit_draft(s, &p.onchange, move |x, v| f(x, v));
    let edit_num = |f: Rc<SettingsEdit<f64>>| edit_draft(s, &p.onchange, move |x, v| f(x, v));
    let trial_options: Vec<(String, String)> = TRIALS
        .iter()
        .map(|t| {
            (
                t.to_string(),
                text_with(
                    msg::PG_YEARS,
                    &[("years", format_amount(f64::from(*t)).into())],
                ),
            )
        })
        .collect();
    html! {
        <fieldset class="quant-settings">
            <legend>{ text(msg::UI_SIMULATION_SETTINGS) }</legend>
            <div class="form-grid">
                <TextField id="q-currency" label={text(msg::UI_CURRENCY_ISO_CODE)} value={s.currency.0.clone()}
                    oninput={edit(Rc::new(|x, v| x.currency = Currency(v.trim().to_ascii_uppercase())))}
                    hint={problem(problems, "quant_settings.currency")} />
                <NumField id="q-seed" label={text(msg::UI_RANDOM_SEED)} unit="" value={s.seed as f64}
                    error={problem(problems, "quant_settings.seed")}
                    oninput={edit_num(Rc::new(|x, v| if (0.0..=9.007_199_254_740_991e15).contains(&v) { x.seed = v as u64 }))} />
                <Choice id="q-trials" label={text(msg::UI_SIMULATED_YEARS_TRIALS)} options={trial_options} value={s.trials.to_string()}
                    onchange={edit(Rc::new(|x, v| if let Ok(t) = v.parse() { x.trials = t }))} />
            </div>
            // An h2: the page's h1 is the only heading above it (axe heading-order).
            <h2 class="fieldset-heading">{ text(msg::QUANT_TOLERANCE_CURVE) }</h2>
            <p class="hint">{ text(msg::UI_POINTS_THE_ORGANISATION_ACCEPTS_FOR_EXAMPLE) }</p>
            <ol class="tolerance">{ for (0..s.tolerance.len()).map(|i| tolerance_point(p, i)) }</ol>
            <button type="button" onclick={add_point(s, &p.onchange)}>{ text(msg::UI_ADD_TOLERANCE_POINT) }</button>
        </fieldset>
    }
}

/// Point `i` of the tolerance curve: its loss, its probability and Remove.
fn tolerance_point(p: &SettingsFormProps, i: usize) -> Html {
    let s = &p.settings;
    let Some(t) = s.tolerance.get(i) else {
        return Html::default();
    };
    let edit_num = |f: Rc<SettingsEdit<f64>>| edit_draft(s, &p.onchange, move |x, v| f(x, v));
    let remove = edit_on(s, &p.onchange, move |x| {
        x.tolerance.remove(i);
    });
    html! {
        <li class="tolerance-point">
            <NumField id={format!("tol-{i}-loss")} label={text_with(msg::UI_QUANT_POINT_LOSS, &[("n", (i + 1).to_string().into())])} unit={s.currency.0.clone()}
                value={t.loss.0} error={problem(&p.problems, &format!("quant_settings.tolerance[{i}].loss"))}
                oninput={edit_num(Rc::new(move |x, v| if let Some(t) = x.tolerance.get_mut(i) { t.loss = Amount(v) }))} />
            <NumField id={format!("tol-{i}-p")} label={text_with(msg::UI_QUANT_POINT_PROBABILITY, &[("n", (i + 1).to_string().into())])} unit="%"
                value={t.probability.0 * 100.0} error={problem(&p.problems, &format!("quant_settings.tolerance[{i}].probability"))}
                oninput={edit_num(Rc::new(move |x, v| if let Some(t) = x.tolerance.get_mut(i) { t.probability = Probability(v / 100.0) }))} />
            <button type="button" onclick={remove} aria-label={text_with(msg::UI_QUANT_REMOVE_POINT, &[("n", (i + 1).to_string().into())])}>{ text(msg::UI_REMOVE) }</button>
        </li>
    }
}

/// Add tolerance point: ten times the last loss at a tenth of its
/// probability (or 100,000 at 20 % for the first point).
fn add_point(s: &QuantSettings, onchange: &Callback<QuantSettings>) -> Callback<MouseEvent> {
    edit_on(s, onchange, |x| {
        let next = x.tolerance.last().map_or(
            TolerancePoint {
                loss: Amount(100_000.0),
                probability: Probability(0.2),
            },
            |t| TolerancePoint {
                loss: Amount(t.loss.0 * 10.0),
                probability: Probability(t.probability.0 / 10.0),
            },
        );
        x.tolerance.push(next);
    })
}
