//! Server-side render tests: pages render natively with yew's SSR, so their
//! markup is checked without a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use annexa::domain;
use annexa::shell::Shell;
use annexa::store::State;
use yew::prelude::*;
use yew::LocalServerRenderer;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::Router;

#[derive(Properties, PartialEq)]
struct Props {
    path: AttrValue,
    state: Rc<State>,
}

#[function_component]
fn At(props: &Props) -> Html {
    let history = AnyHistory::from(MemoryHistory::new());
    history.push(props.path.as_str());
    html! {
        <Router {history}>
            <Shell initial={props.state.clone()} />
        </Router>
    }
}

fn render(path: &str, state: State) -> String {
    let props = Props {
        path: path.to_owned().into(),
        state: Rc::new(state),
    };
    futures::executor::block_on(
        LocalServerRenderer::<At>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn start_page_renders_heading_promise_and_actions() {
    let html = render("/", State::default());
    assert!(
        html.contains("<h1>Annexa: ISO/IEC 27001 risk workbench</h1>"),
        "{html}"
    );
    assert!(html.contains("Your data never leaves this browser."));
    for action in ["Start new assessment", "Load example", "Quick gap check"] {
        assert!(html.contains(action), "missing {action}");
    }
    assert!(html.contains(r#"aria-label="Workflow""#));
}

#[test]
fn data_page_summarises_the_current_assessment() {
    let html = render("/data", State::with(domain::example()));
    assert!(html.contains("<h1>Data &amp; reports</h1>"), "{html}");
    assert!(html.contains("Brightline Client Services Ltd — 8 asset(s), 8 risk(s)"));
    assert!(html.contains("Export JSON"));
    assert!(html.contains("Import JSON"));
    assert!(html.contains("Clear all data"));
}

#[test]
fn every_route_has_its_heading() {
    let cases = [
        ("/context", "Context &amp; scope"),
        ("/assets", "Assets"),
        ("/risks", "Risks"),
        ("/treatment", "Treatment"),
        ("/soa", "Statement of Applicability"),
        ("/gap-check", "Quick gap check"),
        ("/nowhere", "Page not found"),
    ];
    for (path, heading) in cases {
        let html = render(path, State::default());
        assert!(
            html.contains(&format!("<h1>{heading}</h1>")),
            "{path}: {html}"
        );
    }
}

#[test]
fn user_text_is_escaped() {
    let mut a = domain::example();
    a.context.organisation = "<script>alert(1)</script>".into();
    let html = render("/data", State::with(a));
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn gap_check_page_renders_questions_progress_and_settings() {
    let mut a = domain::Assessment::default();
    a.gap_check.set_answer(
        domain::QuestionId("q-4.3-scope".into()),
        domain::Answer::Yes,
    );
    a.gap_check
        .set_answer(domain::QuestionId("q-a-mfa".into()), domain::Answer::Partly);
    let html = render("/gap-check", State::with(a));
    assert!(html.contains("<h1>Quick gap check</h1>"), "{html}");
    let total = domain::gap_questions(domain::GapMode::Short).len();
    assert!(html.contains(&format!("2 of {total} answered")), "{html}");
    assert!(html.contains(&format!(
        r#"<progress id="gap-progress" max="{total}" value="2">"#
    )));
    // Every short question, grouped under its clause or theme.
    for q in domain::gap_questions(domain::GapMode::Short) {
        assert!(
            html.contains(&format!(r#"data-question="{}""#, q.id.0)),
            "missing {}",
            q.id.0
        );
    }
    for area in domain::Area::ALL {
        assert!(html.contains(&area.label()), "missing {area:?}");
    }
    for label in [
        "Yes",
        "Partly",
        "No",
        "Not applicable",
        "Don't know",
        "Why this matters: ",
    ] {
        assert!(html.contains(label), "missing {label}");
    }
    // Mandatory clause questions do not offer Not applicable.
    let scope = html
        .split(r#"data-question="q-4.3-scope""#)
        .nth(1)
        .and_then(|rest| rest.split("</fieldset>").next())
        .unwrap_or_default();
    assert!(
        !scope.contains("<span>Not applicable</span>") && scope.contains("<span>Partly</span>"),
        "{scope}"
    );
    assert!(
        html.contains("<span>Not applicable</span>"),
        "control questions offer it"
    );
    for text in [
        "How thorough?",
        "Organisation size",
        "Organisation name",
        "See results",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    assert!(!html.contains("style="), "the CSP forbids inline styles");
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    check: domain::GapCheck,
}

#[function_component]
fn Report(props: &ReportProps) -> Html {
    html! {
        <annexa::pages::GapReport
            results={Rc::new(domain::gap_results(&props.check))}
            organisation="Acme <Ltd>"
            date="2026-11-23" />
    }
}

#[test]
fn gap_report_renders_scores_charts_documents_gaps_and_roadmap() {
    let mut check = domain::GapCheck::default();
    check.set_answer(
        domain::QuestionId("q-4.3-scope".into()),
        domain::Answer::Yes,
    );
    check.set_answer(domain::QuestionId("q-a-mfa".into()), domain::Answer::No);
    check.set_answer(
        domain::QuestionId("q-5-leadership".into()),
        domain::Answer::Partly,
    );
    let html = futures::executor::block_on(
        LocalServerRenderer::<Report>::with_props(ReportProps { check })
            .hydratable(false)
            .render(),
    );
    // (3×1 + 3×0 + 3×0.5) / 9 = 50.
    let overall = html
        .split(r#"data-testid="gap-overall""#)
        .nth(1)
        .and_then(|s| s.split('>').nth(1))
        .and_then(|s| s.split('<').next());
    assert_eq!(overall, Some("50"), "{html}");
    assert!(html.contains("Acme &lt;Ltd&gt;") && html.contains("2026-11-23"));
    assert!(html.contains(r#"data-testid="gap-clause-chart""#));
    assert!(html.contains(r#"data-testid="gap-theme-chart""#));
    assert_eq!(
        html.matches(r#"class="bar-track""#).count(),
        11,
        "7 clauses + 4 themes"
    );
    // Each bar shows its number: 4 Context is 100, 5 Leadership 50, A.8 0; unanswered show –.
    for (label, value) in [
        ("4 Context", "100"),
        ("5 Leadership", "50"),
        ("A.8 Technological", "0"),
        ("A.7 Physical", "–"),
    ] {
        let after = html
            .split(&format!(">{label}</text>"))
            .nth(1)
            .unwrap_or_default();
        let shown = after
            .split(r#"class="bar-value""#)
            .nth(1)
            .and_then(|s| s.split('>').nth(1))
            .and_then(|s| s.split('<').next());
        assert_eq!(shown, Some(value), "{label}");
    }
    assert!(html.contains(
        r#"aria-label="Scores per clause: 4 Context 100, 5 Leadership 50, 6 Planning not answered"#
    ));
    assert!(html.contains("Mandatory documented information"));
    assert!(html.contains("Scope of the ISMS"));
    assert!(html.contains("Top 2 gaps"));
    assert!(html.contains("Turn on multi-factor authentication"));
    for phase in domain::Phase::ALL {
        assert!(html.contains(&phase.label()), "{phase:?}");
    }
    assert!(!html.contains("style="), "the CSP forbids inline styles");
}

#[test]
fn treatment_page_shows_the_users_plan_the_proposal_and_the_suggestions() {
    use annexa::store::{Action, Draft};
    use yew::Reducible;
    let a = domain::example();
    let html = render("/treatment", State::with(a.clone()));
    assert!(html.contains("<h2>Risk treatment plan</h2>"), "{html}");
    assert!(html.contains("<h2>Suggestions</h2>"), "{html}");
    assert!(!html.contains("<h2>Treatment plan</h2>"));
    // R-01's owner and due date are in the plan.
    assert!(html.contains("HR Manager"), "{html}");
    assert!(html.contains("2027-01-31"), "{html}");
    // The editor open on a risk with two preventive controls ticked and no
    // target: the residual proposed, with its reason.
    let mut r = a.risks[0].clone();
    r.treatment.target = None;
    r.treatment.planned_controls = vec![
        domain::catalogue::ControlId::new(5, 18),
        domain::catalogue::ControlId::new(8, 5),
    ];
    let state = Rc::new(State::with(a)).reduce(Action::SetDraft(Draft::Treatment(Box::new(r))));
    let html = render("/treatment", (*state).clone());
    assert!(
        html.contains("L4 → L2: 5.18 likelihood −1, 8.5 likelihood −1"),
        "{html}"
    );
    assert!(html.contains("Mark 5.18 done"), "{html}");
}

#[test]
fn risk_editor_proposes_the_current_level_from_existing_controls() {
    use annexa::store::{Action, Draft};
    use yew::Reducible;
    let a = domain::example();
    let mut r = a.risks[0].clone();
    r.current = None;
    r.existing_controls = vec![domain::catalogue::ControlId::new(5, 18)];
    let state = Rc::new(State::with(a)).reduce(Action::SetDraft(Draft::Risk(Box::new(r.clone()))));
    let html = render("/risks", (*state).clone());
    assert!(
        html.contains("Current level proposed by the existing controls"),
        "{html}"
    );
    assert!(html.contains("L4 → L3: 5.18 likelihood −1"), "{html}");
    // Assessed separately: no proposal shown.
    r.current = Some(domain::Rating {
        likelihood: domain::Likelihood(2),
        impact: domain::Impact(2),
    });
    let state =
        Rc::new(State::with(domain::example())).reduce(Action::SetDraft(Draft::Risk(Box::new(r))));
    let html = render("/risks", (*state).clone());
    assert!(!html.contains("Current level proposed by the existing controls"));
}

#[derive(Properties, PartialEq)]
struct DocProps {
    doc: domain::documents::Document,
}

#[function_component]
fn Doc(p: &DocProps) -> Html {
    html! { <annexa::components::DocumentView doc={p.doc.clone()} /> }
}

fn render_doc(kind: domain::documents::DocumentKind, a: &domain::Assessment) -> String {
    let doc = domain::documents::document(a, kind, domain::Date::from_unix(1_795_430_100));
    futures::executor::block_on(
        LocalServerRenderer::<Doc>::with_props(DocProps { doc })
            .hydratable(false)
            .render(),
    )
}

#[test]
fn printed_documents_carry_the_control_block_page_rules_and_heatmaps() {
    use domain::documents::DocumentKind;
    let mut a = domain::example();
    a.documents.risk_assessment.version = "0.3".into();
    a.documents.risk_assessment.approver = "Dana Approver".into();
    let html = render_doc(DocumentKind::RiskAssessment, &a);
    assert!(html.contains("<h2>Document control</h2>"), "{html}");
    assert!(html.contains("Dana Approver"));
    assert!(html.contains("<td>0.3</td>"), "the typed version");
    assert!(!html.contains("1.0"), "a version nobody typed");
    // The CSP allows no inline style: colours are bgcolor attributes, the
    // page rules go in through platform::set_print_rules.
    assert!(!html.contains("style="), "an inline style");
    assert!(!html.contains("<style"), "a style element");
    assert!(
        html.contains(r##"bgcolor="#c62828""##),
        "the heatmap's colours"
    );
    assert_eq!(
        html.matches("heatmap-print").count(),
        2,
        "inherent and residual"
    );
    assert!(html.contains("<thead>"), "table header rows repeat");
    // Excluded controls read "Not applicable" in the printed SoA.
    let html = render_doc(DocumentKind::Soa, &a);
    assert!(html.contains("<td>Not applicable</td>"));
    assert!(
        html.contains("<h2>5 Organizational controls</h2>"),
        "theme headings"
    );
    // The acceptance record (who, when, until) is in the printed plan.
    let html = render_doc(DocumentKind::RiskTreatmentPlan, &a);
    for v in ["Managing Director", "2026-10-01", "2027-09-30"] {
        assert!(html.contains(v), "{v}");
    }
}

#[test]
fn risk_editor_names_the_properties_the_scenario_harms() {
    use annexa::store::{Action, Draft};
    use domain::catalogue::SecurityProperty;
    use yew::Reducible;
    let a = domain::example();
    let mut r = a
        .risks
        .iter()
        .find(|r| matches!(r.identification, domain::Identification::AssetBased { .. }))
        .cloned()
        .expect("an asset-based risk in the example");
    r.impact_override = None;
    let state =
        Rc::new(State::with(a.clone())).reduce(Action::SetDraft(Draft::Risk(Box::new(r.clone()))));
    let html = render("/risks", (*state).clone());
    // Three checkboxes, ticked as the threat harms, and the suggestion hint.
    for p in SecurityProperty::ALL {
        let id = format!("id=\"risk-harms-{}\"", p.letter().to_ascii_lowercase());
        assert!(html.contains(&id), "{id}: {html}");
    }
    assert!(html.contains("the properties the threat harms"), "{html}");
    assert!(
        html.contains("tick \"Override the computed impact\"")
            || html.contains("tick &quot;Override the computed impact&quot;"),
        "{html}"
    );
    // Named for this risk: the explanation says so.
    let first = r.harmed_properties()[0];
    if r.harmed_properties().len() > 1 {
        assert!(r.set_harmed(first, false));
    } else {
        let other = SecurityProperty::ALL
            .into_iter()
            .find(|p| *p != first)
            .expect("another property");
        assert!(r.set_harmed(other, true));
    }
    let state = Rc::new(State::with(a)).reduce(Action::SetDraft(Draft::Risk(Box::new(r))));
    let html = render("/risks", (*state).clone());
    assert!(html.contains("chosen for this risk"), "{html}");
}

#[test]
fn scales_show_each_steps_definition_in_forms_and_the_heatmap() {
    use annexa::store::{Action, Draft};
    use yew::Reducible;
    let a = domain::example();
    let r = a.risks[0].clone();
    let def = a
        .method
        .likelihood
        .definition(r.likelihood.0)
        .expect("the example's steps have definitions")
        .to_owned();
    let state = Rc::new(State::with(a.clone())).reduce(Action::SetDraft(Draft::Risk(Box::new(r))));
    let html = render("/risks", (*state).clone());
    // The selected step's definition under the select, tied to it.
    assert!(
        html.contains(r#"aria-describedby="risk-likelihood-hint""#),
        "{html}"
    );
    assert!(
        html.contains(&format!(
            r#"<p id="risk-likelihood-hint" class="hint">{def}</p>"#
        )),
        "{html}"
    );
    // The heatmap's axis labels carry the definitions; the legend lists them.
    let top = a.method.impact.len() as u8;
    assert!(
        html.contains(&format!(
            "<title>{}</title>",
            a.method.impact.step_line(top)
        )),
        "{html}"
    );
    assert!(html.contains(r#"class="scale-legend""#), "{html}");
    for step in &a.method.impact.steps {
        assert!(
            html.contains(&format!("<dd>{}</dd>", step.description)),
            "{html}"
        );
    }
}

#[test]
fn context_offers_the_sectors_impact_definitions_until_they_are_used() {
    let mut a = domain::example();
    a.context.sector = Some(domain::Sector::ProfessionalServices);
    let html = render("/context", State::with(a.clone()));
    assert!(html.contains(r#"id="use-sector-impact""#), "{html}");
    assert!(html.contains("Under €1k; no client notices"), "{html}");
    domain::Sector::ProfessionalServices.apply_impact_definitions(&mut a.method);
    let html = render("/context", State::with(a));
    assert!(!html.contains(r#"id="use-sector-impact""#), "{html}");
}

/// Issue 18 §1: every text field of the forms takes at most the domain's
/// limit (`maxlength`), and says so when its text reaches it.
#[test]
fn text_fields_stop_at_the_domain_limit_and_say_so() {
    let mut a = domain::example();
    let html = render("/context", State::with(a.clone()));
    let limit = format!(r#"maxlength="{}""#, domain::MAX_TEXT);
    let fields = html.matches("<input").count() + html.matches("<textarea").count();
    let limited = html.matches(&limit).count();
    assert!(limited >= 6, "{limited} of {fields} fields have {limit}");
    assert!(!html.contains("field-limit"), "no message below the limit");
    a.context.organisation = "x".repeat(domain::MAX_TEXT);
    let html = render("/context", State::with(a));
    assert!(
        html.contains("This field holds at most 20000 characters"),
        "the message at the limit"
    );
    assert!(
        html.contains(r#"aria-describedby="org-limit""#),
        "tied to the field"
    );
}

/// Issue 18 §1: the autosave's refusal names the field, and the recovery
/// view offers the repaired data with what the repair changes.
#[test]
fn the_refused_save_and_the_repair_offer_are_shown() {
    let mut s = State::with(domain::example());
    s.persistence = annexa::store::Persistence::Refused {
        field: "context.organisation".into(),
        problem: "the text is 20001 characters long; the limit is 20000: shorten it".into(),
    };
    s.recovery = Some(annexa::store::Recovery {
        backup_key: "annexa.v1.backup.7".into(),
        reason: "too long".into(),
        repaired: Some(Rc::new(domain::example())),
        changes: vec!["assessment.context.organisation: the text was cut off".into()],
    });
    let html = render("/data", s);
    assert!(
        html.contains(r#"data-testid="banner-not-saveable""#),
        "{html}"
    );
    assert!(html.contains("Your latest change is not saved."));
    assert!(html.contains("and context.organisation would not: the text is 20001 characters long"));
    assert!(html.contains("Load it anyway, repaired"));
    assert!(html.contains("It would make this change:"));
    assert!(html.contains("assessment.context.organisation: the text was cut off"));
    assert!(html.contains("annexa.v1.backup.7"));
}

/// Issue 18 §4: the Quantify page shows the run's estimate before it
/// starts, from the domain's `Job::estimate`.
#[test]
fn the_quantify_page_estimates_the_run_before_it_starts() {
    let mut a = domain::example();
    let job = domain::quant::bench_job(1, 10_000);
    let (_, _, q) = job.risks[0].clone();
    a.risks[0].quant = Some(q);
    let html = render("/quant", State::with(a.clone()));
    let want = domain::quant::Job::from_assessment(&a, &[], None)
        .expect("a job")
        .estimate()
        .message();
    assert!(want.starts_with("Estimated run time: about "), "{want}");
    assert!(html.contains(r#"data-testid="run-estimate""#), "{html}");
    assert!(html.contains(&want), "{want}");
}

// Issue 14 (wt-d): the glossary page, the library comboboxes, the "?"
// disclosures and the badge tooltips.

#[test]
fn help_page_lists_every_glossary_term() {
    let html = render("/help", State::default());
    assert!(
        html.contains("<h1>Help: the words Annexa uses</h1>"),
        "{html}"
    );
    for t in domain::glossary::Term::ALL {
        assert!(
            html.contains(&format!(r#"id="term-{}""#, t.slug())),
            "{t:?} missing"
        );
    }
    assert!(html.contains("L4×I5"));
    assert!(!html.contains("<details"), "disclosures, never <details>");
}

#[test]
fn risk_editor_offers_comboboxes_and_a_collapsed_existing_controls_picker() {
    use annexa::store::{Action, Draft};
    use yew::Reducible;
    let a = domain::example();
    let mut r = a.risks[0].clone();
    r.threat = Some(domain::catalogue::ThreatId(11));
    r.existing_controls = vec![domain::catalogue::ControlId::new(8, 5)];
    let state = Rc::new(State::with(a)).reduce(Action::SetDraft(Draft::Risk(Box::new(r))));
    let html = render("/risks", (*state).clone());
    // The threat: a combobox that shows the choice and owns a listbox.
    assert!(html.contains(r#"id="risk-threat""#), "{html}");
    assert!(html.contains(r#"role="combobox""#));
    assert!(html.contains(r#"aria-controls="risk-threat-list""#));
    assert!(html.contains(r#"value="T11 Theft of laptop or mobile phone""#));
    assert!(html.contains(r#"id="risk-threat-list" role="listbox""#));
    // Vulnerabilities: many choices.
    assert!(html.contains(r#"aria-multiselectable="true""#));
    // Existing controls: collapsed behind one button, the chosen one with
    // its plain summary.
    assert!(html.contains("Existing controls (already in place): 1 chosen"));
    assert!(html.contains(r#"aria-controls="risk-existing-panel""#));
    assert!(html.contains(r#"aria-expanded="false""#));
    let summary = domain::catalogue::control(domain::catalogue::ControlId::new(8, 5))
        .map(|c| c.summary)
        .unwrap_or("missing");
    assert!(html.contains(summary), "the control's summary is shown");
    // A "?" opens the risk owner's entry in place.
    assert!(html.contains(r#"aria-controls="risk-owner-help-risk-owner""#));
    assert!(html.contains("What is “Risk owner”?"));
}

#[test]
fn level_badges_explain_themselves() {
    let html = render("/risks", State::with(domain::example()));
    assert!(html.contains(r#"title="Risk level "#), "{html}");
    assert!(html.contains("aria-description=\"Risk level "));
    assert!(
        html.contains("Within your risk tolerance") || html.contains("Above your risk tolerance")
    );
}

/// The levels of the headings in `html`, in order (`<h2 ` and `<h2>`).
fn heading_levels(html: &str) -> Vec<u8> {
    let mut levels = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        let tail = &rest[i + 2..];
        let mut chars = tail.chars();
        if let (Some(d @ '1'..='6'), Some(' ' | '>')) = (chars.next(), chars.next()) {
            levels.push(d as u8 - b'0');
        }
        rest = tail;
    }
    levels
}

/// Issue 14: headings never skip a level (axe heading-order) on the SoA
/// (the document control's history under the h1) and on Quantify (the
/// risk tolerance curve); the SoA is folded by its four themes, closed,
/// each with its counts.
#[test]
fn soa_and_quant_headings_never_skip_a_level_and_the_soa_folds_by_theme() {
    for path in ["/soa", "/quant"] {
        let html = render(path, State::with(domain::example()));
        let levels = heading_levels(&html);
        assert_eq!(levels.first(), Some(&1), "{path}: {levels:?}");
        for w in levels.windows(2) {
            assert!(
                w[1] <= w[0] + 1,
                "{path}: a heading skips a level: {levels:?}"
            );
        }
    }
    let html = render("/soa", State::default());
    assert_eq!(html.matches(r#"class="soa-theme""#).count(), 4, "{html}");
    assert!(html.matches(r#"aria-expanded="false""#).count() >= 4);
    assert!(html.contains("14 controls, 14 to decide, 0 findings"));
    assert!(html.contains(r#"aria-controls="theme-physical-controls""#));
    // Issue 17: a closed theme builds no cards, so the page opens without
    // the 93 cards' thousands of elements.
    assert!(!html.contains(r#"id="control-"#), "{html}");
}

/// Issue 14: the risk editor in the order a user fills it, so the keyboard
/// path is short: title, assets, threat, vulnerabilities, likelihood, risk
/// owner, "Save risk"; the rarely changed fields come after the button.
/// A short asset list has no filter box (one Tab less).
#[test]
fn risk_editor_puts_what_every_risk_needs_before_save() {
    use annexa::store::{Action, Draft};
    use yew::Reducible;
    let a = domain::example();
    assert!(a.assets.len() <= 8, "the example has a short asset list");
    let r = domain::Risk::new_default(&a.method);
    let state = Rc::new(State::with(a)).reduce(Action::SetDraft(Draft::Risk(Box::new(r))));
    let html = render("/risks", (*state).clone());
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing in {html}"))
    };
    let order = [
        r#"id="risk-title""#,
        r#"id="risk-assets-0""#,
        r#"id="risk-threat""#,
        r#"id="risk-vulns""#,
        r#"id="risk-likelihood""#,
        r#"id="risk-owner""#,
        ">Save risk<",
        r#"id="risk-kind""#,
        r#"id="risk-description""#,
        r#"id="risk-harms-c""#,
        r#"id="risk-override""#,
        r#"aria-controls="risk-existing-panel""#,
        r#"id="risk-current""#,
    ];
    for pair in order.windows(2) {
        assert!(
            at(pair[0]) < at(pair[1]),
            "{} comes before {}",
            pair[0],
            pair[1]
        );
    }
    assert!(
        !html.contains(r#"id="risk-assets-filter""#),
        "no filter box over a short list"
    );
    assert!(html.contains("More about this risk"));
}
