//! The gap check's results as a Markdown report.

use super::md_cell;
use crate::catalogue::DocumentedInfoKind;
use crate::gap::{AreaScore, GapResults};
use crate::model::Assessment;

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "not answered".to_owned(), |s| format!("{s} / 100"))
}

fn area_rows(out: &mut String, heading: &str, scores: &[AreaScore]) {
    out.push_str(&format!(
        "\n## {heading}\n\n| Area | Score | Answered |\n|---|---|---|\n"
    ));
    for s in scores {
        out.push_str(&format!(
            "| {} | {} | {} of {} |\n",
            s.label,
            score_text(s.score),
            s.answered,
            s.total
        ));
    }
}

/// The gap check's results as a Markdown report.
pub fn gap_md(a: &Assessment, r: &GapResults) -> String {
    let org = a.context.display_name();
    let mut out = format!(
        "# ISO/IEC 27001 gap check: {}\n\nMode: {}. Size: {}. {} of {} questions answered.\n\n**Overall readiness: {}**\n",
        md_cell(&org),
        r.mode.label(),
        r.size.map_or_else(|| "not given".to_owned(), |s| s.label()),
        r.answered,
        r.total,
        score_text(r.overall)
    );
    area_rows(&mut out, "Clauses 4–10", &r.clauses);
    area_rows(&mut out, "Annex A themes", &r.themes);
    out.push_str(
        "\n## Mandatory documented information\n\n| Clause | Document | Kind | Status |\n|---|---|---|---|\n",
    );
    for d in &r.documents {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            d.clause,
            md_cell(d.name),
            match d.kind {
                DocumentedInfoKind::Maintained => "maintained",
                DocumentedInfoKind::Retained => "retained",
            },
            d.status.label()
        ));
    }
    out.push_str(&format!(
        "\n## Top gaps\n\n{} gap(s) in all.\n\n",
        r.gap_count
    ));
    if r.top_gaps.is_empty() {
        out.push_str("No gaps among the answered questions.\n");
    } else {
        out.push_str("| # | Area | Answer | Priority | What to do |\n|---|---|---|---|---|\n");
        for (n, g) in r.top_gaps.iter().enumerate() {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                n + 1,
                g.area.short_label(),
                g.answer.label(),
                g.priority,
                md_cell(&g.todo)
            ));
        }
    }
    out.push_str(&format!(
        "\n## Roadmap\n\n{}\n\n| Phase | Open gaps | Effort (person-days) |\n|---|---|---|\n",
        r.roadmap.timeline.note
    ));
    for p in &r.roadmap.phases {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            p.label,
            p.gaps.len(),
            p.effort_days
        ));
    }
    out.push_str(&format!(
        "| Total | {} | {} |\n",
        r.gap_count, r.roadmap.total_effort_days
    ));
    out
}
