//! The SoA page's document control (version, date, approver) and its
//! filters (theme, status, applicability, findings).

use yew::prelude::*;

use super::filter::{by_snake, SoaFilter};
use crate::components::{Choice, DocumentControlForm, Register};
use crate::domain::catalogue::{snake, Theme};
use crate::domain::documents::DocumentKind;
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Decision, ImplementationStatus};
use crate::store::Store;

/// The "Document control" fieldset: version, date, author, approver,
/// approval date and change history of the SoA.
pub(super) fn document_control(_store: &Store) -> Html {
    html! { <DocumentControlForm kind={DocumentKind::Soa} id="soa" heading_level={2} /> }
}

/// The filters; `soa_findings` is the number of SoA findings (controls
/// to decide not counted).
pub(super) fn filters_bar(reg: &Register<(), SoaFilter>, soa_findings: usize) -> Html {
    let filter = (*reg.filter).clone();
    let theme_opts: Vec<(String, String)> =
        std::iter::once((String::new(), text(msg::PG_ALL_THEMES)))
            .chain(Theme::ALL.iter().map(|t| (snake(t), t.label().to_owned())))
            .collect();
    let status_opts: Vec<(String, String)> =
        std::iter::once((String::new(), text(msg::PG_ANY_STATUS)))
            .chain(
                ImplementationStatus::ALL
                    .iter()
                    .map(|s| (snake(s), s.label().to_owned())),
            )
            .collect();
    let decision_opts: Vec<(String, String)> =
        std::iter::once((String::new(), text(msg::PG_ANY_DECISION)))
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
        <div class="filters form-grid" role="search" aria-label={text(msg::PG_FILTER_CONTROLS)}>
            <Choice id="f-theme" label={text(msg::PG_THEME)} options={theme_opts} value={filter.theme.map(|t| snake(&t)).unwrap_or_default()} onchange={on_theme} />
            <Choice id="f-status" label={text(msg::SOA_FILTER_STATUS)} help={Term::ImplementationStatus} options={status_opts} value={filter.status.map(|s| snake(&s)).unwrap_or_default()} onchange={on_status} />
            <Choice id="f-decision" label={text(msg::SOA_FILTER_DECISION)} help={Term::Applicability} options={decision_opts} value={filter.decision.map(|d| snake(&d)).unwrap_or_default()} onchange={on_decision} />
            <label class="check" for="f-findings">
                <input type="checkbox" id="f-findings" checked={filter.with_findings} onchange={toggle_findings} />
                { format!(" {}", text_with(msg::PG_ONLY_FINDINGS, &[("count", soa_findings.to_string().into())])) }
            </label>
        </div>
    }
}
