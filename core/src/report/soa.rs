//! The Statement of Applicability as CSV, Markdown and rows.

use super::{csv, join, md_cell};
use crate::catalogue::snake;
use crate::soa::Soa;

/// The SoA as CSV.
pub fn soa_csv(soa: &Soa) -> String {
    csv(&SOA_COLUMNS, &soa_rows(soa))
}

/// The SoA as Markdown.
pub fn soa_md(soa: &Soa) -> String {
    let d = &soa.document;
    let mut out = format!(
        "# Statement of Applicability\n\n| | |\n|---|---|\n| Organisation | {} |\n| ISMS scope | {} |\n| Standard | {} |\n| SoA version | {} |\n| Date | {} |\n| Approved by | {} |\n\n{} of {} controls applicable.\n",
        md_cell(&d.organisation),
        md_cell(&d.scope),
        d.standard,
        md_cell(&d.version),
        d.date.map_or(String::new(), |x| x.to_string()),
        md_cell(&d.approver),
        soa.applicable_count(),
        soa.rows.len()
    );
    let mut theme = None;
    for r in &soa.rows {
        if theme != Some(r.theme) {
            theme = Some(r.theme);
            out.push_str(&format!(
                "\n## {}\n\n| Control | Applicable | Reasons | Risks | Justification | Status | Owner |\n|---|---|---|---|---|---|---|\n",
                r.theme.label()
            ));
        }
        let justification = if r.applicable {
            r.justification.clone()
        } else {
            format!("Excluded: {}", r.exclusion_justification)
        };
        out.push_str(&format!(
            "| {} {} | {} | {} | {} | {} | {} | {} |\n",
            r.control,
            md_cell(r.title),
            if r.applicable { "yes" } else { "no" },
            r.reasons
                .iter()
                .map(|x| x.label())
                .collect::<Vec<_>>()
                .join(", "),
            join(&r.risks),
            md_cell(&justification),
            r.status.label(),
            md_cell(&r.owner)
        ));
    }
    out
}

/// The column names of [`soa_rows`].
pub const SOA_COLUMNS: [&str; 12] = [
    "control",
    "theme",
    "title",
    "applicable",
    "inclusion_reasons",
    "risks",
    "justification",
    "exclusion_justification",
    "status",
    "owner",
    "evidence",
    "iso27001_2013",
];

/// The SoA as rows of text, in [`SOA_COLUMNS`] order.
pub fn soa_rows(soa: &Soa) -> Vec<Vec<String>> {
    soa.rows
        .iter()
        .map(|r| {
            vec![
                r.control.to_string(),
                snake(&r.theme),
                r.title.to_owned(),
                if r.applicable { "yes" } else { "no" }.to_owned(),
                r.reasons
                    .iter()
                    .map(|x| x.label())
                    .collect::<Vec<_>>()
                    .join("; "),
                join(&r.risks),
                r.justification.clone(),
                r.exclusion_justification.clone(),
                r.status.label().to_owned(),
                r.owner.clone(),
                r.evidence.join("; "),
                join(&r.iso27001_2013),
            ]
        })
        .collect()
}
