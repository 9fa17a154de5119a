//! The register's and the inventory's rules, table-driven: each case is
//! one edit of the consistent base and exactly the findings it must give.

use super::*;

/// Runs each case on the base: exactly its findings (and no other risk or
/// asset finding), each message in words.
fn check(cases: &[Case]) {
    for (what, edit, expected) in cases {
        let mut a = base();
        edit(&mut a);
        let expected: Vec<(LintCode, String)> = expected
            .iter()
            .map(|(c, s)| (*c, (*s).to_owned()))
            .collect();
        assert_eq!(found(&a), expected, "{what}");
        for f in lint(&a, today()) {
            let m = f.message();
            assert!(!m.contains('{') && m.len() > 20, "{what}: {m}");
        }
    }
}

/// Each contradiction of the register is one finding: ratings that rise
/// from one stage to the next, and residuals lowered without a control.
#[test]
fn each_rating_contradiction_of_the_register_is_one_finding() {
    assert_eq!(found(&base()), vec![], "the base is consistent");
    let cases: &[Case] = &[
        (
            "residual likelihood above current, same level band",
            |a| a.risks[0].treatment.target = Some(rating(4, 2)),
            &[(LintCode::ResidualAboveCurrent, "R-01")],
        ),
        (
            "residual impact above current",
            |a| a.risks[0].treatment.target = Some(rating(2, 4)),
            &[(LintCode::ResidualAboveCurrent, "R-01")],
        ),
        (
            "residual equal to current is fine",
            |a| a.risks[0].treatment.target = Some(rating(3, 3)),
            &[],
        ),
        (
            "residual lowered with no control",
            |a| {
                a.risks[0].treatment.option = Some(TreatmentOption::Accept);
                a.risks[0].treatment.planned_controls.clear();
                a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Low spend"));
            },
            &[(LintCode::ResidualLoweredWithoutControl, "R-01")],
        ),
        (
            "residual lowered with no option and no control",
            |a| {
                a.risks[0].treatment.option = None;
                a.risks[0].treatment.planned_controls.clear();
            },
            &[(LintCode::ResidualLoweredWithoutControl, "R-01")],
        ),
        (
            "residual lowered by avoiding the activity needs no control",
            |a| {
                a.risks[0].treatment.option = Some(TreatmentOption::Avoid);
                a.risks[0].treatment.planned_controls.clear();
            },
            &[],
        ),
        (
            "residual lowered by transferring needs no control",
            |a| {
                a.risks[0].treatment.option = Some(TreatmentOption::Transfer);
                a.risks[0].treatment.planned_controls.clear();
            },
            &[],
        ),
        (
            "current likelihood above inherent",
            |a| {
                a.risks[0].current = Some(rating(4, 3));
                a.risks[0].treatment.target = Some(rating(4, 3));
                // Its high residual is accepted: only the rise shows.
                a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known"));
            },
            &[(LintCode::CurrentAboveInherent, "R-01")],
        ),
        (
            "current likelihood and impact above inherent",
            |a| {
                a.risks[0].current = Some(rating(5, 4));
                a.risks[0].treatment.target = Some(rating(5, 4));
                // Its high residual is accepted: only the rise shows.
                a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known"));
            },
            &[
                (LintCode::CurrentAboveInherent, "R-01"),
                (LintCode::CurrentAboveInherent, "R-01"),
            ],
        ),
    ];
    check(cases);
}

/// Each gap of an acceptance is one finding: a missing or incomplete
/// record, or a residual above the tolerance not accepted.
#[test]
fn each_acceptance_gap_of_the_register_is_one_finding() {
    let cases: &[Case] = &[
        (
            "accept without a record",
            |a| {
                a.risks[0].treatment.option = Some(TreatmentOption::Accept);
                a.risks[0].treatment.target = None;
            },
            &[(LintCode::AcceptWithoutRecord, "R-01")],
        ),
        (
            "an acceptance without approver",
            |a| a.risks[0].treatment.acceptance = Some(acceptance(" ", "Known")),
            &[(LintCode::AcceptanceIncomplete, "R-01")],
        ),
        (
            "an acceptance without reason",
            |a| a.risks[0].treatment.acceptance = Some(acceptance("CEO", "")),
            &[(LintCode::AcceptanceIncomplete, "R-01")],
        ),
        (
            "an acceptance whose end is before its start",
            |a| {
                let mut x = acceptance("CEO", "Known");
                x.until = Date::new(2025, 1, 1).unwrap();
                a.risks[0].treatment.acceptance = Some(x);
            },
            &[
                (LintCode::AcceptanceIncomplete, "R-01"),
                (LintCode::ExpiredAcceptance, "R-01"),
            ],
        ),
        (
            "a treated residual above the tolerance, not accepted",
            |a| {
                a.assets[0].ratings.availability = Impact(5);
                a.risks[0].treatment.target = Some(rating(3, 5));
            },
            &[(LintCode::ResidualNotAccepted, "R-01")],
        ),
        (
            "a treated residual above the tolerance, accepted",
            |a| {
                a.assets[0].ratings.availability = Impact(5);
                a.risks[0].treatment.target = Some(rating(3, 5));
                a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known"));
            },
            &[],
        ),
        (
            "a complete acceptance",
            |a| a.risks[0].treatment.acceptance = Some(acceptance("CEO", "Known")),
            &[],
        ),
    ];
    check(cases);
}

/// Each gap of the controls, titles and assets is one finding: controls in
/// place and planned or listed twice, an empty title, an impact with no
/// asset, a highly rated asset no risk covers.
#[test]
fn each_control_title_and_asset_gap_is_one_finding() {
    let cases: &[Case] = &[
        (
            "a control in place and planned",
            |a| {
                a.risks[0].existing_controls = vec![ControlId::new(8, 7)];
                // The control in place lowers the current rating it
                // proposes; the residual follows the plan's proposal.
                a.risks[0].treatment.target = None;
            },
            &[(LintCode::ControlInPlaceAndPlanned, "R-01")],
        ),
        (
            "a control planned twice",
            |a| {
                a.risks[0].treatment.planned_controls = vec![
                    ControlId::new(8, 7),
                    ControlId::new(8, 8),
                    ControlId::new(8, 7),
                ]
            },
            &[(LintCode::DuplicateControl, "R-01")],
        ),
        (
            "a control in place twice",
            |a| a.risks[0].existing_controls = vec![ControlId::new(5, 1), ControlId::new(5, 1)],
            &[(LintCode::DuplicateControl, "R-01")],
        ),
        (
            "an empty risk title",
            |a| a.risks[0].title = " \t".into(),
            &[(LintCode::RiskWithoutTitle, "R-01")],
        ),
        (
            "an asset-based risk with no assets left",
            |a| {
                a.risks[0].identification = Identification::AssetBased { assets: vec![] };
            },
            &[(LintCode::ImpactUnknown, "R-01")],
        ),
        (
            "no assets but a judged impact",
            |a| {
                a.risks[0].identification = Identification::AssetBased { assets: vec![] };
                a.risks[0].impact_override = Some(ImpactOverride {
                    impact: Impact(3),
                    reason: "Judged in the workshop".into(),
                });
            },
            &[],
        ),
        (
            "a highly rated asset no risk covers",
            |a| {
                a.assets[0].ratings = Cia {
                    confidentiality: Impact(2),
                    integrity: Impact(4),
                    availability: Impact(2),
                };
                a.risks[0].identification = Identification::EventBased { impact: Impact(3) };
            },
            &[(LintCode::AssetWithoutRisk, "A-01")],
        ),
        (
            "a covered highly rated asset",
            |a| a.assets[0].ratings.integrity = Impact(5),
            &[],
        ),
    ];
    check(cases);
}
