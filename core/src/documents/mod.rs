//! The Stage 1 pack: the documents an auditor reviews first (ISO/IEC
//! 27001:2022 4.3, 6.1.2, 8.2, 6.1.3 d and e, 8.3), each generated from
//! the assessment as one [`Document`] model: its document control block and
//! a tree of typed [`Block`]s (headings, paragraphs, key-value tables,
//! tables with a header row, heatmaps). Every renderer (the browser's print
//! view, the XLSX workbook, the DOCX files, Markdown) walks the same model,
//! so the documents say the same thing in every form.
//!
//! Every sentence comes from the text layer; user text is carried as typed,
//! and numbers and dates stay typed ([`Cell`]) so a spreadsheet gets
//! numbers and dates, not text.

pub(crate) mod build;
#[cfg(feature = "docx")]
mod docx;
mod markdown;

use serde::{Deserialize, Serialize};

use crate::model::{Assessment, DocumentControl};
use crate::text::{self, msg, MessageId};
use crate::time::Date;

mod print;

pub use print::{css_string, print_page_css};

pub use build::{asset_register_table, document, documents};
#[cfg(feature = "docx")]
pub use docx::{document_docx, pack_docx};
pub use markdown::document_md;

/// One document of the Stage 1 pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The ISMS scope statement (4.3).
    Scope,
    /// The risk assessment methodology (6.1.2).
    Methodology,
    /// The risk assessment report (8.2).
    RiskAssessment,
    /// The risk treatment plan (6.1.3 e, 8.3).
    RiskTreatmentPlan,
    /// The Statement of Applicability (6.1.3 d).
    Soa,
    /// The gap-check report, with each question and its answer.
    GapReport,
}

impl DocumentKind {
    /// Every document, in the pack's order.
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::Scope,
        DocumentKind::Methodology,
        DocumentKind::RiskAssessment,
        DocumentKind::RiskTreatmentPlan,
        DocumentKind::Soa,
        DocumentKind::GapReport,
    ];

    /// The five documents of the Stage 1 document review (seed 001).
    pub const STAGE_1: [DocumentKind; 5] = [
        DocumentKind::Scope,
        DocumentKind::Methodology,
        DocumentKind::RiskAssessment,
        DocumentKind::RiskTreatmentPlan,
        DocumentKind::Soa,
    ];

    /// The file name without extension, e.g. `statement-of-applicability`.
    pub fn slug(self) -> &'static str {
        match self {
            DocumentKind::Scope => "isms-scope",
            DocumentKind::Methodology => "risk-assessment-methodology",
            DocumentKind::RiskAssessment => "risk-assessment-report",
            DocumentKind::RiskTreatmentPlan => "risk-treatment-plan",
            DocumentKind::Soa => "statement-of-applicability",
            DocumentKind::GapReport => "gap-check-report",
        }
    }

    /// The document's title, e.g. "Statement of Applicability".
    pub fn title(self) -> String {
        text::text(match self {
            DocumentKind::Scope => msg::DOC_TITLE_SCOPE,
            DocumentKind::Methodology => msg::DOC_TITLE_METHODOLOGY,
            DocumentKind::RiskAssessment => msg::DOC_TITLE_RISK_ASSESSMENT,
            DocumentKind::RiskTreatmentPlan => msg::DOC_TITLE_RISK_TREATMENT_PLAN,
            DocumentKind::Soa => msg::DOC_TITLE_SOA,
            DocumentKind::GapReport => msg::DOC_TITLE_GAP_REPORT,
        })
    }

    /// The clauses of ISO/IEC 27001:2022 it answers, e.g. "6.1.3 d".
    pub fn clause(self) -> &'static str {
        match self {
            DocumentKind::Scope => "4.3",
            DocumentKind::Methodology => "6.1.2",
            DocumentKind::RiskAssessment => "8.2",
            DocumentKind::RiskTreatmentPlan => "6.1.3 e, 6.1.3 f, 8.3",
            DocumentKind::Soa => "6.1.3 d",
            DocumentKind::GapReport => "4–10, Annex A",
        }
    }

    /// True when its tables are too wide for a portrait page.
    pub fn landscape(self) -> bool {
        matches!(
            self,
            DocumentKind::RiskAssessment | DocumentKind::RiskTreatmentPlan | DocumentKind::Soa
        )
    }

    /// The user's document control block for this document.
    pub fn control(self, a: &Assessment) -> &DocumentControl {
        match self {
            DocumentKind::Scope => &a.documents.scope,
            DocumentKind::Methodology => &a.documents.methodology,
            DocumentKind::RiskAssessment => &a.documents.risk_assessment,
            DocumentKind::RiskTreatmentPlan => &a.documents.risk_treatment_plan,
            DocumentKind::Soa => &a.soa.document,
            DocumentKind::GapReport => &a.documents.gap_report,
        }
    }

    /// The user's document control block for this document, to edit.
    pub fn control_mut(self, a: &mut Assessment) -> &mut DocumentControl {
        match self {
            DocumentKind::Scope => &mut a.documents.scope,
            DocumentKind::Methodology => &mut a.documents.methodology,
            DocumentKind::RiskAssessment => &mut a.documents.risk_assessment,
            DocumentKind::RiskTreatmentPlan => &mut a.documents.risk_treatment_plan,
            DocumentKind::Soa => &mut a.soa.document,
            DocumentKind::GapReport => &mut a.documents.gap_report,
        }
    }
}

/// One value of a table: text, a number or a date, kept typed so a
/// spreadsheet stores numbers as numbers and dates as dates.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    /// Text, exactly as typed (writers neutralise formulas on their own).
    Text(String),
    /// A number (likelihood, impact, L × I, a score, a count).
    Number(f64),
    /// A calendar date.
    Date(Date),
    /// Nothing.
    Empty,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A whole number.
    pub fn int(n: impl Into<u32>) -> Cell {
        Cell::Number(f64::from(n.into()))
    }

    /// A date, or an empty cell.
    pub fn date(d: Option<Date>) -> Cell {
        d.map_or(Cell::Empty, Cell::Date)
    }

    /// The cell as text, the way a printed page shows it (dates as
    /// `YYYY-MM-DD`, whole numbers without a decimal point).
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => format!("{n}"),
            Cell::Date(d) => d.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A column of a [`Table`]: its header and a width in characters (the
/// spreadsheet's column width; printed and DOCX tables share the page in
/// these proportions).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    /// The header, e.g. "Risk owner".
    pub title: String,
    /// Width in characters.
    pub width: u16,
}

impl Column {
    /// The width, at least the header's longest word and a little room,
    /// so that no header breaks inside a word.
    pub fn min_width(&self) -> u16 {
        let word = self
            .title
            .split_whitespace()
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
        self.width.max(u16::try_from(word + 2).unwrap_or(u16::MAX))
    }
}

/// A table with a header row that repeats on every printed page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// One cell of a [`Heatmap`]: the matrix's level and, for a register's
/// heatmap, how many risks sit there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HeatCell {
    /// The level's name, e.g. "High".
    pub level: String,
    /// The level's colour, `#rrggbb`.
    pub colour: String,
    /// How many risks are in the cell (`None` for the method's matrix).
    pub count: Option<usize>,
}

/// A likelihood × impact grid.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Heatmap {
    /// Its caption, e.g. "Inherent risk".
    pub title: String,
    /// The likelihood steps' names, lowest first.
    pub likelihood: Vec<String>,
    /// The impact steps' names, lowest first.
    pub impact: Vec<String>,
    /// `cells[l][i]` for likelihood step `l + 1` and impact step `i + 1`.
    pub cells: Vec<Vec<HeatCell>>,
}

/// One label and its value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KeyValue {
    /// The label, e.g. "Version".
    pub key: String,
    /// The value.
    pub value: Cell,
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "block", rename_all = "snake_case")]
pub enum Block {
    /// A heading: level 1 for sections, 2 for subsections (Word's
    /// navigation pane lists both).
    Heading {
        /// 1 or 2.
        level: u8,
        /// The heading's text.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// Its text.
        text: String,
    },
    /// A two-column table of labels and values.
    KeyValues {
        /// The rows.
        rows: Vec<KeyValue>,
    },
    /// A table with a header row.
    Table(Table),
    /// A likelihood × impact heatmap.
    Heatmap(Heatmap),
}

/// One document: the running header's parts, the document control block
/// and the body.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// Which document.
    pub kind: DocumentKind,
    /// The organisation's name (the fallback when none is given).
    pub organisation: String,
    /// The title.
    pub title: String,
    /// The version as the user typed it, or the draft label when empty.
    pub version: String,
    /// The clauses it answers.
    pub clause: String,
    /// True when it prints in landscape.
    pub landscape: bool,
    /// The document control block: organisation, title, version, date,
    /// author, approver, approval date, then the change history table.
    pub control: Vec<Block>,
    /// Who prepared it, for a file's properties (the DOCX author): the
    /// control block's author, else the organisation (ISO/IEC 27001:2022
    /// 7.5.2 a, identification of documented information). Shown in the
    /// control block already, so not serialised again.
    #[serde(skip)]
    pub author: String,
    /// The body.
    pub body: Vec<Block>,
}

impl Document {
    /// The running header, e.g. "Acme Ltd · Risk treatment plan · version 0.3".
    pub fn running_header(&self) -> String {
        text::text_with(
            msg::DOC_RUNNING_HEADER,
            &[
                ("organisation", text::Arg::from(self.organisation.as_str())),
                ("title", text::Arg::from(self.title.as_str())),
                ("version", text::Arg::from(self.version.as_str())),
            ],
        )
    }

    /// The control block then the body.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.control.iter().chain(self.body.iter())
    }
}

/// A header text from the text layer.
pub(crate) fn label(id: MessageId) -> String {
    text::text(id)
}

/// A table as CSV: its headers, then its cells as a printed page shows
/// them, with a UTF-8 byte order mark and formulas neutralised (see
/// [`crate::report::csv`]).
pub fn table_csv(t: &Table) -> String {
    let header: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
    let rows: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(Cell::display).collect())
        .collect();
    crate::report::csv(&header, &rows)
}

/// The asset register as CSV: id, name, type, owner, location, description
/// and the C, I and A ratings (numbers on the impact scale).
pub fn asset_register_csv(a: &Assessment) -> String {
    table_csv(&asset_register_table(a))
}

/// The risk treatment plan's table as CSV (the user's own plan: option,
/// controls, owner, due date, status and residual risk of each risk), in
/// due-date order; `today` decides which treatments are overdue.
pub fn risk_treatment_plan_csv(a: &Assessment, today: Date) -> String {
    table_csv(&build::plan_table(
        a,
        &crate::scoring::ScoredRegister::new(a),
        today,
    ))
}

#[cfg(test)]
mod tests;

/// Sets a document's control block (ISO/IEC 27001:2022 7.5.3), as typed:
/// the SoA's in `soa.document`, the others' in `documents`. Nothing else
/// changes.
pub fn set_document_control(a: &mut Assessment, kind: DocumentKind, control: DocumentControl) {
    *kind.control_mut(a) = control;
}

#[cfg(test)]
mod set_tests;
