//! Writing a file: the envelope of an assessment as Annexa's JSON, pretty
//! for a file the user keeps, compact for the autosave (checked to load
//! again first).

use serde::Serialize;

use super::{import, APP_VERSION, FORMAT, SCHEMA_VERSION};
use crate::error::Result;
use crate::json::Layout;
use crate::model::Assessment;
use crate::time::Timestamp;

/// An [`Envelope`](super::Envelope) that borrows its assessment: what [`export`] writes,
/// field for field, without copying the assessment first.
#[derive(Serialize)]
pub(crate) struct EnvelopeRef<'a> {
    format: &'static str,
    schema_version: u32,
    app_version: &'static str,
    exported_at: Timestamp,
    assessment: &'a Assessment,
}

impl<'a> EnvelopeRef<'a> {
    /// The envelope of `assessment` exported at `now`.
    pub(crate) fn new(assessment: &'a Assessment, now: Timestamp) -> Self {
        EnvelopeRef {
            format: FORMAT,
            schema_version: SCHEMA_VERSION,
            app_version: APP_VERSION,
            exported_at: now,
            assessment,
        }
    }
}

/// Pretty JSON with a final newline: the text of every file Annexa writes
/// indented (an export, the JSON Schema).
pub(super) fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    let mut s = crate::json::to_string(value, Layout::Pretty);
    s.push('\n');
    s
}

/// Exports an assessment as the text of an Annexa file: pretty JSON with a
/// final newline, the same text as [`Envelope::to_json`](super::Envelope::to_json).
pub fn export(assessment: &Assessment, now: Timestamp) -> String {
    pretty(&EnvelopeRef::new(assessment, now))
}

/// The file [`export`] writes, without its indentation: an Annexa file all
/// the same (any reader of JSON sees the same value), about 40 % smaller,
/// which is what the app's autosave stores, so that the browser's storage
/// holds a larger register.
pub fn export_compact(assessment: &Assessment, now: Timestamp) -> String {
    crate::json::to_string(&EnvelopeRef::new(assessment, now), Layout::Compact)
}

/// What the app's autosave writes: [`export_compact`], read back through
/// [`import`] (the same limits and checks every file meets) before it is
/// handed out, so nothing saved fails to load again.
///
/// # Errors
/// The import's first error, with the JSON path of the field at fault
/// (`assessment.context.organisation`) and what to change; the caller then
/// writes nothing and keeps what was saved before.
pub fn export_checked(assessment: &Assessment, now: Timestamp) -> Result<String> {
    let text = export_compact(assessment, now);
    import(text.as_bytes())?;
    Ok(text)
}
