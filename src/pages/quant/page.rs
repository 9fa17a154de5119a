//! The Quantify page.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::Results;
use crate::components::{
    edit as edit_draft, edit_on, make_callback, Check, Choice, NumField, Problems, TextField,
};
use crate::domain::quant::{
    format_amount, format_percent, Amount, Job, Probability, QuantResults, TolerancePoint,
    WorkerReport,
};
use crate::domain::{Currency, QuantSettings, RiskId};
use crate::platform::quant_worker::QuantRun;
use crate::store::{use_store, Action, Route};

const TRIALS: [u32; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

/// A change to the simulation settings from a field's new value.
type SettingsEdit<T> = dyn Fn(&mut QuantSettings, T);

/// The Quantify page.
#[function_component]
pub fn QuantPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let draft = use_state(|| a.quant_settings.clone());
    use_effect_with(a.quant_settings.clone(), {
        let draft = draft.clone();
        move |s| draft.set(s.clone())
    });
    let excluded = use_state(BTreeSet::<RiskId>::new);
    let running = use_state(|| false);
    let progress = use_state(|| 0.0f64);
    let results = use_state(|| None::<Rc<QuantResults>>);
    let message = use_state(|| None::<String>);
    // The live run; replaced by the next run, dropped (worker terminated) on
    // Cancel or when the page goes away.
    let handle = use_mut_ref(|| None::<QuantRun>);

    let problems: Problems = Rc::new(draft.problems("quant_settings"));
    let settings_change = make_callback(
        &(draft.clone(), store.clone()),
        |(draft, store), s: QuantSettings| {
            if s.problems("quant_settings").is_empty() {
                store.dispatch(Action::SetQuantSettings(s.clone()));
            }
            draft.set(s);
        },
    );
    let edit =
        |f: Rc<SettingsEdit<String>>| edit_draft(&*draft, &settings_change, move |x, v| f(x, v));
    let edit_num =
        |f: Rc<SettingsEdit<f64>>| edit_draft(&*draft, &settings_change, move |x, v| f(x, v));

    let quantified: Vec<_> = a.risks.iter().filter(|r| r.quant.is_some()).collect();
    let selected: Vec<RiskId> = quantified
        .iter()
        .map(|r| r.id)
        .filter(|id| !excluded.contains(id))
        .collect();

    let run = make_callback(
        &(
            (a.clone(), selected.clone()),
            (
                running.clone(),
                progress.clone(),
                results.clone(),
                message.clone(),
            ),
            handle.clone(),
        ),
        |((a, selected), status, handle), _: MouseEvent| {
            let (running, progress, _, message) = status;
            let job = match Job::from_assessment(a, selected, None) {
                Ok(j) => j,
                Err(e) => {
                    message.set(Some(format!("Cannot run: {e}")));
                    return;
                }
            };
            handle.borrow_mut().take();
            message.set(None);
            progress.set(0.0);
            running.set(true);
            let on_report = make_callback(
                status,
                |(running, progress, results, message), r: WorkerReport| match r {
                    WorkerReport::Ready | WorkerReport::Measured(_) => {}
                    WorkerReport::Progress(p) => progress.set(p.fraction()),
                    WorkerReport::Done(res) => {
                        results.set(Some(Rc::new(*res)));
                        progress.set(1.0);
                        running.set(false);
                    }
                    WorkerReport::Failed(m) => {
                        message.set(Some(m));
                        running.set(false);
                    }
                },
            );
            match QuantRun::start(&job, on_report) {
                Ok(h) => *handle.borrow_mut() = Some(h),
                Err(e) => {
                    message.set(Some(e));
                    running.set(false);
                }
            }
        },
    );
    let cancel = make_callback(
        &(running.clone(), message.clone(), handle.clone()),
        |(running, message, handle), _: MouseEvent| {
            if let Some(h) = handle.borrow_mut().take() {
                h.cancel();
            }
            running.set(false);
            message.set(Some("Simulation cancelled.".into()));
        },
    );

    let s = &*draft;
    let trial_options: Vec<(String, String)> = TRIALS
        .iter()
        .map(|t| {
            (
                t.to_string(),
                format!("{} years", format_amount(f64::from(*t))),
            )
        })
        .collect();
    let tolerance_rows = s.tolerance.iter().enumerate().map(|(i, t)| {
        let remove = edit_on(s, &settings_change, move |x| {
            x.tolerance.remove(i);
        });
        html! {
            <li class="tolerance-point">
                <NumField id={format!("tol-{i}-loss")} label={format!("Point {}: annual loss above", i + 1)} unit={s.currency.0.clone()}
                    value={t.loss.0} error={problem(&problems, &format!("quant_settings.tolerance[{i}].loss"))}
                    oninput={edit_num(Rc::new(move |x, v| if let Some(t) = x.tolerance.get_mut(i) { t.loss = Amount(v) }))} />
                <NumField id={format!("tol-{i}-p")} label={format!("Point {}: at most this likely in a year", i + 1)} unit="%"
                    value={t.probability.0 * 100.0} error={problem(&problems, &format!("quant_settings.tolerance[{i}].probability"))}
                    oninput={edit_num(Rc::new(move |x, v| if let Some(t) = x.tolerance.get_mut(i) { t.probability = Probability(v / 100.0) }))} />
                <button type="button" onclick={remove} aria-label={format!("Remove tolerance point {}", i + 1)}>{ "Remove" }</button>
            </li>
        }
    });
    let add_point = edit_on(s, &settings_change, |x| {
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
    });
    let risk_checks = quantified.iter().map(|r| {
        let id = r.id;
        let onchange = make_callback(&excluded, move |excluded, on: bool| {
            let mut x = (**excluded).clone();
            if on {
                x.remove(&id);
            } else {
                x.insert(id);
            }
            excluded.set(x);
        });
        html! {
            <li><Check id={format!("q-include-{}", r.id)} label={format!("{} {}", r.id, r.title)} checked={!excluded.contains(&r.id)} {onchange} /></li>
        }
    });

    html! {
        <section class="page quant">
            <h1>{ "Quantify" }</h1>
            <p class="lead">{ "How much could these risks cost in a year? Annexa simulates many years of loss events from your FAIR estimates (Monte Carlo), in this browser: nothing is uploaded. Same seed, same numbers." }</p>
            <fieldset class="quant-settings">
                <legend>{ "Simulation settings" }</legend>
                <div class="form-grid">
                    <TextField id="q-currency" label="Currency (ISO code)" value={s.currency.0.clone()}
                        oninput={edit(Rc::new(|x, v| x.currency = Currency(v.trim().to_uppercase())))}
                        hint={problem(&problems, "quant_settings.currency")} />
                    <NumField id="q-seed" label="Random seed" unit="" value={s.seed as f64}
                        error={problem(&problems, "quant_settings.seed")}
                        oninput={edit_num(Rc::new(|x, v| if (0.0..=9.007_199_254_740_991e15).contains(&v) { x.seed = v as u64 }))} />
                    <Choice id="q-trials" label="Simulated years (trials)" options={trial_options} value={s.trials.to_string()}
                        onchange={edit(Rc::new(|x, v| if let Ok(t) = v.parse() { x.trials = t }))} />
                </div>
                <h3>{ "Risk tolerance curve" }</h3>
                <p class="hint">{ "Points the organisation accepts: for example, at most a 10 % chance a year of losing more than 500,000." }</p>
                <ol class="tolerance">{ for tolerance_rows }</ol>
                <button type="button" onclick={add_point}>{ "Add tolerance point" }</button>
            </fieldset>
            if quantified.is_empty() {
                <p class="hint">
                    { "No risk has a quantitative estimate yet. Open a risk on the " }
                    <Link<Route> to={Route::Treatment}>{ "Treatment page" }</Link<Route>>
                    { " and fill in its Quantify panel." }
                </p>
            } else {
                <fieldset>
                    <legend>{ "Risks in the portfolio" }</legend>
                    <ul class="plain">{ for risk_checks }</ul>
                </fieldset>
                <div class="actions">
                    <button type="button" class="primary" onclick={run} disabled={*running || selected.is_empty() || !problems.is_empty()}>{ "Run simulation" }</button>
                    if *running {
                        <button type="button" onclick={cancel}>{ "Cancel" }</button>
                    }
                </div>
                if *running {
                    <div class="quant-progress">
                        <label for="q-progress">{ "Simulating…" }</label>
                        <progress id="q-progress" max="1" value={format!("{:.3}", *progress)}>{ format_percent(*progress) }</progress>
                        <span aria-live="polite" class="count">{ format!("{:.0} %", *progress * 100.0) }</span>
                    </div>
                }
            }
            if let Some(m) = &*message {
                <p class="banner info" role="status">{ m.clone() }</p>
            }
            if let Some(r) = &*results {
                <Results results={r.clone()} />
            }
        </section>
    }
}

fn problem(problems: &Problems, path: &str) -> Option<AttrValue> {
    problems
        .iter()
        .find(|(p, _)| p == path)
        .map(|(_, m)| AttrValue::from(m.clone()))
}
