//! Printable reports.

use yew::prelude::*;

use crate::domain::{self};
use crate::platform::{self};
use crate::store::use_store;

/// Which printable report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// The Statement of Applicability.
    Soa,
    /// The risk register with levels and treatment.
    Risks,
}

/// Props of [`PrintReport`].
#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    /// The report.
    pub which: Report,
}

/// A report laid out for print: a header with the organisation, version and
/// date, then the table. Only this is printed while it is shown.
#[function_component]
pub fn PrintReport(p: &PrintReportProps) -> Html {
    let store = use_store();
    let a = &store.assessment;
    let today = platform::now().date();
    let org = a.context.display_name().to_owned();
    let (title, table) = match p.which {
        Report::Soa => {
            let soa = domain::generate_soa(a);
            let rows = soa.rows.iter().map(|r| html! {
                <tr>
                    <td>{ r.control.to_string() }</td><td>{ r.title }</td>
                    <td>{ if r.applicable { "Yes" } else { "No" } }</td>
                    <td>{ r.reasons.iter().map(|x| x.label()).collect::<Vec<_>>().join(", ") }</td>
                    <td>{ if r.applicable { r.justification.clone() } else { r.exclusion_justification.clone() } }</td>
                    <td>{ r.status.label() }</td><td>{ r.owner.clone() }</td>
                </tr>
            });
            (
                "Statement of Applicability",
                html! {
                    <table>
                        <thead><tr><th>{ "Control" }</th><th>{ "Title" }</th><th>{ "Applicable" }</th><th>{ "Reasons" }</th><th>{ "Justification" }</th><th>{ "Status" }</th><th>{ "Owner" }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                },
            )
        }
        Report::Risks => {
            let m = &a.method;
            let register = domain::ScoredRegister::new(a);
            let rows = register.rows(a).map(|domain::Scored { risk: r, score: s }| html! {
                <tr>
                    <td>{ r.id.to_string() }</td><td>{ r.title.clone() }</td><td>{ r.owner.clone() }</td>
                    <td>{ m.level_name(s.inherent.level) }</td><td>{ m.level_name(s.current.level) }</td><td>{ m.level_name(s.residual.level) }</td>
                    <td>{ r.treatment.option_label() }</td>
                    <td>{ r.treatment.planned_controls.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ") }</td>
                    <td>{ r.treatment.due.map(|d| d.to_string()).unwrap_or_default() }</td>
                    <td>{ r.treatment.status.label() }</td>
                    <td>{ r.treatment.acceptance.as_ref().map(|x| format!("{} ({} – {}): {}", x.by, x.on, x.until, x.reason)).unwrap_or_default() }</td>
                </tr>
            });
            (
                "Risk report",
                html! {
                    <>
                    <section class="risk-criteria">
                        <h2>{ "Risk criteria" }</h2>
                        { scale_table("Likelihood", &m.likelihood) }
                        { scale_table("Impact", &m.impact) }
                        <p>{ format!("Risk tolerance: {} and below is acceptable.", m.level_name(m.tolerance)) }</p>
                    </section>
                    <table>
                        <thead><tr><th>{ "ID" }</th><th>{ "Risk" }</th><th>{ "Owner" }</th><th>{ "Inherent" }</th><th>{ "Current" }</th><th>{ "Residual" }</th><th>{ "Treatment" }</th><th>{ "Planned controls" }</th><th>{ "Due" }</th><th>{ "Status" }</th><th>{ "Acceptance" }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                    </>
                },
            )
        }
    };
    html! {
        <div class="print-report" aria-hidden="true">
            <header>
                <h1>{ title }</h1>
                <p>{ format!("{org} · {} · version {} · printed {today}", domain::standard_name(a.context.edition),
                    if a.soa.document.version.is_empty() { "draft" } else { a.soa.document.version.as_str() }) }</p>
                if !a.context.scope.is_empty() {
                    <p>{ format!("Scope: {}", a.context.scope) }</p>
                }
            </header>
            { table }
        </div>
    }
}

/// A scale of the risk criteria as a table: each step's number, name and
/// definition (ISO/IEC 27001:2022 6.1.2 a).
fn scale_table(title: &'static str, scale: &domain::Scale) -> Html {
    html! {
        <table class="scale">
            <caption>{ title }</caption>
            <thead><tr><th>{ "Step" }</th><th>{ "Name" }</th><th>{ "Definition" }</th></tr></thead>
            <tbody>
                { for scale.steps.iter().enumerate().map(|(n, step)| html! {
                    <tr><td>{ (n + 1).to_string() }</td><td>{ step.name.clone() }</td><td>{ step.description.clone() }</td></tr>
                }) }
            </tbody>
        </table>
    }
}
