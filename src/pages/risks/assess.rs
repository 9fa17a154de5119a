//! The assessment part of the risk editor: likelihood, the computed impact
//! with its explanation, the override, existing controls and the current
//! level.

use yew::prelude::*;

use super::form::RiskForm;
use crate::components::{badge, Check, Picker, ScaleChoice, TextField};
use crate::domain::catalogue::{ControlId, SecurityProperty, CONTROLS};
use crate::domain::text::{msg, text};
use crate::domain::{
    current_proposal, impact_explanation, Evaluation, Identification, Impact, ImpactBasis,
    ImpactOverride, Likelihood, Rating,
};

/// Likelihood, the impact (judged for an event-based risk), why the
/// impact is what it is, and its override.
pub(super) fn likelihood_and_impact(f: &RiskForm, basis: &ImpactBasis) -> Html {
    let d = f.d;
    let impact = f.impact;
    let event = matches!(d.identification, Identification::EventBased { .. });
    let lik = f.a.method.likelihood.clone();
    let imp = f.a.method.impact.clone();
    html! {
        <>
            <div class="form-grid">
                <ScaleChoice id="risk-likelihood" label="Likelihood (inherent)" scale={lik} value={d.likelihood.0} onchange={f.on(|r, v| r.likelihood = Likelihood(v))} />
                if event {
                    <ScaleChoice id="risk-event-impact" label="Impact (judged)" scale={imp.clone()} value={impact.0}
                        onchange={f.on(|r, v| r.identification = Identification::EventBased { impact: Impact(v) })} />
                }
            </div>
            if !event {
                { harmed_properties(f) }
            }
            <p id="risk-impact-explain" class="explain" role="status">{ format!("Inherent impact: {} {}. ", impact.0, imp.name(impact.0)) }{ impact_explanation(f.a, basis, impact) }</p>
            if matches!(basis, ImpactBasis::HighWaterMark { .. }) && d.impact_override.is_none() {
                <p id="risk-impact-suggestion" class="hint">{ text(msg::IMPACT_SUGGESTION_HINT) }</p>
            }
            <Check id="risk-override" label="Override the computed impact" checked={d.impact_override.is_some()}
                onchange={f.toggle(|r, on, i| r.impact_override = on.then(|| ImpactOverride { impact: i, reason: String::new() }))} />
            if let Some(o) = &d.impact_override {
                <div class="form-grid">
                    <ScaleChoice id="risk-override-impact" label="Impact to use" scale={imp} value={o.impact.0}
                        onchange={f.on(|r, v| if let Some(o) = &mut r.impact_override { o.impact = Impact(v) })} />
                    <TextField id="risk-override-reason" label="Reason for the override" required=true value={o.reason.clone()}
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
            <legend>{ "Harms" }</legend>
            <p id="risk-properties-hint" class="hint">{ text(msg::IMPACT_PROPERTIES_HINT) }</p>
            { for SecurityProperty::ALL.into_iter().map(|p| html! {
                <Check id={format!("risk-harms-{}", p.letter().to_lowercase())}
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
    let control_options: Vec<(String, String)> = CONTROLS
        .iter()
        .map(|c| (c.id.to_string(), format!("{} {}", c.id, c.title)))
        .collect();
    let lik = f.a.method.likelihood.clone();
    let imp = f.a.method.impact.clone();
    let cur = d.current.unwrap_or(Rating {
        likelihood: d.likelihood,
        impact: f.impact,
    });
    html! {
        <>
            <Picker id="risk-existing" label="Existing controls (already in place)" options={control_options}
                picked={d.existing_controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                onchange={f.list(|r, v| r.existing_controls = v.iter().filter_map(|s| s.parse::<ControlId>().ok()).collect())} limit={12} />
            if d.current.is_none() {
                <p id="risk-current-proposal" class="proposal">
                    { "Current level proposed by the existing controls: " }{ badge(&f.a.method, proposed) }
                    { " " }{ proposal.reason() }
                </p>
            }
            <Check id="risk-current" label="Assess the current level with existing controls separately" checked={d.current.is_some()}
                onchange={f.toggle(|r, on, i| r.current = on.then_some(Rating { likelihood: r.likelihood, impact: i }))} />
            if d.current.is_some() {
                <div class="form-grid">
                    <ScaleChoice id="risk-current-l" label="Current likelihood" scale={lik} value={cur.likelihood.0}
                        onchange={f.on(|r, v| if let Some(c) = &mut r.current { c.likelihood = Likelihood(v) })} />
                    <ScaleChoice id="risk-current-i" label="Current impact" scale={imp} value={cur.impact.0}
                        onchange={f.on(|r, v| if let Some(c) = &mut r.current { c.impact = Impact(v) })} />
                </div>
            }
        </>
    }
}
