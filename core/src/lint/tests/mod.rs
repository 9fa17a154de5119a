//! The lint's tests: the shared base and the SoA's rules here; the
//! register's and the inventory's table in [`register`].

use super::*;
use crate::catalogue::ControlId;
use crate::method::{Impact, Likelihood};
use crate::model::{
    Acceptance, Asset, Cia, ImpactOverride, InterestedParty, Rating, RequirementBasis, Risk,
};
use crate::model::{Assessment, AssetId, Identification, RiskId, TreatmentOption};
use crate::time::Date;

mod register;

fn rating(l: u8, i: u8) -> Rating {
    Rating {
        likelihood: Likelihood(l),
        impact: Impact(i),
    }
}

/// One asset (rated 3 on 5) and one risk to it, mitigated with one
/// planned control: no risk or asset finding.
fn base() -> Assessment {
    let mut a = Assessment::default();
    let mut asset = Asset::new_default(&a.method);
    asset.id = AssetId(1);
    asset.name = "File server".into();
    asset.owner = "IT Lead".into();
    a.assets.push(asset);
    let mut r = Risk::new_default(&a.method);
    r.id = RiskId(1);
    r.title = "Ransomware encrypts the file server".into();
    r.identification = Identification::AssetBased {
        assets: vec![AssetId(1)],
    };
    r.likelihood = Likelihood(3);
    r.treatment.option = Some(TreatmentOption::Mitigate);
    r.treatment.planned_controls = vec![ControlId::new(8, 7)];
    r.treatment.target = Some(rating(2, 3));
    a.risks.push(r);
    a
}

fn acceptance(by: &str, reason: &str) -> Acceptance {
    Acceptance {
        by: by.into(),
        on: Date::new(2026, 1, 10).unwrap(),
        until: Date::new(2027, 1, 10).unwrap(),
        reason: reason.into(),
    }
}

fn today() -> Date {
    Date::new(2026, 6, 1).unwrap()
}

/// The risk and asset findings, as (code, subject).
fn found(a: &Assessment) -> Vec<(LintCode, String)> {
    lint(a, today())
        .into_iter()
        .filter(|f| f.code.area() != LintArea::Soa)
        .map(|f| (f.code, f.subject.to_string()))
        .collect()
}

type Edit = fn(&mut Assessment);
/// (what, the edit, the findings it must give: exactly these)
type Case = (&'static str, Edit, &'static [(LintCode, &'static str)]);

#[test]
fn an_excluded_control_a_risk_uses_is_a_finding() {
    let mut a = base();
    let id = ControlId::new(8, 7);
    a.soa.entries.entry(id).or_default().applicable = Some(false);
    a.soa.entries.entry(id).or_default().exclusion_justification = "No malware here.".into();
    let f: Vec<Finding> = lint(&a, today())
        .into_iter()
        .filter(|f| f.subject == Subject::Control(id))
        .collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].code, LintCode::ExcludedButUsed);
    assert!(f[0].message().contains("R-01"), "{}", f[0].message());
}

/// The SoA findings about control `id`, as codes.
fn found_for(a: &Assessment, id: ControlId) -> Vec<LintCode> {
    lint(a, today())
        .into_iter()
        .filter(|f| f.subject == Subject::Control(id))
        .map(|f| f.code)
        .collect()
}

fn party(name: &str, basis: Option<RequirementBasis>, controls: &[ControlId]) -> InterestedParty {
    InterestedParty {
        name: name.into(),
        requirements: "Records kept for six years".into(),
        basis,
        controls: controls.to_vec(),
    }
}

fn exclude(a: &mut Assessment, id: ControlId) {
    let e = a.soa.entries.entry(id).or_default();
    e.applicable = Some(false);
    e.exclusion_justification = "Not relevant to us.".into();
}

#[test]
fn each_contradiction_of_the_soa_is_one_finding() {
    // 5.33 Protection of records: no risk of the base uses it.
    let records = ControlId::new(5, 33);
    let malware = ControlId::new(8, 7);
    type SoaCase = (&'static str, Edit, ControlId, &'static [LintCode]);
    let cases: &[SoaCase] = &[
        (
            "excluded, required by a legal requirement",
            |a| {
                let id = ControlId::new(5, 33);
                a.context.interested_parties.push(party(
                    "Tax authority",
                    Some(RequirementBasis::LegalRegulatory),
                    &[id],
                ));
                exclude(a, id);
            },
            records,
            &[LintCode::ExcludedButRequired],
        ),
        (
            "excluded, required with no basis stated",
            |a| {
                let id = ControlId::new(5, 33);
                a.context
                    .interested_parties
                    .push(party("Owners", None, &[id]));
                exclude(a, id);
            },
            records,
            &[LintCode::ExcludedButRequired],
        ),
        (
            "excluded, a party requires another control",
            |a| {
                a.context.interested_parties.push(party(
                    "Customers",
                    Some(RequirementBasis::Contractual),
                    &[ControlId::new(5, 34)],
                ));
                exclude(a, ControlId::new(5, 33));
            },
            records,
            &[],
        ),
        (
            "required and applicable",
            |a| {
                let id = ControlId::new(5, 33);
                a.context.interested_parties.push(party(
                    "Tax authority",
                    Some(RequirementBasis::LegalRegulatory),
                    &[id],
                ));
                a.soa.entries.entry(id).or_default().applicable = Some(true);
            },
            records,
            &[],
        ),
        (
            "excluded, used by a risk and required by a party",
            |a| {
                let id = ControlId::new(8, 7);
                a.context.interested_parties.push(party(
                    "Customers",
                    Some(RequirementBasis::Contractual),
                    &[id],
                ));
                exclude(a, id);
            },
            malware,
            &[LintCode::ExcludedButUsed, LintCode::ExcludedButRequired],
        ),
    ];
    for (what, edit, id, expected) in cases {
        let mut a = base();
        edit(&mut a);
        assert_eq!(found_for(&a, *id), expected.to_vec(), "{what}");
        for f in lint(&a, today())
            .into_iter()
            .filter(|f| f.code == LintCode::ExcludedButRequired)
        {
            let m = f.message();
            assert!(!m.contains('{'), "{what}: {m}");
            assert!(m.contains(&id.to_string()), "{what}: {m}");
            let named = a.context.interested_parties[0].name.as_str();
            assert!(m.contains(named), "{what}: {m}");
        }
    }
}

#[test]
fn undriven_controls_are_to_decide_not_excluded() {
    let a = Assessment::default();
    let findings = lint(&a, today());
    assert_eq!(findings.len(), 93, "one decision per control, nothing else");
    assert!(findings.iter().all(|f| f.code == LintCode::ControlToDecide));
    assert!(findings[0].message().contains("Decide"));
    assert!(!progress(&a, today()).soa);
    let soa = generate(&a);
    assert_eq!(soa.to_decide_count(), 93);
    assert!(soa
        .rows
        .iter()
        .all(|r| r.status == crate::model::ImplementationStatus::NotStarted));
}

#[test]
fn soa_counts_of_an_empty_assessment_are_to_decide_without_alarm() {
    let a = Assessment::default();
    let counts = SoaCounts::of(&lint(&a, today()));
    assert_eq!(counts.to_decide, 93);
    assert_eq!(counts.findings, 0);
    assert_eq!(counts.describe(), "93 controls to decide, 0 findings");
    let one = SoaCounts {
        to_decide: 1,
        findings: 1,
    };
    assert_eq!(one.describe(), "1 control to decide, 1 finding");
    assert!(SoaCounts::default().is_empty());
}
