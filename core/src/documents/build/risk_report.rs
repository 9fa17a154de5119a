//! The risk assessment report (ISO/IEC 27001:2022 8.2): the method legend, the heatmaps and the register.

use super::*;

pub(super) fn impact_basis(a: &Assessment, basis: &ImpactBasis) -> String {
    match basis {
        ImpactBasis::HighWaterMark { sources, .. } => text::text_with(
            msg::DOC_BASIS_HIGH_WATER_MARK,
            &[(
                "sources",
                Arg::from(
                    sources
                        .iter()
                        .map(|s| {
                            let name = a.asset(s.asset).map_or("", |x| x.name.as_str());
                            format!(
                                "{} {} ({} {})",
                                s.asset,
                                name,
                                s.property.label(),
                                s.rating.0
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            )],
        ),
        ImpactBasis::Judged => label(msg::DOC_BASIS_JUDGED),
        ImpactBasis::Overridden { computed, reason } => text::text_with(
            msg::DOC_BASIS_OVERRIDDEN,
            &[
                (
                    "computed",
                    Arg::from(computed.map_or_else(|| "—".to_owned(), |c| c.0.to_string())),
                ),
                ("reason", Arg::from(reason.as_str())),
            ],
        ),
        ImpactBasis::NoAssets => label(msg::DOC_BASIS_NO_ASSETS),
    }
}

pub(super) fn assets_of(a: &Assessment, r: &Risk) -> String {
    match &r.identification {
        Identification::AssetBased { assets } => assets
            .iter()
            .map(|id| a.asset(*id).map_or(id.to_string(), |x| x.name.clone()))
            .collect::<Vec<_>>()
            .join(", "),
        Identification::EventBased { .. } => label(msg::DOC_EVENT_BASED),
    }
}

pub(super) fn evaluation_cells(m: &Method, e: &Evaluation) -> [Cell; 4] {
    [
        Cell::int(e.likelihood.0),
        Cell::int(e.impact.0),
        Cell::Number(f64::from(e.likelihood.0) * f64::from(e.impact.0)),
        Cell::text(m.level_name(e.level)),
    ]
}

/// The risk register of the risk assessment report: one row per risk with
/// its inherent, current and residual L, I, L × I and level.
pub(crate) fn register_table(a: &Assessment, register: &ScoredRegister) -> Table {
    let m = &a.method;
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_ID, 7),
            (msg::DOC_COLUMN_RISK, 24),
            (msg::DOC_COLUMN_RISK_OWNER, 13),
            (msg::DOC_COLUMN_ASSETS, 16),
            (msg::DOC_COLUMN_IMPACT_BASIS, 26),
            (msg::DOC_COLUMN_INHERENT_L, 7),
            (msg::DOC_COLUMN_INHERENT_I, 7),
            (msg::DOC_COLUMN_INHERENT_LXI, 8),
            (msg::DOC_COLUMN_INHERENT_LEVEL, 10),
            (msg::DOC_COLUMN_EXISTING_CONTROLS, 10),
            (msg::DOC_COLUMN_CURRENT_LEVEL, 10),
            (msg::DOC_COLUMN_RESIDUAL_L, 7),
            (msg::DOC_COLUMN_RESIDUAL_I, 7),
            (msg::DOC_COLUMN_RESIDUAL_LXI, 8),
            (msg::DOC_COLUMN_RESIDUAL_LEVEL, 10),
            (msg::DOC_COLUMN_WITHIN_TOLERANCE, 10),
        ]),
        rows: register
            .rows(a)
            .map(|Scored { risk: r, score: s }| {
                let mut row = vec![
                    Cell::text(r.id.to_string()),
                    Cell::text(r.title.clone()),
                    or_not_set(&r.owner),
                    Cell::text(assets_of(a, r)),
                    Cell::text(impact_basis(a, &s.impact_basis)),
                ];
                row.extend(evaluation_cells(m, &s.inherent));
                row.push(Cell::text(control_ids(&r.existing_controls)));
                row.push(Cell::text(m.level_name(s.current.level)));
                row.extend(evaluation_cells(m, &s.residual));
                row.push(yes_no(s.residual_within_tolerance));
                row
            })
            .collect(),
    }
}

pub(super) fn control_ids(ids: &[ControlId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn method_legend(m: &Method) -> Block {
    let steps = |s: &crate::method::Scale| {
        s.steps
            .iter()
            .enumerate()
            .map(|(n, x)| format!("{} {}", n + 1, x.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Block::KeyValues {
        rows: vec![
            kv(msg::DOC_LEGEND_LIKELIHOOD, Cell::text(steps(&m.likelihood))),
            kv(msg::DOC_LEGEND_IMPACT, Cell::text(steps(&m.impact))),
            kv(
                msg::DOC_LEGEND_LEVELS,
                Cell::text(
                    m.levels
                        .iter()
                        .map(|l| l.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ),
            kv(msg::DOC_LEGEND_TOLERANCE, Cell::text(tolerance_sentence(m))),
            kv(
                msg::DOC_LEGEND_SCORE,
                Cell::text(label(msg::DOC_LEGEND_SCORE_ABOUT)),
            ),
        ],
    }
}

pub(super) fn risk_assessment(a: &Assessment) -> Vec<Block> {
    let m = &a.method;
    let register = ScoredRegister::new(a);
    let above = |stage: Stage| {
        register
            .scores()
            .iter()
            .filter(|s| !m.within_tolerance(s.at(stage).level))
            .count()
    };
    vec![
        heading(1, msg::DOC_RA_SUMMARY_HEADING),
        paragraph(text::text_with(
            msg::DOC_RA_SUMMARY,
            &[
                ("risks", Arg::from(register.len())),
                ("inherent", Arg::from(above(Stage::Inherent))),
                ("residual", Arg::from(above(Stage::Residual))),
            ],
        )),
        heading(1, msg::DOC_RA_METHOD_HEADING),
        method_legend(m),
        heading(1, msg::DOC_RA_HEATMAPS_HEADING),
        Block::Heatmap(heatmap(
            m,
            Stage::Inherent.label(),
            Some(&register.heatmap(m, Stage::Inherent)),
        )),
        Block::Heatmap(heatmap(
            m,
            Stage::Residual.label(),
            Some(&register.heatmap(m, Stage::Residual)),
        )),
        heading(1, msg::DOC_RA_REGISTER_HEADING),
        Block::Table(register_table(a, &register)),
    ]
}
