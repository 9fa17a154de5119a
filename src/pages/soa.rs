//! The Statement of Applicability: all 93 controls, generated from the
//! register, with the user's edits, filters and inline lint findings.

use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{edit_text, on_commit, Choice, Edit, TextField};
use crate::domain::catalogue::{snake, ControlId, Theme};
use crate::domain::{
    generate_soa, lint, Finding, ImplementationStatus, InclusionReason, SoaDocument, SoaEntry,
    SoaRow,
};
use crate::store::{use_store, Action, Route};

/// How many linked risks a control shows before "and N more".
const LINKED_RISKS: usize = 12;

/// The SoA page.
#[function_component]
pub fn SoaPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let soa = use_memo(a.clone(), |a| generate_soa(a));
    let findings = use_memo(a.clone(), |a| lint(a, crate::platform::now().date()));
    let theme = use_state(String::new);
    let status = use_state(String::new);
    let applicable = use_state(String::new);
    let with_findings = use_state(|| false);

    let mut by_control: BTreeMap<crate::domain::Subject, Vec<&Finding>> = BTreeMap::new();
    for f in findings.iter() {
        by_control.entry(f.subject).or_default().push(f);
    }
    let rows: Vec<&SoaRow> = soa
        .rows
        .iter()
        .filter(|r| theme.is_empty() || snake(&r.theme) == *theme)
        .filter(|r| status.is_empty() || snake(&r.status) == *status)
        .filter(|r| match applicable.as_str() {
            "yes" => r.applicable,
            "no" => !r.applicable,
            _ => true,
        })
        .filter(|r| {
            !*with_findings || by_control.contains_key(&crate::domain::Subject::Control(r.control))
        })
        .collect();

    let doc = a.soa.document.clone();
    let set_doc = |f: fn(&mut SoaDocument, String)| {
        let store = store.clone();
        let doc = doc.clone();
        Callback::from(move |v: String| {
            let mut d = doc.clone();
            f(&mut d, v);
            store.dispatch(Action::SetSoaDocument(d));
        })
    };
    let pick = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v: String| h.set(v))
    };
    let theme_opts: Vec<(String, String)> =
        std::iter::once((String::new(), "All themes".to_owned()))
            .chain(Theme::ALL.iter().map(|t| (snake(t), t.label().to_owned())))
            .collect();
    let status_opts: Vec<(String, String)> =
        std::iter::once((String::new(), "Any status".to_owned()))
            .chain(
                ImplementationStatus::ALL
                    .iter()
                    .map(|s| (snake(s), s.label().to_owned())),
            )
            .collect();
    let applicable_opts = vec![
        (String::new(), "Applicable or not".to_owned()),
        ("yes".to_owned(), "Applicable".to_owned()),
        ("no".to_owned(), "Not applicable".to_owned()),
    ];
    let toggle_findings = {
        let h = with_findings.clone();
        Callback::from(move |e: Event| h.set(crate::platform::event::checked(&e)))
    };
    let soa_findings = findings
        .iter()
        .filter(|f| f.code.area() == crate::domain::LintArea::Soa)
        .count();
    let mut current_theme = None;
    let mut blocks = Vec::new();
    for r in rows.iter().copied() {
        if current_theme != Some(r.theme) {
            current_theme = Some(r.theme);
            blocks.push(html! { <h2 class="theme-heading">{ r.theme.label() }</h2> });
        }
        let entry = a.soa.entries.get(&r.control).cloned().unwrap_or_default();
        let fs: Vec<Finding> = by_control
            .get(&crate::domain::Subject::Control(r.control))
            .map(|v| v.iter().map(|f| (*f).clone()).collect())
            .unwrap_or_default();
        blocks.push(html! { <SoaControl key={r.control.to_string()} row={r.clone()} {entry} findings={fs} /> });
    }
    html! {
        <section class="page soa">
            <h1>{ "Statement of Applicability" }</h1>
            <p class="lead">{ format!("All 93 Annex A controls of ISO/IEC 27001:2022: {} applicable. Controls that treat risks in the register are included automatically; the justification is generated from those risks until you edit it.", soa.applicable_count()) }</p>
            <fieldset class="doc-control">
                <legend>{ "Document control" }</legend>
                <div class="form-grid">
                    <TextField id="soa-version" label="SoA version" value={doc.version.clone()} oninput={set_doc(|d, v| d.version = v)} />
                    <TextField id="soa-date" label="Date" kind="date" value={doc.date.map(|x| x.to_string()).unwrap_or_default()} oninput={set_doc(|d, v| d.date = v.parse().ok())} />
                    <TextField id="soa-approver" label="Approved by" value={doc.approver.clone()} oninput={set_doc(|d, v| d.approver = v)} />
                </div>
            </fieldset>
            <div class="filters form-grid" role="search" aria-label="Filter controls">
                <Choice id="f-theme" label="Theme" options={theme_opts} value={(*theme).clone()} onchange={pick(&theme)} />
                <Choice id="f-status" label="Status" options={status_opts} value={(*status).clone()} onchange={pick(&status)} />
                <Choice id="f-applicable" label="Applicability" options={applicable_opts} value={(*applicable).clone()} onchange={pick(&applicable)} />
                <label class="check" for="f-findings">
                    <input type="checkbox" id="f-findings" checked={*with_findings} onchange={toggle_findings} />
                    { format!(" Only controls with findings ({soa_findings})") }
                </label>
            </div>
            <p class="count" role="status">{ format!("{} of 93 controls shown", rows.len()) }</p>
            { for blocks }
        </section>
    }
}

/// Props of [`SoaControl`].
#[derive(Properties, PartialEq)]
pub struct SoaControlProps {
    /// The generated row.
    pub row: SoaRow,
    /// The user's entry.
    pub entry: SoaEntry,
    /// Lint findings about this control.
    pub findings: Vec<Finding>,
}

/// One control of the SoA with its editable fields.
#[function_component]
pub fn SoaControl(p: &SoaControlProps) -> Html {
    let store = use_store();
    let id: ControlId = p.row.control;
    let emit = {
        let store = store.clone();
        Callback::from(move |e: SoaEntry| store.dispatch(Action::SetSoaEntry(id, e)))
    };
    let set = |f: Edit<SoaEntry>| edit_text(&p.entry, &emit, f);
    let r = &p.row;
    let e = &p.entry;
    let applicable_opts = vec![
        (
            "auto".to_owned(),
            format!(
                "Automatic ({})",
                if !r.reasons.is_empty() || e.applicable == Some(true) {
                    "from reasons"
                } else {
                    "no reason yet"
                }
            ),
        ),
        ("yes".to_owned(), "Applicable".to_owned()),
        ("no".to_owned(), "Not applicable".to_owned()),
    ];
    let status_opts: Vec<(String, String)> = std::iter::once((
        "auto".to_owned(),
        "Automatic (from the register)".to_owned(),
    ))
    .chain(
        ImplementationStatus::ALL
            .iter()
            .map(|s| (snake(s), s.label().to_owned())),
    )
    .collect();
    let key = r.control.to_string().replace('.', "-");
    let reason_checks = InclusionReason::ALL.iter().filter(|x| **x != InclusionReason::RiskTreatment).map(|reason| {
        let checked = e.reasons.contains(reason);
        let store = store.clone();
        let entry = e.clone();
        let reason = *reason;
        let onchange = Callback::from(move |_: Event| {
            let mut x = entry.clone();
            crate::domain::set_member(&mut x.reasons, reason, !checked);
            store.dispatch(Action::SetSoaEntry(id, x));
        });
        let cid = format!("soa-{key}-{}", snake(&reason));
        html! { <label class="check" for={cid.clone()}><input type="checkbox" id={cid} {checked} {onchange} />{ format!(" {}", reason.label()) }</label> }
    });
    let reset = {
        let store = store.clone();
        let entry = e.clone();
        Callback::from(move |_: MouseEvent| {
            let mut x = entry.clone();
            x.justification = None;
            store.dispatch(Action::SetSoaEntry(id, x));
        })
    };
    html! {
        <article class={classes!("soa-control", (!r.applicable).then_some("excluded"), (!p.findings.is_empty()).then_some("has-findings"))}
            id={format!("control-{key}")} aria-labelledby={format!("title-{key}")}>
            <h3 id={format!("title-{key}")}>
                <span class="cid">{ r.control.to_string() }</span>{ " " }{ r.title }
                <span class={classes!("pill", if r.applicable { "yes" } else { "no" })}>{ if r.applicable { "Applicable" } else { "Not applicable" } }</span>
                <span class="pill status">{ r.status.label() }</span>
            </h3>
            { for p.findings.iter().map(|f| html! {
                <p class="finding" role="note"><strong>{ f.code.code() }</strong>{ format!(" {}", f.message()) }</p>
            }) }
            <div class="form-grid">
                <Choice id={format!("soa-{key}-applicable")} label="Applicability" options={applicable_opts}
                    value={match e.applicable { None => "auto", Some(true) => "yes", Some(false) => "no" }}
                    onchange={set(Box::new(|x, v| x.applicable = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None }))} />
                <Choice id={format!("soa-{key}-status")} label="Implementation status" options={status_opts}
                    value={e.status.map(|s| snake(&s)).unwrap_or_else(|| "auto".to_owned())}
                    onchange={set(Box::new(|x, v| x.status = ImplementationStatus::ALL.iter().copied().find(|s| snake(s) == v)))} />
                <div class="field">
                    <label for={format!("soa-{key}-owner")}>{ "Owner" }</label>
                    <input id={format!("soa-{key}-owner")} value={e.owner.clone()} onchange={on_commit(set(Box::new(|x, v| x.owner = v)))} />
                </div>
            </div>
            <fieldset class="reasons">
                <legend>{ "Inclusion reasons" }</legend>
                if !r.risks.is_empty() {
                    <span class="pill">{ "Risk treatment: " }
                        { for r.risks.iter().take(LINKED_RISKS).map(|rid| html! { <><Link<Route> to={Route::Risks}>{ rid.to_string() }</Link<Route>>{ " " }</> }) }
                        if r.risks.len() > LINKED_RISKS {
                            { format!("and {} more", r.risks.len() - LINKED_RISKS) }
                        }
                    </span>
                }
                { for reason_checks }
            </fieldset>
            if r.applicable {
                <div class="field">
                    <label for={format!("soa-{key}-justification")}>{ if r.justification_edited { "Justification (edited)" } else { "Justification (generated until you edit it)" } }</label>
                    <textarea id={format!("soa-{key}-justification")} rows="2" value={r.justification.clone()}
                        onchange={on_commit(set(Box::new(|x, v| x.justification = Some(v))))} />
                    if r.justification_edited {
                        <button type="button" class="link" onclick={reset}>{ "Use the generated text again" }</button>
                    }
                </div>
            } else {
                <div class="field">
                    <label for={format!("soa-{key}-exclusion")}>{ "Exclusion justification (required)" }</label>
                    <textarea id={format!("soa-{key}-exclusion")} rows="2" value={e.exclusion_justification.clone()}
                        onchange={on_commit(set(Box::new(|x, v| x.exclusion_justification = v)))} />
                </div>
            }
            <div class="field">
                <label for={format!("soa-{key}-evidence")}>{ "Evidence (one reference per line)" }</label>
                <textarea id={format!("soa-{key}-evidence")} rows="1" value={e.evidence.join("\n")}
                    onchange={on_commit(set(Box::new(|x, v| x.evidence = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect())))} />
            </div>
            if !r.iso27001_2013.is_empty() {
                <p class="mapping">{ format!("ISO/IEC 27001:2013: {}", r.iso27001_2013.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }</p>
            }
        </article>
    }
}
