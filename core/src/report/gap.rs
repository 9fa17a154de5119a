//! The gap check's results as a Markdown report.

use super::{md_header, md_text};
use crate::catalogue::DocumentedInfoKind;
use crate::gap::{AreaScore, GapResults};
use crate::model::Assessment;
use crate::text::{self, msg, Arg, MessageId};

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(
        || text::text(msg::GAP_SCORE_NOT_ANSWERED),
        |s| text::text_with(msg::GAP_SCORE, &[("score", Arg::from(u32::from(s)))]),
    )
}

fn answered(answered: usize, total: usize) -> String {
    text::text_with(
        msg::MD_GAP_ANSWERED_OF,
        &[
            ("answered", Arg::from(answered)),
            ("total", Arg::from(total)),
        ],
    )
}

fn area_rows(out: &mut String, heading: MessageId, scores: &[AreaScore]) {
    out.push_str(&format!("\n## {}\n\n", text::text(heading)));
    out.push_str(&md_header(&[
        msg::COLUMN_AREA,
        msg::COLUMN_SCORE,
        msg::COLUMN_ANSWERED,
    ]));
    for s in scores {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            s.label,
            score_text(s.score),
            answered(s.answered, s.total)
        ));
    }
}

/// The gap check's results as a Markdown report.
pub fn gap_md(a: &Assessment, r: &GapResults) -> String {
    let size = r
        .size
        .map_or_else(|| text::text(msg::GAP_SIZE_NOT_GIVEN), |s| s.label());
    let mut out = format!(
        "# {}\n\n{}\n\n**{}**\n",
        text::text_with(
            msg::MD_GAP_TITLE,
            &[(
                "organisation",
                Arg::from(md_text(&a.context.display_name()))
            )]
        ),
        text::text_with(
            msg::MD_GAP_SUMMARY,
            &[
                ("mode", Arg::from(r.mode.label())),
                ("size", Arg::from(size)),
                ("answered", Arg::from(r.answered)),
                ("total", Arg::from(r.total)),
            ]
        ),
        text::text_with(
            msg::MD_GAP_OVERALL,
            &[("score", Arg::from(score_text(r.overall)))]
        )
    );
    area_rows(&mut out, msg::MD_GAP_CLAUSES, &r.clauses);
    area_rows(&mut out, msg::MD_GAP_THEMES, &r.themes);
    out.push_str(&format!("\n## {}\n\n", text::text(msg::MD_GAP_DOCUMENTS)));
    out.push_str(&md_header(&[
        msg::COLUMN_CLAUSE,
        msg::COLUMN_DOCUMENT,
        msg::COLUMN_KIND,
        msg::COLUMN_STATUS,
    ]));
    for d in &r.documents {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            d.clause,
            md_text(d.name),
            text::text(match d.kind {
                DocumentedInfoKind::Maintained => msg::DOCUMENT_MAINTAINED,
                DocumentedInfoKind::Retained => msg::DOCUMENT_RETAINED,
            }),
            d.status.label()
        ));
    }
    out.push_str(&format!(
        "\n## {}\n\n{}\n\n",
        text::text(msg::MD_GAP_TOP_GAPS),
        text::text_with(msg::MD_GAP_COUNT, &[("gaps", Arg::from(r.gap_count))])
    ));
    if r.top_gaps.is_empty() {
        out.push_str(&text::text(msg::MD_GAP_NONE));
        out.push('\n');
    } else {
        out.push_str(&md_header(&[
            msg::COLUMN_RANK,
            msg::COLUMN_AREA,
            msg::COLUMN_ANSWER,
            msg::COLUMN_PRIORITY,
            msg::COLUMN_WHAT_TO_DO,
        ]));
        for (n, g) in r.top_gaps.iter().enumerate() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                n + 1,
                g.area.short_label(),
                g.answer.label(),
                g.priority,
                md_text(&g.todo)
            ));
        }
    }
    out.push_str(&format!(
        "\n## {}\n\n{}\n\n",
        text::text(msg::MD_GAP_ROADMAP),
        r.roadmap.timeline.note
    ));
    out.push_str(&md_header(&[
        msg::COLUMN_PHASE,
        msg::COLUMN_OPEN_GAPS,
        msg::COLUMN_EFFORT_DAYS,
    ]));
    for p in &r.roadmap.phases {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            p.label,
            p.gaps.len(),
            p.effort_days
        ));
    }
    out.push_str(&format!(
        "| {} | {} | {} |\n",
        text::text(msg::MD_GAP_TOTAL),
        r.gap_count,
        r.roadmap.total_effort_days
    ));
    out
}
