//! Proptest strategies over valid assessments and damaged files, shared by
//! core/tests/reliability.rs and tests/reliability.rs (which includes this
//! file by path).

use annexa_core::catalogue::{
    AssetType, SecurityProperty, ThreatId, VulnerabilityId, CONTROLS, THREATS,
};
use annexa_core::*;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Text as people type it, and as attackers do.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "\\PC{0,24}",
        1 => "[=+\\-@\t\r][a-zA-Z0-9(),!|' ]{0,12}",
        1 => prop::sample::select(vec![
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "{{constructor.constructor('alert(1)')()}}",
            "line one\r\nline \"two\"",
            "\u{202e}txt.exe",
            "😀 \u{0} \u{ffff}",
        ]).prop_map(str::to_owned),
    ]
}

fn name() -> impl Strategy<Value = String> {
    text().prop_map(|s| {
        if s.trim().is_empty() {
            "Unnamed".to_owned()
        } else {
            s
        }
    })
}

fn rating(nl: u8, ni: u8) -> impl Strategy<Value = Rating> {
    (1..=nl, 1..=ni).prop_map(|(l, i)| Rating {
        likelihood: Likelihood(l),
        impact: Impact(i),
    })
}

fn control() -> impl Strategy<Value = catalogue::ControlId> {
    (0..CONTROLS.len()).prop_map(|n| CONTROLS[n].id)
}

fn asset(ni: u8) -> impl Strategy<Value = Asset> {
    (
        name(),
        0..AssetType::ALL.len(),
        text(),
        text(),
        text(),
        1..=ni,
        1..=ni,
        1..=ni,
    )
        .prop_map(|(name, t, owner, location, description, c, i, a)| Asset {
            id: AssetId(0),
            name,
            asset_type: AssetType::ALL[t],
            reference: None,
            owner,
            location,
            description,
            ratings: Cia {
                confidentiality: Impact(c),
                integrity: Impact(i),
                availability: Impact(a),
            },
        })
}

fn acceptance() -> impl Strategy<Value = Acceptance> {
    (name(), 0i64..20_000, 0i64..2_000, text()).prop_map(|(by, on, days, reason)| Acceptance {
        by,
        on: Date::from_unix(on * 86_400),
        until: Date::from_unix((on + days) * 86_400),
        reason,
    })
}

fn treatment(nl: u8, ni: u8) -> impl Strategy<Value = Treatment> {
    (
        option::of(0..TreatmentOption::ALL.len()),
        vec(control(), 0..4),
        text(),
        option::of(0i64..20_000),
        option::of(rating(nl, ni)),
        option::of(acceptance()),
        0..TreatmentStatus::ALL.len(),
    )
        .prop_map(
            |(option, planned_controls, owner, due, target, acceptance, status)| Treatment {
                option: option.map(|n| TreatmentOption::ALL[n]),
                planned_controls,
                owner,
                due: due.map(|d| Date::from_unix(d * 86_400)),
                status: TreatmentStatus::ALL[status],
                effort: None,
                cost: None,
                target,
                target_reason: String::new(),
                acceptance,
            },
        )
}

fn risk(nl: u8, ni: u8, assets: usize) -> impl Strategy<Value = Risk> {
    let identification = prop_oneof![
        vec(0..assets.max(1), 0..4).prop_map(move |ids| Identification::AssetBased {
            assets: if assets == 0 {
                vec![]
            } else {
                let mut v: Vec<AssetId> = ids.into_iter().map(|n| AssetId(n as u32 + 1)).collect();
                v.dedup();
                v
            },
        }),
        (1..=ni).prop_map(|i| Identification::EventBased { impact: Impact(i) }),
    ];
    (
        (name(), text(), identification, option::of(0..THREATS.len())),
        (
            vec(1u16..=70, 0..3),
            text(),
            1..=nl,
            prop::sample::subsequence(SecurityProperty::ALL.to_vec(), 0..=3),
        ),
        (
            option::of((1..=ni, name())),
            vec(control(), 0..4),
            option::of(rating(nl, ni)),
            treatment(nl, ni),
        ),
    )
        .prop_map(
            |(
                (title, description, identification, threat),
                (vulns, owner, likelihood, properties),
                (impact_override, existing_controls, current, treatment),
            )| Risk {
                id: RiskId(0),
                title,
                description,
                identification,
                threat: threat.map(|t| ThreatId(t as u16 + 1)),
                vulnerabilities: vulns.into_iter().map(VulnerabilityId).collect(),
                properties,
                owner,
                likelihood: Likelihood(likelihood),
                impact_override: impact_override.map(|(i, reason)| ImpactOverride {
                    impact: Impact(i),
                    reason,
                }),
                existing_controls,
                current,
                treatment,
                quant: None,
                reference: None,
            },
        )
}

fn soa_entry() -> impl Strategy<Value = SoaEntry> {
    (
        option::of(any::<bool>()),
        vec(0..InclusionReason::ALL.len(), 0..3),
        option::of(text()),
        text(),
        option::of(0..ImplementationStatus::ALL.len()),
        text(),
        vec(text(), 0..3),
    )
        .prop_map(
            |(applicable, reasons, justification, exclusion, status, owner, evidence)| SoaEntry {
                applicable,
                reasons: reasons
                    .into_iter()
                    .map(|n| InclusionReason::ALL[n])
                    .collect(),
                justification,
                exclusion_justification: exclusion,
                status: status.map(|n| ImplementationStatus::ALL[n]),
                owner,
                evidence,
                reference: None,
            },
        )
}

/// Any valid assessment: method sizes 3–6, assets and risks on those
/// scales, references that resolve, SoA entries, gap answers, and text
/// that includes markup, formulas and odd Unicode.
pub fn valid_assessment() -> impl Strategy<Value = Assessment> {
    (3u8..=6, 3u8..=6, 0usize..6)
        .prop_flat_map(|(nl, ni, n_assets)| {
            (
                Just((nl, ni)),
                vec(asset(ni), n_assets),
                vec(risk(nl, ni, n_assets), 0..6),
                (
                    name(),
                    text(),
                    vec(text(), 0..3),
                    vec((name(), text()), 0..3),
                ),
                btree_map(control(), soa_entry(), 0..6),
                (
                    btree_map(
                        0..gap_questions(GapMode::Thorough).len(),
                        0..Answer::ALL.len(),
                        0..8,
                    ),
                    0..GapMode::ALL.len(),
                    option::of(0..SizeBand::ALL.len()),
                ),
                (text(), option::of(0i64..20_000), text()),
            )
        })
        .prop_map(
            |(
                (nl, ni),
                assets,
                risks,
                (org, scope, sites, parties),
                entries,
                (answers, mode, size),
                (version, date, approver),
            )| {
                let mut a = Assessment {
                    method: Method::with_size(nl.into(), ni.into()),
                    ..Default::default()
                };
                a.context.organisation = org;
                a.context.scope = scope;
                a.context.sites = sites;
                a.context.interested_parties = parties
                    .into_iter()
                    .map(|(name, requirements)| InterestedParty {
                        name,
                        requirements,
                        ..InterestedParty::default()
                    })
                    .collect();
                for (n, mut x) in assets.into_iter().enumerate() {
                    x.id = AssetId(n as u32 + 1);
                    a.assets.push(x);
                }
                for (n, mut r) in risks.into_iter().enumerate() {
                    r.id = RiskId(n as u32 + 1);
                    a.risks.push(r);
                }
                a.soa.entries = entries;
                a.soa.document = SoaDocument {
                    version,
                    date: date.map(|d| Date::from_unix(d * 86_400)),
                    approver,
                    ..Default::default()
                };
                let questions = gap_questions(GapMode::Thorough);
                a.gap_check.answers = answers
                    .into_iter()
                    .map(|(q, ans)| (questions[q].id.clone(), Answer::ALL[ans]))
                    .collect();
                a.gap_check.mode = GapMode::ALL[mode];
                a.gap_check.size = size.map(|n| SizeBand::ALL[n]);
                a
            },
        )
}

/// Replaces the node at a random place of `v` with `new`.
pub fn replace_somewhere(v: &mut Value, mut pick: usize, new: Value) {
    let mut node = v;
    loop {
        let children = match node {
            Value::Array(a) if !a.is_empty() => a.len(),
            Value::Object(o) if !o.is_empty() => o.len(),
            _ => 0,
        };
        if children == 0 || pick % 4 == 0 {
            *node = new;
            return;
        }
        let i = (pick / 4) % children;
        pick /= 3;
        node = match node {
            Value::Array(a) => &mut a[i],
            Value::Object(o) => match o.values_mut().nth(i) {
                Some(child) => child,
                None => return,
            },
            _ => return,
        };
    }
}

/// A JSON value to put in place of a node.
pub fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        text().prop_map(Value::String),
        Just(json!([])),
        Just(json!({})),
        Just(json!("A-99")),
        Just(json!("5.99")),
    ]
}
