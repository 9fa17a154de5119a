//! Tests of the risk chain: the residual rule, marking a control done, the
//! risk treatment plan and the acceptance record.

use super::acceptance::{acceptance_state, AcceptanceGap, AcceptanceNeed, AcceptanceState};
use super::plan::risk_treatment_plan;
use super::residual::{
    combined_effect, control_effect, mark_control_done, propose, rating,
    target_change_needs_reason, target_needs_reason, MAX_STEPS_PER_AXIS,
};
use crate::catalogue::{ControlId, ThreatId, VulnerabilityId};
use crate::model::{
    Acceptance, Assessment, Identification, ImplementationStatus, Risk, RiskId, SoaEntry,
    TreatmentOption, TreatmentStatus,
};
use crate::recommend::Effect;
use crate::time::Date;
use crate::{example, generate_soa, plan, recommend, score_risk, Method};

fn c(theme: u8, number: u8) -> ControlId {
    ControlId::new(theme, number)
}

fn e(likelihood: u8, impact: u8) -> Effect {
    Effect { likelihood, impact }
}

fn date(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

/// An event-based risk of impact `impact`, likelihood `likelihood`.
fn event_risk(id: u32, likelihood: u8, impact: u8) -> Risk {
    let mut r = Risk::new_default(&Method::default());
    r.id = RiskId(id);
    r.title = format!("Risk {id}");
    r.identification = Identification::EventBased {
        impact: crate::Impact(impact),
    };
    r.likelihood = crate::Likelihood(likelihood);
    r
}

#[test]
fn the_effects_of_the_controls_the_tests_use() {
    // 5.18 access rights and 8.5 secure authentication are preventive;
    // 8.13 backup is corrective; 8.16 monitoring is detective.
    assert_eq!(control_effect(c(5, 18)), e(1, 0));
    assert_eq!(control_effect(c(8, 5)), e(1, 0));
    assert_eq!(control_effect(c(8, 13)), e(0, 1));
    assert_eq!(control_effect(c(8, 16)).impact, 1);
}

#[test]
fn combined_effects_add_up_to_the_largest_plus_one_and_at_most_two() {
    assert_eq!(combined_effect(&[]), (e(0, 0), false));
    assert_eq!(combined_effect(&[e(1, 0)]), (e(1, 0), false));
    assert_eq!(combined_effect(&[e(1, 0), e(1, 1)]), (e(2, 1), false));
    // Three preventive controls: 3 steps are held to 2.
    assert_eq!(combined_effect(&[e(1, 0); 3]), (e(2, 0), true));
    // One strong control: at most MAX_STEPS_PER_AXIS on its own.
    assert_eq!(combined_effect(&[e(3, 0)]), (e(2, 0), true));
    assert_eq!(MAX_STEPS_PER_AXIS, 2);
    // Zero steps plus one is one: a zero effect never lets others stack.
    assert_eq!(combined_effect(&[e(0, 0), e(0, 0)]), (e(0, 0), false));
}

#[test]
fn a_proposal_never_goes_below_the_lowest_step() {
    let p = propose(rating(2, 1), &[c(5, 18), c(8, 5), c(8, 13)]);
    assert_eq!(p.to, rating(1, 1));
    let p = propose(rating(1, 1), &[c(5, 18)]);
    assert_eq!(p.to, rating(1, 1));
    assert_eq!(p.reason(), "No control changes the rating.");
}

#[test]
fn a_proposal_says_why_in_one_sentence() {
    let p = propose(rating(4, 3), &[c(5, 18), c(8, 5)]);
    assert_eq!(p.to, rating(2, 3));
    assert!(!p.capped);
    assert_eq!(p.reason(), "L4 → L2: 5.18 likelihood −1, 8.5 likelihood −1");
    // A duplicate counts once; an unknown id has no effect.
    let p = propose(rating(4, 3), &[c(5, 18), c(5, 18), c(9, 9)]);
    assert_eq!(p.to, rating(3, 3));
    let capped = propose(rating(5, 4), &[c(5, 18), c(8, 5), c(5, 15), c(8, 13)]);
    assert_eq!(capped.to, rating(3, 3));
    assert!(capped.capped);
    assert_eq!(
        capped.reason(),
        "L5 → L3, I4 → I3: 5.18 likelihood −1, 8.5 likelihood −1, 5.15 likelihood −1, 8.13 impact −1 (at most 2 steps per axis)"
    );
}

#[test]
fn ticking_a_control_lowers_the_scored_residual_and_a_target_overrides_it() {
    let a = Assessment::default();
    let mut r = event_risk(1, 4, 3);
    let before = score_risk(&a, &r);
    assert_eq!(before.residual, before.current);
    r.treatment.planned_controls = vec![c(5, 18), c(8, 5)];
    let after = score_risk(&a, &r);
    assert_eq!(after.current, before.current);
    assert_eq!(after.residual.rating(), rating(2, 3));
    assert!(after.residual.level <= before.residual.level);
    assert!(!target_needs_reason(&a, &r));
    // The user sets another residual: it wins, and needs a reason.
    r.treatment.target = Some(rating(1, 3));
    assert_eq!(score_risk(&a, &r).residual.rating(), rating(1, 3));
    assert!(target_needs_reason(&a, &r));
    r.treatment.target_reason = "Leavers' access is removed the same day by HR.".into();
    assert!(!target_needs_reason(&a, &r));
    // Saving: only a target set or changed in this edit needs its reason;
    // one saved earlier without a reason stays valid.
    let mut old = r.clone();
    old.treatment.target_reason.clear();
    assert!(target_needs_reason(&a, &old));
    assert!(!target_change_needs_reason(&a, Some(&old), &old));
    let mut moved = old.clone();
    moved.treatment.target = Some(rating(1, 2));
    assert!(target_change_needs_reason(&a, Some(&old), &moved));
    assert!(target_change_needs_reason(&a, None, &old));
    // A target equal to the proposal needs none.
    r.treatment.target = Some(rating(2, 3));
    r.treatment.target_reason.clear();
    assert!(!target_needs_reason(&a, &r));
}

#[test]
fn existing_controls_set_the_current_rating_unless_the_user_did() {
    let a = Assessment::default();
    let mut r = event_risk(1, 4, 3);
    r.existing_controls = vec![c(8, 13)];
    assert_eq!(score_risk(&a, &r).current.rating(), rating(4, 2));
    r.current = Some(rating(3, 3));
    assert_eq!(score_risk(&a, &r).current.rating(), rating(3, 3));
}

#[test]
fn a_control_marked_done_moves_to_existing_and_the_soa_says_implemented() {
    let mut a = Assessment::default();
    let mut r = event_risk(1, 4, 3);
    r.treatment.planned_controls = vec![c(5, 18), c(8, 5)];
    a.risks.push(r);
    // The user had set the SoA row to Planned by hand.
    a.soa.entries.insert(
        c(5, 18),
        SoaEntry {
            status: Some(ImplementationStatus::Planned),
            ..SoaEntry::default()
        },
    );
    let residual_before = score_risk(&a, &a.risks[0]).residual;
    mark_control_done(&mut a, RiskId(1), c(5, 18)).unwrap();
    let r = &a.risks[0];
    assert_eq!(r.treatment.planned_controls, vec![c(8, 5)]);
    assert_eq!(r.existing_controls, vec![c(5, 18)]);
    let s = score_risk(&a, r);
    assert_eq!(
        s.current.rating(),
        rating(3, 3),
        "the current level follows"
    );
    assert_eq!(
        s.residual, residual_before,
        "the residual stays where it was"
    );
    let soa = generate_soa(&a);
    let row = soa.rows.iter().find(|x| x.control == c(5, 18)).unwrap();
    assert_eq!(row.status, ImplementationStatus::Implemented);
    // Hand-set current follows too.
    a.risks[0].current = Some(rating(3, 3));
    mark_control_done(&mut a, RiskId(1), c(8, 5)).unwrap();
    assert_eq!(a.risks[0].current, Some(rating(2, 3)));
    // A control not planned, or a risk that is not there: an error, no change.
    let copy = a.clone();
    let err = mark_control_done(&mut a, RiskId(1), c(8, 5)).unwrap_err();
    assert!(
        err.message.contains("8.5 is not a planned control of R-01"),
        "{}",
        err.message
    );
    assert!(mark_control_done(&mut a, RiskId(9), c(8, 5)).is_err());
    assert_eq!(a, copy);
}

#[test]
fn the_plan_is_the_users_sorted_by_due_with_overdue_flagged() {
    let mut a = Assessment::default();
    let today = date(2026, 11, 30);
    for (id, due, status) in [
        (1, Some(date(2027, 1, 31)), TreatmentStatus::NotStarted),
        (2, Some(date(2026, 10, 1)), TreatmentStatus::InProgress),
        (3, None, TreatmentStatus::NotStarted),
        (4, Some(date(2026, 9, 1)), TreatmentStatus::Done),
        (5, Some(today), TreatmentStatus::NotStarted),
    ] {
        let mut r = event_risk(id, 3, 3);
        r.owner = "Managing Partner".into();
        r.treatment.due = due;
        r.treatment.status = status;
        r.treatment.option = Some(TreatmentOption::Mitigate);
        r.treatment.planned_controls = vec![c(8, 13)];
        a.risks.push(r);
    }
    a.risks[0].treatment.owner = "Office Manager".into();
    let mut p = risk_treatment_plan(&a, today);
    assert_eq!(p.rows.len(), 5);
    assert_eq!(p.rows[0].owner, "Office Manager");
    assert_eq!(
        p.rows[1].owner, "Managing Partner",
        "falls back to the risk owner"
    );
    let overdue: Vec<u32> = p
        .rows
        .iter()
        .filter(|r| r.overdue)
        .map(|r| r.risk.0)
        .collect();
    assert_eq!(
        overdue,
        vec![2],
        "due before today and not done; done and due today are not"
    );
    assert_eq!(p.overdue_count(), 1);
    assert_eq!(p.rows[0].residual.rating(), rating(3, 2));
    p.sort_by_due();
    let order: Vec<u32> = p.rows.iter().map(|r| r.risk.0).collect();
    assert_eq!(order, vec![4, 2, 5, 1, 3], "earliest first, no date last");
}

#[test]
fn suggestions_start_from_what_the_user_chose() {
    let mut a = example();
    let before = plan(&a);
    // Decided risks are not re-planned.
    for r in &a.risks {
        if r.treatment.option.is_some() {
            assert!(
                !before.above_tolerance.contains(&r.id),
                "{} is decided",
                r.id
            );
        }
    }
    // Every risk undecided: every suggestion is linked and new to its risks.
    for r in &mut a.risks {
        r.treatment.option = None;
        r.treatment.target = None;
    }
    let p = plan(&a);
    assert!(!p.steps.is_empty());
    for step in &p.steps {
        for id in &step.risks_improved {
            let r = a.risk(*id).unwrap();
            assert!(!r.treatment.planned_controls.contains(&step.control));
            assert!(!r.existing_controls.contains(&step.control));
            let rec = recommend(&a, r)
                .into_iter()
                .find(|x| x.control == step.control)
                .unwrap();
            assert!(crate::suggestable(&rec), "{} for {}", step.control, id);
        }
    }
}

#[test]
fn backups_fail_is_never_offered_capacity_management() {
    // The accounting firm's risk: the backup server fails with nothing to
    // fall back on (hardware failure, single point of failure, backups
    // never restore-tested). 8.6 Capacity management is no answer to it.
    let mut a = Assessment::default();
    let mut r = event_risk(1, 5, 5);
    r.title = "Backups fail".into();
    r.threat = Some(ThreatId(31));
    r.vulnerabilities = vec![VulnerabilityId(18), VulnerabilityId(2)];
    a.risks.push(r.clone());
    assert!(recommend(&a, &r).iter().all(|x| x.control != c(8, 6)));
    let p = plan(&a);
    assert!(!p.steps.is_empty());
    assert!(p.steps.iter().all(|s| s.control != c(8, 6)));
    // Choosing 8.13 backup: it is not suggested again.
    a.risks[0].treatment.planned_controls = vec![c(8, 13)];
    assert!(plan(&a).steps.iter().all(|s| s.control != c(8, 13)));
    // Once decided, the risk is the user's plan: no suggestion.
    a.risks[0].treatment.option = Some(TreatmentOption::Mitigate);
    assert_eq!(plan(&a).steps, vec![]);
    assert_eq!(plan(&a).above_tolerance, vec![]);
}

#[test]
fn acceptance_is_needed_for_accept_and_above_tolerance_and_must_be_whole() {
    let a = Assessment::default();
    let m = &a.method;
    let state = |r: &Risk| acceptance_state(m, r, &score_risk(&a, r));
    let low = event_risk(1, 1, 1);
    assert_eq!(state(&low), AcceptanceState::NotNeeded);
    assert!(state(&low).is_ok());
    let high = event_risk(2, 5, 5);
    assert_eq!(
        state(&high),
        AcceptanceState::Missing {
            need: AcceptanceNeed::ResidualAboveTolerance
        }
    );
    let mut acc = low.clone();
    acc.treatment.option = Some(TreatmentOption::Accept);
    let missing = state(&acc);
    assert_eq!(
        missing,
        AcceptanceState::Missing {
            need: AcceptanceNeed::AcceptOption
        }
    );
    assert!(missing
        .problem(&acc)
        .unwrap()
        .starts_with("R-01 is accepted but has no acceptance record"));
    acc.treatment.acceptance = Some(Acceptance::new_default(date(2026, 11, 30)));
    let s = state(&acc);
    assert_eq!(
        s,
        AcceptanceState::Incomplete {
            need: Some(AcceptanceNeed::AcceptOption),
            gaps: vec![AcceptanceGap::By, AcceptanceGap::Reason]
        }
    );
    assert_eq!(
        s.problem(&acc).unwrap(),
        "The acceptance of R-01 is not complete: fill in who accepted it (Accepted by) and why it is acceptable."
    );
    if let Some(x) = &mut acc.treatment.acceptance {
        x.by = "Managing Partner".into();
        x.reason = "Paper files are kept for a week.".into();
        x.until = date(2026, 1, 1);
    }
    assert_eq!(
        state(&acc),
        AcceptanceState::Incomplete {
            need: Some(AcceptanceNeed::AcceptOption),
            gaps: vec![AcceptanceGap::Period]
        }
    );
    if let Some(x) = &mut acc.treatment.acceptance {
        x.until = date(2027, 11, 30);
    }
    assert_eq!(
        state(&acc),
        AcceptanceState::Complete {
            need: Some(AcceptanceNeed::AcceptOption)
        }
    );
    // A residual brought within tolerance by the planned controls needs none.
    let mut treated = event_risk(3, 4, 3);
    assert!(!m.within_tolerance(score_risk(&a, &treated).residual.level));
    assert!(!state(&treated).is_ok());
    treated.treatment.planned_controls = vec![c(5, 18), c(8, 5), c(8, 13), c(5, 26)];
    assert!(m.within_tolerance(score_risk(&a, &treated).residual.level));
    assert_eq!(state(&treated), AcceptanceState::NotNeeded);
}

#[test]
fn an_old_file_without_the_new_treatment_fields_still_loads() {
    let a = example();
    let text = crate::export(&a, crate::Timestamp(1_764_000_000));
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut removed = 0;
    for r in v["assessment"]["risks"].as_array_mut().unwrap() {
        let t = r["treatment"].as_object_mut().unwrap();
        for key in ["target_reason", "effort", "cost"] {
            removed += usize::from(t.remove(key).is_some());
        }
    }
    assert!(removed > 0, "the new fields are written");
    let back = crate::import(v.to_string().as_bytes()).unwrap();
    assert_eq!(back.assessment, a);
    // Its targets have no reason and stay valid.
    assert_eq!(
        crate::problems(&back.assessment, ""),
        crate::problems(&a, "")
    );
}

#[test]
fn exports_carry_the_plans_owner_due_date_and_status() {
    let a = example();
    let csv = crate::report::risk_register_csv(&a);
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",acceptance,treatment_owner,due,status"),
        "{header}"
    );
    let rows = crate::report::risk_register_rows(&a);
    assert_eq!(rows[0][26..], ["HR Manager", "2027-01-31", "not_started"]);
    let today = crate::Date::new(2026, 11, 30).unwrap();
    let sheets = crate::workbook_sheets(&a, today);
    let plan = sheets
        .iter()
        .find(|s| s.name == "Risk treatment plan")
        .unwrap();
    let col = |title: &str| {
        plan.columns
            .iter()
            .position(|c| c.title == title)
            .unwrap_or_else(|| panic!("no column {title}"))
    };
    assert_eq!(plan.rows.len(), a.risks.len());
    let text = |c: &crate::documents::Cell| match c {
        crate::documents::Cell::Text(s) => s.clone(),
        crate::documents::Cell::Date(d) => d.to_string(),
        other => format!("{other:?}"),
    };
    // Sorted by due date: R-08 (2026-12-15) is the example's earliest.
    assert_eq!(text(&plan.rows[0][0]), "R-08");
    assert_eq!(text(&plan.rows[0][col("Due")]), "2026-12-15");
    let r1 = plan.rows.iter().find(|r| text(&r[0]) == "R-01").unwrap();
    assert_eq!(text(&r1[col("Treatment owner")]), "HR Manager");
    assert_eq!(text(&r1[col("Due")]), "2027-01-31");
    assert_eq!(text(&r1[col("Status")]), "Not started");
    // The example's targets predate reasons: the plan says so.
    assert_eq!(
        text(&r1[col("Residual basis")]),
        "Set by hand (no reason recorded)"
    );
}
