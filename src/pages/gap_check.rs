//! The quick gap check: questions grouped by clause and theme, a progress
//! bar, and the results (scores, charts, documents, top gaps, roadmap) with
//! export, print and the hand-over to the full assessment.
//!
//! The answers live in the store's assessment, so the autosave keeps them:
//! a user can stop at any point and resume later.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::domain::{
    self, report, Answer, Area, AreaScore, DocumentStatus, GapMode, GapResults, Question,
    QuestionId, SizeBand,
};
use crate::pages::data::file_stem;
use crate::platform::{self, download, print};
use crate::store::{use_config, use_store, Action, Mode, Route};

/// Which half of the page is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Questions,
    Results,
}

/// The gap-check page.
#[function_component]
pub fn GapCheckPage() -> Html {
    let store = use_store();
    let config = use_config();
    let navigator = use_navigator();
    let view = use_state(|| View::Questions);
    let message = use_state(|| None::<String>);
    let a = &store.assessment;
    let check = &a.gap_check;
    let questions = domain::gap_questions(check.mode);
    let answered = questions
        .iter()
        .filter(|q| check.answers.contains_key(&q.id))
        .count();
    let total = questions.len();

    let on_answer = {
        let store = store.clone();
        Callback::from(move |(id, answer): (QuestionId, Answer)| {
            store.dispatch(Action::SetAnswer(id, answer));
        })
    };
    let show = |v: View| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(v))
    };
    let on_org = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let name = crate::platform::event::value(&e);
            store.dispatch(Action::SetOrganisation(name.trim().to_owned()));
        })
    };
    let on_size = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let size = crate::platform::event::value(&e)
                .parse::<usize>()
                .ok()
                .and_then(|i| SizeBand::ALL.get(i).copied());
            store.dispatch(Action::SetGapSize(size));
        })
    };
    let mode_radio = |mode: GapMode| {
        let store = store.clone();
        let onchange = Callback::from(move |_: Event| store.dispatch(Action::SetGapMode(mode)));
        let count = domain::gap_questions(mode).len();
        html! {
            <label class="gap-choice">
                <input type="radio" name="gap-mode" checked={check.mode == mode} {onchange} />
                <span>{ format!("{} · {count} questions", mode.label()) }</span>
            </label>
        }
    };

    let settings = html! {
        <div class="gap-settings">
            <fieldset>
                <legend>{ "How thorough?" }</legend>
                { mode_radio(GapMode::Short) }
                { mode_radio(GapMode::Thorough) }
            </fieldset>
            <div class="gap-fields">
                <label class="gap-field">
                    <span>{ "Organisation name" }</span>
                    <input type="text" value={a.context.organisation.clone()} onchange={on_org} autocomplete="organization" />
                </label>
                <label class="gap-field">
                    <span>{ "Organisation size" }</span>
                    <select onchange={on_size}>
                        <option value="" selected={check.size.is_none()}>{ "Not given" }</option>
                        { for SizeBand::ALL.iter().enumerate().map(|(i, s)| html! {
                            <option value={i.to_string()} selected={check.size == Some(*s)}>{ s.label() }</option>
                        }) }
                    </select>
                </label>
            </div>
        </div>
    };

    let progress = html! {
        <div class="gap-progress">
            <label for="gap-progress" data-testid="gap-answered">{ format!("{answered} of {total} answered") }</label>
            <progress id="gap-progress" max={total.to_string()} value={answered.to_string()}>
                { format!("{answered} of {total}") }
            </progress>
        </div>
    };

    let tabs = html! {
        <div class="gap-tabs" role="group" aria-label="View">
            <button type="button" aria-pressed={(*view == View::Questions).to_string()} onclick={show(View::Questions)}>{ "Questions" }</button>
            <button type="button" aria-pressed={(*view == View::Results).to_string()} onclick={show(View::Results)}>{ "Results" }</button>
        </div>
    };

    let body = match *view {
        View::Questions => html! {
            <div class="gap-questions">
                { for Area::ALL.iter().map(|area| {
                    let in_area: Vec<&'static Question> = questions.iter().filter(|q| q.area == *area).collect();
                    if in_area.is_empty() {
                        return html! {};
                    }
                    let done = in_area.iter().filter(|q| check.answers.contains_key(&q.id)).count();
                    let heading = format!("gap-area-{}", area.slug());
                    html! {
                        <section class="gap-area" aria-labelledby={heading.clone()}>
                            <h2 id={heading}>{ area.label() }<span class="gap-area-count">{ format!(" · {done} of {} answered", in_area.len()) }</span></h2>
                            { for in_area.into_iter().map(|q| html! {
                                <QuestionCard question={q} answer={check.answers.get(&q.id).copied()} on_answer={on_answer.clone()} />
                            }) }
                        </section>
                    }
                }) }
                <button type="button" class="primary" onclick={show(View::Results)}>{ "See results" }</button>
            </div>
        },
        View::Results => {
            let results = Rc::new(domain::gap_results(check));
            let date = platform::now().date().to_string();
            let on_export = {
                let store = store.clone();
                let message = message.clone();
                Callback::from(move |_: MouseEvent| {
                    let now = platform::now();
                    let text = domain::export(&store.assessment, now);
                    let name = format!("{}.json", file_stem(&store.assessment, now.date()));
                    message.set(Some(
                        download::download(&name, "application/json", text.as_bytes())
                            .map_or_else(|e| e, |()| format!("Exported {name}.")),
                    ));
                })
            };
            let on_export_results = {
                let store = store.clone();
                let message = message.clone();
                let results = results.clone();
                Callback::from(move |_: MouseEvent| {
                    let now = platform::now();
                    let text = report::to_json(&*results);
                    let name = format!(
                        "{}-gap-check-results.json",
                        file_stem(&store.assessment, now.date())
                    );
                    message.set(Some(
                        download::download(&name, "application/json", text.as_bytes())
                            .map_or_else(|e| e, |()| format!("Exported {name}.")),
                    ));
                })
            };
            let on_print = {
                let message = message.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Err(e) = print::print_page() {
                        message.set(Some(e));
                    }
                })
            };
            let on_continue = {
                let store = store.clone();
                let navigator = navigator.clone();
                Callback::from(move |_: MouseEvent| {
                    store.dispatch(Action::ContinueFromGap);
                    if let Some(n) = &navigator {
                        n.push(&Route::Soa);
                    }
                })
            };
            html! {
                <>
                    <GapReport {results} organisation={a.context.organisation.clone()} {date} />
                    <div class="gap-actions">
                        if config.mode == Mode::Full {
                            <button type="button" class="primary" onclick={on_continue}>{ "Continue to full assessment" }</button>
                        }
                        <button type="button" onclick={on_print}>{ "Print report" }</button>
                        if config.import_export {
                            <button type="button" onclick={on_export}>{ "Export JSON" }</button>
                            <button type="button" onclick={on_export_results}>{ "Export results (JSON)" }</button>
                        }
                    </div>
                    if config.mode == Mode::Full {
                        <p class="gap-note">{ "Continue to full assessment pre-fills the SoA status of every control an Annex A question covers and adds a suggested risk for each control question you answered No. Running it again adds no duplicate risks." }</p>
                    }
                </>
            }
        }
    };

    html! {
        <section class={classes!("page", "gap-check", (*view == View::Results).then_some("gap-showing-results"))}>
            <h1>{ "Quick gap check" }</h1>
            <p class="lead">{ "A ten-minute readiness check against ISO/IEC 27001: every clause from 4 to 10 and the everyday Annex A controls. Your answers are saved in this browser as you go, so you can stop and come back later." }</p>
            { settings }
            { progress }
            { tabs }
            if let Some(m) = &*message {
                <p role="status" class="gap-message">{ m.clone() }</p>
            }
            { body }
        </section>
    }
}

/// Props of [`QuestionCard`].
#[derive(Properties, PartialEq)]
struct QuestionCardProps {
    question: &'static Question,
    answer: Option<Answer>,
    on_answer: Callback<(QuestionId, Answer)>,
}

/// One question: its text, why it matters, and the answers as radio buttons.
#[function_component]
fn QuestionCard(props: &QuestionCardProps) -> Html {
    let q = props.question;
    let id = q.id.0.as_str();
    let options = Answer::ALL
        .iter()
        .copied()
        .filter(|a| !(q.mandatory && *a == Answer::NotApplicable));
    html! {
        <fieldset class="gap-question" data-question={id.to_owned()}>
            <legend>{ q.text.clone() }</legend>
            <p class="gap-hint">
                <span class="gap-why">{ "Why this matters: " }</span>{ q.hint.clone() }
                if q.mandatory {
                    <span class="gap-mandatory">{ " Required for certification, so Not applicable is not offered." }</span>
                }
            </p>
            <div class="gap-answers">
                { for options.map(|answer| {
                    let onchange = {
                        let on_answer = props.on_answer.clone();
                        let qid = q.id.clone();
                        Callback::from(move |_: Event| on_answer.emit((qid.clone(), answer)))
                    };
                    html! {
                        <label class="gap-choice">
                            <input type="radio" name={id.to_owned()} checked={props.answer == Some(answer)} {onchange} />
                            <span>{ answer.label() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

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

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| s.to_string())
}

/// The results: overall score, charts, documents, top gaps and roadmap.
/// This is also the printed one-page report.
#[function_component]
pub fn GapReport(props: &GapReportProps) -> Html {
    let r = &props.results;
    let organisation = crate::domain::organisation_name(&props.organisation);
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
            </div>
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
        </div>
    }
}

/// Props of [`BarChart`].
#[derive(Properties, PartialEq)]
struct BarChartProps {
    title: AttrValue,
    testid: AttrValue,
    scores: Vec<AreaScore>,
}

/// A horizontal SVG bar chart of scores 0–100. Geometry is in SVG
/// attributes and colours in CSS classes (the CSP forbids inline styles);
/// every bar shows its number as text too.
#[function_component]
fn BarChart(props: &BarChartProps) -> Html {
    const ROW: u32 = 26;
    const LABEL_W: u32 = 150;
    const BAR_W: u32 = 300;
    let height = ROW * props.scores.len() as u32 + 4;
    let summary: Vec<String> = props
        .scores
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.area.short_label(),
                s.score
                    .map_or_else(|| "not answered".to_owned(), |v| v.to_string())
            )
        })
        .collect();
    html! {
        <figure class="gap-chart" data-testid={props.testid.clone()}>
            <figcaption>{ props.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {} {height}", LABEL_W + BAR_W + 50)} role="img"
                aria-label={format!("{}: {}", props.title, summary.join(", "))}>
                { for props.scores.iter().enumerate().map(|(i, s)| {
                    let y = i as u32 * ROW + 2;
                    let width = u32::from(s.score.unwrap_or(0)) * BAR_W / 100;
                    let band = match s.score {
                        None => "bar-none",
                        Some(v) if v < 50 => "bar-low",
                        Some(v) if v < 80 => "bar-mid",
                        Some(_) => "bar-high",
                    };
                    html! {
                        <g class="gap-bar">
                            <text class="bar-label" x="0" y={(y + 15).to_string()}>{ s.area.short_label() }</text>
                            <rect class="bar-track" x={LABEL_W.to_string()} y={y.to_string()} width={BAR_W.to_string()} height="20" rx="3" />
                            <rect class={classes!("bar", band)} x={LABEL_W.to_string()} y={y.to_string()} width={width.to_string()} height="20" rx="3" />
                            <text class="bar-value" x={(LABEL_W + BAR_W + 6).to_string()} y={(y + 15).to_string()}>{ score_text(s.score) }</text>
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}
