//! The Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d).

use super::*;

/// The SoA's columns (the XLSX adds the theme in front).
pub(crate) fn soa_columns() -> Vec<Column> {
    columns(&[
        (msg::COLUMN_CONTROL, 7),
        (msg::DOC_COLUMN_TITLE, 28),
        (msg::DOC_COLUMN_APPLICABILITY, 12),
        (msg::COLUMN_REASONS, 16),
        (msg::COLUMN_JUSTIFICATION, 40),
        (msg::COLUMN_STATUS, 13),
        (msg::COLUMN_OWNER, 14),
        (msg::DOC_COLUMN_EVIDENCE, 20),
        (msg::COLUMN_RISKS, 12),
    ])
}

/// The SoA's rows of one theme (all themes when `None`).
pub(crate) fn soa_rows(a: &Assessment, theme: Option<Theme>) -> Vec<Vec<Cell>> {
    generate(a)
        .rows
        .iter()
        .filter(|r| theme.is_none_or(|t| r.theme == t))
        .map(|r| {
            let (applicability, justification, status) = match r.decision {
                Decision::Applicable => (
                    label(msg::DOC_APPLICABLE),
                    r.justification.clone(),
                    r.status.label(),
                ),
                Decision::Excluded => (
                    label(msg::DOC_NOT_APPLICABLE),
                    if r.exclusion_justification.trim().is_empty() {
                        label(msg::DOC_EXCLUSION_MISSING)
                    } else {
                        r.exclusion_justification.clone()
                    },
                    label(msg::DOC_NOT_APPLICABLE),
                ),
                // Not an exclusion: nobody has decided yet (SOA-003).
                Decision::ToDecide => (
                    Decision::ToDecide.label(),
                    label(msg::DOC_TO_DECIDE),
                    String::new(),
                ),
            };
            vec![
                Cell::text(r.control.to_string()),
                Cell::text(r.title),
                Cell::text(applicability),
                Cell::text(
                    r.reasons
                        .iter()
                        .map(|x| x.label())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Cell::text(justification),
                Cell::text(status),
                Cell::text(r.owner.clone()),
                Cell::text(r.evidence.join("\n")),
                Cell::text(
                    r.risks
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ]
        })
        .collect()
}

pub(super) fn soa(a: &Assessment) -> Vec<Block> {
    let s = generate(a);
    let mut out = vec![
        heading(1, msg::DOC_SOA_ABOUT_HEADING),
        Block::KeyValues {
            rows: vec![
                kv(msg::DOC_STANDARD, Cell::text(s.document.standard.clone())),
                kv(msg::SOA_SCOPE, or_not_set(&s.document.scope)),
                kv(
                    msg::DOC_SOA_APPLICABLE,
                    Cell::text(text::text_with(
                        msg::MD_SOA_APPLICABLE,
                        &[
                            ("applicable", Arg::from(s.applicable_count())),
                            ("total", Arg::from(s.rows.len())),
                        ],
                    )),
                ),
            ],
        },
    ];
    for theme in Theme::ALL {
        out.push(Block::Heading {
            level: 1,
            text: format!("{} {}", theme.clause(), theme.label()),
        });
        out.push(Block::Table(Table {
            columns: soa_columns(),
            rows: soa_rows(a, Some(theme)),
        }));
    }
    out
}
