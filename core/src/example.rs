//! The worked example: a service company with a CRM platform, a customer
//! database, cloud telephony, corporate email, shared cloud documents and
//! remote staff, with the everyday gaps such a company has.

use std::collections::BTreeMap;

use super::catalogue::{AssetType, ControlId, ThreatId, VulnerabilityId};
use super::method::{Impact, Likelihood, Method};
use super::model::*;
use super::time::Date;

fn date(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

fn c(theme: u8, n: u8) -> ControlId {
    ControlId::new(theme, n)
}

fn rating(l: u8, i: u8) -> Rating {
    Rating {
        likelihood: Likelihood(l),
        impact: Impact(i),
    }
}

fn asset(
    id: u32,
    name: &str,
    t: AssetType,
    owner: &str,
    location: &str,
    description: &str,
    cia: [u8; 3],
) -> Asset {
    Asset {
        id: AssetId(id),
        name: name.into(),
        asset_type: t,
        reference: None,
        owner: owner.into(),
        location: location.into(),
        description: description.into(),
        ratings: Cia {
            confidentiality: Impact(cia[0]),
            integrity: Impact(cia[1]),
            availability: Impact(cia[2]),
        },
    }
}

struct RiskSpec<'a> {
    id: u32,
    title: &'a str,
    description: &'a str,
    assets: &'a [u32],
    event_impact: Option<u8>,
    threat: Option<u16>,
    vulns: &'a [u16],
    owner: &'a str,
    likelihood: u8,
    existing: &'a [ControlId],
    current: Option<Rating>,
    treatment: Treatment,
}

fn risk(s: RiskSpec) -> Risk {
    Risk {
        id: RiskId(s.id),
        title: s.title.into(),
        description: s.description.into(),
        identification: match s.event_impact {
            Some(i) => Identification::EventBased { impact: Impact(i) },
            None => Identification::AssetBased {
                assets: s.assets.iter().map(|a| AssetId(*a)).collect(),
            },
        },
        threat: s.threat.map(ThreatId),
        vulnerabilities: s.vulns.iter().map(|v| VulnerabilityId(*v)).collect(),
        owner: s.owner.into(),
        likelihood: Likelihood(s.likelihood),
        properties: vec![],
        impact_override: None,
        existing_controls: s.existing.to_vec(),
        current: s.current,
        treatment: s.treatment,
        quant: None,
        reference: None,
    }
}

fn mitigate(controls: &[ControlId], owner: &str, due: Date, target: Rating) -> Treatment {
    Treatment {
        option: Some(TreatmentOption::Mitigate),
        planned_controls: controls.to_vec(),
        owner: owner.into(),
        due: Some(due),
        status: TreatmentStatus::NotStarted,
        effort: None,
        cost: None,
        target: Some(target),
        target_reason: String::new(),
        acceptance: None,
    }
}

/// The example assessment. It validates, scores, and produces a SoA in
/// which every control is decided (applicable with a driver, or excluded
/// with a justification). The lint still finds the gaps it exists to show:
/// one risk above tolerance without a treatment, and a laptop fleet
/// that nobody owns and no risk covers.
pub fn example() -> Assessment {
    let assets = vec![
        asset(
            1,
            "CRM platform",
            AssetType::CloudService,
            "Head of Sales",
            "SaaS, EU region",
            "Customer records, deals and support history; used by every team all day.",
            [4, 4, 4],
        ),
        asset(
            2,
            "Customer database",
            AssetType::Information,
            "Operations Director",
            "Inside the CRM and nightly exports",
            "Names, contacts, contracts and billing details of about 4,000 customers.",
            [5, 4, 3],
        ),
        asset(
            3,
            "Cloud telephony",
            AssetType::CloudService,
            "Customer Service Lead",
            "Hosted VoIP provider",
            "Inbound support lines and call recordings.",
            [3, 2, 4],
        ),
        asset(
            4,
            "Corporate email",
            AssetType::CloudService,
            "IT Lead",
            "Cloud office suite",
            "Mailboxes of all staff; password resets of most other services arrive here.",
            [4, 3, 4],
        ),
        asset(
            5,
            "Shared cloud documents",
            AssetType::Information,
            "Operations Director",
            "Cloud office suite",
            "Proposals, contracts, price lists and internal procedures.",
            [4, 3, 3],
        ),
        asset(
            6,
            "Remote staff laptops",
            AssetType::Hardware,
            "",
            "Staff homes",
            "About 35 laptops used from home and on the road.",
            [4, 3, 3],
        ),
        asset(
            7,
            "Remote staff",
            AssetType::People,
            "HR Manager",
            "Home offices",
            "Sales, support and operations staff who work mostly from home.",
            [3, 3, 3],
        ),
        asset(
            8,
            "Managed IT support provider",
            AssetType::Supplier,
            "IT Lead",
            "External",
            "Administers laptops, email and the CRM configuration.",
            [4, 4, 3],
        ),
    ];
    let risks = vec![
        risk(RiskSpec {
            id: 1,
            title: "Former employees keep access to the CRM",
            description: "Leavers' accounts are not always removed, so a former employee could still read or export customer data.",
            assets: &[1, 2], event_impact: None, threat: Some(7), vulns: &[1],
            owner: "HR Manager", likelihood: 4, existing: &[], current: None,
            treatment: mitigate(&[c(5, 18), c(6, 5), c(5, 15)], "HR Manager", date(2027, 1, 31), rating(1, 5)),
        }),
        risk(RiskSpec {
            id: 2,
            title: "Ransomware encrypts shared documents and exports",
            description: "Backups exist, but nobody has tried to restore them, so recovery after ransomware is uncertain.",
            assets: &[2, 5], event_impact: None, threat: Some(1), vulns: &[2, 8],
            owner: "IT Lead", likelihood: 3, existing: &[c(8, 7)], current: Some(rating(3, 4)),
            treatment: mitigate(&[c(8, 13), c(8, 8), c(5, 30)], "IT Lead", date(2027, 2, 28), rating(2, 3)),
        }),
        risk(RiskSpec {
            id: 3,
            title: "Supplier uses broader access than it needs",
            description: "The IT provider and the telephony vendor hold admin rights to more systems than their contracts require.",
            assets: &[1, 3, 8], event_impact: None, threat: Some(14), vulns: &[3],
            owner: "IT Lead", likelihood: 3, existing: &[], current: None,
            treatment: mitigate(&[c(5, 19), c(5, 20), c(5, 18)], "IT Lead", date(2027, 3, 31), rating(2, 4)),
        }),
        risk(RiskSpec {
            id: 4,
            title: "A security incident is handled ad hoc in chat",
            description: "Incidents are discussed in group chat with no owner, no record and no customer notification plan.",
            assets: &[], event_impact: Some(4), threat: Some(22), vulns: &[4],
            owner: "Operations Director", likelihood: 3, existing: &[], current: None,
            treatment: mitigate(&[c(5, 24), c(5, 26), c(6, 8)], "Operations Director", date(2027, 1, 15), rating(3, 2)),
        }),
        risk(RiskSpec {
            id: 5,
            title: "Work files leave through personal email",
            description: "Staff send proposals and customer lists to personal mailboxes to work from home.",
            assets: &[2, 5], event_impact: None, threat: Some(6), vulns: &[5],
            owner: "Operations Director", likelihood: 4, existing: &[], current: None,
            treatment: Treatment {
                // The residual stays High: the risk owner accepts it (6.1.3 f).
                acceptance: Some(Acceptance {
                    by: "Operations Director".into(),
                    on: date(2026, 11, 2),
                    until: date(2027, 10, 31),
                    reason: "Customer lists are needed on the road; once data loss prevention and training are in place, what remains is a rare slip by one person.".into(),
                }),
                ..mitigate(&[c(8, 12), c(5, 10), c(6, 3)], "Operations Director", date(2027, 4, 30), rating(2, 5))
            },
        }),
        risk(RiskSpec {
            id: 6,
            title: "Cloud telephony outage stops the support lines",
            description: "The hosted telephony provider is a single point of failure for customer support.",
            assets: &[3], event_impact: None, threat: Some(35), vulns: &[18],
            owner: "Customer Service Lead", likelihood: 2, existing: &[], current: None,
            treatment: Treatment {
                option: Some(TreatmentOption::Accept),
                planned_controls: vec![],
                owner: "Customer Service Lead".into(),
                due: None,
                status: TreatmentStatus::NotStarted,
                effort: None,
                cost: None,
                target: None,
                target_reason: String::new(),
                acceptance: Some(Acceptance {
                    by: "Managing Director".into(),
                    on: date(2026, 10, 1),
                    until: date(2027, 9, 30),
                    reason: "The provider's record is good and calls can be diverted to mobiles within an hour.".into(),
                }),
            },
        }),
        risk(RiskSpec {
            id: 7,
            title: "Nobody knows which data is most critical",
            description: "Without classification, sensitive exports sit in open shared folders while effort goes elsewhere.",
            assets: &[2, 5], event_impact: None, threat: Some(28), vulns: &[6, 11],
            owner: "Operations Director", likelihood: 3, existing: &[], current: None,
            treatment: Treatment::default(),
        }),
        risk(RiskSpec {
            id: 8,
            title: "Email account takeover without MFA",
            description: "Mailboxes are protected by passwords alone; a phished password opens email and every reset link in it.",
            assets: &[4], event_impact: None, threat: Some(3), vulns: &[7, 10],
            owner: "IT Lead", likelihood: 4, existing: &[c(5, 17)], current: Some(rating(4, 4)),
            treatment: mitigate(&[c(8, 5)], "IT Lead", date(2026, 12, 15), rating(1, 4)),
        }),
    ];
    let mut entries = BTreeMap::new();
    let legal = |text: &str| SoaEntry {
        applicable: Some(true),
        reasons: vec![InclusionReason::LegalRegulatory],
        justification: Some(text.into()),
        ..SoaEntry::default()
    };
    entries.insert(
        c(5, 31),
        legal("GDPR and customer contracts set obligations that must be tracked."),
    );
    entries.insert(
        c(5, 34),
        legal("The company processes personal data of customers' contacts (GDPR)."),
    );
    entries.insert(
        c(5, 1),
        SoaEntry {
            applicable: Some(true),
            reasons: vec![InclusionReason::BusinessPractice],
            status: Some(ImplementationStatus::PartiallyImplemented),
            owner: "Managing Director".into(),
            evidence: vec!["Information security policy v0.9 (draft)".into()],
            ..SoaEntry::default()
        },
    );
    let excluded = |text: &str| SoaEntry {
        applicable: Some(false),
        exclusion_justification: text.into(),
        ..SoaEntry::default()
    };
    for n in [4, 25, 26, 27, 28, 29, 30, 31, 33] {
        entries.insert(
            c(8, n),
            excluded("The company develops no software: the CRM and every other system are bought as SaaS."),
        );
    }
    for (t, n) in [(7, 6), (7, 12), (8, 14), (8, 34)] {
        entries.insert(
            c(t, n),
            excluded("The company runs no server room or data centre: its systems are SaaS, whose providers secure their own facilities (see 5.23)."),
        );
    }
    // The rest of the controls that no risk drives: adopted as good
    // practice for a company of this kind, decided in one go.
    let business = [
        (
            5,
            &[
                2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 21, 22, 23, 25, 27, 28, 29, 32, 33, 35,
                36, 37,
            ][..],
        ),
        (6, &[1, 2, 4, 6, 7][..]),
        (7, &[1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14][..]),
        (
            8,
            &[
                1, 2, 3, 6, 9, 10, 11, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 32,
            ][..],
        ),
    ];
    for (theme, numbers) in business {
        for n in numbers {
            entries.entry(c(theme, *n)).or_insert_with(|| SoaEntry {
                applicable: Some(true),
                reasons: vec![InclusionReason::BusinessPractice],
                ..SoaEntry::default()
            });
        }
    }
    Assessment {
        context: Context {
            organisation: "Brightline Client Services Ltd".into(),
            sector: Some(Sector::ManagedServices),
            scope: "Customer support and account management services delivered from the head office and by remote staff, including the CRM platform, telephony, email and shared documents that support them.".into(),
            sites: vec!["Head office, Leeds".into(), "Staff home offices".into()],
            services: vec!["Customer support".into(), "Account management".into()],
            teams: vec!["Sales".into(), "Support".into(), "Operations".into(), "IT".into()],
            interested_parties: vec![
                InterestedParty {
                    name: "Customers".into(),
                    requirements: "Their data stays confidential; support lines answer during business hours.".into(),
                    basis: Some(RequirementBasis::Contractual),
                    controls: vec![c(5, 14), c(5, 31)],
                },
                InterestedParty {
                    name: "Data protection regulator".into(),
                    requirements: "Personal data is processed lawfully and breaches are reported within 72 hours.".into(),
                    basis: Some(RequirementBasis::LegalRegulatory),
                    controls: vec![c(5, 34)],
                },
                InterestedParty {
                    name: "Staff".into(),
                    requirements: "Clear rules for remote work and for handling customer data.".into(),
                    ..InterestedParty::default()
                },
            ],
            edition: Edition::Iso2022,
        },
        method: Method::default(),
        assets,
        risks,
        soa: SoaInput {
            document: SoaDocument {
                version: "0.1".into(),
                date: Some(date(2026, 11, 23)),
                approver: "Managing Director".into(),
                ..Default::default()
            },
            entries,
        },
        gap_check: GapCheck::default(),
        quant_settings: Default::default(),
        scale_memory: Default::default(),
        documents: DocumentControls::default(),
    }
}

/// A large, valid, deterministic assessment for benchmarks: `assets` assets
/// and `risks` risks built from the libraries, with treatments on some.
pub fn synthetic(assets: usize, risks: usize) -> Assessment {
    use super::catalogue::{AssetType, CONTROLS, THREATS, VULNERABILITIES};
    // A small linear congruential generator: the same numbers everywhere.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let mut a = example();
    a.assets.clear();
    a.risks.clear();
    for n in 0..assets {
        let t = AssetType::ALL[next(AssetType::ALL.len())];
        a.assets.push(asset(
            n as u32 + 1,
            &format!("{} {}", t.label(), n + 1),
            t,
            if n % 7 == 0 { "" } else { "Owner" },
            "Site",
            "Generated for a benchmark.",
            [next(5) as u8 + 1, next(5) as u8 + 1, next(5) as u8 + 1],
        ));
    }
    for n in 0..risks {
        let threat = &THREATS[next(THREATS.len())];
        let picked: Vec<u32> = (0..1 + next(3))
            .map(|_| next(assets.max(1)) as u32 + 1)
            .collect();
        let vulns: Vec<u16> = (0..next(3))
            .map(|_| VULNERABILITIES[next(VULNERABILITIES.len())].id.0)
            .collect();
        let mut vulns = vulns;
        crate::sort::sort(&mut vulns);
        vulns.dedup();
        let mut picked = picked;
        crate::sort::sort(&mut picked);
        picked.dedup();
        let treated = n % 3 == 0;
        let controls: Vec<ControlId> = if treated {
            threat.controls.iter().take(2).map(|l| l.control).collect()
        } else {
            Vec::new()
        };
        let existing = if n % 5 == 0 {
            vec![CONTROLS[next(CONTROLS.len())].id]
        } else {
            Vec::new()
        };
        a.risks.push(risk(RiskSpec {
            id: n as u32 + 1,
            title: &format!("{} against assets {:?}", threat.name, picked),
            description: "Generated for a benchmark.",
            assets: if assets == 0 { &[] } else { &picked },
            event_impact: (assets == 0).then_some(3),
            threat: Some(threat.id.0),
            vulns: &vulns,
            owner: "Risk owner",
            likelihood: next(5) as u8 + 1,
            existing: &existing,
            current: None,
            treatment: if treated {
                mitigate(
                    &controls,
                    "Owner",
                    date(2027, 6, 30),
                    rating(1 + next(2) as u8, 1 + next(3) as u8),
                )
            } else {
                Treatment::default()
            },
        }));
    }
    a
}

/// A register whose risks each name many assets, for benchmarks of the
/// look-ups by id: [`synthetic`]`(assets, risks)` with every asset-based
/// risk naming `per_risk` assets (at most `assets`), a run of consecutive
/// ids that starts at a different asset for each risk. With 2,000 assets,
/// 150 risks and 2,000 assets per risk the file is about 6 MB.
pub fn synthetic_wide(assets: usize, risks: usize, per_risk: usize) -> Assessment {
    let mut a = synthetic(assets, risks);
    let per_risk = per_risk.min(assets);
    if per_risk == 0 {
        return a;
    }
    for (n, r) in a.risks.iter_mut().enumerate() {
        if let Identification::AssetBased { assets: ids } = &mut r.identification {
            let start = n.wrapping_mul(37) % assets;
            let mut picked: Vec<AssetId> = (0..per_risk)
                .map(|k| AssetId(((start + k) % assets) as u32 + 1))
                .collect();
            crate::sort::sort(&mut picked);
            *ids = picked;
        }
    }
    a
}
