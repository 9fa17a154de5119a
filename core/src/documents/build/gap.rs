//! The gap-check report and its appendix of questions and answers.

use super::*;

pub(super) fn score_cell(score: Option<u8>) -> Cell {
    score.map_or_else(|| Cell::text(label(msg::GAP_SCORE_NOT_ANSWERED)), Cell::int)
}

pub(super) fn gap_report(a: &Assessment) -> Vec<Block> {
    let r = gap_results(&a.gap_check);
    let area_table = |scores: &[crate::gap::AreaScore]| {
        Block::Table(Table {
            columns: columns(&[
                (msg::COLUMN_AREA, 36),
                (msg::DOC_COLUMN_SCORE_OF_100, 12),
                (msg::DOC_COLUMN_ANSWERED_COUNT, 10),
                (msg::DOC_COLUMN_QUESTIONS, 10),
            ]),
            rows: scores
                .iter()
                .map(|s| {
                    vec![
                        Cell::text(s.label.clone()),
                        score_cell(s.score),
                        Cell::Number(s.answered as f64),
                        Cell::Number(s.total as f64),
                    ]
                })
                .collect(),
        })
    };
    let mut out = vec![
        heading(1, msg::DOC_GAP_SUMMARY_HEADING),
        Block::KeyValues {
            rows: vec![
                kv(msg::DOC_GAP_MODE, Cell::text(r.mode.label())),
                kv(
                    msg::DOC_GAP_SIZE,
                    r.size.map_or_else(
                        || Cell::text(label(msg::GAP_SIZE_NOT_GIVEN)),
                        |s| Cell::text(s.label()),
                    ),
                ),
                kv(msg::COLUMN_ANSWERED, Cell::Number(r.answered as f64)),
                kv(msg::DOC_COLUMN_QUESTIONS, Cell::Number(r.total as f64)),
                kv(msg::DOC_GAP_OVERALL, score_cell(r.overall)),
            ],
        },
        heading(2, msg::MD_GAP_CLAUSES),
        area_table(&r.clauses),
        heading(2, msg::MD_GAP_THEMES),
        area_table(&r.themes),
        heading(2, msg::MD_GAP_DOCUMENTS),
        Block::Table(Table {
            columns: columns(&[
                (msg::COLUMN_CLAUSE, 8),
                (msg::COLUMN_DOCUMENT, 44),
                (msg::COLUMN_KIND, 12),
                (msg::COLUMN_STATUS, 14),
            ]),
            rows: r
                .documents
                .iter()
                .map(|d| {
                    vec![
                        Cell::text(d.clause.to_string()),
                        Cell::text(d.name),
                        Cell::text(label(match d.kind {
                            catalogue::DocumentedInfoKind::Maintained => msg::DOCUMENT_MAINTAINED,
                            catalogue::DocumentedInfoKind::Retained => msg::DOCUMENT_RETAINED,
                        })),
                        Cell::text(d.status.label()),
                    ]
                })
                .collect(),
        }),
        heading(2, msg::MD_GAP_TOP_GAPS),
        paragraph(text::text_with(
            msg::MD_GAP_COUNT,
            &[("gaps", Arg::from(r.gap_count))],
        )),
    ];
    if !r.top_gaps.is_empty() {
        out.push(Block::Table(numbered_table(
            &[
                (msg::COLUMN_RANK, 4),
                (msg::COLUMN_AREA, 20),
                (msg::DOC_COLUMN_QUESTION, 40),
                (msg::COLUMN_ANSWER, 12),
                (msg::COLUMN_PRIORITY, 8),
                (msg::COLUMN_WHAT_TO_DO, 40),
            ],
            &r.top_gaps,
            |n, g| {
                vec![
                    Cell::Number(n as f64),
                    Cell::text(g.area.short_label()),
                    Cell::text(g.text.to_string()),
                    Cell::text(g.answer.label()),
                    Cell::Number(g.priority),
                    Cell::text(g.todo.to_string()),
                ]
            },
        )));
    }
    out.push(heading(2, msg::MD_GAP_ROADMAP));
    out.push(paragraph(r.roadmap.timeline.note.clone()));
    out.push(Block::Table(Table {
        columns: columns(&[
            (msg::COLUMN_PHASE, 36),
            (msg::COLUMN_OPEN_GAPS, 10),
            (msg::COLUMN_EFFORT_DAYS, 14),
        ]),
        rows: r
            .roadmap
            .phases
            .iter()
            .map(|p| {
                vec![
                    Cell::text(p.label.clone()),
                    Cell::Number(p.gaps.len() as f64),
                    Cell::int(p.effort_days),
                ]
            })
            .collect(),
    }));
    out.push(heading(1, msg::DOC_GAP_APPENDIX_HEADING));
    out.push(Block::Table(gap_answers_table(a)));
    out
}

/// Every question of the gap check's current mode with its answer.
pub(crate) fn gap_answers_table(a: &Assessment) -> Table {
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_ID, 18),
            (msg::COLUMN_AREA, 20),
            (msg::DOC_COLUMN_QUESTION, 60),
            (msg::COLUMN_ANSWER, 14),
        ]),
        rows: gap_questions(a.gap_check.mode)
            .iter()
            .map(|q| {
                vec![
                    Cell::text(q.id.0.clone()),
                    Cell::text(q.area.short_label()),
                    Cell::text(q.text.to_string()),
                    Cell::text(
                        a.gap_check
                            .answers
                            .get(&q.id)
                            .map_or_else(|| label(msg::DOC_NOT_ANSWERED), |x| x.label()),
                    ),
                ]
            })
            .collect(),
    }
}
