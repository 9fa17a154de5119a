use super::*;
use crate::example;

#[test]
fn a_stage_reads_its_evaluation() {
    let a = example();
    for s in score(&a) {
        assert_eq!(s.at(Stage::Inherent), s.inherent);
        assert_eq!(s.at(Stage::Current), s.current);
        assert_eq!(s.at(Stage::Residual), s.residual);
    }
    assert_eq!(
        Stage::ALL.map(Stage::label),
        ["Inherent", "Current", "Residual"]
    );
}

#[test]
fn the_heatmap_counts_every_risk_in_its_cell() {
    let a = example();
    let register = ScoredRegister::new(&a);
    for stage in Stage::ALL {
        let grid = register.heatmap(&a.method, stage);
        assert_eq!(grid.len(), a.method.likelihood.len());
        assert!(grid.iter().all(|row| row.len() == a.method.impact.len()));
        assert_eq!(grid.iter().flatten().sum::<usize>(), a.risks.len());
        for s in register.scores() {
            let (l, i) = s.at(stage).cell();
            assert!(grid[usize::from(l.0) - 1][usize::from(i.0) - 1] > 0);
        }
    }
    let cells = a.method.likelihood.len() * a.method.impact.len();
    assert_eq!(
        heatmap_counts(&a.method, &[], Stage::Current).concat(),
        vec![0; cells]
    );
}

#[test]
fn the_register_pairs_each_risk_with_its_own_score() {
    let mut a = example();
    let register = ScoredRegister::new(&a);
    assert_eq!(register.len(), a.risks.len());
    assert!(!register.is_empty());
    for row in register.rows(&a) {
        assert_eq!(row.score.id, row.risk.id);
        assert_eq!(*row.score, score_risk(&a, row.risk));
        assert_eq!(register.get(row.risk.id), Some(row.score));
    }
    // The register changed since it was scored: pairs still match by id.
    a.risks.reverse();
    let new = Risk::new_default(&a.method);
    a.risks.insert(0, new);
    let rows: Vec<Scored> = register.rows(&a).collect();
    assert_eq!(rows.len(), a.risks.len() - 1);
    assert!(rows.iter().all(|r| r.score.id == r.risk.id));
    assert_eq!(register.get(RiskId(999)), None);
    assert!(ScoredRegister::default().is_empty());
}

/// Scores read the method, the assets and the risks, nothing else: the web
/// app keeps a version's scores across edits of anything else (the SoA,
/// the context, the gap check, the simulation's settings, document
/// control), so a rule that starts reading more must change that too.
#[test]
fn scores_read_only_the_method_the_assets_and_the_risks() {
    use crate::model::ImplementationStatus;
    let a = crate::example();
    let before = score(&a);
    let mut b = a.clone();
    for entry in b.soa.entries.values_mut() {
        entry.status = Some(ImplementationStatus::Implemented);
        entry.owner = "Someone else".into();
    }
    b.context = Default::default();
    b.gap_check = Default::default();
    b.quant_settings = Default::default();
    b.soa.document = Default::default();
    assert_ne!(a, b);
    assert_eq!(score(&b), before);
}

/// A register rescored after an edit equals one scored afresh, whatever
/// the edit: a risk's rating, title, assets or controls, a risk added,
/// deleted or moved, an asset's rating, the method.
#[test]
fn a_rescored_register_equals_one_scored_afresh() {
    use crate::method::Likelihood;
    let was = crate::synthetic(40, 200);
    let before = ScoredRegister::new(&was);
    type Edit = fn(&mut Assessment);
    let edits: [(&str, Edit); 9] = [
        ("likelihood", |a| {
            a.risks[7].likelihood = Likelihood(if a.risks[7].likelihood.0 == 1 { 3 } else { 1 })
        }),
        ("title only", |a| a.risks[9].title.push('!')),
        ("controls", |a| {
            let r = a
                .risks
                .iter_mut()
                .find(|r| !r.existing_controls.is_empty() && r.current.is_none());
            if let Some(r) = r {
                r.existing_controls.clear();
            }
        }),
        ("assets", |a| {
            a.risks[13].identification = crate::model::Identification::AssetBased {
                assets: vec![a.assets[0].id],
            }
        }),
        ("added", |a| {
            let mut r = a.risks[3].clone();
            r.id = crate::model::RiskId(9_000);
            a.risks.push(r);
        }),
        ("deleted", |a| {
            a.risks.remove(50);
        }),
        ("moved", |a| a.risks.swap(1, 2)),
        ("asset rating", |a| {
            a.assets[0].ratings.confidentiality =
                crate::method::Impact(if a.assets[0].ratings.confidentiality.0 == 1 {
                    5
                } else {
                    1
                })
        }),
        ("method", |a| {
            a.method.tolerance = crate::method::LevelIndex(u8::from(a.method.tolerance.0 == 0))
        }),
    ];
    for (what, edit) in edits {
        let mut next = was.clone();
        edit(&mut next);
        assert!(next != was, "{what}: an edit");
        let fresh = ScoredRegister::new(&next);
        assert_eq!(before.rescored(&was, &next), Some(fresh.clone()), "{what}");
        if what != "title only" {
            assert_ne!(
                fresh, before,
                "{what}: the scores changed, so the test can fail"
            );
        }
    }
    // Nothing changed: the same scores, kept as they are.
    assert_eq!(before.rescored(&was, &was.clone()), None);
}
