//! The Quantify page.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::portfolio::{no_quantified_risks, risk_selection, run_controls};
use super::run::use_quant_run;
use super::settings::SettingsForm;
use super::Results;
use crate::components::{make_callback, Problems, TermHelp};
use crate::domain::glossary::Term;
use crate::domain::quant::Job;
use crate::domain::text::{msg, text};
use crate::domain::{QuantSettings, RiskId};
use crate::store::{use_store, Action};

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
    let run = use_quant_run();

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

    let quantified: Vec<_> = a.risks.iter().filter(|r| r.quant.is_some()).collect();
    let selected: Vec<RiskId> = quantified
        .iter()
        .map(|r| r.id)
        .filter(|id| !excluded.contains(id))
        .collect();
    let onrun = run.run(&a, &selected);
    let disabled = selected.is_empty() || !problems.is_empty();
    // The run's estimate before it starts (the domain's, from years ×
    // risks and its documented throughput), or why it would be refused.
    let estimate = (!disabled).then(|| match Job::from_assessment(&a, &selected, None) {
        Ok(job) => job.estimate().message(),
        Err(e) => e.to_string(),
    });

    html! {
        <section class="page quant">
            <h1>{ text(msg::UI_QUANTIFY) }</h1>
            <p class="lead">{ text(msg::UI_HOW_MUCH_COULD_THESE_RISKS_COST) }
                <TermHelp term={Term::Fair} at="quant" />
                <TermHelp term={Term::Lognormal} at="quant" />
                <TermHelp term={Term::RandomSeed} at="quant" />
            </p>
            <SettingsForm settings={(*draft).clone()} {problems} onchange={settings_change} />
            if quantified.is_empty() {
                { no_quantified_risks() }
            } else {
                { risk_selection(&quantified, &excluded) }
                if let Some(e) = estimate {
                    <p class="hint" data-testid="run-estimate">{ e }</p>
                }
                { run_controls(&run, onrun, disabled) }
            }
            if let Some(m) = &*run.message {
                <p class="banner info" role="status">{ m.clone() }</p>
            }
            if let Some(r) = &*run.results {
                <Results results={r.clone()} />
            }
        </section>
    }
}
