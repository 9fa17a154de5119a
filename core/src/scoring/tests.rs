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
