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
#[serde(tag = "file", rename_all = "snake_case")]
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
#[serde(tag = "request", rename_all = "snake_case")]
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
#[serde(tag = "response", rename_all = "snake_case")]
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
mod handler {
    use super::*;
    use crate::import::{self as imp, Table};
    use crate::model::Assessment;

    /// The worker's state: the spreadsheet last read.
    #[derive(Default)]
    pub struct FilesWorker {
        kept: Option<Kept>,
    }

    struct Kept {
        name: String,
        sheets: Vec<String>,
        sheet: String,
        header_row: u32,
        table: Table,
    }

    fn assessment(json: &str) -> Result<Assessment, String> {
        if json.trim().is_empty() {
            return Ok(Assessment::default());
        }
        crate::import(json.as_bytes())
            .map(|e| e.assessment)
            .map_err(|e| e.to_string())
    }

    impl FilesWorker {
        /// A worker with nothing read yet.
        pub fn new() -> Self {
            Self::default()
        }

        /// Answers one request given as JSON text.
        pub fn handle_json(&mut self, text: &str) -> FilesResponse {
            match serde_json::from_str::<FilesRequest>(text) {
                Ok(r) => self.handle(r),
                Err(e) => FilesResponse::Failed {
                    message: format!(
                        "the files worker got a request it cannot read ({e}); reload the page"
                    ),
                },
            }
        }

        /// Answers one request.
        pub fn handle(&mut self, request: FilesRequest) -> FilesResponse {
            match self.answer(request) {
                Ok(r) => r,
                Err(message) => FilesResponse::Failed { message },
            }
        }

        fn answer(&mut self, request: FilesRequest) -> Result<FilesResponse, String> {
            match request {
                FilesRequest::ReadSpreadsheet {
                    name,
                    bytes,
                    sheet,
                    header_row,
                    mapping,
                    assessment: json,
                } => {
                    let bytes = crate::base64url::decode(&bytes)?;
                    let fail = |e: imp::ImportError| {
                        format!("{name} was not imported, and your data is unchanged. {e}")
                    };
                    let sheets = imp::read::sheet_names(&bytes).map_err(fail)?;
                    let sheet = sheet
                        .or_else(|| mapping.as_ref().and_then(|m| m.sheet.clone()))
                        .filter(|s| sheets.contains(s))
                        .or_else(|| sheets.first().cloned())
                        .unwrap_or_default();
                    let header = header_row.or_else(|| mapping.as_ref().and_then(|m| m.header_row));
                    let pick = (imp::read::kind_of(&bytes) == imp::read::FileKind::Workbook)
                        .then_some(sheet.as_str());
                    let table = imp::read::read(&bytes, pick, header).map_err(fail)?;
                    let a = assessment(&json)?;
                    let header_row = header.unwrap_or_else(|| {
                        table
                            .rows
                            .first()
                            .map_or(1, |r| r.line.saturating_sub(1).max(1))
                    });
                    let mapping = match mapping {
                        Some(mut m) => {
                            m.refresh_values(&table, &a.method);
                            m
                        }
                        None => imp::propose(&table, None, &a.method),
                    };
                    self.kept = Some(Kept {
                        name,
                        sheets,
                        sheet,
                        header_row,
                        table,
                    });
                    self.view(mapping, &a)
                }
                FilesRequest::Preview {
                    mapping,
                    assessment: json,
                } => {
                    let a = assessment(&json)?;
                    self.view(mapping, &a)
                }
                FilesRequest::Apply {
                    mapping,
                    mode,
                    assessment: json,
                } => {
                    let a = assessment(&json)?;
                    let kept = self.kept.as_ref().ok_or_else(nothing_read)?;
                    let p = imp::preview(&a, &kept.table, &mapping);
                    let next = imp::apply(&a, &p, mode).map_err(|e| {
                        format!(
                            "{} was not imported, and your data is unchanged. {e}",
                            kept.name
                        )
                    })?;
                    Ok(FilesResponse::Applied {
                        name: kept.name.clone(),
                        json: crate::export(&next, crate::Timestamp(0)),
                        new: p.new_count(),
                        updated: p.updated_count(),
                    })
                }
                FilesRequest::Render {
                    assessment: json,
                    today,
                    what,
                } => {
                    let a = assessment(&json)?;
                    let bytes = render(&a, today, what).map_err(|e| e.to_string())?;
                    Ok(FilesResponse::Rendered {
                        what,
                        name: what.file_name(&a, today),
                        media_type: what.media_type().to_owned(),
                        bytes: crate::base64url::encode(&bytes),
                    })
                }
            }
        }

        fn view(&self, mut mapping: Mapping, a: &Assessment) -> Result<FilesResponse, String> {
            let kept = self.kept.as_ref().ok_or_else(nothing_read)?;
            let t = &kept.table;
            // A changed row kind: the columns get a new proposal for it.
            let foreign = mapping.columns.iter().any(|c| {
                c.target
                    .is_some_and(|f| !mapping.kind.fields().contains(&f))
            });
            if foreign || mapping.columns.len() != t.headers.len() && mapping.columns.is_empty() {
                let name = std::mem::take(&mut mapping.name);
                mapping = imp::propose(t, Some(mapping.kind), &a.method);
                mapping.name = name;
            } else {
                mapping.refresh_values(t, &a.method);
            }
            mapping.sheet = Some(kept.sheet.clone());
            mapping.header_row = Some(kept.header_row);
            let p = imp::preview(a, t, &mapping);
            let preview = PreviewSummary {
                new: p.new_count(),
                updated: p.updated_count(),
                rejected: p.rejected_count(),
                rejected_rows: p
                    .rejected
                    .iter()
                    .take(MAX_REJECTED_SHOWN)
                    .map(|r| (r.line, r.problem.message()))
                    .collect(),
                transition: p
                    .transition
                    .as_ref()
                    .map(transition_lines)
                    .unwrap_or_default(),
            };
            Ok(FilesResponse::Sheet(Box::new(SheetView {
                name: kept.name.clone(),
                sheets: kept.sheets.clone(),
                sheet: kept.sheet.clone(),
                header_row: kept.header_row,
                headers: t.headers.clone(),
                samples: (0..t.headers.len())
                    .map(|i| t.samples(i, SAMPLES))
                    .collect(),
                rows: t.rows.len(),
                mapping,
                preview,
            })))
        }
    }

    /// The bytes of `what` for `a` on `today`. Errors: the writer failed,
    /// or this build lacks its feature (`xlsx`, `docx`).
    fn render(a: &Assessment, today: Date, what: Rendered) -> crate::error::Result<Vec<u8>> {
        match what {
            #[cfg(feature = "xlsx")]
            Rendered::Workbook => crate::workbook(a, today),
            #[cfg(feature = "docx")]
            Rendered::Document { kind } => {
                let docs = crate::documents::documents(a, today);
                let d = docs.iter().find(|d| d.kind == kind).ok_or_else(|| {
                    crate::Error::new(
                        crate::ErrorKind::Io,
                        "that document is not in the pack; reload the page",
                    )
                })?;
                crate::documents::document_docx(d, today)
            }
            #[cfg(feature = "docx")]
            Rendered::Stage1Pack => {
                let stage1: Vec<_> = crate::documents::documents(a, today)
                    .into_iter()
                    .filter(|d| DocumentKind::STAGE_1.contains(&d.kind))
                    .collect();
                crate::documents::pack_docx(&stage1, today)
            }
            #[allow(unreachable_patterns)]
            _ => Err(crate::Error::new(
                crate::ErrorKind::Io,
                "this build of Annexa cannot write that file; use the command line (`annexa docs`)",
            )),
        }
    }

    fn nothing_read() -> String {
        "choose the spreadsheet again: the files worker has not read one".to_owned()
    }

    fn transition_lines(t: &imp::Transition) -> Vec<String> {
        use crate::text::{msg, text_with, Arg};
        let lines = |from: &[(u32, crate::catalogue::LegacyControlId)]| {
            from.iter()
                .map(|(l, id)| {
                    text_with(
                        msg::IMPORT_TRANSITION_LINE,
                        &[
                            ("control", Arg::from(id.to_string())),
                            ("line", Arg::from(l.to_string())),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = Vec::new();
        for d in &t.disagreements {
            out.push(text_with(
                msg::IMPORT_TRANSITION_DISAGREE,
                &[
                    ("control", Arg::from(d.control.to_string())),
                    ("field", Arg::from(d.field.key())),
                    ("lines", Arg::from(lines(&d.lines))),
                ],
            ));
        }
        let new: Vec<String> = t.new_in_2022.iter().map(ToString::to_string).collect();
        out.push(text_with(
            msg::IMPORT_TRANSITION_NEW,
            &[("controls", Arg::from(new.join(", ")))],
        ));
        for f in &t.fed {
            out.push(text_with(
                msg::IMPORT_TRANSITION_FED,
                &[
                    ("control", Arg::from(f.control.to_string())),
                    ("from", Arg::from(lines(&f.from))),
                ],
            ));
        }
        out
    }
}

#[cfg(all(test, feature = "spreadsheets", feature = "xlsx", feature = "docx"))]
mod render_tests {
    use super::*;

    fn render(what: Rendered) -> (String, String, Vec<u8>) {
        let a = crate::example();
        let today = Date::new(2026, 11, 30).unwrap();
        let request = FilesRequest::Render {
            assessment: crate::export(&a, crate::Timestamp(0)),
            today,
            what,
        };
        // Through JSON, as the page sends it.
        let text = serde_json::to_string(&request).unwrap();
        match FilesWorker::new().handle_json(&text) {
            FilesResponse::Rendered {
                what: back,
                name,
                media_type,
                bytes,
            } => {
                assert_eq!(back, what);
                assert_eq!(name, what.file_name(&a, today));
                (name, media_type, crate::base64url::decode(&bytes).unwrap())
            }
            other => panic!("{what:?}: {other:?}"),
        }
    }

    #[test]
    fn the_worker_writes_the_workbook_and_the_docx_files() {
        let (name, media, bytes) = render(Rendered::Workbook);
        assert!(name.ends_with(".xlsx"), "{name}");
        assert!(media.contains("spreadsheetml"));
        assert_eq!(
            bytes,
            crate::workbook(&crate::example(), Date::new(2026, 11, 30).unwrap()).unwrap(),
            "the same bytes as the CLI's workbook"
        );
        for kind in DocumentKind::STAGE_1 {
            let (name, media, bytes) = render(Rendered::Document { kind });
            assert!(name.ends_with(&format!("-{}.docx", kind.slug())), "{name}");
            assert!(media.contains("wordprocessingml"));
            assert_eq!(&bytes[..2], b"PK", "{kind:?}: a zip archive");
        }
        let (name, _, bytes) = render(Rendered::Stage1Pack);
        assert!(name.ends_with("-stage-1-pack.docx"), "{name}");
        assert_eq!(&bytes[..2], b"PK");
    }

    #[test]
    fn a_render_of_an_unreadable_assessment_says_what_to_do() {
        let text = serde_json::to_string(&FilesRequest::Render {
            assessment: "{not json".into(),
            today: Date::new(2026, 11, 30).unwrap(),
            what: Rendered::Workbook,
        })
        .unwrap();
        match FilesWorker::new().handle_json(&text) {
            FilesResponse::Failed { message } => assert!(!message.is_empty()),
            other => panic!("{other:?}"),
        }
    }
}
