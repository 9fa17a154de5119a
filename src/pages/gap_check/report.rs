//! The gap-check results and printed report.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::BarChart;
use crate::domain::text::{msg, text, text_with};
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
            <h2 class="gap-report-title">{ text(msg::UI_ISO_IEC_27001_READINESS_REPORT) }</h2>
            <p class="gap-report-meta" data-testid="gap-report-meta">
                <span class="gap-org">{ organisation }</span>
                <span>{ format!(" · {} · ", props.date) }</span>
                <span>{ text(match r.mode { GapMode::Short => msg::UI_GAP_SHORT_MODE, GapMode::Thorough => msg::UI_GAP_THOROUGH_MODE }) }</span>
                <span>{ format!(" · {}", r.size.map_or_else(|| text(msg::UI_GAP_SIZE_NOT_GIVEN), |s| s.label())) }</span>
            </p>
            <div class="gap-overall">
                <p>
                    <span class="gap-overall-label">{ text(msg::UI_OVERALL_READINESS) }</span>
                    <span class="gap-score" data-testid="gap-overall">{ score_text(r.overall) }</span>
                    <span class="gap-out-of">{ " / 100" }</span>
                </p>
                <p class="gap-overall-note">{ text_with(msg::UI_GAP_ANSWERED, &[("answered", r.answered.to_string().into()), ("total", r.total.to_string().into()), ("gaps", r.gap_count.to_string().into())]) }</p>
            </div>
            <div class="gap-charts">
                <BarChart title={text(msg::UI_SCORES_PER_CLAUSE)} testid="gap-clause-chart" scores={r.clauses.clone()} />
                <BarChart title={text(msg::UI_SCORES_PER_ANNEX_A_THEME)} testid="gap-theme-chart" scores={r.themes.clone()} />
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
            <h3>{ text_with(msg::UI_GAP_TOP_GAPS, &[("count", r.top_gaps.len().to_string().into())]) }</h3>
            if r.top_gaps.is_empty() {
                <p>{ text(msg::UI_NO_GAPS_AMONG_THE_ANSWERED_QUESTIONS) }</p>
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
            <h3>{ text(msg::UI_MANDATORY_DOCUMENTED_INFORMATION) }</h3>
            <table>
                <thead><tr><th scope="col">{ text(msg::UI_CLAUSE) }</th><th scope="col">{ text(msg::UI_DOCUMENT) }</th><th scope="col">{ text(msg::COL_STATUS) }</th></tr></thead>
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
            <h3>{ text(msg::UI_ROADMAP_TO_CERTIFICATION) }</h3>
            <p class="gap-timeline">{ r.roadmap.timeline.note.clone() }</p>
            <ol>
                { for r.roadmap.phases.iter().map(|p| html! {
                    <li>
                        <strong>{ &p.label }</strong>
                        <span class="gap-phase-figures">{ text_with(msg::UI_GAP_PHASE_FIGURES, &[("gaps", p.gaps.len().to_string().into()), ("days", p.effort_days.to_string().into())]) }</span>
                        <p class="gap-phase-text">{ &p.description }</p>
                        if !p.gaps.is_empty() {
                            <ul class="gap-phase-gaps">
                                { for p.gaps.iter().map(|g| html! { <li>{ g.todo.clone() }</li> }) }
                            </ul>
                        }
                    </li>
                }) }
            </ol>
            <p class="gap-total">{ text_with(msg::UI_GAP_TOTAL, &[("days", r.roadmap.total_effort_days.to_string().into())]) }</p>
        </section>
    }
}
