//! The SoA page's document control (version, date, approver) and its
//! filters (theme, status, applicability, findings).

use yew::prelude::*;

use super::filter::{by_snake, SoaFilter};
use crate::components::{edit_dispatch, Choice, Register, TextField};
use crate::domain::catalogue::{snake, Theme};
use crate::domain::{Decision, ImplementationStatus, SoaDocument};
use crate::store::{Action, Store};

/// The "Document control" fieldset.
pub(super) fn document_control(store: &Store) -> Html {
    let doc = store.assessment.soa.document.clone();
    let set_doc =
        |f: fn(&mut SoaDocument, String)| edit_dispatch(store, &doc, Action::SetSoaDocument, f);
    html! {
        <fieldset class="doc-control">
            <legend>{ "Document control" }</legend>
            <div class="form-grid">
                <TextField id="soa-version" label="SoA version" value={doc.version.clone()} oninput={set_doc(|d, v| d.version = v)} />
                <TextField id="soa-date" label="Date" kind="date" value={doc.date.map(|x| x.to_string()).unwrap_or_default()} oninput={set_doc(|d, v| d.date = v.parse().ok())} />
                <TextField id="soa-approver" label="Approved by" value={doc.approver.clone()} oninput={set_doc(|d, v| d.approver = v)} />
            </div>
        </fieldset>
    }
}

/// The filters; `soa_findings` is the number of SoA findings (controls
/// to decide not counted).
pub(super) fn filters_bar(reg: &Register<(), SoaFilter>, soa_findings: usize) -> Html {
    let filter = (*reg.filter).clone();
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
    let decision_opts: Vec<(String, String)> =
        std::iter::once((String::new(), "Any decision".to_owned()))
            .chain(Decision::ALL.iter().map(|d| (snake(d), d.label())))
            .collect();
    let on_theme = reg.onfilter(|v: String, f: &SoaFilter| SoaFilter {
        theme: by_snake(&Theme::ALL, &v),
        ..f.clone()
    });
    let on_status = reg.onfilter(|v: String, f: &SoaFilter| SoaFilter {
        status: by_snake(&ImplementationStatus::ALL, &v),
        ..f.clone()
    });
    let on_decision = reg.onfilter(|v: String, f: &SoaFilter| SoaFilter {
        decision: by_snake(&Decision::ALL, &v),
        ..f.clone()
    });
    let toggle_findings = reg.onfilter(|e: Event, f: &SoaFilter| SoaFilter {
        with_findings: crate::platform::event::checked(&e),
        ..f.clone()
    });
    html! {
        <div class="filters form-grid" role="search" aria-label="Filter controls">
            <Choice id="f-theme" label="Theme" options={theme_opts} value={filter.theme.map(|t| snake(&t)).unwrap_or_default()} onchange={on_theme} />
            <Choice id="f-status" label="Status" options={status_opts} value={filter.status.map(|s| snake(&s)).unwrap_or_default()} onchange={on_status} />
            <Choice id="f-decision" label="Decision" options={decision_opts} value={filter.decision.map(|d| snake(&d)).unwrap_or_default()} onchange={on_decision} />
            <label class="check" for="f-findings">
                <input type="checkbox" id="f-findings" checked={filter.with_findings} onchange={toggle_findings} />
                { format!(" Only controls with findings ({soa_findings})") }
            </label>
        </div>
    }
}
