//! Native tests of the quick gap check: the question bank, the scoring
//! formula, the results and the hand-over to the full assessment.
#![cfg(not(target_arch = "wasm32"))]

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use annexa_core::catalogue::*;
use annexa_core::*;

fn answer_all(mode: GapMode, answer: Answer) -> GapCheck {
    GapCheck {
        mode,
        answers: gap_questions(mode)
            .iter()
            .map(|q| (q.id.clone(), answer))
            .collect(),
        ..GapCheck::default()
    }
}

fn qid(s: &str) -> QuestionId {
    QuestionId(s.to_owned())
}

// ---------------------------------------------------------------- the bank

#[test]
fn short_mode_has_20_to_30_questions_and_every_theme() {
    let short = gap_questions(GapMode::Short);
    assert!(
        (20..=30).contains(&short.len()),
        "{} questions",
        short.len()
    );
    assert_eq!(short.len(), SHORT_COUNT);
    for area in Area::ALL {
        assert!(
            short.iter().any(|q| q.area == area),
            "no short question on {area:?}"
        );
    }
}

#[test]
fn every_question_maps_to_existing_ids() {
    for mode in GapMode::ALL {
        let mut ids = BTreeSet::new();
        for q in gap_questions(mode) {
            assert!(ids.insert(q.id.clone()), "{} twice", q.id.0);
            assert!(q.id.0.starts_with("q-"), "{}", q.id.0);
            for text in [&q.text, &q.hint, &q.todo] {
                assert!(!text.trim().is_empty(), "{}: empty text", q.id.0);
            }
            assert!((1..=3).contains(&q.weight.get()), "{}", q.id.0);
            assert!(
                q.clauses.is_empty() != q.controls.is_empty(),
                "{}: evidences clauses or controls, not both",
                q.id.0
            );
            for c in &q.clauses {
                assert!(clause(*c).is_some(), "{}: unknown clause {c}", q.id.0);
                assert_eq!(Area::of_clause(*c), Some(q.area), "{}: {c}", q.id.0);
            }
            for c in &q.controls {
                assert!(control(*c).is_some(), "{}: unknown control {c}", q.id.0);
            }
            if let Some(first) = q.controls.first() {
                let theme = Theme::of(*first).unwrap();
                assert_eq!(Area::of_theme(theme), q.area, "{}", q.id.0);
            }
            // Clause questions are mandatory: a certifiable ISMS meets every clause.
            assert_eq!(q.mandatory, !q.clauses.is_empty(), "{}", q.id.0);
            assert_eq!(q.risk.is_some(), !q.controls.is_empty(), "{}", q.id.0);
            if let Some(r) = &q.risk {
                assert!(!r.title.is_empty());
                if let Some(t) = r.threat {
                    assert!(threat(t).is_some(), "{}: unknown threat {t}", q.id.0);
                }
                if let Some(v) = r.vulnerability {
                    assert!(
                        vulnerability(v).is_some(),
                        "{}: unknown vulnerability {v}",
                        q.id.0
                    );
                }
            }
            assert_eq!(gap_question(&q.id), Some(q));
        }
    }
}

#[test]
fn clause_questions_cover_every_clause_4_1_to_10_2() {
    let covered: BTreeSet<ClauseId> = gap_questions(GapMode::Short)
        .iter()
        .flat_map(|q| q.clauses.iter().copied())
        .collect();
    let all: BTreeSet<ClauseId> = CLAUSES.iter().map(|c| c.id).collect();
    assert_eq!(all.len(), 30);
    assert_eq!(covered, all);
}

#[test]
fn thorough_mode_evidences_all_93_controls() {
    let short = gap_questions(GapMode::Short);
    let thorough = gap_questions(GapMode::Thorough);
    assert_eq!(
        &thorough[..short.len()],
        short,
        "short questions come first"
    );
    let covered: BTreeSet<ControlId> = thorough
        .iter()
        .flat_map(|q| q.controls.iter().copied())
        .collect();
    assert_eq!(covered.len(), 93);
    let short_controls: BTreeSet<ControlId> = short
        .iter()
        .flat_map(|q| q.controls.iter().copied())
        .collect();
    // One generated question per control the short bank does not cover.
    assert_eq!(thorough.len(), short.len() + 93 - short_controls.len());
    let generated = &thorough[short.len()..];
    for q in generated {
        assert_eq!(q.controls.len(), 1);
        assert!(!short_controls.contains(&q.controls[0]));
        assert_eq!(q.id.0, format!("q-a-{}", q.controls[0]));
    }
    // No control is evidenced twice: the SoA pre-fill has one answer per control.
    let n: usize = thorough.iter().map(|q| q.controls.len()).sum();
    assert_eq!(n, 93);
}

// ---------------------------------------------------------------- scoring

fn question(id: &str, weight: u8, mandatory: bool) -> Question {
    Question {
        id: qid(id),
        text: Cow::Borrowed("?"),
        hint: Cow::Borrowed("?"),
        weight: Weight::new(weight).unwrap(),
        area: Area::Context,
        clauses: vec![],
        controls: vec![],
        mandatory,
        todo: Cow::Borrowed("!"),
        phase: Phase::ScopeAndLeadership,
        effort_days: 1,
        risk: None,
    }
}

#[test]
fn scoring_table() {
    use Answer::*;
    /// (what, [(weight, mandatory, answer or unanswered)], expected score)
    type Case = (
        &'static str,
        &'static [(u8, bool, Option<Answer>)],
        Option<u8>,
    );
    let cases: &[Case] = &[
        (
            "all yes",
            &[(1, false, Some(Yes)), (3, true, Some(Yes))],
            Some(100),
        ),
        (
            "all no",
            &[(1, false, Some(No)), (3, true, Some(No))],
            Some(0),
        ),
        ("partly is half", &[(2, false, Some(Partly))], Some(50)),
        (
            "N/A is left out",
            &[(1, false, Some(Yes)), (3, false, Some(NotApplicable))],
            Some(100),
        ),
        (
            "mandatory N/A counts as no",
            &[(1, true, Some(Yes)), (1, true, Some(NotApplicable))],
            Some(50),
        ),
        (
            "don't know is a gap",
            &[(1, false, Some(Yes)), (1, false, Some(DontKnow))],
            Some(50),
        ),
        (
            "weights",
            &[(3, false, Some(Yes)), (1, false, Some(No))],
            Some(75),
        ),
        (
            "weights and partly",
            &[(2, false, Some(Partly)), (2, false, Some(Yes))],
            Some(75),
        ),
        (
            "unanswered is left out",
            &[(1, false, Some(Yes)), (3, true, None)],
            Some(100),
        ),
        (
            "rounds down below .5",
            &[(1, false, Some(Yes)), (2, false, Some(No))],
            Some(33),
        ),
        (
            "rounds half up",
            &[(1, false, Some(Partly)), (3, false, Some(No))],
            Some(13),
        ),
        ("nothing answered", &[(1, true, None)], None),
        ("only N/A", &[(1, false, Some(NotApplicable))], None),
    ];
    for (what, answers, expected) in cases {
        let qs: Vec<Question> = answers
            .iter()
            .enumerate()
            .map(|(i, (w, m, _))| question(&format!("q-{i}"), *w, *m))
            .collect();
        let map: BTreeMap<QuestionId, Answer> = answers
            .iter()
            .enumerate()
            .filter_map(|(i, (_, _, a))| a.map(|a| (qid(&format!("q-{i}")), a)))
            .collect();
        assert_eq!(gap_score(&qs, &map), *expected, "{what}");
    }
}

#[test]
fn answer_values() {
    let cases: &[(Answer, bool, Option<f64>)] = &[
        (Answer::Yes, false, Some(1.0)),
        (Answer::Partly, false, Some(0.5)),
        (Answer::No, false, Some(0.0)),
        (Answer::DontKnow, false, Some(0.0)),
        (Answer::NotApplicable, false, None),
        (Answer::NotApplicable, true, Some(0.0)),
    ];
    for (a, mandatory, v) in cases {
        assert_eq!(answer_value(*a, *mandatory), *v, "{a:?} {mandatory}");
    }
}

// ---------------------------------------------------------------- results

#[test]
fn all_yes_and_all_no_on_the_real_bank() {
    for mode in GapMode::ALL {
        let total = gap_questions(mode).len();
        let r = gap_results(&answer_all(mode, Answer::Yes));
        assert_eq!((r.overall, r.answered, r.total), (Some(100), total, total));
        assert!(r
            .clauses
            .iter()
            .chain(&r.themes)
            .all(|s| s.score == Some(100)));
        assert_eq!(r.clauses.len(), 7);
        assert_eq!(r.themes.len(), 4);
        assert!(r.top_gaps.is_empty() && r.gap_count == 0);
        assert!(r
            .documents
            .iter()
            .all(|d| d.status == DocumentStatus::Present));

        let r = gap_results(&answer_all(mode, Answer::No));
        assert_eq!(r.overall, Some(0));
        assert_eq!(r.gap_count, total);
        assert_eq!(r.top_gaps.len(), TOP_GAPS);
        assert!(r
            .documents
            .iter()
            .all(|d| d.status == DocumentStatus::Missing));
    }
    let r = gap_results(&GapCheck::default());
    assert_eq!((r.overall, r.answered), (None, 0));
    assert!(r
        .documents
        .iter()
        .all(|d| d.status == DocumentStatus::NotAnswered));
}

#[test]
fn documented_information_checklist_follows_the_clause_answers() {
    let expected: usize = CLAUSES.iter().map(|c| c.documented_information.len()).sum();
    let mut check = GapCheck::default();
    check.set_answer(qid("q-4.3-scope"), Answer::Yes);
    check.set_answer(qid("q-5-leadership"), Answer::Partly);
    check.set_answer(qid("q-9.2-internal-audit"), Answer::NotApplicable);
    let r = gap_results(&check);
    assert_eq!(r.documents.len(), expected);
    let status = |name: &str| {
        r.documents
            .iter()
            .find(|d| d.name.contains(name))
            .map(|d| d.status)
    };
    // (document, expected status)
    let cases = [
        ("Scope of the ISMS", DocumentStatus::Present),
        ("Information security policy", DocumentStatus::Partial),
        ("Internal audit results", DocumentStatus::Missing),
        ("Statement of Applicability", DocumentStatus::NotAnswered),
    ];
    for (name, s) in cases {
        assert_eq!(status(name), Some(s), "{name}");
    }
}

#[test]
fn top_gaps_rank_by_weight_times_shortfall() {
    let mut check = GapCheck::default();
    // (question, weight, answer, priority)
    let cases = [
        ("q-6.3-changes", 1, Answer::No, 1.0),
        ("q-4.3-scope", 3, Answer::Partly, 1.5),
        ("q-a-mfa", 3, Answer::DontKnow, 3.0),
        ("q-4.1-context", 2, Answer::No, 2.0),
        ("q-5-leadership", 3, Answer::Yes, 0.0),
        ("q-a-secure-dev", 2, Answer::NotApplicable, 0.0),
    ];
    for (id, weight, answer, _) in cases {
        assert_eq!(gap_question(&qid(id)).unwrap().weight.get(), weight, "{id}");
        check.set_answer(qid(id), answer);
    }
    let r = gap_results(&check);
    let ranked: Vec<(&str, f64)> = r
        .top_gaps
        .iter()
        .map(|g| (g.question.0.as_str(), g.priority))
        .collect();
    assert_eq!(
        ranked,
        [
            ("q-a-mfa", 3.0),
            ("q-4.1-context", 2.0),
            ("q-4.3-scope", 1.5),
            ("q-6.3-changes", 1.0)
        ]
    );
    assert!(r.top_gaps.iter().all(|g| !g.todo.is_empty()));
}

#[test]
fn roadmap_is_in_journey_order_with_effort_and_timeline() {
    let phases: Vec<Phase> = gap_results(&GapCheck::default())
        .roadmap
        .phases
        .iter()
        .map(|p| p.phase)
        .collect();
    assert_eq!(phases, Phase::ALL);
    assert_eq!(
        Phase::ALL.map(Phase::label),
        [
            "Scope and leadership",
            "Risk assessment and treatment",
            "Implementation and documentation",
            "Operation and internal audit",
            "Stage 1 and stage 2 audit"
        ]
    );

    // Every gap lands in its question's phase; all-yes leaves only the audits.
    let r = gap_results(&answer_all(GapMode::Short, Answer::No));
    let in_phases: usize = r.roadmap.phases.iter().map(|p| p.gaps.len()).sum();
    assert_eq!(in_phases, r.gap_count);
    for p in &r.roadmap.phases {
        assert!(p.gaps.iter().all(|g| g.phase == p.phase));
        if p.phase != Phase::CertificationAudit {
            assert!(p.effort_days > 0, "{:?}", p.phase);
        }
    }
    let done = gap_results(&answer_all(GapMode::Short, Answer::Yes));
    for p in &done.roadmap.phases {
        assert_eq!(p.effort_days == 0, p.phase != Phase::CertificationAudit);
    }

    // Size adjusts effort and the months; readiness moves within the range.
    // (size, min months, max months)
    let cases = [
        (None, 6, 12),
        (Some(SizeBand::Micro), 4, 7),
        (Some(SizeBand::Small), 6, 9),
        (Some(SizeBand::Medium), 8, 12),
        (Some(SizeBand::Large), 12, 18),
    ];
    let mut efforts = Vec::new();
    for (size, lo, hi) in cases {
        for (answer, likely) in [(Answer::No, hi), (Answer::Yes, lo)] {
            let mut check = answer_all(GapMode::Short, answer);
            check.set_size(size);
            let t = gap_results(&check).roadmap.timeline;
            assert_eq!((t.min_months, t.max_months), (lo, hi), "{size:?}");
            assert_eq!(t.likely_months, likely, "{size:?} {answer:?}");
            assert!(
                t.note.contains(&format!("{lo} to {hi} months")),
                "{}",
                t.note
            );
        }
        let mut check = answer_all(GapMode::Short, Answer::No);
        check.set_size(size);
        if size.is_some() {
            efforts.push(gap_results(&check).roadmap.total_effort_days);
        }
    }
    assert!(efforts.windows(2).all(|w| w[0] < w[1]), "{efforts:?}");
}

#[test]
fn answers_of_the_other_mode_are_ignored() {
    let mut check = answer_all(GapMode::Short, Answer::Yes);
    check.set_answer(qid("q-a-5.5"), Answer::No);
    check.set_answer(qid("q-unknown"), Answer::No);
    assert_eq!(gap_results(&check).overall, Some(100));
    check.set_mode(GapMode::Thorough);
    let r = gap_results(&check);
    assert!(r.overall < Some(100));
    assert_eq!(r.answered, SHORT_COUNT + 1);
}

// ---------------------------------------------------------------- file format

#[test]
fn old_files_without_mode_or_size_still_load() {
    let text = r#"{"format":"annexa","schema_version":1,"app_version":"0.1.0","exported_at":"2026-01-01T00:00:00Z",
        "assessment":{"gap_check":{"answers":{"q-4.3-scope":"yes","q-a-mfa":"dont_know"}}}}"#;
    let a = import(text.as_bytes()).unwrap().assessment;
    assert_eq!(a.gap_check.mode, GapMode::Short);
    assert_eq!(a.gap_check.size, None);
    assert!(a.gap_check.raised_risks.is_empty());
    assert_eq!(a.gap_check.answers[&qid("q-a-mfa")], Answer::DontKnow);

    let mut a = example();
    a.gap_check = answer_all(GapMode::Thorough, Answer::Partly);
    a.gap_check.set_size(Some(SizeBand::Large));
    let text = export(&a, Timestamp(0));
    assert!(text.contains("\"mode\": \"thorough\"") && text.contains("\"size\": \"250+\""));
    assert_eq!(import(text.as_bytes()).unwrap().assessment, a);
}

// ---------------------------------------------------------------- continue

#[test]
fn continue_prefills_soa_statuses_and_raises_risks_once() {
    let mut a = example();
    let risks_before = a.risks.len();
    let first_new = a.next_risk_id().unwrap();
    // (question, answer, a control it evidences, expected status)
    let cases: &[(&str, Answer, &str, Option<ImplementationStatus>)] = &[
        (
            "q-a-mfa",
            Answer::Yes,
            "8.5",
            Some(ImplementationStatus::Implemented),
        ),
        (
            "q-a-backups",
            Answer::Partly,
            "8.13",
            Some(ImplementationStatus::PartiallyImplemented),
        ),
        (
            "q-a-patching",
            Answer::No,
            "8.8",
            Some(ImplementationStatus::NotStarted),
        ),
        (
            "q-a-logging",
            Answer::DontKnow,
            "8.16",
            Some(ImplementationStatus::NotStarted),
        ),
        ("q-a-secure-dev", Answer::NotApplicable, "8.28", None),
        (
            "q-a-awareness",
            Answer::No,
            "6.3",
            Some(ImplementationStatus::NotStarted),
        ),
        ("q-4.3-scope", Answer::No, "5.1", None),
    ];
    let before_828 = a.soa.entries.get(&"8.28".parse().unwrap()).cloned();
    for (q, answer, _, _) in cases {
        a.gap_check.set_answer(qid(q), *answer);
    }
    let done = continue_to_full(&mut a);
    for (q, _, c, status) in cases {
        let id: ControlId = c.parse().unwrap();
        match status {
            Some(s) => assert_eq!(
                a.soa.entries.get(&id).and_then(|e| e.status),
                Some(*s),
                "{q} → {c}"
            ),
            None if *c == "8.28" => {
                assert_eq!(
                    a.soa.entries.get(&id).cloned(),
                    before_828,
                    "N/A leaves 8.28"
                )
            }
            None => {}
        }
    }
    // The scope question is a clause question: it touches no control and
    // raises no risk. The two control questions answered No raise one each.
    assert_eq!(done.risks_added.len(), 2);
    assert_eq!(a.risks.len(), risks_before + 2);
    assert_eq!(done.risks_added[0], first_new);
    let patching = a.risk(done.risks_added[0]).unwrap();
    assert_eq!(patching.threat, Some(ThreatId(19)));
    assert_eq!(patching.vulnerabilities, [VulnerabilityId(8)]);
    assert_eq!(patching.likelihood, Likelihood(3));
    assert_eq!(
        patching.identification,
        Identification::EventBased { impact: Impact(3) }
    );
    assert!(patching.description.contains("gap check"));
    assert!(
        done.summary().contains("2 suggested risks added"),
        "{}",
        done.summary()
    );
    assert!(problems(&a, "").is_empty(), "{:?}", problems(&a, ""));

    // A second run changes nothing and adds no risk.
    let snapshot = a.clone();
    let again = continue_to_full(&mut a);
    assert!(again.risks_added.is_empty() && again.statuses_changed.is_empty());
    assert_eq!(again.controls_prefilled, done.controls_prefilled);
    assert_eq!(a, snapshot);

    // Deleting a suggested risk does not bring it back.
    a.risks.retain(|r| r.id != first_new);
    assert!(continue_to_full(&mut a).risks_added.is_empty());

    // A changed answer updates the status on the next run.
    a.gap_check.set_answer(qid("q-a-patching"), Answer::Yes);
    let third = continue_to_full(&mut a);
    assert_eq!(
        third.statuses_changed,
        ["8.8".parse::<ControlId>().unwrap()]
    );
    assert!(third.risks_added.is_empty());
}

#[test]
fn continue_in_thorough_mode_covers_generated_questions() {
    let mut a = Assessment {
        gap_check: answer_all(GapMode::Thorough, Answer::No),
        ..Assessment::default()
    };
    let done = continue_to_full(&mut a);
    assert_eq!(done.controls_prefilled.len(), 93);
    assert_eq!(a.soa.entries.len(), 93);
    let control_questions = gap_questions(GapMode::Thorough)
        .iter()
        .filter(|q| !q.controls.is_empty())
        .count();
    assert_eq!(done.risks_added.len(), control_questions);
    let ids: Vec<u32> = a.risks.iter().map(|r| r.id.0).collect();
    assert_eq!(ids, (1..=control_questions as u32).collect::<Vec<_>>());
    assert!(problems(&a, "").is_empty(), "{:?}", problems(&a, ""));
    assert!(continue_to_full(&mut a).risks_added.is_empty());
}
