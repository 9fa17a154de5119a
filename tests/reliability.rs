//! Reliability of the web app's store, natively: a failed import leaves
//! the store unchanged (every failure class, and any damaged valid file),
//! a good one replaces everything in one step, another tab's save, start-up
//! reading stored text through the import path, drafts, and no raw HTML in
//! `src/`. The domain's side (failure classes, fixtures, exports, fuzzing)
//! is in core/tests/reliability.rs, whose support modules and fixtures this
//! file shares by path.
#![cfg(not(target_arch = "wasm32"))]
// Tests write files with serde_json itself (clippy.toml keeps it out of
// the app only).
#![allow(clippy::disallowed_methods)]

use std::rc::Rc;

use annexa::domain::catalogue::CONTROLS;
use annexa::domain::*;
use annexa::store::{read_stored, Action, Persistence, State, Stored};
use yew::Reducible;

mod support;
use support::failures::{failure_cases, released_example, NOW};

/// A file of `core/tests/fixtures/`, the one folder of schema fixtures.
fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/core/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ---------------------------------------------------------------- the store

fn same(a: &State, b: &State) -> bool {
    Rc::ptr_eq(&a.assessment, &b.assessment)
        && export(&a.assessment, NOW) == export(&b.assessment, NOW)
        && a.revision == b.revision
        && a.persistence == b.persistence
        && a.stored_revision == b.stored_revision
        && a.notice == b.notice
}

#[test]
fn a_failed_import_leaves_the_store_unchanged() {
    let before = Rc::new(State::with(example())).reduce(Action::SetOrganisation("Kept Ltd".into()));
    let bytes_before = export(&before.assessment, NOW);
    for c in failure_cases() {
        let after = before.clone().reduce(Action::Import {
            name: "bad.json".into(),
            bytes: c.bytes.into(),
        });
        assert!(same(&before, &after), "{}: the state changed", c.what);
        assert_eq!(export(&after.assessment, NOW), bytes_before, "{}", c.what);
        let message = after.import_error.clone().unwrap_or_default();
        assert!(
            message.starts_with("bad.json was not imported, and your data is unchanged."),
            "{}: {message}",
            c.what
        );
        if let Some(path) = c.path {
            assert!(message.contains(path), "{}: {message}", c.what);
        }
        let dismissed = after.reduce(Action::DismissImportError);
        assert_eq!(dismissed.import_error, None);
    }
}

#[test]
fn a_good_import_replaces_everything_in_one_step() {
    let before = Rc::new(State::default());
    let after = before.clone().reduce(Action::Import {
        name: "example.json".into(),
        bytes: fixture("v1-example.json").into(),
    });
    assert_eq!(after.revision, before.revision + 1, "one change");
    assert_eq!(*after.assessment, released_example());
    assert_eq!(after.notice.as_deref(), Some("Imported example.json."));
    assert_eq!(after.import_error, None);
}

#[test]
fn another_tabs_save_stops_autosave_until_the_user_chooses() {
    let s = Rc::new(State::with(example()));
    let s = s.reduce(Action::SetOrganisation("Mine".into()));
    let s = s.reduce(Action::Saved(1, 1, Timestamp(0)));
    assert_eq!(
        (s.stored_revision, s.persistence.clone()),
        (1, Persistence::Saved)
    );
    let s = s.reduce(Action::ExternalChange);
    assert!(s.conflict, "another tab saved");
    let edited = s
        .clone()
        .reduce(Action::SetOrganisation("Still mine".into()));
    assert!(edited.conflict, "editing does not clear the conflict");
    let rev = edited.revision;
    let kept = edited.reduce(Action::KeepMine(7));
    assert!(!kept.conflict);
    assert_eq!(
        kept.stored_revision, 7,
        "the next save follows the other tab's counter"
    );
    assert_eq!(
        kept.revision,
        rev + 1,
        "a new revision makes the autosave write"
    );
    assert_eq!(kept.assessment.context.organisation, "Still mine");
    // A save of an older revision does not claim the newest is saved.
    let s = Rc::new(State::default()).reduce(Action::SetOrganisation("a".into()));
    let s = s.reduce(Action::SaveFailed("full".into()));
    let s = s.reduce(Action::SetOrganisation("ab".into()));
    let s = s.reduce(Action::Saved(1, 1, Timestamp(0)));
    assert!(matches!(s.persistence, Persistence::SaveFailed(_)));
    let s = s.reduce(Action::Saved(2, 2, Timestamp(0)));
    assert_eq!(s.persistence, Persistence::Saved);
}

#[test]
fn start_up_reads_stored_text_through_the_import_path() {
    assert_eq!(read_stored(None), Stored::Nothing);
    let text = String::from_utf8(fixture("v1-example.json")).expect("UTF-8");
    match read_stored(Some(&text)) {
        Stored::Readable {
            assessment,
            migrated_from,
            saved_at,
        } => {
            assert_eq!(*assessment, released_example());
            assert_eq!(
                saved_at,
                "2026-11-23T00:00:00Z".parse::<Timestamp>().expect("a time"),
                "the start page shows when it was saved"
            );
            assert_eq!(
                migrated_from, None,
                "schema {SCHEMA_VERSION} needs no migration"
            );
        }
        other => panic!("{other:?}"),
    }
    for bad in [
        "{\"format\": \"annexa\"",
        "garbage",
        "{\"format\": \"annexa\", \"schema_version\": 99}",
    ] {
        match read_stored(Some(bad)) {
            Stored::Unreadable { reason } => assert!(reason.contains("line"), "{reason}"),
            other => panic!("{bad}: {other:?}"),
        }
    }
}

#[test]
fn no_raw_html_or_eval_in_the_source() {
    const FORBIDDEN: &[&str] = &[
        "from_html_unchecked",
        "set_inner_html",
        "inner_html",
        "outer_html",
        "insert_adjacent_html",
        "innerHTML",
        "document.write",
        "js_sys::eval",
        "js_sys::Function::new",
        "VRaw",
    ];
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).expect("read");
                for f in FORBIDDEN {
                    assert!(!text.contains(f), "{} uses {f}", path.display());
                }
            }
        }
    }
    assert!(files > 20);
}

#[test]
fn drafts_live_in_the_store_until_saved_and_never_in_the_assessment() {
    use annexa::store::{Draft, DraftKind};
    use yew::prelude::Reducible;
    let state = std::rc::Rc::new(State::with(example()));
    let risk = state.assessment.risks[0].clone();
    let state = state.reduce(Action::SetDraft(Draft::Risk(Box::new(risk.clone()))));
    assert_eq!(state.drafts.risk.as_ref(), Some(&risk));
    assert_eq!(
        state.revision, 0,
        "a draft is not a change to the assessment"
    );
    let state = state.reduce(Action::ClearDraft(DraftKind::Risk));
    assert!(state.drafts.is_empty());

    let control = state
        .assessment
        .soa
        .entries
        .keys()
        .next()
        .copied()
        .unwrap_or_else(|| CONTROLS[0].id);
    let entry = SoaEntry {
        exclusion_justification: "typed".into(),
        ..Default::default()
    };
    let before = state.assessment.clone();
    let state = state.reduce(Action::SetDraft(Draft::Soa(control, entry.clone())));
    assert_eq!(state.assessment, before, "typed text waits in the drafts");
    let state = state.reduce(Action::CommitSoaDrafts);
    assert!(state.drafts.soa.is_empty());
    assert_eq!(
        state
            .assessment
            .soa
            .entries
            .get(&control)
            .map(|e| e.exclusion_justification.as_str()),
        Some("typed")
    );

    let state = state.reduce(Action::SetDraft(Draft::Risk(Box::new(risk))));
    let state = state.reduce(Action::New);
    assert!(
        state.drafts.is_empty(),
        "a new assessment drops the old one's drafts"
    );
}

// ---------------------------------------------------------------- properties

mod properties {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;
    use support::assessments::{leaf, replace_somewhere, valid_assessment};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

        /// The store's side of core/tests/reliability.rs's
        /// `a_damaged_valid_file_never_panics_and_says_where`.
        #[test]
        fn a_damaged_valid_file_leaves_the_store_unchanged(
            a in valid_assessment(), pick in any::<usize>(), new in leaf(),
        ) {
            let mut v: Value = serde_json::from_str(&export(&a, NOW)).expect("JSON");
            replace_somewhere(&mut v, pick, new);
            let bytes = serde_json::to_vec_pretty(&v).expect("JSON");
            if import(&bytes).is_err() {
                // The store refuses it the same way and keeps its data.
                let before = Rc::new(State::with(example()));
                let after = before.clone().reduce(Action::Import { name: "f".into(), bytes: bytes.into() });
                prop_assert!(Rc::ptr_eq(&before.assessment, &after.assessment));
            }
        }
    }

    /// One thing a user does in the UI, as the pages turn it into typed
    /// actions (the forms check `asset_problems`/`risk_problems` before
    /// they dispatch, as the pages do).
    #[derive(Clone, Debug)]
    enum Step {
        Organisation(String),
        Scope(String),
        Sites(Vec<String>),
        AddAsset(String, String),
        RenameAsset(usize, String),
        DeleteAsset(usize),
        AddRisk(String, String, Option<usize>),
        DeleteRisk(usize),
        CycleCell(u8, u8),
        Undo,
        LoadExample,
        New,
    }

    /// Texts up to and past the limit: short ones with markup, quotes,
    /// non-ASCII and line breaks, and ones of MAX_TEXT - 1 to MAX_TEXT + 1
    /// characters (one- to four-byte characters).
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => "[a-zA-Z0-9 <>&\"'=é€😀\n\t-]{0,24}",
            1 => (MAX_TEXT - 1..=MAX_TEXT + 1, prop::sample::select(vec!['x', 'é', '€', '😀']))
                .prop_map(|(n, c)| std::iter::repeat_n(c, n).collect()),
        ]
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            3 => text().prop_map(Step::Organisation),
            2 => text().prop_map(Step::Scope),
            1 => prop::collection::vec(text(), 0..3).prop_map(Step::Sites),
            3 => (text(), text()).prop_map(|(n, o)| Step::AddAsset(n, o)),
            1 => (any::<usize>(), text()).prop_map(|(i, n)| Step::RenameAsset(i, n)),
            1 => any::<usize>().prop_map(Step::DeleteAsset),
            3 => (text(), text(), prop::option::of(any::<usize>()))
                .prop_map(|(t, d, x)| Step::AddRisk(t, d, x)),
            1 => any::<usize>().prop_map(Step::DeleteRisk),
            1 => (1u8..=5, 1u8..=5).prop_map(|(l, i)| Step::CycleCell(l, i)),
            1 => Just(Step::Undo),
            1 => Just(Step::LoadExample),
            1 => Just(Step::New),
        ]
    }

    /// The actions the UI dispatches for `step` (none when its form would
    /// refuse the item and show the problems instead).
    fn actions(a: &Assessment, step: Step) -> Vec<Action> {
        let nth = |n: usize, len: usize| (len > 0).then(|| n % len);
        match step {
            Step::Organisation(t) => vec![Action::SetOrganisation(t)],
            Step::Scope(t) => {
                let mut c = a.context.clone();
                c.scope = t;
                vec![Action::SetContext(c)]
            }
            Step::Sites(list) => {
                let mut c = a.context.clone();
                c.sites = list;
                vec![Action::SetContext(c)]
            }
            Step::AddAsset(name, owner) => {
                let mut x = Asset::new_default(&a.method);
                x.name = name;
                x.owner = owner;
                if asset_problems(a, &x).is_empty() {
                    vec![Action::UpsertAsset(x)]
                } else {
                    vec![]
                }
            }
            Step::RenameAsset(i, name) => match nth(i, a.assets.len()) {
                Some(i) => {
                    let mut x = a.assets[i].clone();
                    x.name = name;
                    if asset_problems(a, &x).is_empty() {
                        vec![Action::UpsertAsset(x)]
                    } else {
                        vec![]
                    }
                }
                None => vec![],
            },
            Step::DeleteAsset(i) => nth(i, a.assets.len())
                .map(|i| vec![Action::DeleteAsset(a.assets[i].id)])
                .unwrap_or_default(),
            Step::AddRisk(title, description, asset) => {
                let mut r = Risk::new_default(&a.method);
                r.title = title;
                r.description = description;
                if let Some(i) = asset.and_then(|i| nth(i, a.assets.len())) {
                    r.identification = Identification::AssetBased {
                        assets: vec![a.assets[i].id],
                    };
                }
                if risk_problems(a, &r).is_empty() {
                    vec![Action::UpsertRisk(Box::new(r))]
                } else {
                    vec![]
                }
            }
            Step::DeleteRisk(i) => nth(i, a.risks.len())
                .map(|i| vec![Action::DeleteRisk(a.risks[i].id)])
                .unwrap_or_default(),
            Step::CycleCell(l, i) => vec![Action::CycleCell(Likelihood(l), Impact(i))],
            Step::Undo => vec![Action::Undo],
            Step::LoadExample => vec![Action::LoadExample],
            Step::New => vec![Action::New],
        }
    }

    proptest! {
        // Each case runs a dozen imports of up to the worked example's
        // size: a few dozen cases keep CI fast.
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// Issue 18 §1: after any sequence of UI actions, with texts up to
        /// and past the limits, the checked autosave writes an assessment
        /// that imports back identical, or writes nothing (only when a
        /// text is past the limit) and keeps what it wrote before, which
        /// still loads at start-up.
        #[test]
        fn any_sequence_of_ui_actions_saves_what_imports_back_identical(
            steps in prop::collection::vec(step(), 1..12),
        ) {
            let mut state = Rc::new(State::default());
            let mut saved: Option<(String, Assessment)> = None;
            for step in steps {
                for action in actions(&state.assessment, step) {
                    state = state.reduce(action);
                }
                let a = &state.assessment;
                prop_assert!(a.assets.iter().all(|x| (1..=MAX_ID).contains(&x.id.0)));
                prop_assert!(a.risks.iter().all(|x| (1..=MAX_ID).contains(&x.id.0)));
                match annexa::store::checked_save(a, NOW) {
                    Ok(text) => {
                        let back = import(text.as_bytes()).expect("checked").assessment;
                        prop_assert_eq!(&back, &**a);
                        prop_assert_eq!(export_compact(&back, NOW), text.clone());
                        saved = Some((text, (**a).clone()));
                    }
                    Err(refused) => {
                        let e = export_checked(a, NOW).expect_err("refused");
                        prop_assert_eq!(e.kind, ErrorKind::TooLong, "{:?}", refused);
                        prop_assert!(!refused.field.is_empty());
                    }
                }
            }
            // A reload finds the last save, whole.
            if let Some((text, a)) = saved {
                match read_stored(Some(&text)) {
                    Stored::Readable { assessment, .. } => prop_assert_eq!(*assessment, a),
                    other => prop_assert!(false, "{:?}", other),
                }
            }
        }
    }
}

#[test]
fn a_scale_change_can_be_undone_and_reversed_without_losing_a_rating() {
    let start = Rc::new(State::with(example()));
    let smaller = start.clone().reduce(Action::ResizeMethod(5, 4));
    assert_eq!(smaller.assessment.method.impact.len(), 4);
    assert!(
        smaller
            .notice
            .as_deref()
            .is_some_and(|n| n.starts_with("Changed the scales: ")),
        "{:?}",
        smaller.notice
    );
    let undone = smaller.clone().reduce(Action::Undo);
    assert_eq!(*undone.assessment, example(), "undo restores everything");
    let back = smaller.reduce(Action::ResizeMethod(5, 5));
    assert_eq!(
        *back.assessment,
        example(),
        "the old size restores every rating"
    );
    // A change that moves nothing offers no undo.
    let same = start.reduce(Action::ResizeMethod(5, 5));
    assert!(same.undo.is_none());
}

#[test]
fn marking_a_planned_control_done_goes_through_the_domain() {
    let state = Rc::new(State::with(example()));
    let risk = state.assessment.risks[0].clone();
    // A control no other risk still plans: then the SoA says Implemented
    // (while another risk plans it, "Partially implemented").
    let control = *risk
        .treatment
        .planned_controls
        .iter()
        .find(|c| {
            state.assessment.risks[1..]
                .iter()
                .all(|r| !r.treatment.planned_controls.contains(c))
        })
        .expect("a control only R-01 plans");
    let done = state
        .clone()
        .reduce(Action::MarkControlDone(risk.id, control));
    let after = done.assessment.risk(risk.id).unwrap();
    assert!(!after.treatment.planned_controls.contains(&control));
    assert!(after.existing_controls.contains(&control));
    assert_eq!(done.revision, state.revision + 1);
    let row = generate_soa(&done.assessment)
        .rows
        .into_iter()
        .find(|r| r.control == control)
        .unwrap();
    assert_eq!(row.status, ImplementationStatus::Implemented);
    // Again: no longer planned, so refused with a notice and no change.
    let again = done
        .clone()
        .reduce(Action::MarkControlDone(risk.id, control));
    assert!(Rc::ptr_eq(&again.assessment, &done.assessment));
    assert_eq!(again.revision, done.revision);
    let notice = again.notice.clone().unwrap_or_default();
    assert!(notice.contains("is not a planned control of"), "{notice}");
}

#[test]
fn a_bulk_soa_decision_is_one_undoable_change() {
    use annexa::domain::catalogue::Theme;
    let before = Rc::new(State::with(Assessment::default())).reduce(Action::SetDraft(
        annexa::store::Draft::SoaBulk("We have no premises of our own.".into()),
    ));
    assert_eq!(before.drafts.soa_bulk, "We have no premises of our own.");
    let physical: Vec<_> = CONTROLS
        .iter()
        .filter(|c| c.theme() == Theme::Physical)
        .map(|c| c.id)
        .collect();
    let after = before.clone().reduce(Action::DecideSoa(
        physical.clone(),
        SoaBulkDecision::Exclude("We have no premises of our own.".into()),
    ));
    assert_eq!(after.revision, before.revision + 1, "one change");
    assert_eq!(
        after.drafts.soa_bulk, "",
        "the typed justification is used up"
    );
    let soa = generate_soa(&after.assessment);
    let excluded: Vec<_> = soa
        .rows
        .iter()
        .filter(|r| r.decision == Decision::Excluded)
        .collect();
    assert_eq!(excluded.len(), 14);
    assert!(excluded
        .iter()
        .all(|r| r.status == ImplementationStatus::NotApplicable));
    assert_eq!(soa.to_decide_count(), 93 - 14);
    let undone = after.reduce(Action::Undo);
    assert_eq!(*undone.assessment, Assessment::default());
    // Refused: no change, and the notice says what to do.
    let refused = before.clone().reduce(Action::DecideSoa(
        physical,
        SoaBulkDecision::Exclude(" ".into()),
    ));
    assert_eq!(refused.revision, before.revision);
    let notice = refused.notice.clone().unwrap_or_default();
    assert!(notice.contains("justification"), "{notice}");
}

#[test]
fn a_refused_import_lists_every_fault() {
    let mut a = example();
    a.risks[1].title.clear();
    a.risks[3].title = " ".into();
    let before = Rc::new(State::with(example()));
    let after = before.clone().reduce(Action::Import {
        name: "two-faults.json".into(),
        bytes: export(&a, NOW).into_bytes().into(),
    });
    assert_eq!(*after.assessment, example(), "nothing changes");
    let e = after.import_error.clone().unwrap_or_default();
    assert!(
        e.contains("2 problems")
            && e.contains("assessment.risks[1].title")
            && e.contains("assessment.risks[3].title"),
        "{e}"
    );
}

#[test]
fn a_document_control_block_is_stored_and_survives_an_export() {
    use annexa::domain::documents::DocumentKind;
    let control = annexa::domain::DocumentControl {
        version: "0.3".into(),
        author: "Ali Author".into(),
        approver: "Dana Approver".into(),
        approved_on: annexa::domain::Date::new(2026, 11, 27),
        history: vec![annexa::domain::ChangeRecord {
            version: "0.3".into(),
            description: "Ready for Stage 1".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let s = Rc::new(State::with(example())).reduce(Action::SetDocumentControl(
        DocumentKind::RiskTreatmentPlan,
        Box::new(control.clone()),
    ));
    assert_eq!(s.assessment.documents.risk_treatment_plan, control);
    let saved = annexa::domain::export(&s.assessment, annexa::domain::Timestamp(0));
    let back = annexa::domain::import(saved.as_bytes()).unwrap().assessment;
    assert_eq!(back.documents.risk_treatment_plan, control);
    let s = s.reduce(Action::SetDocumentControl(
        DocumentKind::Soa,
        Box::new(control.clone()),
    ));
    assert_eq!(s.assessment.soa.document, control);
}

#[test]
fn a_spreadsheet_import_can_be_undone_and_a_broken_result_changes_nothing() {
    let start = Rc::new(State::default()).reduce(Action::LoadExample);
    let before = start.assessment.clone();
    let mut after = (*before).clone();
    let mut asset = Asset::new_default(&after.method);
    asset.name = "Imported from a sheet".into();
    asset.reference = Some(Reference("AS-001".into()));
    upsert_asset(&mut after, asset);
    let state = start.reduce(Action::ImportSheet {
        name: "assets.xlsx".into(),
        bytes: export(&after, NOW).into_bytes().into(),
        new: 1,
        updated: 0,
    });
    assert_eq!(state.assessment.assets.len(), before.assets.len() + 1);
    assert_eq!(
        state.notice.as_deref(),
        Some("Imported assets.xlsx: 1 new, 0 updated.")
    );
    assert!(state.undo.is_some(), "the banner offers Undo");
    let state = state.reduce(Action::Undo);
    assert_eq!(state.assessment, before);
    // Bytes that do not load: nothing changes, and the error says so.
    let state = state.reduce(Action::ImportSheet {
        name: "assets.xlsx".into(),
        bytes: b"{".to_vec().into(),
        new: 1,
        updated: 0,
    });
    assert_eq!(state.assessment, before);
    assert!(state
        .import_error
        .as_deref()
        .unwrap_or("")
        .contains("unchanged"));
}

// ------------------------------------------- what the app saves loads again
// Issue 18 §1: each trigger of shared/cases/ through the store, as the UI
// reaches it, and the start-up's repair.

/// A field case of `shared/cases/` (see its README).
fn case(name: &str) -> Vec<u8> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/cases/");
    std::fs::read(format!("{path}{name}")).unwrap_or_else(|e| panic!("{path}{name}: {e}"))
}

fn apply(state: State, actions: Vec<Action>) -> State {
    let mut s = Rc::new(state);
    for a in actions {
        s = s.reduce(a);
    }
    (*s).clone()
}

#[test]
fn an_organisation_name_past_the_limit_is_never_saved_and_the_banner_names_it() {
    let s = apply(
        State::with(released_example()),
        vec![Action::SetOrganisation("x".repeat(MAX_TEXT + 1))],
    );
    let refused = annexa::store::checked_save(&s.assessment, NOW).expect_err("not written");
    assert_eq!(refused.field, "context.organisation");
    assert!(
        refused.problem.contains("20001 characters"),
        "{}",
        refused.problem
    );
    let s = apply(s, vec![refused.into()]);
    assert!(
        matches!(&s.persistence, Persistence::Refused { field, .. } if field == "context.organisation"),
        "{:?}",
        s.persistence
    );
    // At the limit it saves, and what it saves loads again, identical.
    let s = apply(s, vec![Action::SetOrganisation("x".repeat(MAX_TEXT))]);
    let text = annexa::store::checked_save(&s.assessment, NOW).expect("saved");
    assert_eq!(import(text.as_bytes()).unwrap().assessment, *s.assessment);
    // A later save of this revision clears the banner.
    let rev = s.revision;
    let s = apply(s, vec![Action::Saved(rev, 1, NOW)]);
    assert_eq!(s.persistence, Persistence::Saved);
}

/// The save worker's check (`platform::save_check`) gives the same answer
/// as the page's: the organisation past the limit is refused with its
/// path, and the banner names the same field; at the limit the text comes
/// back to be stored, unchanged.
#[test]
fn the_save_workers_check_refuses_what_the_pages_check_refuses() {
    use annexa::platform::save_check::{check, check_here, refusal, Checked};
    let s = apply(
        State::with(released_example()),
        vec![Action::SetOrganisation("x".repeat(MAX_TEXT + 1))],
    );
    let text = export_compact(&s.assessment, NOW);
    let (path, problem) = refusal(text.as_bytes()).expect("refused");
    assert_eq!(path.as_deref(), Some("assessment.context.organisation"));
    let page = annexa::store::checked_save(&s.assessment, NOW).expect_err("not written");
    let worker = annexa::store::SaveRefusal::new(path, problem);
    assert_eq!(worker, page);
    assert!(matches!(check_here(text), Checked::Refused { .. }));

    let s = apply(s, vec![Action::SetOrganisation("x".repeat(MAX_TEXT))]);
    let text = export_compact(&s.assessment, NOW);
    let answered = std::rc::Rc::new(std::cell::RefCell::new(None));
    let into = answered.clone();
    // Outside the browser the check answers at once.
    check(text.clone(), move |c| *into.borrow_mut() = Some(c));
    assert_eq!(answered.take(), Some(Checked::Loads(text)));
}

#[test]
fn adding_a_risk_and_an_asset_after_the_largest_ids_saves_what_loads_again() {
    let a = import(&case("R-999999.json"))
        .expect("a valid file")
        .assessment;
    let mut risk = Risk::new_default(&a.method);
    risk.title = "Added after R-999999".into();
    let mut asset = Asset::new_default(&a.method);
    asset.name = "Added after the largest asset".into();
    let s = apply(
        State::with(a.clone()),
        vec![
            Action::UpsertRisk(Box::new(risk)),
            Action::UpsertAsset(asset),
        ],
    );
    assert_eq!(
        s.assessment.risks.len(),
        a.risks.len() + 1,
        "{:?}",
        s.notice
    );
    assert_eq!(
        s.assessment.assets.len(),
        a.assets.len() + 1,
        "{:?}",
        s.notice
    );
    let max = RiskId(MAX_ID);
    assert!(s
        .assessment
        .risks
        .iter()
        .all(|r| r.id.0 >= 1 && r.id <= max));
    let text = annexa::store::checked_save(&s.assessment, NOW).expect("saved");
    assert_eq!(import(text.as_bytes()).unwrap().assessment, *s.assessment);
}

#[test]
fn a_method_with_a_level_name_past_the_limit_is_never_saved() {
    let mut a = Assessment::default();
    a.method.levels[0].name = "L".repeat(25_000);
    let s = apply(State::with(a), vec![Action::SetOrganisation("Acme".into())]);
    let refused = annexa::store::checked_save(&s.assessment, NOW).expect_err("not written");
    assert_eq!(refused.field, "method.levels[0].name");
}

#[test]
fn start_up_offers_the_repaired_data_and_loading_it_saves_what_loads_again() {
    let bytes = case("org-20001-what-the-app-saves.json");
    let text = String::from_utf8(bytes).expect("UTF-8");
    let (repaired, changes) = match read_stored(Some(&text)) {
        Stored::Repairable {
            reason,
            repaired,
            changes,
        } => {
            assert!(
                reason.contains("assessment.context.organisation"),
                "{reason}"
            );
            (repaired, changes)
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert!(
        changes[0]
            .starts_with("assessment.context.organisation: the text was 20001 characters long")
            && changes[0].contains("cut off"),
        "{}",
        changes[0]
    );
    assert_eq!(repaired.context.organisation.chars().count(), MAX_TEXT);
    let mut state = State::default();
    state.recovery = Some(annexa::store::Recovery {
        backup_key: "annexa.v1.backup.1".into(),
        reason: "too long".into(),
        repaired: Some(Rc::new(*repaired.clone())),
        changes,
    });
    let s = apply(state, vec![Action::LoadRepaired]);
    assert_eq!(*s.assessment, *repaired);
    assert_eq!(s.revision, 1, "the autosave writes the repaired data");
    assert!(s.recovery.is_none());
    let notice = s.notice.clone().unwrap_or_default();
    assert!(notice.contains("annexa.v1.backup.1"), "{notice}");
    let text = annexa::store::checked_save(&s.assessment, NOW).expect("saved");
    assert_eq!(import(text.as_bytes()).unwrap().assessment, *s.assessment);
    // Without an offer, nothing happens.
    let s = apply(State::default(), vec![Action::LoadRepaired]);
    assert_eq!(s.revision, 0);
    // Stored data that cannot be mended is still kept aside, not offered.
    assert!(matches!(
        read_stored(Some("garbage")),
        Stored::Unreadable { .. }
    ));
}

// ------------------------------------------------- derived, once per version

/// The scored register, the SoA and the findings are computed once per
/// version of the assessment and shared by every reader (the navigation
/// badge and the SoA page run one lint); a change computes them afresh,
/// and they equal the domain's own results.
#[test]
fn the_store_derives_once_per_version_of_the_assessment() {
    let today = Date::new(2026, 11, 30).expect("a date");
    let s = Rc::new(State::with(example()));
    let (scored, soa, findings) = (s.scored(), s.soa(), s.findings(today));
    assert!(Rc::ptr_eq(&scored, &s.scored()));
    assert!(Rc::ptr_eq(&soa, &s.soa()));
    assert!(Rc::ptr_eq(&findings, &s.findings(today)));
    assert_eq!(*findings, lint(&s.assessment, today));
    assert_eq!(*soa, generate_soa(&s.assessment));
    assert_eq!(*scored, ScoredRegister::new(&s.assessment));
    // Another day: the findings again (acceptances expire).
    let later = Date::new(2031, 1, 1).expect("a date");
    assert_eq!(*s.findings(later), lint(&s.assessment, later));
    // A state that keeps the assessment (a notice) keeps the results.
    let same = s.clone().reduce(Action::DismissImportError);
    assert!(Rc::ptr_eq(&same.assessment, &s.assessment));
    assert!(Rc::ptr_eq(&scored, &same.scored()));
    // An edit: new results, the new assessment's.
    let next = s
        .clone()
        .reduce(Action::SetOrganisation("Changed Ltd".into()));
    assert!(!Rc::ptr_eq(&next.assessment, &s.assessment));
    assert!(!Rc::ptr_eq(&findings, &next.findings(today)));
    assert_eq!(*next.findings(today), lint(&next.assessment, today));
    assert_eq!(*next.soa(), generate_soa(&next.assessment));
    // The old state still reads its own.
    assert!(Rc::ptr_eq(&soa, &s.soa()) || *s.soa() == *soa);
    assert_eq!(*s.findings(today), *findings);
}

/// An edit that leaves the method, the assets and the risks as they were
/// (an SoA entry, the organisation) keeps the scores of the version before
/// rather than scoring the register again; an edit of a risk scores afresh.
/// Either way the scores equal the domain's own.
#[test]
fn an_edit_outside_the_register_keeps_its_scores() {
    let s = Rc::new(State::with(example()));
    let scored = s.scored();
    let control = *s
        .assessment
        .soa
        .entries
        .keys()
        .next()
        .expect("the example has SoA entries");
    let mut entry = s.assessment.soa.entries[&control].clone();
    entry.owner = "Head of IT".into();
    for action in [
        Action::SetSoaEntry(control, entry),
        Action::SetOrganisation("Changed Ltd".into()),
    ] {
        let next = s.clone().reduce(action);
        assert!(
            !Rc::ptr_eq(&next.assessment, &s.assessment),
            "a new version"
        );
        assert!(Rc::ptr_eq(&scored, &next.scored()), "its scores kept");
        assert_eq!(*next.scored(), ScoredRegister::new(&next.assessment));
    }
    let mut risk = s.assessment.risks[0].clone();
    risk.likelihood = Likelihood(if risk.likelihood.0 == 1 { 2 } else { 1 });
    let next = s.clone().reduce(Action::UpsertRisk(Box::new(risk)));
    assert!(
        !Rc::ptr_eq(&scored, &next.scored()),
        "a risk edit scores again"
    );
    assert_eq!(*next.scored(), ScoredRegister::new(&next.assessment));
    assert_ne!(*next.scored(), *scored);
}

/// The import preview's assessment replaces the data as it is: shared, not
/// copied nor parsed again.
#[test]
fn a_replace_shares_the_validated_assessment() {
    let incoming = Rc::new(
        import(export(&example(), NOW).as_bytes())
            .expect("the example imports")
            .assessment,
    );
    let s = Rc::new(State::default()).reduce(Action::Replace(
        incoming.clone(),
        "Imported example.json.".into(),
    ));
    assert!(Rc::ptr_eq(&s.assessment, &incoming));
    assert_eq!(s.notice.as_deref(), Some("Imported example.json."));
    assert_eq!(s.revision, 1);
    assert!(s.import_error.is_none());
}
