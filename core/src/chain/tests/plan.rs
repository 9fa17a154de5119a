//! The risk treatment plan and the suggestions: the user's plan, sorted
//! by due date, and suggestions that start from what the user chose.

use super::*;

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
