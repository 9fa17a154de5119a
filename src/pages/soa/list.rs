//! The SoA page: document control, filters and the controls.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::filter::{by_snake, SoaFilter};
use super::SoaControl;
use crate::components::{edit_dispatch, use_register, Choice, TextField};
use crate::domain::catalogue::{snake, Theme};
use crate::domain::{
    generate_soa, lint, Finding, ImplementationStatus, LintArea, SoaDocument, SoaRow, Subject,
};
use crate::store::{use_store, Action};

/// The SoA page.
#[function_component]
pub fn SoaPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    let soa = use_memo(a.clone(), |a| generate_soa(a));
    let findings = use_memo(a.clone(), |a| lint(a, crate::platform::now().date()));
    let reg = use_register((), SoaFilter::default());
    // Typed text not saved yet (a reload, or leaving mid-word) is saved
    // when the page opens and when it closes.
    use_effect_with((), {
        let store = store.clone();
        move |_| {
            store.dispatch(Action::CommitSoaDrafts);
            move || store.dispatch(Action::CommitSoaDrafts)
        }
    });
    let filter = (*reg.filter).clone();

    let mut by_control: BTreeMap<Subject, Vec<&Finding>> = BTreeMap::new();
    for f in findings.iter() {
        by_control.entry(f.subject).or_default().push(f);
    }
    let rows: Vec<&SoaRow> = soa
        .rows
        .iter()
        .filter(|r| filter.matches(r, by_control.contains_key(&Subject::Control(r.control))))
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
        .filter(|f| f.code.area() == LintArea::Soa)
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
            .get(&Subject::Control(r.control))
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
