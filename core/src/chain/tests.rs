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

mod acceptance;
mod plan;

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
