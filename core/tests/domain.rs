//! Native tests of the domain core: reference content, the method, scoring,
//! recommendation, SoA, lint, the file format and its failure modes.
#![cfg(not(target_arch = "wasm32"))]
// Tests may use serde_json's own writers (clippy.toml keeps them out of
// the app and the core).
#![allow(clippy::disallowed_methods)]

use std::collections::{BTreeMap, BTreeSet};

use annexa_core::catalogue::*;
use annexa_core::*;

// ---------------------------------------------------------------- catalogue

#[test]
fn annex_a_2022_counts() {
    assert_eq!(CONTROLS.len(), 93);
    let mut per_theme: BTreeMap<Theme, usize> = BTreeMap::new();
    for c in &CONTROLS {
        *per_theme.entry(c.theme()).or_default() += 1;
    }
    assert_eq!(per_theme[&Theme::Organizational], 37);
    assert_eq!(per_theme[&Theme::People], 8);
    assert_eq!(per_theme[&Theme::Physical], 14);
    assert_eq!(per_theme[&Theme::Technological], 34);
    let new: Vec<String> = CONTROLS
        .iter()
        .filter(|c| c.new_in_2022)
        .map(|c| c.id.to_string())
        .collect();
    assert_eq!(
        new,
        ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"]
    );
}

#[test]
fn annex_a_2022_ids_titles_and_attributes() {
    let mut seen = BTreeSet::new();
    let mut previous = None;
    for c in &CONTROLS {
        assert!(previous < Some(c.id), "{} out of order", c.id);
        previous = Some(c.id);
        assert!(
            !c.title.trim().is_empty() && seen.insert(c.title),
            "title of {}",
            c.id
        );
        assert!(!c.summary.trim().is_empty(), "summary of {}", c.id);
        assert!(!c.control_types.is_empty(), "{}", c.id);
        assert!(!c.properties.is_empty(), "{}", c.id);
        assert!(!c.concepts.is_empty(), "{}", c.id);
        assert!(!c.capabilities.is_empty(), "{}", c.id);
        assert!(!c.domains.is_empty(), "{}", c.id);
        assert_eq!(
            c.new_in_2022,
            legacy_of(c.id).is_empty(),
            "{}: new iff unmapped",
            c.id
        );
    }
    // Spot checks against ISO/IEC 27002:2022 Table A.1.
    let cases: &[(&str, &str)] = &[
        ("5.1", "Policies for information security"),
        ("5.15", "Access control"),
        ("5.23", "Information security for use of cloud services"),
        ("6.7", "Remote working"),
        ("7.4", "Physical security monitoring"),
        ("8.8", "Management of technical vulnerabilities"),
        ("8.28", "Secure coding"),
        (
            "8.34",
            "Protection of information systems during audit testing",
        ),
    ];
    for (id, title) in cases {
        let c = control(id.parse().unwrap()).unwrap();
        assert_eq!(c.title, *title);
    }
    let c = control("5.7".parse().unwrap()).unwrap();
    assert_eq!(
        c.control_types,
        [
            ControlType::Preventive,
            ControlType::Detective,
            ControlType::Corrective
        ]
    );
    assert_eq!(
        c.capabilities,
        [OperationalCapability::ThreatAndVulnerabilityManagement]
    );
    let c = control("8.13".parse().unwrap()).unwrap();
    assert_eq!(c.control_types, [ControlType::Corrective]);
    assert_eq!(
        c.properties,
        [SecurityProperty::Integrity, SecurityProperty::Availability]
    );
    assert_eq!(c.concepts, [CybersecurityConcept::Recover]);
    assert_eq!(c.domains, [SecurityDomain::Protection]);
}

#[test]
fn annex_a_2013_counts_and_titles() {
    assert_eq!(LEGACY_DOMAINS.len(), 14);
    assert_eq!(LEGACY_CONTROLS.len(), 114);
    let mut per_domain: BTreeMap<u8, usize> = BTreeMap::new();
    let mut titles = BTreeSet::new();
    for c in &LEGACY_CONTROLS {
        *per_domain.entry(c.id.domain).or_default() += 1;
        assert!(
            !c.title.trim().is_empty() && titles.insert(c.title),
            "title of {}",
            c.id
        );
    }
    let expected = [
        (5, 2),
        (6, 7),
        (7, 6),
        (8, 10),
        (9, 14),
        (10, 2),
        (11, 15),
        (12, 14),
        (13, 7),
        (14, 13),
        (15, 5),
        (16, 7),
        (17, 4),
        (18, 8),
    ];
    assert_eq!(per_domain.into_iter().collect::<Vec<_>>(), expected);
    assert_eq!(legacy_domain(9).unwrap().title, "Access control");
}

#[test]
fn mapping_is_complete_and_agrees_both_ways() {
    let forward: BTreeSet<(ControlId, LegacyControlId)> = MAP_2022_TO_2013
        .iter()
        .flat_map(|(c, ls)| ls.iter().map(move |l| (*c, *l)))
        .collect();
    let backward: BTreeSet<(ControlId, LegacyControlId)> = MAP_2013_TO_2022
        .iter()
        .flat_map(|(l, cs)| cs.iter().map(move |c| (*c, *l)))
        .collect();
    assert_eq!(forward, backward);
    assert_eq!(MAP_2022_TO_2013.len(), 93);
    assert_eq!(MAP_2013_TO_2022.len(), 114);
    for old in &LEGACY_CONTROLS {
        let targets = current_of(old.id);
        assert!(!targets.is_empty(), "{} maps nowhere", old.id);
        for t in targets {
            assert!(control(*t).is_some(), "{} maps to unknown {t}", old.id);
        }
    }
    let l = |s: &str| s.parse::<LegacyControlId>().unwrap();
    let c = |s: &str| s.parse::<ControlId>().unwrap();
    assert_eq!(legacy_of(c("5.1")), [l("A.5.1.1"), l("A.5.1.2")]);
    assert_eq!(legacy_of(c("8.8")), [l("A.12.6.1"), l("A.18.2.3")]);
    assert_eq!(current_of(l("A.12.6.1")), [c("8.8")]);
}

#[test]
fn clauses_cover_4_1_to_10_2() {
    let ids: Vec<String> = CLAUSES.iter().map(|c| c.id.to_string()).collect();
    assert_eq!(
        ids,
        [
            "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1.1", "6.1.2", "6.1.3", "6.2",
            "6.3", "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2", "8.3",
            "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2"
        ]
    );
    assert_eq!(
        clause("6.3".parse().unwrap()).unwrap().title,
        "Planning of changes"
    );
    for id in ["4.1", "4.2"] {
        let c = clause(id.parse().unwrap()).unwrap();
        assert!(
            annexa_core::text::case::lower(c.requirement).contains("climate"),
            "{id} lacks the 2024 climate note"
        );
    }
    for id in [
        "4.3", "5.2", "6.1.2", "6.1.3", "6.2", "8.2", "8.3", "9.2.2", "9.3.3", "10.2",
    ] {
        assert!(
            !clause(id.parse().unwrap())
                .unwrap()
                .documented_information
                .is_empty(),
            "{id}"
        );
    }
    let soa = clause("6.1.3".parse().unwrap()).unwrap();
    assert!(soa
        .documented_information
        .iter()
        .any(|d| d.name.contains("Statement of Applicability")));
}

#[test]
fn threat_and_vulnerability_libraries() {
    assert!(THREATS.len() >= 40);
    assert!(VULNERABILITIES.len() >= 40);
    for origin in [
        ThreatOrigin::Deliberate,
        ThreatOrigin::Accidental,
        ThreatOrigin::Environmental,
    ] {
        assert!(
            THREATS.iter().filter(|t| t.origin == origin).count() >= 8,
            "{origin:?}"
        );
    }
    for (i, t) in THREATS.iter().enumerate() {
        assert_eq!(t.id, ThreatId(i as u16 + 1));
        assert!(!t.harms.is_empty() && !t.controls.is_empty(), "{}", t.id);
        for link in t.controls {
            assert!(
                control(link.control).is_some()
                    && !annexa_core::catalogue::prose::threat_rationale(t.id, link.control)
                        .unwrap_or_default()
                        .is_empty(),
                "{} → {}",
                t.id,
                link.control
            );
        }
    }
    for (i, v) in VULNERABILITIES.iter().enumerate() {
        assert_eq!(v.id, VulnerabilityId(i as u16 + 1));
        assert!(!v.controls.is_empty(), "{}", v.id);
        for link in v.controls {
            assert!(
                control(link.control).is_some()
                    && !annexa_core::catalogue::prose::vulnerability_rationale(v.id, link.control)
                        .unwrap_or_default()
                        .is_empty(),
                "{} → {}",
                v.id,
                link.control
            );
        }
    }
    let names: Vec<&str> = VULNERABILITIES.iter().map(|v| v.name).collect();
    for seed in [
        "Former employees keep access",
        "Backups never restore-tested",
        "Suppliers have broader access than needed",
        "Incidents handled in ad-hoc chat",
        "Work files sent to personal email",
        "Nobody knows which data is most critical",
        "No multi-factor authentication",
        "Unpatched systems",
    ] {
        assert!(names.contains(&seed), "missing seed vulnerability {seed}");
    }
}

// ---------------------------------------------------------------- method

fn grid(m: &Method) -> Vec<Vec<u8>> {
    m.matrix
        .grid
        .iter()
        .map(|r| r.iter().map(|c| c.0).collect())
        .collect()
}

#[test]
fn default_grids_by_size() {
    let cases: &[(usize, &[&[u8]])] = &[
        (3, &[&[0, 1, 1], &[1, 2, 3], &[1, 3, 3]]),
        (
            4,
            &[&[0, 0, 1, 1], &[0, 1, 2, 2], &[1, 2, 2, 3], &[1, 2, 3, 3]],
        ),
        (
            5,
            &[
                &[0, 0, 0, 0, 1],
                &[0, 0, 1, 1, 2],
                &[0, 1, 1, 2, 2],
                &[0, 1, 2, 2, 3],
                &[1, 2, 2, 3, 3],
            ],
        ),
        (
            6,
            &[
                &[0, 0, 0, 0, 0, 1],
                &[0, 0, 1, 1, 1, 1],
                &[0, 1, 1, 1, 2, 2],
                &[0, 1, 1, 2, 2, 3],
                &[0, 1, 2, 2, 3, 3],
                &[1, 1, 2, 3, 3, 3],
            ],
        ),
    ];
    for (n, expected) in cases {
        let m = Method::with_size(*n, *n);
        assert_eq!(m.likelihood.len(), *n);
        assert_eq!(m.impact.len(), *n);
        assert_eq!(
            grid(&m),
            expected.iter().map(|r| r.to_vec()).collect::<Vec<_>>(),
            "{n}×{n}"
        );
        assert!(m.problems("method").is_empty());
    }
}

#[test]
fn scoring_table() {
    // (size, likelihood, impact, expected level name)
    let cases: &[(usize, u8, u8, &str)] = &[
        (5, 1, 1, "Low"),
        (5, 5, 5, "Critical"),
        (5, 3, 3, "Medium"),
        (5, 4, 4, "High"),
        (5, 2, 5, "High"),
        (5, 5, 1, "Medium"),
        (3, 2, 3, "Critical"),
        (4, 2, 2, "Medium"),
        (6, 6, 6, "Critical"),
        (6, 1, 6, "Medium"),
    ];
    for (n, l, i, name) in cases {
        let m = Method::with_size(*n, *n);
        assert_eq!(
            m.level_name(m.level(Likelihood(*l), Impact(*i))),
            *name,
            "{n}×{n} L{l} I{i}"
        );
    }
}

#[test]
fn grid_overrides_and_non_square_methods() {
    let mut m = Method::default();
    assert_eq!(m.level_name(m.level(Likelihood(1), Impact(5))), "Medium");
    m.cycle_cell(Likelihood(1), Impact(5));
    assert_eq!(m.level_name(m.level(Likelihood(1), Impact(5))), "High");
    m.cycle_cell(Likelihood(1), Impact(5));
    m.cycle_cell(Likelihood(1), Impact(5));
    assert_eq!(
        m.level_name(m.level(Likelihood(1), Impact(5))),
        "Low",
        "cycling wraps"
    );
    let m = Method::with_size(4, 6);
    assert_eq!(m.matrix.grid.len(), 4);
    assert!(m.matrix.grid.iter().all(|r| r.len() == 6));
    assert!(m.problems("method").is_empty());
    let mut bad = Method::default();
    bad.matrix.grid[2].pop();
    bad.tolerance = LevelIndex(9);
    let p = bad.problems("method");
    assert!(
        p.iter().any(|(path, _)| path == "method.matrix.grid[2]"),
        "{p:?}"
    );
    assert!(
        p.iter().any(|(path, _)| path == "method.tolerance"),
        "{p:?}"
    );
}

// ---------------------------------------------------------------- scoring

fn asset(id: u32, cia: [u8; 3]) -> Asset {
    Asset {
        id: AssetId(id),
        name: format!("Asset {id}"),
        asset_type: AssetType::Information,
        reference: None,
        owner: "Owner".into(),
        location: String::new(),
        description: String::new(),
        ratings: Cia {
            confidentiality: Impact(cia[0]),
            integrity: Impact(cia[1]),
            availability: Impact(cia[2]),
        },
    }
}

fn risk(id: u32, assets: &[u32], threat: Option<u16>, likelihood: u8) -> Risk {
    Risk {
        id: RiskId(id),
        title: format!("Risk {id}"),
        description: String::new(),
        identification: Identification::AssetBased {
            assets: assets.iter().map(|a| AssetId(*a)).collect(),
        },
        threat: threat.map(ThreatId),
        vulnerabilities: vec![],
        owner: String::new(),
        likelihood: Likelihood(likelihood),
        properties: vec![],
        impact_override: None,
        existing_controls: vec![],
        current: None,
        treatment: Treatment::default(),
        quant: None,
        reference: None,
    }
}

fn threat_harming(props: &[SecurityProperty]) -> u16 {
    THREATS
        .iter()
        .find(|t| t.harms == props)
        .map(|t| t.id.0)
        .expect("a threat harming exactly these")
}

#[test]
fn high_water_mark_takes_the_max_of_harmed_properties() {
    let c_only = threat_harming(&[SecurityProperty::Confidentiality]);
    let a_only = threat_harming(&[SecurityProperty::Availability]);
    let a = Assessment {
        assets: vec![asset(1, [2, 5, 1]), asset(2, [4, 1, 3])],
        ..Default::default()
    };
    // (assets, threat, expected impact)
    let cases: &[(&[u32], Option<u16>, u8)] = &[
        (&[1], Some(c_only), 2),
        (&[1, 2], Some(c_only), 4),
        (&[1, 2], Some(a_only), 3),
        (&[1], None, 5),
        (&[1, 2], None, 5),
        (&[2], Some(a_only), 3),
    ];
    for (assets, threat, expected) in cases {
        let r = risk(1, assets, *threat, 3);
        let (impact, basis) = inherent_impact(&a, &r);
        assert_eq!(impact, Impact(*expected), "{assets:?} {threat:?}");
        let ImpactBasis::HighWaterMark { sources, .. } = basis else {
            panic!("not HWM")
        };
        assert!(sources.iter().all(|s| s.rating == Impact(*expected)));
    }
    // An override wins and keeps the computed value for the record.
    let mut r = risk(1, &[1, 2], Some(c_only), 3);
    r.impact_override = Some(ImpactOverride {
        impact: Impact(1),
        reason: "Data is public".into(),
    });
    let (impact, basis) = inherent_impact(&a, &r);
    assert_eq!(impact, Impact(1));
    assert_eq!(
        basis,
        ImpactBasis::Overridden {
            computed: Some(Impact(4)),
            reason: "Data is public".into()
        }
    );
    // Event-based risks use their judged impact.
    let mut r = risk(2, &[], None, 2);
    r.identification = Identification::EventBased { impact: Impact(4) };
    assert_eq!(inherent_impact(&a, &r), (Impact(4), ImpactBasis::Judged));
}

/// Issue 13 item 6: the impact is judged per scenario. A laptop theft
/// (threat 11: confidentiality and availability) on a laptop (C3 I2 A2) and
/// the client database (C5 I5 A4) gets the database's C5 by default; the
/// user unticks confidentiality (the laptop is encrypted, the database is
/// not on it) and only the availability ratings count.
#[test]
fn impact_runs_over_the_properties_this_scenario_harms() {
    let laptop_theft = THREATS
        .iter()
        .find(|t| t.name == "Theft of laptop or mobile phone")
        .expect("the laptop theft threat");
    let a = Assessment {
        assets: vec![asset(1, [3, 2, 2]), asset(2, [5, 5, 4])],
        ..Default::default()
    };
    let mut r = risk(1, &[1, 2], Some(laptop_theft.id.0), 3);
    let (c, i, av) = (
        SecurityProperty::Confidentiality,
        SecurityProperty::Integrity,
        SecurityProperty::Availability,
    );
    // Default: the threat's properties; the database's confidentiality.
    assert_eq!(r.harmed_properties(), [c, av]);
    assert!(!r.properties_chosen());
    let (impact, basis) = inherent_impact(&a, &r);
    assert_eq!(impact, Impact(5));
    let ImpactBasis::HighWaterMark {
        sources, chosen, ..
    } = &basis
    else {
        panic!("not HWM: {basis:?}")
    };
    assert!(!chosen);
    assert_eq!(
        sources,
        &[ImpactSource {
            asset: AssetId(2),
            property: c,
            rating: Impact(5)
        }]
    );
    let why = impact_explanation(&a, &basis, impact);
    assert!(why.contains("the threat harms"), "{why}");
    assert!(why.contains("A-02 Asset 2 (confidentiality)"), "{why}");

    // The user unticks C: only the availability ratings count (4, the DB).
    assert!(r.set_harmed(c, false));
    assert_eq!(r.properties, [av]);
    assert!(r.properties_chosen());
    let (impact, basis) = inherent_impact(&a, &r);
    assert_eq!(impact, Impact(4));
    let ImpactBasis::HighWaterMark {
        sources,
        properties,
        chosen,
    } = &basis
    else {
        panic!("not HWM: {basis:?}")
    };
    assert_eq!(properties, &[av]);
    assert!(chosen);
    assert_eq!(sources.len(), 1);
    assert_eq!((sources[0].asset, sources[0].property), (AssetId(2), av));
    let why = impact_explanation(&a, &basis, impact);
    assert!(why.contains("chosen for this risk"), "{why}");
    assert!(why.contains("(availability)"), "{why}");
    assert_eq!(score_risk(&a, &r).inherent.impact, Impact(4));

    // On the laptop alone, unticking C leaves A2.
    let mut laptop_only = risk(2, &[1], Some(laptop_theft.id.0), 3);
    assert_eq!(inherent_impact(&a, &laptop_only).0, Impact(3));
    laptop_only.set_harmed(c, false);
    assert_eq!(inherent_impact(&a, &laptop_only).0, Impact(2));

    // Ticking integrity adds a property the threat does not name.
    assert!(r.set_harmed(i, true));
    assert_eq!(r.harmed_properties(), [i, av]);
    assert_eq!(inherent_impact(&a, &r).0, Impact(5));
    // Back to the threat's set: stored as empty, "the threat's" again.
    assert!(r.set_harmed(i, false));
    assert!(r.set_harmed(c, true));
    assert!(r.properties.is_empty());
    assert!(!r.properties_chosen());
    // The last property cannot be unticked.
    r.set_harmed(c, false);
    assert!(!r.set_harmed(av, false));
    assert_eq!(r.properties, [av]);
    // Properties named on a risk without a threat replace all three.
    let mut no_threat = risk(3, &[1, 2], None, 3);
    assert_eq!(no_threat.harmed_properties(), SecurityProperty::ALL);
    no_threat.set_harmed(c, false);
    no_threat.set_harmed(i, false);
    assert_eq!(inherent_impact(&a, &no_threat).0, Impact(4));
    // Lowering the suggestion still goes through the override, with a reason.
    no_threat.impact_override = Some(ImpactOverride {
        impact: Impact(2),
        reason: "A spare is on the shelf".into(),
    });
    assert_eq!(inherent_impact(&a, &no_threat).0, Impact(2));
}

/// A risk saved before `harms` existed loads with "the threat's", and a
/// risk that uses the threat's writes no `harms` key.
#[test]
fn old_risks_without_properties_load_and_round_trip() {
    let old = serde_json::json!({
        "id": "R-07", "title": "Laptop stolen",
        "identification": {"kind": "asset_based", "assets": ["A-01"]},
        "threat": "T11", "likelihood": 3
    });
    let r: Risk = serde_json::from_value(old).expect("an old risk loads");
    assert!(r.properties.is_empty());
    assert_eq!(
        r.harmed_properties(),
        [
            SecurityProperty::Confidentiality,
            SecurityProperty::Availability
        ]
    );
    let back = serde_json::to_value(&r).expect("serialises");
    assert!(back.get("harms").is_none(), "{back}");
    let mut chosen = r.clone();
    chosen.set_harmed(SecurityProperty::Confidentiality, false);
    let json = serde_json::to_value(&chosen).expect("serialises");
    assert_eq!(json["harms"], serde_json::json!(["availability"]));
    let again: Risk = serde_json::from_value(json).expect("loads again");
    assert_eq!(again, chosen);
}

#[test]
fn three_levels() {
    let a = Assessment {
        assets: vec![asset(1, [5, 5, 5])],
        ..Default::default()
    };
    let mut r = risk(1, &[1], None, 4);
    let s = score_risk(&a, &r);
    assert_eq!(
        (s.inherent.level, s.current.level, s.residual.level),
        (LevelIndex(3), LevelIndex(3), LevelIndex(3))
    );
    r.current = Some(Rating {
        likelihood: Likelihood(3),
        impact: Impact(5),
    });
    r.treatment.target = Some(Rating {
        likelihood: Likelihood(1),
        impact: Impact(4),
    });
    let s = score_risk(&a, &r);
    assert_eq!(a.method.level_name(s.current.level), "High");
    assert_eq!(a.method.level_name(s.residual.level), "Low");
    assert!(!s.current_within_tolerance && s.residual_within_tolerance);
}

// ---------------------------------------------------------------- recommendation

#[test]
fn recommendations_rank_mapped_controls_and_put_implemented_last() {
    let a = example();
    let r = a.risk(RiskId(2)).unwrap();
    let recs = recommend(&a, r);
    assert!(!recs.is_empty());
    // Missing before implemented; by score within each group.
    let first_implemented = recs
        .iter()
        .position(|x| x.implemented)
        .unwrap_or(recs.len());
    assert!(recs[first_implemented..].iter().all(|x| x.implemented));
    for w in recs[..first_implemented].windows(2) {
        assert!(w[0].score >= w[1].score);
    }
    let backup = recs
        .iter()
        .find(|x| x.control.to_string() == "8.13")
        .expect("8.13 for untested backups");
    assert!(backup
        .reasons
        .iter()
        .any(|x| x.kind == ReasonKind::ThreatMapping));
    assert!(backup
        .reasons
        .iter()
        .any(|x| x.kind == ReasonKind::VulnerabilityMapping));
    assert!(
        backup
            .reasons
            .iter()
            .any(|x| x.kind == ReasonKind::ControlTypeFit),
        "corrective fits availability"
    );
    assert_eq!(
        backup.effect,
        Effect {
            likelihood: 0,
            impact: 1
        }
    );
    let malware = recs
        .iter()
        .find(|x| x.control.to_string() == "8.7")
        .unwrap();
    assert!(malware.implemented, "8.7 is an existing control of R-02");
    assert_eq!(recommend(&a, r), recs, "deterministic");
}

#[test]
fn plan_brings_risks_within_tolerance_or_names_the_rest() {
    let a = example();
    let p = plan(&a);
    assert!(!p.above_tolerance.is_empty());
    assert!(!p.steps.is_empty());
    let mut seen = BTreeSet::new();
    for s in &p.steps {
        assert!(seen.insert(s.control), "{} chosen twice", s.control);
        assert!(s.reduction > 0);
    }
    for id in &p.remaining_above_tolerance {
        assert!(p.above_tolerance.contains(id));
    }
    let brought: BTreeSet<RiskId> = p
        .steps
        .iter()
        .flat_map(|s| s.brought_within_tolerance.clone())
        .collect();
    for id in &p.above_tolerance {
        assert!(
            brought.contains(id) ^ p.remaining_above_tolerance.contains(id),
            "{id} is neither fixed nor remaining"
        );
    }
    assert_eq!(plan(&a), p, "deterministic");
}

// ---------------------------------------------------------------- SoA and lint

#[test]
fn soa_has_93_rows_and_keeps_edits() {
    let mut a = example();
    let soa = generate_soa(&a);
    assert_eq!(soa.rows.len(), 93);
    let row = |soa: &Soa, id: &str| {
        soa.rows
            .iter()
            .find(|r| r.control.to_string() == id)
            .cloned()
            .unwrap()
    };
    let r = row(&soa, "5.18");
    assert!(r.applicable);
    assert_eq!(r.reasons, [InclusionReason::RiskTreatment]);
    assert_eq!(r.risks, [RiskId(1), RiskId(3)]);
    assert!(r.justification.contains("R-01") && !r.justification_edited);
    assert_eq!(r.status, ImplementationStatus::Planned);
    assert_eq!(row(&soa, "8.7").status, ImplementationStatus::Implemented);
    assert!(!row(&soa, "8.28").applicable);
    // An edited justification survives regeneration after the register changes.
    a.soa
        .entries
        .entry("5.18".parse().unwrap())
        .or_default()
        .justification = Some("Our own words.".into());
    a.risks.retain(|r| r.id != RiskId(3));
    let r = row(&generate_soa(&a), "5.18");
    assert_eq!(r.justification, "Our own words.");
    assert!(r.justification_edited);
    assert_eq!(r.risks, [RiskId(1)]);
}

fn codes(a: &Assessment, today: Date) -> BTreeSet<&'static str> {
    lint(a, today).into_iter().map(|f| f.code.code()).collect()
}

fn fires(a: &Assessment, code: LintCode, subject: &str) -> bool {
    lint(a, Date::new(2026, 11, 23).unwrap())
        .iter()
        .any(|f| f.code == code && f.subject.to_string() == subject)
}

#[test]
fn lint_codes_fire_on_crafted_input_and_clear_when_fixed() {
    let today = Date::new(2026, 11, 23).unwrap();
    let mut a = example();
    let all = codes(&a, today);
    // The example's SoA is decided: only the gaps it exists to show.
    assert_eq!(
        all,
        BTreeSet::from(["RISK-001", "ASSET-001", "ASSET-002"]),
        "{all:?}"
    );

    // SOA-003 a control nothing drives is to decide, not excluded.
    let id: ControlId = "7.4".parse().unwrap();
    a.soa.entries.remove(&id);
    assert!(fires(&a, LintCode::ControlToDecide, "7.4"));
    assert!(!fires(&a, LintCode::ExcludedWithoutJustification, "7.4"));

    // SOA-001 excluded without justification, fixed by a justification.
    a.soa.entries.entry(id).or_default().applicable = Some(false);
    assert!(fires(&a, LintCode::ExcludedWithoutJustification, "7.4"));
    assert!(!fires(&a, LintCode::ControlToDecide, "7.4"));
    a.soa.entries.entry(id).or_default().exclusion_justification = "No premises of our own.".into();
    assert!(!fires(&a, LintCode::ExcludedWithoutJustification, "7.4"));

    // SOA-002 applicable with no driver, fixed by a reason.
    a.soa.entries.entry(id).or_default().applicable = Some(true);
    assert!(fires(&a, LintCode::ApplicableWithoutDriver, "7.4"));
    a.soa.entries.entry(id).or_default().reasons = vec![InclusionReason::Contractual];
    assert!(!fires(&a, LintCode::ApplicableWithoutDriver, "7.4"));

    // RISK-001 above tolerance without treatment, fixed by an acceptance.
    assert!(fires(&a, LintCode::UntreatedRisk, "R-07"));
    let r7 = a.risks.iter_mut().find(|r| r.id == RiskId(7)).unwrap();
    r7.treatment.acceptance = Some(Acceptance {
        by: "MD".into(),
        on: today,
        until: Date::new(2027, 6, 30).unwrap(),
        reason: "Known".into(),
    });
    assert!(!fires(&a, LintCode::UntreatedRisk, "R-07"));

    // RISK-002 residual above current.
    let r1 = a.risks.iter_mut().find(|r| r.id == RiskId(1)).unwrap();
    r1.current = Some(Rating {
        likelihood: Likelihood(1),
        impact: Impact(1),
    });
    assert!(fires(&a, LintCode::ResidualAboveCurrent, "R-01"));
    let r1 = a.risks.iter_mut().find(|r| r.id == RiskId(1)).unwrap();
    r1.current = None;
    assert!(!fires(&a, LintCode::ResidualAboveCurrent, "R-01"));

    // RISK-003 mitigation without a control.
    let r8 = a.risks.iter_mut().find(|r| r.id == RiskId(8)).unwrap();
    let planned = std::mem::take(&mut r8.treatment.planned_controls);
    assert!(fires(&a, LintCode::MitigationWithoutControl, "R-08"));
    a.risks
        .iter_mut()
        .find(|r| r.id == RiskId(8))
        .unwrap()
        .treatment
        .planned_controls = planned;
    assert!(!fires(&a, LintCode::MitigationWithoutControl, "R-08"));

    // RISK-004 expired acceptance: the example's runs until 2027-09-30.
    assert!(!fires(&a, LintCode::ExpiredAcceptance, "R-06"));
    assert!(lint(&a, Date::new(2027, 10, 1).unwrap())
        .iter()
        .any(|f| f.code == LintCode::ExpiredAcceptance && f.subject.to_string() == "R-06"));

    // ASSET-001 asset without owner.
    assert!(fires(&a, LintCode::AssetWithoutOwner, "A-06"));
    a.assets
        .iter_mut()
        .find(|x| x.id == AssetId(6))
        .unwrap()
        .owner = "IT Lead".into();
    assert!(!fires(&a, LintCode::AssetWithoutOwner, "A-06"));

    // A treated residual above the tolerance needs the risk owner's
    // acceptance (6.1.3 f): R-05 of the example has one.
    assert!(!fires(&a, LintCode::ResidualNotAccepted, "R-05"));
    let record = a.risks[4].treatment.acceptance.take();
    assert!(fires(&a, LintCode::ResidualNotAccepted, "R-05"));
    a.risks[4].treatment.acceptance = record;
    assert!(!fires(&a, LintCode::ResidualNotAccepted, "R-05"));

    let codes: Vec<&str> = LintCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(
        codes,
        [
            "SOA-001",
            "SOA-002",
            "SOA-003",
            "SOA-004",
            "SOA-005",
            "RISK-001",
            "RISK-002",
            "RISK-003",
            "RISK-004",
            "RISK-005",
            "RISK-006",
            "RISK-007",
            "RISK-008",
            "RISK-009",
            "RISK-010",
            "RISK-011",
            "RISK-012",
            "RISK-013",
            "ASSET-001",
            "ASSET-002"
        ]
    );
}

// ---------------------------------------------------------------- file format

const NOW: Timestamp = Timestamp(1_795_430_100);

#[test]
fn export_import_round_trip_is_identity() {
    let a = example();
    let text = export(&a, NOW);
    let env = import(text.as_bytes()).unwrap();
    assert_eq!(env.assessment, a);
    assert_eq!(env.format, "annexa");
    assert_eq!(env.schema_version, SCHEMA_VERSION);
    assert_eq!(env.app_version, APP_VERSION);
    assert_eq!(env.exported_at.to_string(), "2026-11-23T10:35:00Z");
    assert_eq!(
        export(&env.assessment, NOW),
        text,
        "byte-identical after a round trip"
    );
    let empty = Assessment::default();
    assert_eq!(
        import(export(&empty, NOW).as_bytes()).unwrap().assessment,
        empty
    );
}

fn example_value() -> serde_json::Value {
    serde_json::from_str(&export(&example(), NOW)).unwrap()
}

fn import_value(v: &serde_json::Value) -> Result<Envelope> {
    import(serde_json::to_string(v).unwrap().as_bytes())
}

#[test]
fn import_failures_name_their_kind_and_place() {
    use serde_json::json;
    // (what, input bytes, expected kind, text the message must contain)
    let mut cases: Vec<(&str, Vec<u8>, ErrorKind, &str)> = vec![
        (
            "not JSON",
            b"hello".to_vec(),
            ErrorKind::NotJson,
            "not valid JSON",
        ),
        ("empty", b"  ".to_vec(), ErrorKind::NotJson, "empty"),
        (
            "truncated",
            export(&example(), NOW).as_bytes()[..500].to_vec(),
            ErrorKind::Truncated,
            "ends too early",
        ),
        (
            "invalid UTF-8",
            b"{\"format\": \"annexa\xff\"}".to_vec(),
            ErrorKind::InvalidUtf8,
            "UTF-8",
        ),
        (
            "deep nesting",
            format!("{}{}", "[".repeat(100), "]".repeat(100)).into_bytes(),
            ErrorKind::TooDeep,
            "nests deeper",
        ),
        (
            "too large",
            vec![b' '; MAX_IMPORT_BYTES + 1],
            ErrorKind::TooLarge,
            "MB",
        ),
        (
            "not an object",
            b"[1, 2]".to_vec(),
            ErrorKind::WrongFormat,
            "not an Annexa file",
        ),
        (
            "wrong format",
            br#"{"format": "ciso-assistant", "schema_version": 1}"#.to_vec(),
            ErrorKind::WrongFormat,
            "not made by Annexa",
        ),
    ];
    let mut v = example_value();
    v["schema_version"] = json!(SCHEMA_VERSION + 1);
    cases.push((
        "newer schema",
        serde_json::to_vec(&v).unwrap(),
        ErrorKind::NewerSchema,
        "newer Annexa",
    ));
    for (what, bytes, kind, text) in cases {
        let e = import(&bytes).expect_err(what);
        assert_eq!(e.kind, kind, "{what}: {e}");
        assert!(e.to_string().contains(text), "{what}: {e}");
    }

    // (what, mutation, expected kind, expected path, message text)
    type Mutation = fn(&mut serde_json::Value);
    let cases: &[(&str, Mutation, ErrorKind, &str, &str)] = &[
        (
            "wrong type",
            |v| v["assessment"]["risks"][2]["likelihood"] = json!("high"),
            ErrorKind::WrongType,
            "assessment.risks[2].likelihood",
            "expected u8",
        ),
        (
            "bad id",
            |v| v["assessment"]["assets"][0]["id"] = json!("asset one"),
            ErrorKind::WrongType,
            "assessment.assets[0].id",
            "asset id",
        ),
        (
            "out of range",
            |v| v["assessment"]["risks"][1]["likelihood"] = json!(9),
            ErrorKind::OutOfRange,
            "assessment.risks[1].likelihood",
            "1 to 5",
        ),
        (
            "rating out of range",
            |v| v["assessment"]["assets"][3]["ratings"]["integrity"] = json!(0),
            ErrorKind::OutOfRange,
            "assessment.assets[3].ratings.integrity",
            "impact 0",
        ),
        (
            "duplicate id",
            |v| v["assessment"]["assets"][1]["id"] = json!("A-01"),
            ErrorKind::DuplicateId,
            "assessment.assets[1].id",
            "duplicate asset id \"A-01\"",
        ),
        (
            "dangling asset",
            |v| {
                v["assessment"]["risks"][3]["identification"] =
                    json!({"kind": "asset_based", "assets": ["A-17"]})
            },
            ErrorKind::DanglingReference,
            "assessment.risks[3].identification.assets[0]",
            "unknown asset id \"A-17\"",
        ),
        (
            "dangling threat",
            |v| v["assessment"]["risks"][0]["threat"] = json!("T999"),
            ErrorKind::DanglingReference,
            "assessment.risks[0].threat",
            "unknown threat id \"T999\"",
        ),
        (
            "unknown control",
            |v| v["assessment"]["risks"][0]["existing_controls"] = json!(["5.99"]),
            ErrorKind::DanglingReference,
            "assessment.risks[0].existing_controls[0]",
            "unknown control \"5.99\"",
        ),
        (
            "too long",
            |v| v["assessment"]["assets"][0]["description"] = json!("x".repeat(MAX_TEXT + 1)),
            ErrorKind::TooLong,
            "assessment.assets[0].description",
            "limit",
        ),
        (
            "bad grid",
            |v| v["assessment"]["method"]["matrix"]["grid"][0] = json!([0, 0]),
            ErrorKind::Invalid,
            "assessment.method.matrix.grid[0]",
            "impact scale has 5 steps",
        ),
    ];
    for (what, mutate, kind, path, text) in cases {
        let mut v = example_value();
        mutate(&mut v);
        let e = import_value(&v).expect_err(what);
        assert_eq!(e.kind, *kind, "{what}: {e}");
        assert_eq!(e.path.as_deref(), Some(*path), "{what}: {e}");
        assert!(e.to_string().contains(text), "{what}: {e}");
    }
}

#[test]
fn a_bom_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(export(&example(), NOW).as_bytes());
    assert_eq!(import(&bytes).unwrap().assessment, example());
}

#[test]
fn too_many_items_are_refused() {
    let mut a = Assessment::default();
    a.gap_check.answers = (0..=MAX_ITEMS)
        .map(|i| (QuestionId(format!("q{i}")), Answer::Yes))
        .collect();
    let e = validate(&a, "assessment").unwrap_err();
    assert_eq!(e.kind, ErrorKind::TooMany);
    assert_eq!(e.path.as_deref(), Some("assessment.gap_check.answers"));
}

#[test]
fn the_example_validates_scores_and_produces_a_soa() {
    let a = example();
    assert!(problems(&a, "").is_empty(), "{:?}", problems(&a, ""));
    assert_eq!(a.assets.len(), 8);
    let names: Vec<&str> = a.assets.iter().map(|x| x.name.as_str()).collect();
    for n in [
        "CRM platform",
        "Customer database",
        "Cloud telephony",
        "Corporate email",
        "Shared cloud documents",
    ] {
        assert!(names.contains(&n), "{n}");
    }
    assert_eq!(score(&a).len(), a.risks.len());
    assert_eq!(generate_soa(&a).rows.len(), 93);
}

#[test]
fn schema_describes_the_envelope() {
    let s: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
    assert_eq!(s["title"], "Envelope");
    for key in [
        "format",
        "schema_version",
        "app_version",
        "exported_at",
        "assessment",
    ] {
        assert!(s["properties"].get(key).is_some(), "{key}");
    }
    let checked_in = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../schema/annexa.schema.json"
    ))
    .unwrap();
    assert_eq!(
        checked_in,
        json_schema(),
        "schema/annexa.schema.json is stale: run `cargo run -- schema > schema/annexa.schema.json`"
    );
}

// ---------------------------------------------------------------- golden files

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} differs from the golden file; review and rerun with UPDATE_GOLDEN=1 if intended"
    );
}

#[test]
fn golden_example_outputs() {
    let a = example();
    golden(
        "example.score.json",
        &report::to_json(&report::score_json(&a)),
    );
    golden(
        "example.recommend.json",
        &report::to_json(&report::recommend_json(&a)),
    );
    golden("example.soa.json", &report::to_json(&generate_soa(&a)));
    golden("example.soa.csv", &report::soa_csv(&generate_soa(&a)));
}

// ---------------------------------------------------------------- CSV

#[test]
fn csv_neutralises_formulas() {
    let cases: &[(&str, &str)] = &[
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("plain", "plain"),
        ("a,b", "\"a,b\""),
        ("", ""),
    ];
    for (cell, expected) in cases {
        assert_eq!(report::csv_field(cell), *expected, "{cell:?}");
    }
}

// ---------------------------------------------------------------- properties

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn method() -> impl Strategy<Value = Method> {
        (3usize..=6, 3usize..=6).prop_map(|(l, i)| Method::with_size(l, i))
    }

    proptest! {
        #[test]
        fn level_is_monotone_in_likelihood_and_impact(m in method(), l in 1u8..=6, i in 1u8..=6) {
            let (nl, ni) = (m.likelihood.len() as u8, m.impact.len() as u8);
            let (l, i) = (l.min(nl), i.min(ni));
            let here = m.level(Likelihood(l), Impact(i));
            if l < nl { prop_assert!(m.level(Likelihood(l + 1), Impact(i)) >= here); }
            if i < ni { prop_assert!(m.level(Likelihood(l), Impact(i + 1)) >= here); }
        }

        #[test]
        fn residual_is_at_most_current_when_treatment_only_reduces(
            cl in 1u8..=5, ci in 1u8..=5, dl in 0u8..=4, di in 0u8..=4, lik in 1u8..=5,
        ) {
            let a = Assessment { assets: vec![asset(1, [3, 3, 3])], ..Default::default() };
            let mut r = risk(1, &[1], None, lik);
            r.current = Some(Rating { likelihood: Likelihood(cl), impact: Impact(ci) });
            r.treatment.target = Some(Rating {
                likelihood: Likelihood(cl.saturating_sub(dl).max(1)),
                impact: Impact(ci.saturating_sub(di).max(1)),
            });
            let s = score_risk(&a, &r);
            prop_assert!(s.residual.level <= s.current.level);
        }

        #[test]
        fn generated_registers_round_trip(
            ratings in prop::collection::vec((1u8..=5, 1u8..=5, 1u8..=5), 0..12),
            names in prop::collection::vec("\\PC{0,40}", 0..12),
            lik in prop::collection::vec(1u8..=5, 0..12),
        ) {
            let mut a = Assessment::default();
            for (n, (c, i, av)) in ratings.iter().enumerate() {
                let mut x = asset(n as u32 + 1, [*c, *i, *av]);
                x.name = names.get(n).cloned().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "Asset".into());
                a.assets.push(x);
            }
            for (n, l) in lik.iter().enumerate() {
                let assets: Vec<u32> = a.assets.iter().take(n % 3 + 1).map(|x| x.id.0).collect();
                a.risks.push(risk(n as u32 + 1, &assets, Some((n % THREATS.len()) as u16 + 1), *l));
            }
            let back = import(export(&a, NOW).as_bytes()).map(|e| e.assessment);
            prop_assert_eq!(back, Ok(a));
        }

        #[test]
        fn import_never_panics_on_arbitrary_json(v in arbitrary_json()) {
            let wrapped = serde_json::json!({"format": "annexa", "schema_version": 1, "app_version": "x", "exported_at": "2026-01-01T00:00:00Z", "assessment": v.clone()});
            let _ = import(serde_json::to_string(&v).unwrap().as_bytes());
            let _ = import(serde_json::to_string(&wrapped).unwrap().as_bytes());
        }

        #[test]
        fn import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = import(&bytes);
        }
    }

    fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            "[a-zA-Z0-9 .\\-]{0,12}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            let keys = prop_oneof![
                Just("assets".to_string()),
                Just("risks".to_string()),
                Just("method".to_string()),
                Just("id".to_string()),
                Just("likelihood".to_string()),
                Just("ratings".to_string()),
                "[a-z_]{1,10}",
            ];
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(keys, inner, 0..6)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }
}
