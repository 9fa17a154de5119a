//! The files worker's protocol: typed requests and responses, JSON over
//! `postMessage`, between the web app and its on-demand `annexa-files`
//! worker (the only wasm that links the spreadsheet readers). The types
//! are always compiled, so the page can speak the protocol; the handler
//! ([`FilesWorker`]) needs the feature `spreadsheets`. The worker also
//! writes the files a user downloads that need the heavy writers (the
//! XLSX workbook, features `xlsx`; the DOCX documents, feature `docx`), so
//! the page's own wasm links neither: [`FilesRequest::Render`].

use serde::{Deserialize, Serialize};

use super::apply::ImportMode;
use super::mapping::Mapping;
use crate::documents::DocumentKind;
use crate::time::Date;

/// A file the files worker writes for download (ISO/IEC 27001:2022 7.5:
/// the documented information of the assessment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rendered {
    /// The whole assessment as an XLSX workbook.
    Workbook,
    /// One document of the pack as DOCX.
    Document {
        /// Which document.
        kind: DocumentKind,
    },
    /// The five Stage 1 documents in one DOCX.
    Stage1Pack,
}

impl Rendered {
    /// The media type of the file.
    pub fn media_type(self) -> &'static str {
        match self {
            Rendered::Workbook => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            Rendered::Document { .. } | Rendered::Stage1Pack => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    /// The suggested file name for `a`'s file made on `today`: the
    /// assessment's file stem, then the document's slug and the extension
    /// (`acme-2026-11-30.xlsx`, `acme-2026-11-30-scope.docx`,
    /// `acme-2026-11-30-stage-1-pack.docx`).
    pub fn file_name(self, a: &crate::model::Assessment, today: Date) -> String {
        let stem = crate::file_stem(a, today);
        match self {
            Rendered::Workbook => format!("{stem}.xlsx"),
            Rendered::Document { kind } => format!("{stem}-{}.docx", kind.slug()),
            Rendered::Stage1Pack => format!("{stem}-stage-1-pack.docx"),
        }
    }
}

/// How many rejected rows a preview sends to the page (the count is exact).
pub const MAX_REJECTED_SHOWN: usize = 200;

/// How many sample values per column the mapping view shows.
pub const SAMPLES: usize = 3;

/// A request to the files worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FilesRequest {
    /// Read a spreadsheet (its bytes base64url-encoded, see
    /// [`crate::base64url`]) and propose a mapping (or apply `mapping`, a
    /// saved one). The worker keeps the table for the next requests.
    ReadSpreadsheet {
        /// The file's name.
        name: String,
        /// Its bytes, base64url.
        bytes: String,
        /// The workbook's sheet (the first when `None`).
        sheet: Option<String>,
        /// The 1-based header row (the first non-empty row when `None`).
        header_row: Option<u32>,
        /// A saved mapping to start from.
        mapping: Option<Mapping>,
        /// The current assessment, as Annexa JSON.
        assessment: String,
    },
    /// Preview the kept table with a changed mapping (its value tables are
    /// refreshed; a changed row kind gets a new proposal).
    Preview {
        /// The mapping.
        mapping: Mapping,
        /// The current assessment, as Annexa JSON.
        assessment: String,
    },
    /// Import the kept table: the resulting assessment comes back as
    /// Annexa JSON, for the page to load through its one validated path.
    Apply {
        /// The mapping.
        mapping: Mapping,
        /// Merge or replace.
        mode: ImportMode,
        /// The current assessment, as Annexa JSON.
        assessment: String,
    },
    /// Write a file for download from the assessment.
    Render {
        /// The current assessment, as Annexa JSON.
        assessment: String,
        /// The day: dates undated documents and is the file's creation date.
        today: Date,
        /// Which file.
        what: Rendered,
    },
}

/// What a preview says, ready to show.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewSummary {
    /// Rows that add an item.
    pub new: usize,
    /// Rows that update one.
    pub updated: usize,
    /// Rows rejected (all of them).
    pub rejected: usize,
    /// The first [`MAX_REJECTED_SHOWN`] rejected rows: line and what to fix.
    pub rejected_rows: Vec<(u32, String)>,
    /// For a 2013 SoA: the transition report in sentences.
    pub transition: Vec<String>,
}

/// The kept table as the mapping view shows it, with the mapping and its
/// preview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetView {
    /// The file's name.
    pub name: String,
    /// The workbook's sheets (one, "CSV", for a CSV file).
    pub sheets: Vec<String>,
    /// The sheet read.
    pub sheet: String,
    /// The header row used (1-based).
    pub header_row: u32,
    /// The header names.
    pub headers: Vec<String>,
    /// A few sample values per column.
    pub samples: Vec<Vec<String>>,
    /// How many data rows.
    pub rows: usize,
    /// The mapping (proposed, or the one given, refreshed).
    pub mapping: Mapping,
    /// What importing with it would do.
    pub preview: PreviewSummary,
}

/// A response of the files worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FilesResponse {
    /// The worker listens (its first message).
    Ready,
    /// A spreadsheet read or a mapping previewed.
    Sheet(Box<SheetView>),
    /// The import applied: the new assessment, as Annexa JSON.
    Applied {
        /// The file's name.
        name: String,
        /// The assessment after the import (an export envelope).
        json: String,
        /// Rows added.
        new: usize,
        /// Rows that updated an item.
        updated: usize,
    },
    /// A file written for download.
    Rendered {
        /// Which file it is.
        what: Rendered,
        /// The suggested file name.
        name: String,
        /// Its media type.
        media_type: String,
        /// Its bytes, base64url (see [`crate::base64url`]).
        bytes: String,
    },
    /// Nothing changed: what went wrong and what to do.
    Failed {
        /// The message.
        message: String,
    },
}

#[cfg(feature = "spreadsheets")]
pub use handler::FilesWorker;

#[cfg(feature = "spreadsheets")]
mod handler;

#[cfg(all(test, feature = "spreadsheets", feature = "xlsx", feature = "docx"))]
mod render_tests;
