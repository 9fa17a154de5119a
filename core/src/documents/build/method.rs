//! The risk assessment methodology (ISO/IEC 27001:2022 6.1.2): the scales, levels, matrix and tolerance.

use super::*;

/// The method's scales as a table: value, name, definition.
pub(super) fn scale_table(scale: &crate::method::Scale) -> Table {
    numbered_table(
        &[
            (msg::DOC_COLUMN_VALUE, 7),
            (msg::DOC_COLUMN_NAME, 18),
            (msg::DOC_COLUMN_DEFINITION, 70),
        ],
        &scale.steps,
        |n, s| {
            vec![
                Cell::Number(n as f64),
                Cell::text(s.name.clone()),
                Cell::text(s.description.clone()),
            ]
        },
    )
}

/// The method's risk levels: name, whether acceptable without treatment.
pub(super) fn levels_table(m: &Method) -> Table {
    numbered_table(
        &[
            (msg::DOC_COLUMN_LEVEL, 16),
            (msg::DOC_COLUMN_ACCEPTABLE, 30),
        ],
        &m.levels,
        |n, l| {
            vec![
                Cell::text(l.name.clone()),
                yes_no(m.within_tolerance(LevelIndex((n - 1) as u8))),
            ]
        },
    )
}

pub(super) fn heatmap(m: &Method, title: String, counts: Option<&[Vec<usize>]>) -> Heatmap {
    let nl = m.likelihood.len();
    let ni = m.impact.len();
    Heatmap {
        title,
        likelihood: m.likelihood.steps.iter().map(|s| s.name.clone()).collect(),
        impact: m.impact.steps.iter().map(|s| s.name.clone()).collect(),
        cells: (0..nl)
            .map(|l| {
                (0..ni)
                    .map(|i| {
                        let level = m.level(Likelihood(l as u8 + 1), Impact(i as u8 + 1));
                        let def = m.level_def(level);
                        HeatCell {
                            level: m.level_name(level).to_owned(),
                            colour: def.map_or_else(String::new, |d| d.colour.0.clone()),
                            count: counts
                                .map(|c| c.get(l).and_then(|r| r.get(i)).copied().unwrap_or(0)),
                        }
                    })
                    .collect()
            })
            .collect(),
    }
}

pub(super) fn tolerance_sentence(m: &Method) -> String {
    text::text_with(
        msg::DOC_METHOD_TOLERANCE,
        &[("level", Arg::from(m.level_name(m.tolerance)))],
    )
}

pub(super) fn methodology(a: &Assessment) -> Vec<Block> {
    let m = &a.method;
    let overrides = a
        .risks
        .iter()
        .filter(|r| r.impact_override.is_some())
        .count();
    vec![
        heading(1, msg::DOC_METHOD_PURPOSE_HEADING),
        paragraph(label(msg::DOC_METHOD_PURPOSE)),
        heading(1, msg::DOC_METHOD_CRITERIA_HEADING),
        heading(2, msg::DOC_METHOD_LIKELIHOOD_HEADING),
        Block::Table(scale_table(&m.likelihood)),
        heading(2, msg::DOC_METHOD_IMPACT_HEADING),
        paragraph(label(msg::DOC_METHOD_IMPACT_ABOUT)),
        Block::Table(scale_table(&m.impact)),
        heading(2, msg::DOC_METHOD_MATRIX_HEADING),
        paragraph(label(msg::DOC_METHOD_MATRIX_ABOUT)),
        Block::Heatmap(heatmap(m, label(msg::DOC_METHOD_MATRIX_HEADING), None)),
        heading(2, msg::DOC_METHOD_ACCEPTANCE_HEADING),
        Block::Table(levels_table(m)),
        paragraph(tolerance_sentence(m)),
        heading(1, msg::DOC_METHOD_JUDGING_HEADING),
        paragraph(label(msg::DOC_METHOD_JUDGING_LIKELIHOOD)),
        paragraph(label(msg::DOC_METHOD_JUDGING_HIGH_WATER_MARK)),
        paragraph(label(msg::DOC_METHOD_JUDGING_EVENT)),
        paragraph(text::text_with(
            msg::DOC_METHOD_JUDGING_OVERRIDES,
            &[("count", Arg::from(overrides))],
        )),
        paragraph(label(msg::DOC_METHOD_JUDGING_STAGES)),
        heading(1, msg::DOC_METHOD_REPEAT_HEADING),
        paragraph(label(msg::DOC_METHOD_REPEAT)),
    ]
}
