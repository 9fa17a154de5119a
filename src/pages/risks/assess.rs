//! The assessment part of the risk editor: likelihood, the risk owner,
//! the computed impact with its explanation; after "Save risk", what the
//! risk harms, the override, existing controls and the current level.

use yew::prelude::*;

use super::form::RiskForm;
use crate::components::{
    badge, control_option, control_search, Check, Combobox, Disclosure, ScaleChoice, TermHelp,
    TextField,
};
use crate::domain::catalogue::{control, ControlId, SecurityProperty};
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{
    current_proposal, impact_explanation, set_member, Evaluation, Identification, Impact,
    ImpactBasis, ImpactOverride, Likelihood, Rating,
};

/// Likelihood, the impact (judged for an event-based risk), the risk
/// owner, and why the impact is what it is: what a user fills for every
/// risk, before "Save risk".
pub(super) fn likelihood_and_impact(f: &RiskForm, basis: &ImpactBasis) -> Html {
    let d = f.d;
    let impact = f.impact;
    let event = matches!(d.identification, Identification::EventBased { .. });
    let lik = f.a.method.likelihood.clone();
    let imp = f.a.method.impact.clone();
    html! {
        <>
            <div class="form-grid">
                <ScaleChoice id="risk-likelihood" label={text(msg::RISK_LIKELIHOOD_LABEL)} help={Term::InherentRisk} scale={lik} value={d.likelihood.0} onchange={f.on(|r, v| r.likelihood = Likelihood(v))} />
                if event {
                    <ScaleChoice id="risk-event-impact" label={text(msg::PG_IMPACT_JUDGED)} scale={imp.clone()} value={impact.0}
                        onchange={f.on(|r, v| r.identification = Identification::EventBased { impact: Impact(v) })} />
                }
                <TextField id="risk-owner" label={text(msg::RISK_OWNER_LABEL)} help={Term::RiskOwner} value={d.owner.clone()} oninput={f.change(Box::new(|r, v| r.owner = v))} />
            </div>
            <p id="risk-impact-explain" class="explain" role="status">{ format!("{} ", text_with(msg::PG_INHERENT_IMPACT, &[("value", impact.0.to_string().into()), ("name", imp.name(impact.0).to_string().into())])) }{ impact_explanation(f.a, basis, impact) }</p>
            if matches!(basis, ImpactBasis::HighWaterMark { .. }) && d.impact_override.is_none() {
                <p id="risk-impact-suggestion" class="hint">{ text(msg::IMPACT_SUGGESTION_HINT) }</p>
            }
        </>
    }
}

/// What the risk harms (asset-based risks) and the override of the
/// computed impact: rarely changed, so after "Save risk".
pub(super) fn harms_and_override(f: &RiskForm) -> Html {
    let d = f.d;
    let event = matches!(d.identification, Identification::EventBased { .. });
    let imp = f.a.method.impact.clone();
    html! {
        <>
            if !event {
                { harmed_properties(f) }
            }
            <Check id="risk-override" label={text(msg::PG_OVERRIDE_THE_COMPUTED_IMPACT)} checked={d.impact_override.is_some()}
                onchange={f.toggle(|r, on, i| r.impact_override = on.then(|| ImpactOverride { impact: i, reason: String::new() }))} />
            if let Some(o) = &d.impact_override {
                <div class="form-grid">
                    <ScaleChoice id="risk-override-impact" label={text(msg::PG_IMPACT_TO_USE)} scale={imp} value={o.impact.0}
                        onchange={f.on(|r, v| if let Some(o) = &mut r.impact_override { o.impact = Impact(v) })} />
                    <TextField id="risk-override-reason" label={text(msg::PG_REASON_FOR_THE_OVERRIDE)} required=true value={o.reason.clone()}
                        oninput={f.change(Box::new(|r, v| if let Some(o) = &mut r.impact_override { o.reason = v }))} />
                </div>
            }
        </>
    }
}

/// The C, I and A checkboxes of an asset-based risk: the properties this
/// scenario harms, starting with the threat's (`Risk::harmed_properties`).
fn harmed_properties(f: &RiskForm) -> Html {
    let harmed = f.d.harmed_properties();
    html! {
        <fieldset id="risk-properties" class="properties" aria-describedby="risk-properties-hint">
            <legend>{ text(msg::RISK_HARMS_LEGEND) }<TermHelp term={Term::Cia} at="risk-properties" /></legend>
            <p id="risk-properties-hint" class="hint">{ text(msg::IMPACT_PROPERTIES_HINT) }</p>
            { for SecurityProperty::ALL.into_iter().map(|p| html! {
                <Check id={format!("risk-harms-{}", p.letter().to_ascii_lowercase())}
                    label={format!("{} ({})", p.label(), p.letter())}
                    checked={harmed.contains(&p)}
                    onchange={f.flag(move |r, on| { r.set_harmed(p, on); })} />
            }) }
        </fieldset>
    }
}

/// The existing controls and the current level with them: proposed from
/// the existing controls unless assessed separately.
pub(super) fn existing_and_current(f: &RiskForm) -> Html {
    let d = f.d;
    let proposal = current_proposal(f.a, d);
    let proposed = Evaluation::of(&f.a.method, proposal.to);
    let lik = f.a.method.likelihood.clone();
    let imp = f.a.method.impact.clone();
    let cur = d.current.unwrap_or(Rating {
        likelihood: d.likelihood,
        impact: f.impact,
    });
    html! {
        <>
            <Disclosure id="risk-existing-panel" class="existing-controls"
                title={text_with(msg::RISK_EXISTING_TOGGLE, &[("count", d.existing_controls.len().into())])}>
                <Combobox id="risk-existing" label={text(msg::RISK_EXISTING_LABEL)} multi=true search={control_search()}
                    selected={d.existing_controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                    chosen={d.existing_controls.iter().filter_map(|c| control(*c)).map(control_option).collect::<Vec<_>>()}
                    onpick={f.change(Box::new(|r, v| {
                        if let Ok(id) = v.parse::<ControlId>() {
                            let on = !r.existing_controls.contains(&id);
                            set_member(&mut r.existing_controls, id, on);
                        }
                    }))} />
            </Disclosure>
            if d.current.is_none() {
                <p id="risk-current-proposal" class="proposal">
                    { text(msg::PG_CURRENT_PROPOSED) }{ " " }{ badge(&f.a.method, proposed) }
                    { " " }{ proposal.reason() }
                </p>
            }
            <Check id="risk-current" label={text(msg::PG_ASSESS_THE_CURRENT_LEVEL_WITH_EXISTING)} checked={d.current.is_some()}
                onchange={f.toggle(|r, on, i| r.current = on.then_some(Rating { likelihood: r.likelihood, impact: i }))} />
            if d.current.is_some() {
                <div class="form-grid">
                    <ScaleChoice id="risk-current-l" label={text(msg::PG_CURRENT_LIKELIHOOD)} scale={lik} value={cur.likelihood.0}
                        onchange={f.on(|r, v| if let Some(c) = &mut r.current { c.likelihood = Likelihood(v) })} />
                    <ScaleChoice id="risk-current-i" label={text(msg::PG_CURRENT_IMPACT)} scale={imp} value={cur.impact.0}
                        onchange={f.on(|r, v| if let Some(c) = &mut r.current { c.impact = Impact(v) })} />
                </div>
            }
        </>
    }
}
