//! The risk editor.

use yew::prelude::*;

use crate::components::{
    edit, edit_text, emit_unit, submit, Check, Choice, Edit, Picker, ScaleChoice, TextField,
};
use crate::domain::catalogue::{
    ControlId, ThreatId, VulnerabilityId, CONTROLS, THREATS, VULNERABILITIES,
};
use crate::domain::{
    inherent_impact, AssetId, Identification, Impact, ImpactBasis, ImpactOverride, Likelihood,
    Rating, Risk,
};
use crate::store::use_store;

/// Props of [`RiskEditor`].
#[derive(Properties, PartialEq)]
pub struct RiskEditorProps {
    /// The risk being edited (id 0: new).
    pub risk: Risk,
    /// A validation message.
    pub error: Option<String>,
    /// Called on every change of the draft.
    pub onchange: Callback<Risk>,
    /// Called to save.
    pub onsave: Callback<Risk>,
    /// Called to cancel.
    pub oncancel: Callback<()>,
}

/// The risk form: identification, threat, vulnerabilities, likelihood,
/// computed impact with its explanation, override, existing controls and
/// the current level.
#[function_component]
pub fn RiskEditor(p: &RiskEditorProps) -> Html {
    let store = use_store();
    let a = &store.assessment;
    let d = p.risk.clone();
    let change = |f: Edit<Risk>| edit_text(&d, &p.onchange, f);
    let (impact, basis) = inherent_impact(a, &d);
    let explanation = match &basis {
        ImpactBasis::HighWaterMark {
            sources,
            properties,
        } => {
            let props: Vec<String> = properties.iter().map(|p| p.label()).collect();
            let src: Vec<String> = sources
                .iter()
                .map(|s| {
                    let name = a.asset(s.asset).map_or(String::new(), |x| x.name.clone());
                    format!("{} {name} ({})", s.asset, s.property.label().to_lowercase())
                })
                .collect();
            format!(
                "High-water mark: the highest rating of the chosen assets for {} — {} from {}.",
                props.join(", ").to_lowercase(),
                impact.0,
                src.join(", ")
            )
        }
        ImpactBasis::Judged => "Judged directly for this event.".to_owned(),
        ImpactBasis::Overridden { computed, reason } => format!(
            "Overridden (computed: {}). Reason: {reason}",
            computed.map_or("none".to_owned(), |c| c.0.to_string())
        ),
        ImpactBasis::NoAssets => "Pick assets to compute the impact.".to_owned(),
    };
    let event = matches!(d.identification, Identification::EventBased { .. });
    let asset_options: Vec<(String, String)> = a
        .assets
        .iter()
        .map(|x| (x.id.to_string(), format!("{} {}", x.id, x.name)))
        .collect();
    let picked_assets: Vec<String> = match &d.identification {
        Identification::AssetBased { assets } => assets.iter().map(ToString::to_string).collect(),
        Identification::EventBased { .. } => vec![],
    };
    let threat_options: Vec<(String, String)> =
        std::iter::once((String::new(), "No threat chosen".to_owned()))
            .chain(
                THREATS
                    .iter()
                    .map(|t| (t.id.to_string(), format!("{} {}", t.id, t.name))),
            )
            .collect();
    let vuln_options: Vec<(String, String)> = VULNERABILITIES
        .iter()
        .map(|v| (v.id.to_string(), format!("{} {}", v.id, v.name)))
        .collect();
    let control_options: Vec<(String, String)> = CONTROLS
        .iter()
        .map(|c| (c.id.to_string(), format!("{} {}", c.id, c.title)))
        .collect();
    let save = submit(&p.onsave, &d);
    let cancel = emit_unit(&p.oncancel);
    let lik = a.method.likelihood.clone();
    let imp = a.method.impact.clone();
    let cur = d.current.unwrap_or(Rating {
        likelihood: d.likelihood,
        impact,
    });
    let on = |f: fn(&mut Risk, u8)| edit(&d, &p.onchange, f);
    let list = |f: fn(&mut Risk, Vec<String>)| edit(&d, &p.onchange, f);
    let toggle =
        |f: fn(&mut Risk, bool, Impact)| edit(&d, &p.onchange, move |r, v: bool| f(r, v, impact));
    html! {
        <form class="editor" onsubmit={save} aria-label={if d.id.0 == 0 { "New risk" } else { "Edit risk" }}>
            <h2>{ if d.id.0 == 0 { "New risk".to_owned() } else { format!("Edit {}", d.id) } }</h2>
            <div class="form-grid">
                <TextField id="risk-title" label="Title" required=true autofocus=true value={d.title.clone()} oninput={change(Box::new(|r, v| r.title = v))} />
                <TextField id="risk-owner" label="Risk owner" value={d.owner.clone()} oninput={change(Box::new(|r, v| r.owner = v))} />
                <Choice id="risk-kind" label="How is it identified?"
                    options={vec![("asset".into(), "Asset-based: assets, threat, vulnerabilities".into()), ("event".into(), "Event-based: a scenario".into())]}
                    value={if event { "event" } else { "asset" }}
                    onchange={change(Box::new(move |r, v| {
                        r.identification = if v == "event" { Identification::EventBased { impact } } else { Identification::AssetBased { assets: vec![] } };
                    }))} />
            </div>
            <TextField id="risk-description" label="Scenario" multiline=true value={d.description.clone()} oninput={change(Box::new(|r, v| r.description = v))} />
            <div class="form-grid pickers">
                if !event {
                    <Picker id="risk-assets" label="Assets" options={asset_options} picked={picked_assets}
                        onchange={list(|r, v| r.identification = Identification::AssetBased { assets: v.iter().filter_map(|s| s.parse::<AssetId>().ok()).collect() })} />
                }
                <div>
                    <Choice id="risk-threat" label="Threat" options={threat_options}
                        value={d.threat.map(|t| t.to_string()).unwrap_or_default()}
                        onchange={change(Box::new(|r, v| r.threat = v.parse::<ThreatId>().ok()))} />
                    <Picker id="risk-vulns" label="Vulnerabilities" options={vuln_options}
                        picked={d.vulnerabilities.iter().map(ToString::to_string).collect::<Vec<_>>()}
                        onchange={list(|r, v| r.vulnerabilities = v.iter().filter_map(|s| s.parse::<VulnerabilityId>().ok()).collect())} />
                </div>
            </div>
            <div class="form-grid">
                <ScaleChoice id="risk-likelihood" label="Likelihood (inherent)" scale={lik.clone()} value={d.likelihood.0} onchange={on(|r, v| r.likelihood = Likelihood(v))} />
                if event {
                    <ScaleChoice id="risk-event-impact" label="Impact (judged)" scale={imp.clone()} value={impact.0}
                        onchange={on(|r, v| r.identification = Identification::EventBased { impact: Impact(v) })} />
                }
            </div>
            <p class="explain" role="status">{ format!("Inherent impact: {} {}. ", impact.0, imp.name(impact.0)) }{ explanation }</p>
            <Check id="risk-override" label="Override the computed impact" checked={d.impact_override.is_some()}
                onchange={toggle(|r, on, i| r.impact_override = on.then(|| ImpactOverride { impact: i, reason: String::new() }))} />
            if let Some(o) = &d.impact_override {
                <div class="form-grid">
                    <ScaleChoice id="risk-override-impact" label="Impact to use" scale={imp.clone()} value={o.impact.0}
                        onchange={on(|r, v| if let Some(o) = &mut r.impact_override { o.impact = Impact(v) })} />
                    <TextField id="risk-override-reason" label="Reason for the override" required=true value={o.reason.clone()}
                        oninput={change(Box::new(|r, v| if let Some(o) = &mut r.impact_override { o.reason = v }))} />
                </div>
            }
            <Picker id="risk-existing" label="Existing controls (already in place)" options={control_options}
                picked={d.existing_controls.iter().map(ToString::to_string).collect::<Vec<_>>()}
                onchange={list(|r, v| r.existing_controls = v.iter().filter_map(|s| s.parse::<ControlId>().ok()).collect())} limit={12} />
            <Check id="risk-current" label="Assess the current level with existing controls separately" checked={d.current.is_some()}
                onchange={toggle(|r, on, i| r.current = on.then_some(Rating { likelihood: r.likelihood, impact: i }))} />
            if d.current.is_some() {
                <div class="form-grid">
                    <ScaleChoice id="risk-current-l" label="Current likelihood" scale={lik} value={cur.likelihood.0}
                        onchange={on(|r, v| if let Some(c) = &mut r.current { c.likelihood = Likelihood(v) })} />
                    <ScaleChoice id="risk-current-i" label="Current impact" scale={imp} value={cur.impact.0}
                        onchange={on(|r, v| if let Some(c) = &mut r.current { c.impact = Impact(v) })} />
                </div>
            }
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ "Save risk" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </form>
    }
}
