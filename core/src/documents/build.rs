//! Builds each document's model from the assessment.

use super::{
    label, Block, Cell, Column, Document, DocumentKind, HeatCell, Heatmap, KeyValue, Table,
};
use crate::catalogue::{self, AssetType, ControlId, Theme};
use crate::gap::{gap_questions, gap_results};
use crate::method::{Impact, LevelIndex, Likelihood, Method};
use crate::model::{Assessment, Identification, Risk};
use crate::rules::organisation_name;
use crate::scoring::{Evaluation, ImpactBasis, Scored, ScoredRegister, Stage};
use crate::soa::{generate, standard_name, Decision};
use crate::text::{self, msg, Arg, MessageId};
use crate::time::Date;

fn heading(level: u8, id: MessageId) -> Block {
    Block::Heading {
        level,
        text: label(id),
    }
}

fn paragraph(text: String) -> Block {
    Block::Paragraph { text }
}

fn columns(spec: &[(MessageId, u16)]) -> Vec<Column> {
    spec.iter()
        .map(|(id, width)| Column {
            title: label(*id),
            width: *width,
        })
        .collect()
}

fn kv(id: MessageId, value: Cell) -> KeyValue {
    KeyValue {
        key: label(id),
        value,
    }
}

fn or_not_set(s: &str) -> Cell {
    if s.trim().is_empty() {
        Cell::text(label(msg::DOC_NOT_SET))
    } else {
        Cell::text(s)
    }
}

fn yes_no(yes: bool) -> Cell {
    Cell::text(label(if yes { msg::DOC_YES } else { msg::DOC_NO }))
}

/// Every document of the pack, in [`DocumentKind::ALL`] order. `today` is
/// the date a document shows when the user set none (so the output is the
/// same for the same file and the same day).
pub fn documents(a: &Assessment, today: Date) -> Vec<Document> {
    DocumentKind::ALL
        .iter()
        .map(|k| document(a, *k, today))
        .collect()
}

/// One document of the pack.
pub fn document(a: &Assessment, kind: DocumentKind, today: Date) -> Document {
    let c = kind.control(a);
    let organisation = organisation_name(&a.context.organisation);
    let title = kind.title();
    let version = if c.version.trim().is_empty() {
        label(msg::DOC_DRAFT)
    } else {
        c.version.clone()
    };
    let mut control = vec![
        heading(1, msg::DOC_CONTROL_HEADING),
        Block::KeyValues {
            rows: vec![
                kv(msg::DOC_ORGANISATION, Cell::text(organisation.clone())),
                kv(msg::DOC_TITLE, Cell::text(title.clone())),
                kv(msg::DOC_STANDARD_CLAUSE, Cell::text(kind.clause())),
                kv(msg::DOC_VERSION, Cell::text(version.clone())),
                kv(msg::DOC_DATE, Cell::Date(c.date.unwrap_or(today))),
                kv(msg::DOC_AUTHOR, or_not_set(&c.author)),
                kv(msg::DOC_APPROVER, or_not_set(&c.approver)),
                kv(
                    msg::DOC_APPROVAL_DATE,
                    c.approved_on
                        .map_or_else(|| Cell::text(label(msg::DOC_NOT_APPROVED)), Cell::Date),
                ),
            ],
        },
        heading(2, msg::DOC_HISTORY_HEADING),
    ];
    if c.history.is_empty() {
        control.push(paragraph(label(msg::DOC_HISTORY_NONE)));
    } else {
        control.push(Block::Table(Table {
            columns: columns(&[
                (msg::DOC_VERSION, 10),
                (msg::DOC_DATE, 15),
                (msg::DOC_AUTHOR, 24),
                (msg::DOC_CHANGE, 56),
            ]),
            rows: c
                .history
                .iter()
                .map(|h| {
                    vec![
                        Cell::text(h.version.clone()),
                        Cell::date(h.date),
                        Cell::text(h.author.clone()),
                        Cell::text(h.description.clone()),
                    ]
                })
                .collect(),
        }));
    }
    let body = match kind {
        DocumentKind::Scope => scope(a),
        DocumentKind::Methodology => methodology(a),
        DocumentKind::RiskAssessment => risk_assessment(a),
        DocumentKind::RiskTreatmentPlan => risk_treatment_plan(a, today),
        DocumentKind::Soa => soa(a),
        DocumentKind::GapReport => gap_report(a),
    };
    let author = if c.author.trim().is_empty() {
        organisation.clone()
    } else {
        c.author.trim().to_owned()
    };
    Document {
        kind,
        organisation,
        title,
        version,
        clause: kind.clause().to_owned(),
        landscape: kind.landscape(),
        control,
        body,
        author,
    }
}

// ---------------------------------------------------------------- 4.3 scope

fn scope(a: &Assessment) -> Vec<Block> {
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

// ---------------------------------------------------------- 6.1.2 method

/// The method's scales as a table: value, name, definition.
fn scale_table(scale: &crate::method::Scale) -> Table {
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_VALUE, 7),
            (msg::DOC_COLUMN_NAME, 18),
            (msg::DOC_COLUMN_DEFINITION, 70),
        ]),
        rows: scale
            .steps
            .iter()
            .enumerate()
            .map(|(n, s)| {
                vec![
                    Cell::Number((n + 1) as f64),
                    Cell::text(s.name.clone()),
                    Cell::text(s.description.clone()),
                ]
            })
            .collect(),
    }
}

/// The method's risk levels: name, whether acceptable without treatment.
fn levels_table(m: &Method) -> Table {
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_LEVEL, 16),
            (msg::DOC_COLUMN_ACCEPTABLE, 30),
        ]),
        rows: m
            .levels
            .iter()
            .enumerate()
            .map(|(n, l)| {
                vec![
                    Cell::text(l.name.clone()),
                    yes_no(m.within_tolerance(LevelIndex(n as u8))),
                ]
            })
            .collect(),
    }
}

fn heatmap(m: &Method, title: String, counts: Option<&[Vec<usize>]>) -> Heatmap {
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

fn tolerance_sentence(m: &Method) -> String {
    text::text_with(
        msg::DOC_METHOD_TOLERANCE,
        &[("level", Arg::from(m.level_name(m.tolerance)))],
    )
}

fn methodology(a: &Assessment) -> Vec<Block> {
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

// ------------------------------------------------- 8.2 risk assessment report

fn impact_basis(a: &Assessment, basis: &ImpactBasis) -> String {
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

fn assets_of(a: &Assessment, r: &Risk) -> String {
    match &r.identification {
        Identification::AssetBased { assets } => assets
            .iter()
            .map(|id| a.asset(*id).map_or(id.to_string(), |x| x.name.clone()))
            .collect::<Vec<_>>()
            .join(", "),
        Identification::EventBased { .. } => label(msg::DOC_EVENT_BASED),
    }
}

fn evaluation_cells(m: &Method, e: &Evaluation) -> [Cell; 4] {
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

fn control_ids(ids: &[ControlId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn method_legend(m: &Method) -> Block {
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

fn risk_assessment(a: &Assessment) -> Vec<Block> {
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

// ------------------------------------------- 6.1.3 e, 8.3 risk treatment plan

/// The risk chain's columns of the risk treatment plan (effort, cost, and
/// where the residual comes from); their cells are [`plan_extra_cells`],
/// in the same order, and every renderer picks them up.
fn plan_extra_columns() -> Vec<Column> {
    columns(&[
        (msg::DOC_COLUMN_EFFORT, 8),
        (msg::DOC_COLUMN_COST, 10),
        (msg::DOC_COLUMN_RESIDUAL_BASIS, 30),
    ])
}

/// The cells of [`plan_extra_columns`] for one risk: effort, cost (in the
/// assessment's currency) and the residual's basis: the user's reason for a
/// target set by hand, else the planned controls' proposal with its reason.
fn plan_extra_cells(a: &Assessment, r: &Risk) -> Vec<Cell> {
    let t = &r.treatment;
    let basis = if t.target.is_some() && !t.target_reason.trim().is_empty() {
        t.target_reason.clone()
    } else if t.target.is_some() {
        label(msg::DOC_RESIDUAL_SET_BY_HAND)
    } else {
        crate::residual_proposal(a, r).reason()
    };
    vec![
        t.effort.map_or(Cell::Empty, |e| Cell::text(e.label())),
        t.cost.map_or(Cell::Empty, |c| Cell::Number(c.0 as f64)),
        Cell::text(basis),
    ]
}

/// The risk treatment plan's table: per risk the option, controls, owner,
/// due date, status and residual risk.
/// The risk treatment plan's table (ISO/IEC 27001:2022 6.1.3 e): the rows
/// of [`crate::risk_treatment_plan`] in its one order
/// ([`crate::by_due`]: dated items first, earliest first, then by
/// risk id), with `today` deciding which are overdue (their status says
/// so, in print, XLSX and DOCX alike).
pub(crate) fn plan_table(a: &Assessment, register: &ScoredRegister, today: Date) -> Table {
    let m = &a.method;
    let mut cols = columns(&[
        (msg::DOC_COLUMN_ID, 7),
        (msg::DOC_COLUMN_RISK, 30),
        (msg::DOC_COLUMN_RISK_OWNER, 16),
        (msg::DOC_COLUMN_CURRENT_LEVEL, 10),
        (msg::DOC_COLUMN_OPTION, 11),
        (msg::DOC_COLUMN_CONTROLS, 30),
        (msg::DOC_COLUMN_TREATMENT_OWNER, 16),
        (msg::DOC_COLUMN_DUE, 11),
        (msg::COLUMN_STATUS, 12),
        (msg::DOC_COLUMN_RESIDUAL_LXI, 6),
        (msg::DOC_COLUMN_RESIDUAL_LEVEL, 10),
        (msg::DOC_COLUMN_WITHIN_TOLERANCE, 10),
    ]);
    cols.extend(plan_extra_columns());
    let mut plan = crate::chain::plan::risk_treatment_plan(a, today);
    plan.sort_by_due();
    let scored: Vec<Scored> = register.rows(a).collect();
    Table {
        columns: cols,
        rows: plan
            .rows
            .iter()
            .filter_map(|p| {
                let x = scored.iter().find(|x| x.risk.id == p.risk)?;
                Some((p.overdue, x.risk, x.score))
            })
            .map(|(overdue, r, s)| {
                let t = &r.treatment;
                let controls = t
                    .planned_controls
                    .iter()
                    .map(|id| match catalogue::control(*id) {
                        Some(c) => format!("{id} {}", c.title),
                        None => id.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                let mut row = vec![
                    Cell::text(r.id.to_string()),
                    Cell::text(r.title.clone()),
                    or_not_set(&r.owner),
                    Cell::text(m.level_name(s.current.level)),
                    Cell::text(
                        t.option
                            .map_or_else(|| label(msg::TREATMENT_NOT_DECIDED), |o| o.label()),
                    ),
                    Cell::text(controls),
                    or_not_set(&t.owner),
                    Cell::date(t.due),
                    Cell::text(if overdue {
                        text::text_with(
                            msg::DOC_STATUS_OVERDUE,
                            &[("status", Arg::from(t.status.label()))],
                        )
                    } else {
                        t.status.label()
                    }),
                    Cell::Number(
                        f64::from(s.residual.likelihood.0) * f64::from(s.residual.impact.0),
                    ),
                    Cell::text(m.level_name(s.residual.level)),
                    yes_no(s.residual_within_tolerance),
                ];
                row.extend(plan_extra_cells(a, r));
                row
            })
            .collect(),
    }
}

/// The acceptance records (6.1.3 f): who accepted which risk, when, until when.
pub(crate) fn acceptance_table(a: &Assessment, register: &ScoredRegister) -> Table {
    let m = &a.method;
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_ID, 7),
            (msg::DOC_COLUMN_RISK, 30),
            (msg::DOC_COLUMN_RESIDUAL_LEVEL, 10),
            (msg::DOC_COLUMN_ACCEPTED_BY, 20),
            (msg::DOC_COLUMN_ACCEPTED_ON, 11),
            (msg::DOC_COLUMN_ACCEPTED_UNTIL, 11),
            (msg::DOC_COLUMN_REASON, 40),
        ]),
        rows: register
            .rows(a)
            .filter_map(|Scored { risk: r, score: s }| {
                r.treatment.acceptance.as_ref().map(|x| {
                    vec![
                        Cell::text(r.id.to_string()),
                        Cell::text(r.title.clone()),
                        Cell::text(m.level_name(s.residual.level)),
                        Cell::text(x.by.clone()),
                        Cell::Date(x.on),
                        Cell::Date(x.until),
                        Cell::text(x.reason.clone()),
                    ]
                })
            })
            .collect(),
    }
}

fn risk_treatment_plan(a: &Assessment, today: Date) -> Vec<Block> {
    let register = ScoredRegister::new(a);
    let acceptances = acceptance_table(a, &register);
    let mut out = vec![
        heading(1, msg::DOC_RTP_ABOUT_HEADING),
        paragraph(label(msg::DOC_RTP_ABOUT)),
        paragraph(tolerance_sentence(&a.method)),
        heading(1, msg::DOC_RTP_PLAN_HEADING),
    ];
    if a.risks.is_empty() {
        out.push(paragraph(label(msg::DOC_RTP_NO_RISKS)));
    } else {
        out.push(Block::Table(plan_table(a, &register, today)));
    }
    out.push(heading(1, msg::DOC_RTP_ACCEPTANCE_HEADING));
    out.push(paragraph(label(msg::DOC_RTP_ACCEPTANCE_ABOUT)));
    if acceptances.rows.is_empty() {
        out.push(paragraph(label(msg::DOC_RTP_ACCEPTANCE_NONE)));
    } else {
        out.push(Block::Table(acceptances));
    }
    out
}

// -------------------------------------------------------------- 6.1.3 d SoA

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

fn soa(a: &Assessment) -> Vec<Block> {
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

// ------------------------------------------------------------- gap report

fn score_cell(score: Option<u8>) -> Cell {
    score.map_or_else(|| Cell::text(label(msg::GAP_SCORE_NOT_ANSWERED)), Cell::int)
}

fn gap_report(a: &Assessment) -> Vec<Block> {
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
        out.push(Block::Table(Table {
            columns: columns(&[
                (msg::COLUMN_RANK, 4),
                (msg::COLUMN_AREA, 20),
                (msg::DOC_COLUMN_QUESTION, 40),
                (msg::COLUMN_ANSWER, 12),
                (msg::COLUMN_PRIORITY, 8),
                (msg::COLUMN_WHAT_TO_DO, 40),
            ]),
            rows: r
                .top_gaps
                .iter()
                .enumerate()
                .map(|(n, g)| {
                    vec![
                        Cell::Number((n + 1) as f64),
                        Cell::text(g.area.short_label()),
                        Cell::text(g.text.to_string()),
                        Cell::text(g.answer.label()),
                        Cell::Number(g.priority),
                        Cell::text(g.todo.to_string()),
                    ]
                })
                .collect(),
        }));
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

// ------------------------------------------------------------ asset register

/// The asset register: id, name, type, owner, location, description and
/// the C, I and A ratings (numbers on the impact scale).
pub fn asset_register_table(a: &Assessment) -> Table {
    Table {
        columns: columns(&[
            (msg::DOC_COLUMN_ID, 7),
            (msg::DOC_COLUMN_ASSET, 28),
            (msg::DOC_COLUMN_TYPE, 14),
            (msg::COLUMN_OWNER, 20),
            (msg::DOC_COLUMN_LOCATION, 18),
            (msg::DOC_COLUMN_DESCRIPTION, 40),
            (msg::DOC_COLUMN_CONFIDENTIALITY, 8),
            (msg::DOC_COLUMN_INTEGRITY, 8),
            (msg::DOC_COLUMN_AVAILABILITY, 8),
        ]),
        rows: a
            .assets
            .iter()
            .map(|x| {
                vec![
                    Cell::text(x.id.to_string()),
                    Cell::text(x.name.clone()),
                    Cell::text(x.asset_type.label()),
                    Cell::text(x.owner.clone()),
                    Cell::text(x.location.clone()),
                    Cell::text(x.description.clone()),
                    Cell::int(x.ratings.confidentiality.0),
                    Cell::int(x.ratings.integrity.0),
                    Cell::int(x.ratings.availability.0),
                ]
            })
            .collect(),
    }
}
