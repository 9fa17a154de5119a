//! The SoA page: document control, filters and the controls.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::bulk::BulkDecision;
use super::filter::SoaFilter;
use super::filters_bar::{document_control, filters_bar};
use super::SoaControl;
use crate::components::use_register;
use crate::domain::catalogue::ControlId;
use crate::domain::{Assessment, Decision, Finding, LintArea, SoaRow, Subject};
use crate::store::{use_store, Action};

/// The SoA page.
#[function_component]
pub fn SoaPage() -> Html {
    let store = use_store();
    let a = store.assessment.clone();
    // Computed once per version of the assessment, in the store (shared
    // with the navigation badge).
    let soa = store.soa();
    let findings = store.findings(crate::platform::now().date());
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
    let soa_findings = findings
        .iter()
        .filter(|f| f.code.area() == LintArea::Soa && !f.code.is_to_do())
        .count();
    let shown: Vec<ControlId> = rows.iter().map(|r| r.control).collect();
    let shown_to_decide = rows
        .iter()
        .filter(|r| r.decision == Decision::ToDecide)
        .count();
    html! {
        <section class="page soa">
            <h1>{ "Statement of Applicability" }</h1>
            <p class="lead">{ format!("All 93 Annex A controls of ISO/IEC 27001:2022: {} applicable, {} to be decided. Controls that treat risks, that a requirement names or that the gap check asks about are included automatically; the justification is generated from them until you edit it. A control nothing drives is to be decided: include it with a reason or exclude it with a justification.", soa.applicable_count(), soa.to_decide_count()) }</p>
            if !soa.document.mapped_from_2013.is_empty() {
                <p class="note">{ crate::domain::report::mapping_sentence(&soa) }</p>
            }
            { document_control(&store) }
            { filters_bar(&reg, soa_findings) }
            <BulkDecision controls={shown} to_decide={shown_to_decide} />
            <p class="count" role="status">{ format!("{} of 93 controls shown", rows.len()) }</p>
            { for control_blocks(&rows, &a, &by_control) }
        </section>
    }
}

/// The controls shown, each theme under its heading.
fn control_blocks(
    rows: &[&SoaRow],
    a: &Assessment,
    by_control: &BTreeMap<Subject, Vec<&Finding>>,
) -> Vec<Html> {
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
    blocks
}
