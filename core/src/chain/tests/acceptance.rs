//! The acceptance record, old files that still load, and the exports of
//! the risk treatment plan.

use super::*;

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
