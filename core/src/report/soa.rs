//! The Statement of Applicability as CSV, Markdown and rows.

use super::{csv, join, md_header, md_text, md_yes_no};
use crate::catalogue::snake;
use crate::soa::{Decision, Soa};
use crate::text::{self, msg, Arg};

/// The SoA as CSV.
pub fn soa_csv(soa: &Soa) -> String {
    csv(&SOA_COLUMNS, &soa_rows(soa))
}

/// For an SoA produced from a file of 2013 control ids: the sentence that
/// lists each 2013 id with the 2022 controls it became ("A.12.6.1 → 8.8");
/// empty otherwise.
pub fn mapping_sentence(soa: &Soa) -> String {
    let d = &soa.document;
    if d.mapped_from_2013.is_empty() {
        return String::new();
    }
    let pairs: Vec<String> = d
        .mapped_from_2013
        .iter()
        .map(|(l, now)| {
            let now: Vec<String> = now.iter().map(ToString::to_string).collect();
            format!("{l} → {}", now.join(", "))
        })
        .collect();
    text::text_with(
        msg::SOA_MAPPED_FROM_2013,
        &[("mapping", Arg::from(pairs.join("; ")))],
    )
}

/// The SoA as Markdown.
pub fn soa_md(soa: &Soa) -> String {
    let d = &soa.document;
    let mut out = format!("# {}\n\n| | |\n|---|---|\n", text::text(msg::MD_SOA_TITLE));
    for (label, value) in [
        (msg::SOA_ORGANISATION, md_text(&d.organisation)),
        (msg::SOA_SCOPE, md_text(&d.scope)),
        (msg::SOA_STANDARD, md_text(&d.standard)),
        (msg::SOA_VERSION, md_text(&d.version)),
        (
            msg::SOA_DATE,
            d.date.map_or(String::new(), |x| x.to_string()),
        ),
        (msg::SOA_APPROVED_BY, md_text(&d.approver)),
    ] {
        out.push_str(&format!("| {} | {value} |\n", text::text(label)));
    }
    out.push('\n');
    if !d.mapped_from_2013.is_empty() {
        out.push_str(&md_text(&mapping_sentence(soa)));
        out.push_str("\n\n");
    }
    out.push_str(&text::text_with(
        msg::MD_SOA_APPLICABLE,
        &[
            ("applicable", Arg::from(soa.applicable_count())),
            ("total", Arg::from(soa.rows.len())),
        ],
    ));
    out.push('\n');
    let mut theme = None;
    for r in &soa.rows {
        if theme != Some(r.theme) {
            theme = Some(r.theme);
            out.push_str(&format!("\n## {}\n\n", r.theme.label()));
            out.push_str(&md_header(&[
                msg::COLUMN_CONTROL,
                msg::COLUMN_APPLICABLE,
                msg::COLUMN_REASONS,
                msg::COLUMN_RISKS,
                msg::COLUMN_JUSTIFICATION,
                msg::COLUMN_STATUS,
                msg::COLUMN_OWNER,
            ]));
        }
        let justification = if r.applicable {
            r.justification.clone()
        } else if r.decision == Decision::ToDecide {
            String::new()
        } else {
            text::text_with(
                msg::MD_SOA_EXCLUDED,
                &[(
                    "justification",
                    Arg::from(r.exclusion_justification.as_str()),
                )],
            )
        };
        out.push_str(&format!(
            "| {} {} | {} | {} | {} | {} | {} | {} |\n",
            r.control,
            md_text(r.title),
            match r.decision {
                Decision::ToDecide => r.decision.label(),
                _ => md_yes_no(r.applicable),
            },
            r.reasons
                .iter()
                .map(|x| x.label())
                .collect::<Vec<_>>()
                .join(", "),
            join(&r.risks),
            md_text(&justification),
            r.status.label(),
            md_text(&r.owner)
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
                match r.decision {
                    Decision::Applicable => "yes",
                    Decision::Excluded => "no",
                    Decision::ToDecide => "to decide",
                }
                .to_owned(),
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
