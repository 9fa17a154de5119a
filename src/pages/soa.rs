//! The Statement of Applicability: all 93 controls, generated from the
//! register, with the user's edits, filters and inline lint findings.

use std::collections::BTreeMap;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    dispatch, edit, edit_dispatch, edit_text, on_commit, use_register, Choice, Edit, TextField,
};
use crate::domain::catalogue::{snake, ControlId, Theme};
use crate::domain::{
    generate_soa, lint, Finding, ImplementationStatus, InclusionReason, SoaDocument, SoaEntry,
    SoaRow,
};
use crate::store::{use_store, Action, Route};

/// How many linked risks a control shows before "and N more".
const LINKED_RISKS: usize = 12;

/// The SoA's filters, typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SoaFilter {
    /// Only controls of this theme.
    pub theme: Option<Theme>,
    /// Only controls with this implementation status.
    pub status: Option<ImplementationStatus>,
    /// Only applicable (true) or excluded (false) controls.
    pub applicable: Option<bool>,
    /// Only controls with lint findings.
    pub with_findings: bool,
}

impl SoaFilter {
    /// Whether `r` (with or without findings) passes the filter.
    pub fn matches(&self, r: &SoaRow, has_findings: bool) -> bool {
        self.theme.is_none_or(|t| t == r.theme)
            && self.status.is_none_or(|s| s == r.status)
            && self.applicable.is_none_or(|a| a == r.applicable)
            && (!self.with_findings || has_findings)
    }
}

/// The enum value whose snake-case name is `v` (none for "").
fn by_snake<T: Copy + serde::Serialize>(all: &[T], v: &str) -> Option<T> {
    all.iter().copied().find(|x| snake(x) == v)
}

/// The SoA page.
#[function_component]
pub fn SoaPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let soa = use_memo(a.clone(), |a| generate_soa(a));
    let findings = use_memo(a.clone(), |a| lint(a, crate::platform::now().date()));
    let reg = use_register((), SoaFilter::default());
    let filter = (*reg.filter).clone();

    let mut by_control: BTreeMap<String, Vec<&Finding>> = BTreeMap::new();
    for f in findings.iter() {
        by_control.entry(f.subject.clone()).or_default().push(f);
    }
    let rows: Vec<&SoaRow> = soa
        .rows
        .iter()
        .filter(|r| filter.matches(r, by_control.contains_key(&r.control.to_string())))
        .collect();

    let doc = a.soa.document.clone();
    let set_doc =
        |f: fn(&mut SoaDocument, String)| edit_dispatch(&store, &doc, Action::SetSoaDocument, f);
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
    let on_theme = reg.onfilter(|v: String, f: &SoaFilter| SoaFilter {
        theme: by_snake(&Theme::ALL, &v),
        ..f.clone()
    });
    let on_status = reg.onfilter(|v: String, f: &SoaFilter| SoaFilter {
        status: by_snake(&ImplementationStatus::ALL, &v),
        ..f.clone()
    });
    let on_applicable = reg.onfilter(|v: String, f: &SoaFilter| SoaFilter {
        applicable: match v.as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        ..f.clone()
    });
    let toggle_findings = reg.onfilter(|e: Event, f: &SoaFilter| SoaFilter {
        with_findings: crate::platform::event::checked(&e),
        ..f.clone()
    });
    let soa_findings = findings
        .iter()
        .filter(|f| f.code.code().starts_with("SOA"))
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
            .get(&r.control.to_string())
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
                <Choice id="f-theme" label="Theme" options={theme_opts} value={filter.theme.map(|t| snake(&t)).unwrap_or_default()} onchange={on_theme} />
                <Choice id="f-status" label="Status" options={status_opts} value={filter.status.map(|s| snake(&s)).unwrap_or_default()} onchange={on_status} />
                <Choice id="f-applicable" label="Applicability" options={applicable_opts} value={match filter.applicable { None => "", Some(true) => "yes", Some(false) => "no" }} onchange={on_applicable} />
                <label class="check" for="f-findings">
                    <input type="checkbox" id="f-findings" checked={filter.with_findings} onchange={toggle_findings} />
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
    let emit = dispatch(&store, move |e: SoaEntry| Action::SetSoaEntry(id, e));
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
        let reason = *reason;
        let onchange = edit(e, &emit, move |x, _: Event| {
            if checked {
                x.reasons.retain(|y| *y != reason);
            } else {
                x.reasons.push(reason);
                x.reasons.sort();
            }
        });
        let cid = format!("soa-{key}-{}", snake(&reason));
        html! { <label class="check" for={cid.clone()}><input type="checkbox" id={cid} {checked} {onchange} />{ format!(" {}", reason.label()) }</label> }
    });
    let reset = edit(e, &emit, |x, _: MouseEvent| x.justification = None);
    html! {
        <article class={classes!("soa-control", (!r.applicable).then_some("excluded"), (!p.findings.is_empty()).then_some("has-findings"))}
            id={format!("control-{key}")} aria-labelledby={format!("title-{key}")}>
            <h3 id={format!("title-{key}")}>
                <span class="cid">{ r.control.to_string() }</span>{ " " }{ r.title }
                <span class={classes!("pill", if r.applicable { "yes" } else { "no" })}>{ if r.applicable { "Applicable" } else { "Not applicable" } }</span>
                <span class="pill status">{ r.status.label() }</span>
            </h3>
            { for p.findings.iter().map(|f| html! {
                <p class="finding" role="note"><strong>{ f.code.code() }</strong>{ format!(" {}", f.message) }</p>
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
