//! Builds each document's model from the assessment: the helpers and the
//! document control block here, one file per document beside it.

mod assets;
mod gap;
mod method;
mod plan;
mod risk_report;
mod scope;
mod soa;

pub use self::assets::asset_register_table;
pub(crate) use self::plan::plan_table;
// The tables the workbook (`crate::xlsx`) lays out as sheets.
#[cfg(feature = "xlsx")]
pub(crate) use self::{
    gap::gap_answers_table,
    plan::acceptance_table,
    risk_report::register_table,
    soa::{soa_columns, soa_rows},
};
use self::{gap::*, method::*, plan::*, risk_report::*, scope::*, soa::*};

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

/// A table of `items`, one row each: `row` gets the item's number (1 for
/// the first) and the item. The columns are `spec` as for [`columns`].
fn numbered_table<T>(
    spec: &[(MessageId, u16)],
    items: impl IntoIterator<Item = T>,
    row: impl Fn(usize, T) -> Vec<Cell>,
) -> Table {
    Table {
        columns: columns(spec),
        rows: items
            .into_iter()
            .enumerate()
            .map(|(n, x)| row(n + 1, x))
            .collect(),
    }
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
