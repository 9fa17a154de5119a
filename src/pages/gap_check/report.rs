//! The gap-check results and printed report.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::BarChart;
use crate::domain::{DocumentStatus, GapMode, GapResults};

/// Props of [`GapReport`].
#[derive(Properties, PartialEq)]
pub struct GapReportProps {
    /// The computed results.
    pub results: Rc<GapResults>,
    /// The organisation's name (may be empty).
    pub organisation: AttrValue,
    /// The report date, as text.
    pub date: AttrValue,
}

/// A score as text; a dash when nothing was answered.
pub(super) fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| s.to_string())
}

/// The results: overall score, charts, documents, top gaps and roadmap.
/// This is also the printed one-page report.
#[function_component]
pub fn GapReport(props: &GapReportProps) -> Html {
    let r = &props.results;
    let organisation = crate::domain::organisation_name(&props.organisation).to_owned();
    html! {
        <div class="gap-report">
            <h2 class="gap-report-title">{ "ISO/IEC 27001 readiness report" }</h2>
            <p class="gap-report-meta" data-testid="gap-report-meta">
                <span class="gap-org">{ organisation }</span>
                <span>{ format!(" · {} · ", props.date) }</span>
                <span>{ format!("{} mode", match r.mode { GapMode::Short => "Short", GapMode::Thorough => "Thorough" }) }</span>
                <span>{ format!(" · {}", r.size.map_or_else(|| "size not given".to_owned(), |s| s.label())) }</span>
            </p>
            <div class="gap-overall">
                <p>
                    <span class="gap-overall-label">{ "Overall readiness" }</span>
                    <span class="gap-score" data-testid="gap-overall">{ score_text(r.overall) }</span>
                    <span class="gap-out-of">{ " / 100" }</span>
                </p>
                <p class="gap-overall-note">{ format!("{} of {} questions answered; {} gap(s) found.", r.answered, r.total, r.gap_count) }</p>
            </div>
            <div class="gap-charts">
                <BarChart title="Scores per clause" testid="gap-clause-chart" scores={r.clauses.clone()} />
                <BarChart title="Scores per Annex A theme" testid="gap-theme-chart" scores={r.themes.clone()} />
            </div>
            <div class="gap-columns">
                { top_gaps(r) }
                { documents(r) }
            </div>
            { roadmap(r) }
        </div>
    }
}

/// The top gaps, or a note that there are none.
fn top_gaps(r: &GapResults) -> Html {
    html! {
        <section class="gap-top">
            <h3>{ format!("Top {} gaps", r.top_gaps.len()) }</h3>
            if r.top_gaps.is_empty() {
                <p>{ "No gaps among the answered questions." }</p>
            } else {
                <ol>
                    { for r.top_gaps.iter().map(|g| html! {
                        <li>
                            <span class="gap-tag">{ format!("{} · {}", g.area.short_label(), g.answer.label()) }</span>
                            <span class="gap-todo">{ g.todo.clone() }</span>
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}

/// The mandatory documents and their status.
fn documents(r: &GapResults) -> Html {
    html! {
        <section class="gap-docs">
            <h3>{ "Mandatory documented information" }</h3>
            <table>
                <thead><tr><th scope="col">{ "Clause" }</th><th scope="col">{ "Document" }</th><th scope="col">{ "Status" }</th></tr></thead>
                <tbody>
                    { for r.documents.iter().map(|d| {
                        let class = match d.status {
                            DocumentStatus::Present => "doc-present",
                            DocumentStatus::Partial => "doc-partial",
                            DocumentStatus::Missing => "doc-missing",
                            DocumentStatus::NotAnswered => "doc-unknown",
                        };
                        let mark = match d.status {
                            DocumentStatus::Present => "✓ ",
                            DocumentStatus::Partial => "◐ ",
                            DocumentStatus::Missing => "✗ ",
                            DocumentStatus::NotAnswered => "? ",
                        };
                        html! {
                            <tr>
                                <td>{ d.clause.to_string() }</td>
                                <td>{ d.name }</td>
                                <td class={class}>{ mark }{ d.status.label() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// The roadmap: its phases, their gaps and effort.
fn roadmap(r: &GapResults) -> Html {
    html! {
        <section class="gap-roadmap">
            <h3>{ "Roadmap to certification" }</h3>
            <p class="gap-timeline">{ r.roadmap.timeline.note.clone() }</p>
            <ol>
                { for r.roadmap.phases.iter().map(|p| html! {
                    <li>
                        <strong>{ &p.label }</strong>
                        <span class="gap-phase-figures">{ format!(" · {} open gap(s) · about {} person-day(s)", p.gaps.len(), p.effort_days) }</span>
                        <p class="gap-phase-text">{ &p.description }</p>
                        if !p.gaps.is_empty() {
                            <ul class="gap-phase-gaps">
                                { for p.gaps.iter().map(|g| html! { <li>{ g.todo.clone() }</li> }) }
                            </ul>
                        }
                    </li>
                }) }
            </ol>
            <p class="gap-total">{ format!("Total: about {} person-days of work. Effort figures are rough and scale with the size you gave.", r.roadmap.total_effort_days) }</p>
        </section>
    }
}
