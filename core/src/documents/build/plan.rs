//! The risk treatment plan (ISO/IEC 27001:2022 6.1.3 e, 8.3) and the acceptance records (6.1.3 f).

use super::*;

/// The risk chain's columns of the risk treatment plan (effort, cost, and
/// where the residual comes from); their cells are [`plan_extra_cells`],
/// in the same order, and every renderer picks them up.
pub(super) fn plan_extra_columns() -> Vec<Column> {
    columns(&[
        (msg::DOC_COLUMN_EFFORT, 8),
        (msg::DOC_COLUMN_COST, 10),
        (msg::DOC_COLUMN_RESIDUAL_BASIS, 30),
    ])
}

/// The cells of [`plan_extra_columns`] for one risk: effort, cost (in the
/// assessment's currency) and the residual's basis: the user's reason for a
/// target set by hand, else the planned controls' proposal with its reason.
pub(super) fn plan_extra_cells(a: &Assessment, r: &Risk) -> Vec<Cell> {
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

pub(super) fn risk_treatment_plan(a: &Assessment, today: Date) -> Vec<Block> {
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
