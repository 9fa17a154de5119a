//! The ISMS scope statement (ISO/IEC 27001:2022 4.3).

use super::*;

pub(super) fn scope(a: &Assessment) -> Vec<Block> {
    let cx = &a.context;
    let mut out = vec![
        heading(1, msg::DOC_SCOPE_ORGANISATION),
        Block::KeyValues {
            rows: vec![
                kv(
                    msg::DOC_ORGANISATION,
                    Cell::text(organisation_name(&cx.organisation)),
                ),
                kv(
                    msg::DOC_SECTOR,
                    cx.sector.map_or_else(
                        || Cell::text(label(msg::DOC_NOT_SET)),
                        |s| Cell::text(s.label()),
                    ),
                ),
                kv(msg::DOC_STANDARD, Cell::text(standard_name(cx.edition))),
            ],
        },
        heading(1, msg::DOC_SCOPE_STATEMENT),
        paragraph(if cx.scope.trim().is_empty() {
            label(msg::DOC_SCOPE_STATEMENT_MISSING)
        } else {
            cx.scope.clone()
        }),
        heading(1, msg::DOC_SCOPE_BOUNDARIES),
    ];
    let boundary: Vec<Vec<Cell>> = [
        (msg::DOC_SCOPE_SITE, &cx.sites),
        (msg::DOC_SCOPE_SERVICE, &cx.services),
        (msg::DOC_SCOPE_TEAM, &cx.teams),
    ]
    .iter()
    .flat_map(|(kind, items)| {
        items
            .iter()
            .map(move |x| vec![Cell::text(label(*kind)), Cell::text(x.clone())])
    })
    .collect();
    if boundary.is_empty() {
        out.push(paragraph(label(msg::DOC_SCOPE_BOUNDARIES_MISSING)));
    } else {
        out.push(Block::Table(Table {
            columns: columns(&[(msg::DOC_SCOPE_BOUNDARY, 16), (msg::DOC_SCOPE_IN_SCOPE, 60)]),
            rows: boundary,
        }));
    }
    out.push(heading(1, msg::DOC_SCOPE_INTERFACES));
    out.push(paragraph(label(msg::DOC_SCOPE_INTERFACES_ABOUT)));
    let interfaces: Vec<Vec<Cell>> = a
        .assets
        .iter()
        .filter(|x| {
            matches!(
                x.asset_type,
                AssetType::Supplier | AssetType::CloudService | AssetType::Service
            )
        })
        .map(|x| {
            vec![
                Cell::text(x.id.to_string()),
                Cell::text(x.name.clone()),
                Cell::text(x.asset_type.label()),
                Cell::text(x.owner.clone()),
                Cell::text(x.description.clone()),
            ]
        })
        .collect();
    if interfaces.is_empty() {
        out.push(paragraph(label(msg::DOC_SCOPE_INTERFACES_NONE)));
    } else {
        out.push(Block::Table(Table {
            columns: columns(&[
                (msg::DOC_COLUMN_ID, 7),
                (msg::DOC_COLUMN_ASSET, 26),
                (msg::DOC_COLUMN_TYPE, 14),
                (msg::COLUMN_OWNER, 20),
                (msg::DOC_COLUMN_DESCRIPTION, 40),
            ]),
            rows: interfaces,
        }));
    }
    out.push(heading(1, msg::DOC_SCOPE_PARTIES));
    if cx.interested_parties.is_empty() {
        out.push(paragraph(label(msg::DOC_SCOPE_PARTIES_NONE)));
    } else {
        out.push(Block::Table(Table {
            columns: columns(&[
                (msg::DOC_COLUMN_INTERESTED_PARTY, 24),
                (msg::DOC_COLUMN_REQUIREMENTS, 60),
            ]),
            rows: cx
                .interested_parties
                .iter()
                .map(|p| {
                    vec![
                        Cell::text(p.name.clone()),
                        Cell::text(p.requirements.clone()),
                    ]
                })
                .collect(),
        }));
    }
    out.push(heading(1, msg::DOC_SCOPE_EXCLUSIONS));
    let soa = generate(a);
    let excluded: Vec<Vec<Cell>> = soa
        .rows
        .iter()
        .filter(|r| r.decision == Decision::Excluded)
        .map(|r| {
            vec![
                Cell::text(r.control.to_string()),
                Cell::text(r.title),
                Cell::text(if r.exclusion_justification.trim().is_empty() {
                    label(msg::DOC_EXCLUSION_MISSING)
                } else {
                    r.exclusion_justification.clone()
                }),
            ]
        })
        .collect();
    let missing = soa
        .rows
        .iter()
        .filter(|r| r.decision == Decision::Excluded && r.exclusion_justification.trim().is_empty())
        .count();
    if excluded.is_empty() {
        out.push(paragraph(label(msg::DOC_SCOPE_EXCLUSIONS_NONE)));
    } else {
        out.push(paragraph(text::text_with(
            msg::DOC_SCOPE_EXCLUSIONS_ABOUT,
            &[
                ("count", Arg::from(excluded.len())),
                ("missing", Arg::from(missing)),
            ],
        )));
        out.push(Block::Table(Table {
            columns: columns(&[
                (msg::COLUMN_CONTROL, 8),
                (msg::DOC_COLUMN_TITLE, 36),
                (msg::DOC_COLUMN_EXCLUSION_JUSTIFICATION, 50),
            ]),
            rows: excluded,
        }));
    }
    out
}
