//! Issue 13, "The risk chain holds together": each field case of
//! `shared/cases/` that shows a contradiction the register accepted is a
//! test of the right value (the finding, the score, the SoA row).

use annexa_core::catalogue::ControlId;
use annexa_core::*;

fn case(name: &str) -> Assessment {
    let path = format!("{}/../../shared/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    import(&bytes)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .assessment
}

fn today() -> Date {
    Date::new(2026, 6, 1).unwrap()
}

/// The risk and asset findings, as "CODE subject".
fn findings(a: &Assessment) -> Vec<String> {
    lint(a, today())
        .into_iter()
        .filter(|f| f.code.area() != LintArea::Soa)
        .map(|f| format!("{} {}", f.code, f.subject))
        .collect()
}

fn row(a: &Assessment, id: &str) -> SoaRow {
    generate_soa(a)
        .rows
        .into_iter()
        .find(|r| r.control.to_string() == id)
        .unwrap()
}

#[test]
fn case_02_residual_above_current_and_current_above_inherent() {
    let a = case("case-02-residual-above-current.json");
    assert_eq!(
        findings(&a),
        [
            // current L2/I4, target L3/I3: the likelihood goes up.
            "RISK-002 R-01",
            // current L4/I2, target L3/I3: the impact goes up.
            "RISK-002 R-02",
            // accepted, target 1/1 with no control at all.
            "RISK-005 R-03",
            // current L5/I4 above inherent L3/I3, both ratings; its
            // residual stays above the tolerance and no one accepted it.
            "RISK-006 R-04",
            "RISK-006 R-04",
            "RISK-013 R-04",
        ]
    );
    let messages: Vec<String> = lint(&a, today())
        .iter()
        .filter(|f| f.subject.to_string() == "R-01")
        .map(Finding::message)
        .collect();
    assert!(
        messages[0].contains("residual likelihood") && messages[0].contains("check the target"),
        "{messages:?}"
    );
}

#[test]
fn case_03_a_control_in_place_and_planned() {
    let a = case("case-03-control-in-both-lists.json");
    // RISK-002 too: 8.13 and 8.7 in place propose a current impact of 2,
    // below the target's 4, which the file set before they were counted.
    assert_eq!(findings(&a), ["RISK-002 R-01", "RISK-007 R-01"]);
    let m = lint(&a, today())
        .into_iter()
        .find(|f| f.code == LintCode::ControlInPlaceAndPlanned)
        .unwrap()
        .message();
    assert!(m.contains("8.13"), "{m}");
    // The SoA no longer calls a control still being planned "Implemented".
    assert_eq!(
        row(&a, "8.13").status,
        ImplementationStatus::PartiallyImplemented
    );
    assert_eq!(row(&a, "8.7").status, ImplementationStatus::Implemented);
    assert_eq!(row(&a, "8.8").status, ImplementationStatus::Planned);
}

#[test]
fn case_05_accept_without_a_complete_record() {
    let a = case("case-05-accept-without-record.json");
    assert_eq!(findings(&a), ["RISK-008 R-02", "RISK-009 R-03"]);
    let m = lint(&a, today())
        .into_iter()
        .find(|f| f.code == LintCode::AcceptanceIncomplete)
        .unwrap()
        .message();
    assert!(m.contains("approver and reason"), "{m}");
}

#[test]
fn case_12_deleting_the_only_asset_leaves_the_risk_critical_and_flagged() {
    let mut a = case("case-12-deleted-asset.json");
    let before = ScoredRegister::new(&a).scores()[0].clone();
    assert_eq!(a.method.level_name(before.inherent.level), "Critical");
    delete_asset(&mut a, AssetId(1));
    let after = ScoredRegister::new(&a).scores()[0].clone();
    // Impact unknown: scored at the highest step, never the lowest.
    assert_eq!(after.impact_basis, ImpactBasis::NoAssets);
    assert_eq!(after.inherent.impact, Impact(5));
    assert_eq!(after.inherent.level, before.inherent.level);
    assert_eq!(a.method.level_name(after.inherent.level), "Critical");
    // Its treatment leaves it Critical, above the tolerance, unaccepted.
    assert_eq!(findings(&a), ["RISK-012 R-01", "RISK-013 R-01"]);
    // An untreated risk keeps its "untreated" finding after the deletion.
    a.risks[0].treatment = Treatment::default();
    assert!(findings(&a).contains(&"RISK-001 R-01".to_owned()));
}

#[test]
fn case_11_one_control_listed_twice_is_a_finding() {
    // Whatever the SoA keys do at import, the risk's own lists hold
    // "A.8.5" and "8.05" (one control) and 5.17 both in place and planned.
    let text = std::fs::read_to_string(format!(
        "{}/../../shared/cases/case-11-control-id-formats.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["assessment"]["soa"] = serde_json::json!({});
    let a = import(v.to_string().as_bytes()).unwrap().assessment;
    assert_eq!(findings(&a), ["RISK-007 R-01", "RISK-010 R-01"]);
}

#[test]
fn case_18_generated_text_fits_a_spreadsheet_cell_and_exports() {
    let a = case("case-18-very-long-titles.json");
    let r = row(&a, "5.18");
    let n = r.justification.chars().count();
    assert!(n < CELL_LIMIT, "{n} characters");
    assert!(r.justification.contains("R-01"), "the first risk is named");
    assert!(
        r.justification.contains("and 1 more"),
        "the other one is counted"
    );
    let book = workbook(&a, today()).expect("a valid file never fails an export");
    assert!(book.starts_with(b"PK"));
}

#[test]
fn capped_lists_name_what_fits_and_count_the_rest() {
    let items: Vec<String> = (1..=30).map(|n| format!("item {n}")).collect();
    assert_eq!(capped_list(&items[..2], 10, 1000), "item 1, item 2");
    let ten = capped_list(&items, 10, 1000);
    assert!(ten.ends_with("item 10, and 20 more"), "{ten}");
    let tight = capped_list(&items, 30, 60);
    assert!(tight.chars().count() <= 60, "{tight}");
    assert!(
        tight.starts_with("item 1, ") && tight.contains("more"),
        "{tight}"
    );
    let huge = vec!["x".repeat(50_000)];
    let one = capped_list(&huge, 10, 1_000);
    assert!(one.chars().count() <= 1_000 && one.ends_with('…'));
}

// ---------------------------------------------------------------- files

fn case_text(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../shared/cases/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn case_11_two_keys_naming_one_control_are_refused_with_both_paths() {
    let e = import(case_text("case-11-control-id-formats.json").as_bytes()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::DuplicateId);
    assert_eq!(e.path.as_deref(), Some("assessment.soa.entries.\"5.1\""));
    assert!(
        e.message.contains("assessment.soa.entries.\"A.5.1\"")
            && e.message.contains("assessment.soa.entries.\"5.1\"")
            && e.message.contains("control 5.1"),
        "{e}"
    );
    // The later key's entry, line 15 of the file.
    assert_eq!(e.position, Some((15, 16)), "{e}");
    // One key per control imports, whatever its spelling.
    let mut v: serde_json::Value =
        serde_json::from_str(&case_text("case-11-control-id-formats.json")).unwrap();
    v["assessment"]["soa"]["entries"]
        .as_object_mut()
        .unwrap()
        .remove("5.1");
    let a = import(v.to_string().as_bytes()).unwrap().assessment;
    assert_eq!(a.soa.entries[&ControlId::new(5, 1)].owner, "CISO");
    assert_eq!(
        a.soa.entries[&ControlId::new(5, 23)].applicable,
        Some(false)
    );
}

#[test]
fn case_10_a_2013_file_maps_its_ids_through_annex_b_and_says_so() {
    let env = import(case_text("case-10-2013-control-ids.json").as_bytes())
        .unwrap_or_else(|e| panic!("a 2013 file of 2013 ids imports: {e}"));
    let a = env.assessment;
    assert_eq!(a.context.edition, Edition::Iso2013);
    assert_eq!(a.risks[0].existing_controls, [ControlId::new(8, 8)]);
    assert_eq!(
        a.risks[0].treatment.planned_controls,
        catalogue::current_of("A.14.2.1".parse().unwrap())
    );
    let entry = &a.soa.entries[&ControlId::new(8, 8)];
    assert_eq!(entry.applicable, Some(true));
    assert_eq!(entry.reasons, [InclusionReason::BusinessPractice]);
    let mapped = &a.soa.document.mapped_from_2013;
    assert_eq!(mapped[&"A.12.6.1".parse().unwrap()], [ControlId::new(8, 8)]);
    assert_eq!(mapped.len(), 2);
    // The SoA is a 2022 SoA, and says it was produced from 2013 ids.
    let soa = generate_soa(&a);
    assert_eq!(soa.rows.len(), 93);
    assert!(
        soa.document.standard.starts_with("ISO/IEC 27001:2022"),
        "{}",
        soa.document.standard
    );
    let note = report::mapping_sentence(&soa);
    assert!(note.contains("A.12.6.1 → 8.8"), "{note}");
    assert!(report::soa_md(&soa).contains("A.12.6.1 → 8.8"));
    // What the app saves loads again, unchanged.
    let back = import(export(&a, Timestamp(0)).as_bytes())
        .unwrap()
        .assessment;
    assert_eq!(back, a);
}

#[test]
fn a_2013_id_in_a_2022_file_is_refused_naming_its_successor() {
    let text = case_text("case-10-2013-control-ids.json")
        .replace("\"edition\": \"2013\"", "\"edition\": \"2022\"");
    let e = import(text.as_bytes()).unwrap_err();
    assert_eq!(
        e.path.as_deref(),
        Some("assessment.risks[0].existing_controls[0]")
    );
    assert!(
        e.message
            .contains("A.12.6.1 is a 2013 id; in 2022 it is 8.8"),
        "{e}"
    );
}

#[test]
fn validation_lists_every_fault_with_its_place() {
    let mut a = example();
    a.risks[1].title = " ".into();
    a.risks[4].title.clear();
    a.assets[2].name.clear();
    let text = export(&a, Timestamp(0));
    let faults = file_problems(text.as_bytes());
    let paths: Vec<&str> = faults.iter().filter_map(|e| e.path.as_deref()).collect();
    assert_eq!(
        paths,
        [
            "assessment.assets[2].name",
            "assessment.risks[1].title",
            "assessment.risks[4].title"
        ]
    );
    assert!(faults.iter().all(|e| e.position.is_some()), "{faults:?}");
    // The import refuses the first of them.
    assert_eq!(import(text.as_bytes()).unwrap_err(), faults[0]);
    // At most 50 are listed.
    let mut many = example();
    let template = many.risks[0].clone();
    many.risks = (1..=80)
        .map(|n| Risk {
            id: RiskId(n),
            title: String::new(),
            ..template.clone()
        })
        .collect();
    let faults = file_problems(export(&many, Timestamp(0)).as_bytes());
    assert_eq!(faults.len(), MAX_REPORTED);
    // A valid file has none; a file that is not JSON has one.
    assert_eq!(
        file_problems(export(&example(), Timestamp(0)).as_bytes()),
        []
    );
    assert_eq!(file_problems(b"nope").len(), 1);
}

#[test]
fn joined_user_text_never_fails_the_xlsx_export() {
    let mut a = example();
    let e = a.soa.entries.entry(ControlId::new(5, 1)).or_default();
    e.evidence = vec!["x".repeat(MAX_TEXT); 3];
    assert!(problems(&a, "").is_empty(), "a valid file");
    workbook(&a, today()).expect("every cell fits");
    let cut = fit_cell(&"y".repeat(60_000)).into_owned();
    assert!(cut.chars().count() <= CELL_LIMIT);
    assert!(
        cut.ends_with("… and 27333 more characters"),
        "{}",
        &cut[cut.len() - 40..]
    );
    assert_eq!(fit_cell("short"), "short");
}

#[test]
fn interested_parties_requirements_drive_the_soa_and_its_justification() {
    let mut a = Assessment::default();
    a.context.interested_parties = vec![
        InterestedParty {
            name: "Data protection regulator".into(),
            requirements: "Breaches reported within 72 hours.".into(),
            basis: Some(RequirementBasis::LegalRegulatory),
            controls: vec![ControlId::new(5, 24), ControlId::new(5, 34)],
        },
        InterestedParty {
            name: "Key customer".into(),
            requirements: "Incidents notified within a day.".into(),
            basis: Some(RequirementBasis::Contractual),
            controls: vec![ControlId::new(5, 24)],
        },
        InterestedParty {
            name: "Staff".into(),
            basis: None,
            controls: vec![ControlId::new(6, 7)],
            ..InterestedParty::default()
        },
    ];
    let r = row(&a, "5.24");
    assert_eq!(r.decision, Decision::Applicable);
    assert_eq!(
        r.reasons,
        [
            InclusionReason::LegalRegulatory,
            InclusionReason::Contractual
        ]
    );
    assert_eq!(
        r.justification,
        "Required by law or regulation, a requirement of Data protection regulator. Required by contract with Key customer."
    );
    let staff = row(&a, "6.7");
    assert_eq!(staff.reasons, [InclusionReason::BusinessPractice]);
    assert_eq!(
        staff.justification,
        "Adopted as good practice for the business. Required by interested parties: Staff."
    );
    // Driven rows need no decision and give no finding.
    let soa_findings: Vec<String> = lint(&a, today())
        .into_iter()
        .filter(|f| ["5.24", "5.34", "6.7"].contains(&f.subject.to_string().as_str()))
        .map(|f| f.code.to_string())
        .collect();
    assert_eq!(soa_findings, Vec::<String>::new());
    let back = import(export(&a, Timestamp(0)).as_bytes())
        .unwrap()
        .assessment;
    assert_eq!(back, a, "what the app saves loads again");
}

#[test]
fn gap_check_answers_drive_the_soa_and_its_justification() {
    let mut a = Assessment::default();
    let q = gap_questions(GapMode::Short)
        .iter()
        .find(|q| !q.controls.is_empty())
        .unwrap();
    a.gap_check.set_answer(q.id.clone(), Answer::Partly);
    let r = row(&a, &q.controls[0].to_string());
    assert_eq!(r.decision, Decision::Applicable);
    assert_eq!(r.answers, [(q.id.clone(), Answer::Partly)]);
    assert!(
        r.justification.starts_with("The gap check asks about it: ")
            && r.justification.contains(&q.id.0)
            && r.justification.contains("Partly"),
        "{}",
        r.justification
    );
    // "Not applicable" drives nothing.
    a.gap_check.set_answer(q.id.clone(), Answer::NotApplicable);
    assert_eq!(
        row(&a, &q.controls[0].to_string()).decision,
        Decision::ToDecide
    );
}

/// 5 → 4 → 5 impact steps on field files (not only the worked example):
/// the way down moves the "Severe" ratings, the way back restores every
/// rating, name and definition, and nothing is left to remember
/// (issue 13 §7, ISO/IEC 27001:2022 6.1.2 a: the risk criteria).
#[test]
fn impact_scale_five_to_four_to_five_restores_field_files() {
    for name in [
        "case-12-deleted-asset.json",
        "case-02-residual-above-current.json",
        "case-14-formula-unicode-names.json",
    ] {
        let original = case(name);
        assert_eq!(original.method.impact.len(), 5, "{name}");
        let before = scores(&original);
        let findings_before = findings(&original);
        let mut a = original.clone();
        let preview = preview_scale_change(&a, a.method.likelihood.len(), 4);
        assert_eq!(a, original, "{name}: a preview changes nothing");
        let down = resize_method(&mut a, original.method.likelihood.len(), 4);
        assert_eq!(down, preview, "{name}: the preview is what happens");
        assert_eq!(a.method.impact.len(), 4, "{name}");
        assert_eq!(problems(&a, ""), vec![], "{name}: still valid at 4 steps");
        let up = resize_method(&mut a, original.method.likelihood.len(), 5);
        assert!(
            up.moved.iter().all(|m| m.restored),
            "{name}: {:?}",
            up.lines()
        );
        assert_eq!(up.moved.len(), down.moved.len(), "{name}");
        assert_eq!(a, original, "{name}: every rating as it was");
        assert_eq!(scores(&a), before, "{name}: every score as it was");
        assert_eq!(findings(&a), findings_before, "{name}");
    }
    // The case with a "Severe" customer database really moves on the way
    // down: the round trip is not trivially empty.
    let mut a = case("case-12-deleted-asset.json");
    let down = resize_method(&mut a, 5, 4);
    assert!(!down.is_empty());
    assert!(
        down.lines().iter().any(|l| l.contains("Severe")),
        "{:?}",
        down.lines()
    );
}

/// Each risk's id with its inherent, current and residual level.
fn scores(a: &Assessment) -> Vec<String> {
    let register = ScoredRegister::new(a);
    register
        .rows(a)
        .map(|s| format!("{} {:?}", s.risk.id, s.score))
        .collect()
}
