//! The look-ups and shortcuts that keep the domain's work linear in the
//! register (issue 17) give exactly the results of the plain definitions:
//! the asset index against one risk at a time, the streamed recommendation
//! JSON against its JSON tree, the lint from a cached SoA and scored
//! register against the lint alone, on registers in id order and out of it.
//! Their speed is measured by `cargo bench -p annexa-core --bench domain`,
//! never here.

use annexa_core::*;

/// Registers of several shapes: the worked example, synthetic ones (one
/// and many assets per risk), and the same with the registers out of id
/// order (imported files need not be sorted).
fn registers() -> Vec<Assessment> {
    let mut out = vec![
        example(),
        synthetic(40, 200),
        synthetic_wide(30, 20, 25),
        Assessment::default(),
    ];
    let mut shuffled = synthetic(60, 150);
    shuffled.assets.reverse();
    shuffled.risks.rotate_left(37);
    out.push(shuffled);
    out
}

#[test]
fn finding_by_id_works_in_and_out_of_id_order() {
    for a in registers() {
        for x in &a.assets {
            assert_eq!(a.asset(x.id).map(|y| y.id), Some(x.id));
        }
        for r in &a.risks {
            assert_eq!(a.risk(r.id).map(|y| y.id), Some(r.id));
        }
        assert!(a.asset(AssetId(MAX_ID)).is_none());
        assert!(a.risk(RiskId(MAX_ID)).is_none());
        let index = AssetIndex::new(&a);
        for x in &a.assets {
            assert_eq!(index.get(x.id), Some(x));
        }
        assert!(index.get(AssetId(MAX_ID)).is_none());
    }
}

#[test]
fn the_register_scores_each_risk_as_alone() {
    for mut a in registers() {
        // A dangling reference (a hand-edited file) counts for nothing,
        // in both ways.
        if let Some(Identification::AssetBased { assets }) =
            a.risks.first_mut().map(|r| &mut r.identification)
        {
            assets.push(AssetId(MAX_ID));
        }
        let register = ScoredRegister::new(&a);
        assert_eq!(register.len(), a.risks.len());
        for (r, s) in a.risks.iter().zip(register.scores()) {
            assert_eq!(*s, score_risk(&a, r));
            assert_eq!(register.get(r.id), Some(s));
        }
        assert!(register.get(RiskId(MAX_ID)).is_none());
    }
}

#[test]
fn the_wide_register_names_its_assets() {
    let a = synthetic_wide(50, 12, 20);
    assert_eq!((a.assets.len(), a.risks.len()), (50, 12));
    for r in &a.risks {
        let Identification::AssetBased { assets } = &r.identification else {
            panic!("{} is not asset-based", r.id);
        };
        assert_eq!(assets.len(), 20, "{}", r.id);
        assert!(assets.windows(2).all(|w| w[0] < w[1]), "{}", r.id);
        assert!(assets.iter().all(|id| a.asset(*id).is_some()));
    }
    assert!(validate(&a, "assessment").is_ok());
    // More per risk than there are assets: every asset, once.
    let all = synthetic_wide(5, 3, 9);
    for r in &all.risks {
        if let Identification::AssetBased { assets } = &r.identification {
            assert_eq!(assets.len(), 5);
        }
    }
}

#[test]
fn the_streamed_recommendations_are_the_json_tree_byte_for_byte() {
    for a in registers() {
        let tree = report::to_json(&report::recommend_json(&a));
        assert_eq!(report::recommend_json_text(&a), tree);
        let mut written = Vec::new();
        report::write_recommend_json(&a, &mut written).expect("a Vec takes it");
        assert_eq!(String::from_utf8(written).expect("UTF-8"), tree);
    }
}

#[test]
fn the_lint_from_the_cached_results_is_the_lint() {
    let today = Date::new(2026, 11, 30).expect("a date");
    for a in registers() {
        let findings = lint(&a, today);
        let cached = lint_with(&a, &generate_soa(&a), &ScoredRegister::new(&a), today);
        assert_eq!(cached, findings);
        assert_eq!(progress_from(&a, &findings), progress(&a, today));
    }
}

#[test]
fn a_justification_counts_the_risks_it_does_not_name() {
    // synthetic(…) plans two of the threat's controls on every third
    // risk: some controls treat far more risks than a cell names.
    let a = synthetic(100, 3_000);
    let soa = generate_soa(&a);
    let row = soa
        .rows
        .iter()
        .filter(|r| !r.justification_edited)
        .max_by_key(|r| r.risks.len())
        .expect("rows");
    assert!(row.risks.len() > 100, "{}", row.risks.len());
    let named: Vec<String> = row
        .risks
        .iter()
        .map(|id| {
            let t = a.risk(*id).map_or("", |r| r.title.as_str());
            text::text_with(
                text::msg::SOA_JUSTIFICATION_RISK,
                &[("risk", id.to_string().into()), ("title", t.into())],
            )
        })
        .collect();
    // The generated text names the first risks and counts the rest, as the
    // full list capped would.
    let full = capped_list(&named, 10, (CELL_LIMIT - 1_000) / 2);
    let more = full.rsplit(", ").next().expect("a list");
    assert!(more.contains("more"), "{full}");
    assert!(row.justification.contains(more), "{}", row.justification);
    assert!(
        row.justification.contains(&named[0]),
        "{}",
        row.justification
    );
}
