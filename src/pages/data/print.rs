//! Printable documents: each document of the Stage 1 pack, built by the
//! domain (`domain::documents`) and laid out by `DocumentView`, so the
//! print says what the XLSX and DOCX files say.

use yew::prelude::*;

use crate::components::DocumentView;
use crate::domain::documents::{self, DocumentKind};
use crate::domain::text::{msg, text};
use crate::platform::{self};
use crate::store::use_store;

/// Which printable document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// The ISMS scope statement (4.3).
    Scope,
    /// The risk assessment methodology (6.1.2).
    Methodology,
    /// The risk assessment report (8.2), with the heatmaps.
    Risks,
    /// The risk treatment plan (6.1.3 e, 8.3).
    TreatmentPlan,
    /// The Statement of Applicability (6.1.3 d).
    Soa,
    /// The gap-check report with each question and its answer.
    GapReport,
}

impl Report {
    /// Every printable document, in the pack's order.
    pub const ALL: [Report; 6] = [
        Report::Scope,
        Report::Methodology,
        Report::Risks,
        Report::TreatmentPlan,
        Report::Soa,
        Report::GapReport,
    ];

    /// The domain's document.
    pub fn kind(self) -> DocumentKind {
        match self {
            Report::Scope => DocumentKind::Scope,
            Report::Methodology => DocumentKind::Methodology,
            Report::Risks => DocumentKind::RiskAssessment,
            Report::TreatmentPlan => DocumentKind::RiskTreatmentPlan,
            Report::Soa => DocumentKind::Soa,
            Report::GapReport => DocumentKind::GapReport,
        }
    }

    /// The print button's text.
    pub fn button(self) -> String {
        match self {
            Report::Scope => text(msg::UI_PRINT_SCOPE),
            Report::Methodology => text(msg::UI_PRINT_METHODOLOGY),
            Report::Risks => text(msg::UI_PRINT_RISKS),
            Report::TreatmentPlan => text(msg::UI_PRINT_TREATMENT_PLAN),
            Report::Soa => text(msg::UI_PRINT_SOA),
            Report::GapReport => text(msg::UI_PRINT_GAP_REPORT),
        }
    }
}

/// Props of [`PrintReport`].
#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    /// The report.
    pub which: Report,
}

/// A document laid out for print: a running header with the organisation,
/// title and version, "Page x of y", the document control block, then the
/// body. Only this is printed while it is shown.
#[function_component]
pub fn PrintReport(p: &PrintReportProps) -> Html {
    let store = use_store();
    let doc = documents::document(&store.assessment, p.which.kind(), platform::now().date());
    html! {
        <div class="print-report" aria-hidden="true">
            <DocumentView doc={doc} />
        </div>
    }
}
