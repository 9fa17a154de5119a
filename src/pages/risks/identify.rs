//! The identification part of the risk editor: title, owner, how the risk
//! is identified, the scenario, its assets, threat and vulnerabilities.

use yew::prelude::*;

use super::form::RiskForm;
use crate::components::{Choice, ComboOption, Combobox, Picker, TextField};
use crate::domain::catalogue::{
    search_threats, search_vulnerabilities, shared_controls, threat, vulnerability, Threat,
    ThreatId, Vulnerability, VulnerabilityId,
};
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text};
use crate::domain::{set_member, AssetId, Identification};

/// Title, owner, kind, scenario and the pickers.
pub(super) fn identification(f: &RiskForm) -> Html {
    let d = f.d;
    let impact = f.impact;
    let event = matches!(d.identification, Identification::EventBased { .. });
    html! {
        <>
            <div class="form-grid">
                <TextField id="risk-title" label={text(msg::PG_TITLE)} required=true autofocus=true value={d.title.clone()} oninput={f.change(Box::new(|r, v| r.title = v))} />
                <TextField id="risk-owner" label={text(msg::RISK_OWNER_LABEL)} help={Term::RiskOwner} value={d.owner.clone()} oninput={f.change(Box::new(|r, v| r.owner = v))} />
                <Choice id="risk-kind" label={text(msg::PG_HOW_IS_IT_IDENTIFIED)}
                    options={vec![("asset".into(), text(msg::PG_ASSET_BASED_ASSETS_THREAT_VULNERABILITIES)), ("event".into(), text(msg::PG_EVENT_BASED_A_SCENARIO))]}
                    value={if event { "event" } else { "asset" }}
                    onchange={f.change(Box::new(move |r, v| {
                        r.identification = if v == "event" { Identification::EventBased { impact } } else { Identification::AssetBased { assets: vec![] } };
                    }))} />
            </div>
            <TextField id="risk-description" label={text(msg::PG_SCENARIO)} multiline=true value={d.description.clone()} oninput={f.change(Box::new(|r, v| r.description = v))} />
            { pickers(f, event) }
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
                <Picker id="risk-assets" label={text(msg::PG_ASSETS)} options={asset_options} picked={picked_assets}
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
