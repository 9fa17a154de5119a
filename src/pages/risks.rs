//! The risk register, the risk editor and the heatmap.

use yew::prelude::*;

use crate::components::{
    badge, edit_text, Check, Choice, Edit, Heatmap, Pager, Picker, ScaleChoice, SortHeader,
    TextField, PAGE,
};
use crate::domain::catalogue::{
    ControlId, ThreatId, VulnerabilityId, CONTROLS, THREATS, VULNERABILITIES,
};
use crate::domain::{
    inherent_impact, risk_problems, AssetId, Identification, Impact, ImpactBasis, ImpactOverride,
    Likelihood, Rating, Risk, ScoredRegister, ScoredRisk, Stage,
};
use crate::store::{use_store, Action};

/// The Risks page.
#[function_component]
pub fn RisksPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let draft = use_state(|| None::<Risk>);
    let view = use_state(|| Stage::Current);
    let cell = use_state(|| None::<(Likelihood, Impact)>);
    let sort = use_state(|| (AttrValue::from("id"), true));
    let page = use_state(|| 0usize);
    let error = use_state(|| None::<String>);
    let scored = use_memo(a.clone(), |a| ScoredRegister::new(a));

    let add = {
        let draft = draft.clone();
        let error = error.clone();
        let a = a.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            draft.set(Some(Risk::new_default(&a.method)));
        })
    };
    let form = draft.as_ref().map(|d| html! {
        <RiskEditor risk={d.clone()} error={(*error).clone()}
            onchange={{ let draft = draft.clone(); Callback::from(move |r: Risk| draft.set(Some(r))) }}
            onsave={{
                let draft = draft.clone(); let store = store.clone(); let error = error.clone(); let a = a.clone();
                Callback::from(move |r: Risk| {
                    if let Some(p) = risk_problems(&a, &r).into_iter().next() { error.set(Some(p.message)); return; }
                    store.dispatch(Action::UpsertRisk(Box::new(r)));
                    error.set(None);
                    draft.set(None);
                })
            }}
            oncancel={{ let draft = draft.clone(); Callback::from(move |_| draft.set(None)) }} />
    });

    let m = &a.method;
    let mut rows: Vec<(&Risk, &ScoredRisk)> = scored
        .rows(&a)
        .filter(|x| cell.is_none_or(|c| x.score.at(*view).cell() == c))
        .map(|x| (x.risk, x.score))
        .collect();
    let key = |s: &ScoredRisk, e: fn(&ScoredRisk) -> crate::domain::Evaluation| {
        let e = e(s);
        (e.level, u16::from(e.likelihood.0) * u16::from(e.impact.0))
    };
    match sort.0.as_str() {
        "title" => rows.sort_by_key(|(r, _)| r.title.to_lowercase()),
        "inherent" => rows.sort_by_key(|(_, s)| key(s, |s| s.inherent)),
        "current" => rows.sort_by_key(|(_, s)| key(s, |s| s.current)),
        "residual" => rows.sort_by_key(|(_, s)| key(s, |s| s.residual)),
        _ => rows.sort_by_key(|(r, _)| r.id),
    }
    if !sort.1 {
        rows.reverse();
    }
    let total = rows.len();
    let page_n = (*page).min(total.saturating_sub(1) / PAGE);
    let body = rows.iter().skip(page_n * PAGE).take(PAGE).map(|(r, s)| {
        let edit = {
            let draft = draft.clone();
            let r = (*r).clone();
            Callback::from(move |_: MouseEvent| draft.set(Some(r.clone())))
        };
        let delete = {
            let store = store.clone();
            let id = r.id;
            Callback::from(move |_: MouseEvent| store.dispatch(Action::DeleteRisk(id)))
        };
        html! {
            <tr key={r.id.to_string()}>
                <td>{ r.id.to_string() }</td>
                <td>{ r.title.clone() }</td>
                <td>{ r.owner.clone() }</td>
                <td>{ badge(m, s.inherent) }</td>
                <td>{ badge(m, s.current) }</td>
                <td>{ badge(m, s.residual) }</td>
                <td>{ r.treatment.option_label() }</td>
                <td class="row-actions">
                    <button type="button" class="link" onclick={edit} aria-label={format!("Edit {}", r.id)}>{ "Edit" }</button>
                    <button type="button" class="link danger" onclick={delete} aria-label={format!("Delete {}", r.id)}>{ "Delete" }</button>
                </td>
            </tr>
        }
    });
    let onsort = {
        let sort = sort.clone();
        Callback::from(move |col: AttrValue| {
            let asc = if sort.0 == col {
                !sort.1
            } else {
                col == "id" || col == "title"
            };
            sort.set((col, asc));
        })
    };
    let onselect = {
        let cell = cell.clone();
        let page = page.clone();
        Callback::from(move |c| {
            cell.set(if *cell == Some(c) { None } else { Some(c) });
            page.set(0);
        })
    };
    let set_view = |v: Stage| {
        let view = view.clone();
        let cell = cell.clone();
        Callback::from(move |_: MouseEvent| {
            view.set(v);
            cell.set(None);
        })
    };
    let clear_filter = {
        let cell = cell.clone();
        Callback::from(move |_: MouseEvent| cell.set(None))
    };
    let s = (*sort).clone();
    let onpage = {
        let page = page.clone();
        Callback::from(move |p: usize| page.set(p))
    };
    html! {
        <section class="page risks">
            <h1>{ "Risks" }</h1>
            <p class="lead">{ "Each risk combines assets, a threat and the vulnerabilities it exploits (or describes an event). Its level comes from your method's matrix." }</p>
            <div class="actions">
                <button type="button" class="primary" onclick={add}>{ "Add risk" }</button>
            </div>
            { for form }
            <h2>{ "Heatmap" }</h2>
            <div class="segmented" role="group" aria-label="Heatmap shows">
                { for Stage::ALL.into_iter().map(|v| html! {
                    <button type="button" aria-pressed={(*view == v).to_string()} onclick={set_view(v)}>{ v.label() }</button>
                }) }
            </div>
            <Heatmap method={m.clone()} counts={Some(scored.heatmap(m, *view))} selected={*cell} {onselect}
                label={format!("Heatmap of {} risk levels", view.label().to_lowercase())} />
            <h2>{ "Register" }</h2>
            if let Some((l, i)) = *cell {
                <p class="filter-note" role="status">
                    { format!("Showing risks at likelihood {} and impact {}. ", l.0, i.0) }
                    <button type="button" class="link" onclick={clear_filter}>{ "Show all" }</button>
                </p>
            }
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ "Risk register" }</caption>
                    <thead><tr>
                        <SortHeader label="ID" column="id" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="Risk" column="title" sort={s.clone()} onsort={onsort.clone()} />
                        <th scope="col">{ "Owner" }</th>
                        <SortHeader label="Inherent" column="inherent" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="Current" column="current" sort={s.clone()} onsort={onsort.clone()} />
                        <SortHeader label="Residual" column="residual" sort={s} onsort={onsort} />
                        <th scope="col">{ "Treatment" }</th>
                        <th scope="col">{ "Actions" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            <Pager {total} page={page_n} {onpage} />
        </section>
    }
}

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
    let save = {
        let cb = p.onsave.clone();
        let d = d.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(d.clone());
        })
    };
    let cancel = {
        let cb = p.oncancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let lik = a.method.likelihood.clone();
    let imp = a.method.impact.clone();
    let cur = d.current.unwrap_or(Rating {
        likelihood: d.likelihood,
        impact,
    });
    let on = |f: fn(&mut Risk, u8)| {
        let cb = p.onchange.clone();
        let d = d.clone();
        Callback::from(move |v: u8| {
            let mut r = d.clone();
            f(&mut r, v);
            cb.emit(r);
        })
    };
    let list = |f: fn(&mut Risk, Vec<String>)| {
        let cb = p.onchange.clone();
        let d = d.clone();
        Callback::from(move |v: Vec<String>| {
            let mut r = d.clone();
            f(&mut r, v);
            cb.emit(r);
        })
    };
    let toggle = |f: fn(&mut Risk, bool, Impact)| {
        let cb = p.onchange.clone();
        let d = d.clone();
        Callback::from(move |v: bool| {
            let mut r = d.clone();
            f(&mut r, v, impact);
            cb.emit(r);
        })
    };
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
