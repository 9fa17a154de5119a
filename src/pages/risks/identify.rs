//! The identification part of the risk editor: title, owner, how the risk
//! is identified, the scenario, its assets, threat and vulnerabilities.

use yew::prelude::*;

use super::form::RiskForm;
use crate::components::{Choice, Picker, TextField};
use crate::domain::catalogue::{ThreatId, VulnerabilityId, THREATS, VULNERABILITIES};
use crate::domain::{AssetId, Identification};

/// Title, owner, kind, scenario and the pickers.
pub(super) fn identification(f: &RiskForm) -> Html {
    let d = f.d;
    let impact = f.impact;
    let event = matches!(d.identification, Identification::EventBased { .. });
    html! {
        <>
            <div class="form-grid">
                <TextField id="risk-title" label="Title" required=true autofocus=true value={d.title.clone()} oninput={f.change(Box::new(|r, v| r.title = v))} />
                <TextField id="risk-owner" label="Risk owner" value={d.owner.clone()} oninput={f.change(Box::new(|r, v| r.owner = v))} />
                <Choice id="risk-kind" label="How is it identified?"
                    options={vec![("asset".into(), "Asset-based: assets, threat, vulnerabilities".into()), ("event".into(), "Event-based: a scenario".into())]}
                    value={if event { "event" } else { "asset" }}
                    onchange={f.change(Box::new(move |r, v| {
                        r.identification = if v == "event" { Identification::EventBased { impact } } else { Identification::AssetBased { assets: vec![] } };
                    }))} />
            </div>
            <TextField id="risk-description" label="Scenario" multiline=true value={d.description.clone()} oninput={f.change(Box::new(|r, v| r.description = v))} />
            { pickers(f, event) }
        </>
    }
}

/// The assets (asset-based risks only), the threat and the
/// vulnerabilities.
fn pickers(f: &RiskForm, event: bool) -> Html {
    let d = f.d;
    let asset_options: Vec<(String, String)> =
        f.a.assets
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
    html! {
        <div class="form-grid pickers">
            if !event {
                <Picker id="risk-assets" label="Assets" options={asset_options} picked={picked_assets}
                    onchange={f.list(|r, v| r.identification = Identification::AssetBased { assets: v.iter().filter_map(|s| s.parse::<AssetId>().ok()).collect() })} />
            }
            <div>
                <Choice id="risk-threat" label="Threat" options={threat_options}
                    value={d.threat.map(|t| t.to_string()).unwrap_or_default()}
                    onchange={f.change(Box::new(|r, v| r.threat = v.parse::<ThreatId>().ok()))} />
                <Picker id="risk-vulns" label="Vulnerabilities" options={vuln_options}
                    picked={d.vulnerabilities.iter().map(ToString::to_string).collect::<Vec<_>>()}
                    onchange={f.list(|r, v| r.vulnerabilities = v.iter().filter_map(|s| s.parse::<VulnerabilityId>().ok()).collect())} />
            </div>
        </div>
    }
}
