//! The identification part of the risk editor: title, assets, threat and
//! vulnerabilities first; how the risk is identified and the scenario
//! after "Save risk".

use yew::prelude::*;

use super::form::RiskForm;
use crate::components::{Choice, ComboOption, Combobox, Picker, TextField};
use crate::domain::catalogue::{
    search_threats, search_vulnerabilities, shared_controls, threat, vulnerability, Threat,
    ThreatId, Vulnerability, VulnerabilityId,
};
use crate::domain::text::{msg, text};
use crate::domain::{set_member, AssetId, Identification};

/// The title and the pickers (assets, threat, vulnerabilities): what a
/// user fills first, in that order.
pub(super) fn identification(f: &RiskForm) -> Html {
    let d = f.d;
    let event = matches!(d.identification, Identification::EventBased { .. });
    html! {
        <>
            <div class="form-grid">
                <TextField id="risk-title" label={text(msg::RISK_TITLE_LABEL)} required=true autofocus=true value={d.title.clone()} oninput={f.change(Box::new(|r, v| r.title = v))} />
            </div>
            { pickers(f, event) }
        </>
    }
}

/// How the risk is identified (asset- or event-based) and its scenario:
/// rarely changed, so after "Save risk".
pub(super) fn kind_and_scenario(f: &RiskForm) -> Html {
    let d = f.d;
    let impact = f.impact;
    let event = matches!(d.identification, Identification::EventBased { .. });
    html! {
        <>
            <div class="form-grid">
                <Choice id="risk-kind" label={text(msg::RISK_KIND_LABEL)}
                    options={vec![("asset".into(), text(msg::RISK_KIND_ASSET)), ("event".into(), text(msg::RISK_KIND_EVENT))]}
                    value={if event { "event" } else { "asset" }}
                    onchange={f.change(Box::new(move |r, v| {
                        r.identification = if v == "event" { Identification::EventBased { impact } } else { Identification::AssetBased { assets: vec![] } };
                    }))} />
            </div>
            <TextField id="risk-description" label={text(msg::RISK_SCENARIO_LABEL)} multiline=true value={d.description.clone()} oninput={f.change(Box::new(|r, v| r.description = v))} />
        </>
    }
}

/// The options of the threat combobox for a query (the domain ranks
/// them); with nothing typed, "no threat" first.
fn threat_search() -> Callback<String, Vec<ComboOption>> {
    Callback::from(|q: String| {
        let none = q.trim().is_empty().then(|| ComboOption {
            key: String::new(),
            label: text(msg::RISK_NO_THREAT),
            detail: None,
            tag: None,
        });
        none.into_iter()
            .chain(
                search_threats(&q)
                    .into_iter()
                    .map(|f| threat_option(f.item)),
            )
            .collect()
    })
}

/// A threat as an option.
fn threat_option(t: &Threat) -> ComboOption {
    ComboOption {
        key: t.id.to_string(),
        label: format!("{} {}", t.id, t.name),
        detail: None,
        tag: None,
    }
}

/// A vulnerability as an option; tagged when it is linked to the threat.
fn vuln_option(v: &Vulnerability, shared: usize) -> ComboOption {
    ComboOption {
        key: v.id.to_string(),
        label: format!("{} {}", v.id, v.name),
        detail: None,
        tag: (shared > 0).then(|| text(msg::COMBO_LINKED)),
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
    let chosen_threat = d.threat;
    let vuln_search = Callback::from(move |q: String| {
        search_vulnerabilities(&q, chosen_threat)
            .into_iter()
            .map(|f| vuln_option(f.item, f.shared))
            .collect::<Vec<_>>()
    });
    let linked = |v: &Vulnerability| {
        chosen_threat
            .and_then(threat)
            .map_or(0, |t| shared_controls(v, t))
    };
    let chosen_vulns: Vec<ComboOption> = d
        .vulnerabilities
        .iter()
        .filter_map(|id| vulnerability(*id))
        .map(|v| vuln_option(v, linked(v)))
        .collect();
    let picked_vulns: Vec<String> = d.vulnerabilities.iter().map(ToString::to_string).collect();
    let threat_label = d
        .threat
        .and_then(threat)
        .map(|t| threat_option(t).label)
        .unwrap_or_default();
    html! {
        <div class="form-grid pickers">
            if !event {
                <Picker id="risk-assets" label={text(msg::RISK_ASSETS_LABEL)} options={asset_options} picked={picked_assets}
                    onchange={f.list(|r, v| r.identification = Identification::AssetBased { assets: v.iter().filter_map(|s| s.parse::<AssetId>().ok()).collect() })} />
            }
            <div>
                <Combobox id="risk-threat" label={text(msg::RISK_THREAT_LABEL)} search={threat_search()}
                    selected={d.threat.map(|t| vec![t.to_string()]).unwrap_or_default()}
                    value_label={threat_label}
                    onpick={f.change(Box::new(|r, v| r.threat = v.parse::<ThreatId>().ok()))} />
                <Combobox id="risk-vulns" label={text(msg::RISK_VULNS_LABEL)} multi=true search={vuln_search}
                    selected={picked_vulns} chosen={chosen_vulns}
                    onpick={f.change(Box::new(|r, v| {
                        if let Ok(id) = v.parse::<VulnerabilityId>() {
                            let on = !r.vulnerabilities.contains(&id);
                            set_member(&mut r.vulnerabilities, id, on);
                        }
                    }))} />
            </div>
        </div>
    }
}
