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
