//! The XLSX workbook: a cover sheet with the document control block of each
//! document, then the tabular documents of the Stage 1 pack (SoA, risk
//! register, risk treatment plan, risk acceptance, asset register, method,
//! gap-check answers), laid out from the same [`crate::documents`] models as
//! the printed and DOCX forms.
//!
//! Every sheet prints as a document: landscape A4, one page wide, the
//! header row repeated on every page, a print area, a running header with
//! the organisation, the title and the version, and "Page x of y" in the
//! footer. Headers are words, numbers and dates are typed as numbers and
//! dates, text wraps with row heights that fit it, and the header row is
//! frozen with a filter. Text that a spreadsheet could read as a formula
//! keeps its characters and gets the quote-prefix format, so it stays text
//! even when someone edits the cell.

use super::documents::{self, Block, Cell, Column, Document, DocumentKind, Table};
use super::model::Assessment;
use super::text::{self, msg, Arg};
use super::time::Date;

mod write;

pub use write::workbook;

/// The most characters a spreadsheet cell holds (Excel's limit is 32,767;
/// the rest is room for the note that the text was cut).
pub const MAX_CELL_CHARS: usize = 32_000;

/// One worksheet of the workbook: a table with typed cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The tab's name, e.g. "Risk register".
    pub name: String,
    /// The document it belongs to (its running header), if one.
    pub kind: Option<DocumentKind>,
    /// Label and value rows above the table (the cover's title block).
    pub preamble: Vec<documents::KeyValue>,
    /// The columns: human headers and widths in characters.
    pub columns: Vec<Column>,
    /// The rows, typed.
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    fn of(name: String, kind: DocumentKind, t: Table) -> Sheet {
        Sheet {
            name,
            kind: Some(kind),
            preamble: Vec::new(),
            columns: t.columns,
            rows: t.rows,
        }
    }
}

fn label(id: text::MessageId) -> String {
    text::text(id)
}

/// The document control blocks of every document, one row each, under the
/// workbook's title block: the cover.
fn cover(a: &Assessment, docs: &[Document], today: Date) -> Sheet {
    let kv = |id: text::MessageId, value: Cell| documents::KeyValue {
        key: label(id),
        value,
    };
    let cols = [
        (msg::DOC_TITLE, 30),
        (msg::DOC_STANDARD_CLAUSE, 18),
        (msg::DOC_VERSION, 12),
        (msg::DOC_DATE, 12),
        (msg::DOC_AUTHOR, 24),
        (msg::DOC_APPROVER, 24),
        (msg::DOC_APPROVAL_DATE, 14),
    ];
    let rows = docs
        .iter()
        .map(|d| {
            let value = |key: text::MessageId| {
                let key = label(key);
                d.control
                    .iter()
                    .find_map(|b| match b {
                        Block::KeyValues { rows } => {
                            rows.iter().find(|r| r.key == key).map(|r| r.value.clone())
                        }
                        _ => None,
                    })
                    .unwrap_or(Cell::Empty)
            };
            vec![
                Cell::text(d.title.clone()),
                Cell::text(d.clause.clone()),
                Cell::text(d.version.clone()),
                value(msg::DOC_DATE),
                value(msg::DOC_AUTHOR),
                value(msg::DOC_APPROVER),
                value(msg::DOC_APPROVAL_DATE),
            ]
        })
        .collect();
    Sheet {
        name: label(msg::XLSX_SHEET_COVER),
        kind: None,
        preamble: vec![
            kv(
                msg::DOC_ORGANISATION,
                Cell::text(crate::rules::organisation_name(&a.context.organisation)),
            ),
            kv(msg::DOC_TITLE, Cell::text(label(msg::XLSX_TITLE))),
            kv(
                msg::DOC_STANDARD,
                Cell::text(crate::soa::standard_name(a.context.edition)),
            ),
            kv(msg::XLSX_GENERATED, Cell::Date(today)),
        ],
        columns: cols
            .iter()
            .map(|(id, w)| Column {
                title: label(*id),
                width: *w,
            })
            .collect(),
        rows,
    }
}

/// Every change history row of every document.
fn history(a: &Assessment) -> Table {
    let cols = [
        (msg::DOC_TITLE, 30),
        (msg::DOC_VERSION, 10),
        (msg::DOC_DATE, 12),
        (msg::DOC_AUTHOR, 24),
        (msg::DOC_CHANGE, 60),
    ];
    Table {
        columns: cols
            .iter()
            .map(|(id, w)| Column {
                title: label(*id),
                width: *w,
            })
            .collect(),
        rows: DocumentKind::ALL
            .iter()
            .flat_map(|k| {
                k.control(a).history.iter().map(move |h| {
                    vec![
                        Cell::text(k.title()),
                        Cell::text(h.version.clone()),
                        Cell::date(h.date),
                        Cell::text(h.author.clone()),
                        Cell::text(h.description.clone()),
                    ]
                })
            })
            .collect(),
    }
}

/// The method as one table: each scale step with its definition, each cell
/// of the matrix with its level, and the tolerance.
fn method_table(a: &Assessment) -> Table {
    let m = &a.method;
    let mut rows = Vec::new();
    for (part, scale) in [
        (label(msg::DOC_METHOD_LIKELIHOOD_HEADING), &m.likelihood),
        (label(msg::DOC_METHOD_IMPACT_HEADING), &m.impact),
    ] {
        for (n, s) in scale.steps.iter().enumerate() {
            rows.push(vec![
                Cell::text(part.clone()),
                Cell::Number((n + 1) as f64),
                Cell::text(s.name.clone()),
                Cell::text(s.description.clone()),
            ]);
        }
    }
    let matrix = label(msg::DOC_METHOD_MATRIX_HEADING);
    for (l, row) in m.matrix.grid.iter().enumerate() {
        for (i, level) in row.iter().enumerate() {
            rows.push(vec![
                Cell::text(matrix.clone()),
                Cell::Number(((l + 1) * (i + 1)) as f64),
                Cell::text(format!(
                    "{} × {}",
                    m.likelihood.name(l as u8 + 1),
                    m.impact.name(i as u8 + 1)
                )),
                Cell::text(m.level_name(*level)),
            ]);
        }
    }
    let acceptance = label(msg::DOC_METHOD_ACCEPTANCE_HEADING);
    for (n, l) in m.levels.iter().enumerate() {
        rows.push(vec![
            Cell::text(acceptance.clone()),
            Cell::Number((n + 1) as f64),
            Cell::text(l.name.clone()),
            Cell::text(label(
                if m.within_tolerance(crate::method::LevelIndex(n as u8)) {
                    msg::XLSX_ACCEPTABLE
                } else {
                    msg::XLSX_NEEDS_TREATMENT
                },
            )),
        ]);
    }
    rows.push(vec![
        Cell::text(acceptance),
        Cell::Empty,
        Cell::text(m.level_name(m.tolerance)),
        Cell::text(text::text_with(
            msg::DOC_METHOD_TOLERANCE,
            &[("level", Arg::from(m.level_name(m.tolerance)))],
        )),
    ]);
    Table {
        columns: [
            (msg::XLSX_COLUMN_PART, 26),
            (msg::DOC_COLUMN_VALUE, 10),
            (msg::DOC_COLUMN_NAME, 28),
            (msg::DOC_COLUMN_DEFINITION, 70),
        ]
        .iter()
        .map(|(id, w)| Column {
            title: label(*id),
            width: *w,
        })
        .collect(),
        rows,
    }
}

/// The workbook's sheets, typed: cover, SoA, risk register, risk treatment
/// plan, risk acceptance, asset register, method, change history and
/// gap-check answers. `today` is the date a document shows when the user
/// set none.
pub fn workbook_sheets(a: &Assessment, today: Date) -> Vec<Sheet> {
    let docs = documents::documents(a, today);
    let register = crate::scoring::ScoredRegister::new(a);
    let mut soa_columns = vec![Column {
        title: label(msg::XLSX_COLUMN_THEME),
        width: 16,
    }];
    soa_columns.extend(documents::build::soa_columns());
    let soa_rows = crate::catalogue::Theme::ALL
        .iter()
        .flat_map(|t| {
            documents::build::soa_rows(a, Some(*t))
                .into_iter()
                .map(move |mut r| {
                    r.insert(0, Cell::text(t.label()));
                    r
                })
        })
        .collect();
    vec![
        cover(a, &docs, today),
        Sheet {
            name: label(msg::XLSX_SHEET_SOA),
            kind: Some(DocumentKind::Soa),
            preamble: Vec::new(),
            columns: soa_columns,
            rows: soa_rows,
        },
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_REGISTER),
            DocumentKind::RiskAssessment,
            documents::build::register_table(a, &register),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_TREATMENT_PLAN),
            DocumentKind::RiskTreatmentPlan,
            documents::build::plan_table(a, &register, today),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_ACCEPTANCE),
            DocumentKind::RiskTreatmentPlan,
            documents::build::acceptance_table(a, &register),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_ASSET_REGISTER),
            DocumentKind::RiskAssessment,
            documents::asset_register_table(a),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_METHOD),
            DocumentKind::Methodology,
            method_table(a),
        ),
        Sheet {
            kind: None,
            preamble: Vec::new(),
            ..Sheet::of(
                label(msg::XLSX_SHEET_HISTORY),
                DocumentKind::Soa,
                history(a),
            )
        },
        Sheet::of(
            label(msg::XLSX_SHEET_GAP),
            DocumentKind::GapReport,
            documents::build::gap_answers_table(a),
        ),
        Sheet::of(
            label(msg::XLSX_SHEET_RISK_DATA),
            DocumentKind::RiskAssessment,
            risk_data_table(a),
        ),
    ]
}

/// The risk register as data: the risk-register CSV's columns (CISO
/// Assistant's import columns, then Annexa's), so that the workbook imports
/// back into Annexa, or into another tool, with no mapping work.
fn risk_data_table(a: &Assessment) -> Table {
    Table {
        columns: crate::report::RISK_REGISTER_COLUMNS
            .iter()
            .map(|c| Column {
                title: (*c).to_owned(),
                width: 14,
            })
            .collect(),
        rows: crate::report::risk_register_rows(a)
            .into_iter()
            .map(|row| row.into_iter().map(Cell::Text).collect())
            .collect(),
    }
}

#[cfg(test)]
mod tests;
