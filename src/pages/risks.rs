//! The risk register, the risk editor and the heatmap.

use yew::prelude::*;

use crate::components::{
    badge, dispatch_on, edit, edit_text, emit_unit, make_callback, set_state, set_to, submit,
    use_register, Check, Choice, Edit, Heatmap, Picker, Register, RowActions, ScaleChoice, SortKey,
    TextField,
};
use crate::domain::catalogue::{
    ControlId, ThreatId, VulnerabilityId, CONTROLS, THREATS, VULNERABILITIES,
};
use crate::domain::{
    inherent_impact, score, Assessment, AssetId, Identification, Impact, ImpactBasis,
    ImpactOverride, Likelihood, Method, Rating, Risk, RiskId, ScoredRisk, Treatment,
};
use crate::store::{use_store, Action, Store};

/// Which of the three levels the heatmap and filter use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// Before controls.
    Inherent,
    /// With existing controls.
    Current,
    /// After treatment.
    Residual,
}

impl View {
    fn of(self, s: &ScoredRisk) -> (Likelihood, Impact) {
        let e = match self {
            View::Inherent => s.inherent,
            View::Current => s.current,
            View::Residual => s.residual,
        };
        (e.likelihood, e.impact)
    }
}

fn blank(a: &Assessment) -> Risk {
    let mid = a.method.likelihood.len().div_ceil(2) as u8;
    Risk {
        id: RiskId(0),
        title: String::new(),
        description: String::new(),
        identification: Identification::AssetBased { assets: vec![] },
        threat: None,
        vulnerabilities: vec![],
        owner: String::new(),
        likelihood: Likelihood(mid),
        impact_override: None,
        existing_controls: vec![],
        current: None,
        treatment: Treatment::default(),
        quant: None,
    }
}

/// Counts per cell for a view.
pub fn counts(a: &Assessment, scored: &[ScoredRisk], view: View) -> Vec<Vec<usize>> {
    let mut grid = vec![vec![0usize; a.method.impact.len()]; a.method.likelihood.len()];
    for s in scored {
        let (l, i) = view.of(s);
        if let Some(c) = grid
            .get_mut(usize::from(l.0.max(1) - 1))
            .and_then(|r| r.get_mut(usize::from(i.0.max(1) - 1)))
        {
            *c += 1;
        }
    }
    grid
}

/// A sort column of the risk register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RiskSort {
    /// The risk's id.
    Id,
    /// Its title.
    Title,
    /// Its inherent level.
    Inherent,
    /// Its current level.
    Current,
    /// Its residual level.
    Residual,
}

impl SortKey for RiskSort {
    fn ascending_first(self) -> bool {
        matches!(self, RiskSort::Id | RiskSort::Title)
    }
}

/// The risk register's filter: the heatmap cell picked, if any.
type CellFilter = Option<(Likelihood, Impact)>;

/// The risks in the picked cell of `view`, in the register's order.
fn rows<'a>(
    a: &'a Assessment,
    scored: &'a [ScoredRisk],
    view: View,
    reg: &Register<RiskSort, CellFilter>,
) -> Vec<(&'a Risk, &'a ScoredRisk)> {
    let cell = *reg.filter;
    let mut rows: Vec<(&Risk, &ScoredRisk)> = a
        .risks
        .iter()
        .zip(scored.iter())
        .filter(|(_, s)| cell.is_none_or(|c| view.of(s) == c))
        .collect();
    let key = |s: &ScoredRisk, e: fn(&ScoredRisk) -> crate::domain::Evaluation| {
        let e = e(s);
        (e.level, u16::from(e.likelihood.0) * u16::from(e.impact.0))
    };
    reg.order(&mut rows, |rows, k| match k {
        RiskSort::Title => rows.sort_by_key(|(r, _)| r.title.to_lowercase()),
        RiskSort::Inherent => rows.sort_by_key(|(_, s)| key(s, |s| s.inherent)),
        RiskSort::Current => rows.sort_by_key(|(_, s)| key(s, |s| s.current)),
        RiskSort::Residual => rows.sort_by_key(|(_, s)| key(s, |s| s.residual)),
        RiskSort::Id => rows.sort_by_key(|(r, _)| r.id),
    });
    rows
}

/// One row of the register.
fn row(
    r: &Risk,
    s: &ScoredRisk,
    m: &Method,
    store: &Store,
    draft: &UseStateHandle<Option<Risk>>,
) -> Html {
    html! {
        <tr key={r.id.to_string()}>
            <td>{ r.id.to_string() }</td>
            <td>{ r.title.clone() }</td>
            <td>{ r.owner.clone() }</td>
            <td>{ badge(m, s.inherent) }</td>
            <td>{ badge(m, s.current) }</td>
            <td>{ badge(m, s.residual) }</td>
            <td>{ r.treatment.option.map_or("—", |o| o.label()) }</td>
            <RowActions name={r.id.to_string()} onedit={set_to(draft, Some(r.clone()))}
                ondelete={dispatch_on(store, Action::DeleteRisk(r.id))} />
        </tr>
    }
}

/// Checks a risk before it is saved.
fn problem(r: &Risk) -> Option<&'static str> {
    if r.title.trim().is_empty() {
        return Some("Give the risk a title.");
    }
    match &r.impact_override {
        Some(o) if o.reason.trim().is_empty() => Some("Say why you override the computed impact."),
        _ => None,
    }
}

/// The Risks page.
#[function_component]
pub fn RisksPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let draft = use_state(|| None::<Risk>);
    let view = use_state(|| View::Current);
    let reg = use_register(RiskSort::Id, CellFilter::None);
    let error = use_state(|| None::<String>);
    let scored = use_memo(a.clone(), |a| score(a));

    let add = make_callback(
        &(draft.clone(), error.clone(), a.clone()),
        |(draft, error, a), _: MouseEvent| {
            error.set(None);
            draft.set(Some(blank(a)));
        },
    );
    let onsave = make_callback(
        &(draft.clone(), store.clone(), error.clone()),
        |(draft, store, error), r: Risk| {
            if let Some(e) = problem(&r) {
                error.set(Some(e.into()));
                return;
            }
            store.dispatch(Action::UpsertRisk(Box::new(r)));
            error.set(None);
            draft.set(None);
        },
    );
    let form = draft.as_ref().map(|d| {
        html! {
            <RiskEditor risk={d.clone()} error={(*error).clone()} onchange={set_state(&draft, Some)}
                {onsave} oncancel={make_callback(&draft, |draft, ()| draft.set(None))} />
        }
    });

    let m = &a.method;
    let rows = rows(&a, &scored, *view, &reg);
    let body = reg
        .window(&rows)
        .iter()
        .map(|(r, s)| row(r, s, m, &store, &draft));
    let cell = reg.filter.clone();
    let onselect =
        reg.onfilter(move |c, cell: &CellFilter| if *cell == Some(c) { None } else { Some(c) });
    let set_view = |v: View| {
        make_callback(
            &(view.clone(), cell.clone()),
            move |(view, cell), _: MouseEvent| {
                view.set(v);
                cell.set(None);
            },
        )
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
                { for [(View::Inherent, "Inherent"), (View::Current, "Current"), (View::Residual, "Residual")].into_iter().map(|(v, label)| html! {
                    <button type="button" aria-pressed={(*view == v).to_string()} onclick={set_view(v)}>{ label }</button>
                }) }
            </div>
            <Heatmap method={m.clone()} counts={Some(counts(&a, &scored, *view))} selected={*cell} {onselect}
                label={format!("Heatmap of {} risk levels", match *view { View::Inherent => "inherent", View::Current => "current", View::Residual => "residual" })} />
            <h2>{ "Register" }</h2>
            if let Some((l, i)) = *cell {
                <p class="filter-note" role="status">
                    { format!("Showing risks at likelihood {} and impact {}. ", l.0, i.0) }
                    <button type="button" class="link" onclick={set_to(&cell, None)}>{ "Show all" }</button>
                </p>
            }
            <div class="table-wrap">
                <table class="register">
                    <caption class="visually-hidden">{ "Risk register" }</caption>
                    <thead><tr>
                        { reg.header("ID", RiskSort::Id) }
                        { reg.header("Risk", RiskSort::Title) }
                        <th scope="col">{ "Owner" }</th>
                        { reg.header("Inherent", RiskSort::Inherent) }
                        { reg.header("Current", RiskSort::Current) }
                        { reg.header("Residual", RiskSort::Residual) }
                        <th scope="col">{ "Treatment" }</th>
                        <th scope="col">{ "Actions" }</th>
                    </tr></thead>
                    <tbody>{ for body }</tbody>
                </table>
            </div>
            { reg.pager(rows.len()) }
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
            let props: Vec<&str> = properties.iter().map(|p| p.label()).collect();
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
