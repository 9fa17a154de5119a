//! The import/export envelope: the versioned JSON file that carries an
//! assessment, its migration chain, and the import path that parses and
//! validates everything before anything is replaced.

mod control_ids;
mod path;
mod prescan;
mod repair;
mod write;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::{Error, ErrorKind, Result};
use super::locate;
use super::model::{Assessment, Edition};
use super::time::Timestamp;
use super::validate::validate;
pub use path::deserialize_with_path;
pub use prescan::check_unique_keys;
use prescan::prescan;
pub use repair::{repair, repair_assessment, Repair, RepairKind, Repaired};
pub(crate) use write::EnvelopeRef;
pub use write::{export, export_checked, export_compact};

/// The `format` every Annexa file carries.
pub const FORMAT: &str = "annexa";
/// The schema version this build writes and reads natively.
pub const SCHEMA_VERSION: u32 = 1;
/// The version of this build of Annexa.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The largest file an import reads (checked before reading): 64 MiB, so
/// that the largest register Annexa promises, 10,000 assets and 50,000
/// risks (about 46 MB as Annexa writes it, `annexa generate --assets 10000
/// --risks 50000`), exports and imports again. The same limit as a
/// spreadsheet's (`import::MAX_FILE_BYTES`).
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;
/// The deepest JSON nesting an import accepts; Annexa files need about 8.
pub const MAX_DEPTH: usize = 32;

/// A versioned file holding one assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Always `"annexa"`.
    pub format: String,
    /// The schema version of `assessment`.
    pub schema_version: u32,
    /// The Annexa version that wrote the file.
    pub app_version: String,
    /// When it was written (UTC).
    pub exported_at: Timestamp,
    /// The payload.
    pub assessment: Assessment,
}

impl Envelope {
    /// Wraps an assessment for export at `now`.
    pub fn new(assessment: Assessment, now: Timestamp) -> Self {
        Envelope {
            format: FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            app_version: APP_VERSION.to_owned(),
            exported_at: now,
            assessment,
        }
    }

    /// The file text: pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        write::pretty(self)
    }
}

/// One step of the migration chain: it rewrites a payload of schema version
/// `n` (its index + 1) into version `n + 1`.
type Migration = fn(&mut Value);

/// The migration chain. Entry `i` lifts version `i + 1` to `i + 2`. Version 1
/// is the first released schema, so the chain is empty; a change of the
/// schema appends a step here and a fixture under `core/tests/fixtures/`.
const MIGRATIONS: &[Migration] = &[];

// Every schema version but the first has the step that leads to it.
const _: () = assert!(MIGRATIONS.len() + 1 == SCHEMA_VERSION as usize);

/// Lifts a payload from `from` to [`SCHEMA_VERSION`].
pub fn migrate(payload: &mut Value, from: u32) -> Result<()> {
    if from == 0 {
        return Err(Error::new(
            ErrorKind::WrongFormat,
            "schema_version 0 does not exist: the first Annexa schema is 1",
        )
        .at("schema_version"));
    }
    if from > SCHEMA_VERSION {
        return Err(Error::new(
            ErrorKind::NewerSchema,
            format!(
                "this file was made by a newer Annexa (schema {from}; this one reads up to {SCHEMA_VERSION}): update Annexa, then import it again"
            ),
        )
        .at("schema_version"));
    }
    for step in MIGRATIONS.iter().skip(from as usize - 1) {
        step(payload);
    }
    Ok(())
}

fn json_error(e: &serde_json::Error) -> Error {
    use serde_json::error::Category;
    let kind = match e.classify() {
        Category::Eof => ErrorKind::Truncated,
        Category::Data => ErrorKind::WrongType,
        _ => ErrorKind::NotJson,
    };
    let message = match kind {
        ErrorKind::Truncated => {
            "the file ends too early: it was probably cut off while saving or downloading; export it again".to_owned()
        }
        _ => {
            let text = e.to_string();
            // serde_json appends " at line L column C"; we report the position apart.
            let text = text.split(" at line ").next().unwrap_or(&text).to_owned();
            format!("this is not valid JSON ({text}); an Annexa file is the JSON that Export JSON writes")
        }
    };
    Error::new(kind, message).at_position(e.line(), e.column())
}

/// Reads an Annexa file completely: size, encoding, JSON, format, version,
/// migration, types and every reference. Nothing is returned unless all of
/// it is valid, so a caller can replace its data in one step.
///
/// This is the one way into Annexa for outside data: the JSON file picker,
/// and any later path (a decrypted file, a share link once decoded, the
/// embedding API, autosaved data at start-up) hands its bytes to this
/// function (or to [`import_versioned`]) and uses nothing else.
///
/// Every error names the JSON path of the value at fault where there is
/// one, and the line and column in the text wherever the text could be read.
pub fn import(bytes: &[u8]) -> Result<Envelope> {
    import_versioned(bytes).map(|(envelope, _)| envelope)
}

/// [`import`], also telling the schema version the file had before it was
/// migrated to [`SCHEMA_VERSION`] (start-up keeps a copy of older data).
pub fn import_versioned(bytes: &[u8]) -> Result<(Envelope, u32)> {
    let text = decode(bytes)?;
    read_text(text).map_err(|e| {
        if e.position.is_some() {
            return e;
        }
        match locate::locate(text, e.path.as_deref().unwrap_or("")) {
            Some((line, column)) => e.at_position(line, column),
            None => e,
        }
    })
}

/// The text of a file: its size checked, a byte-order mark dropped, UTF-8
/// checked.
fn decode(bytes: &[u8]) -> Result<&str> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the file is {:.1} MB; Annexa imports files up to {} MB",
                bytes.len() as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        let (line, column) = locate::line_column(valid, valid.len());
        Error::new(
            ErrorKind::InvalidUtf8,
            format!(
                "the file is not UTF-8 text (bad byte at offset {}): save it as UTF-8 JSON",
                e.valid_up_to()
            ),
        )
        .at_position(line, column)
    })
}

/// A file read into the model, not yet or already validated.
struct Read {
    envelope: Envelope,
    /// The schema version the file had.
    version: u32,
    /// The assessment has passed [`validate`].
    validated: bool,
}

fn read_unvalidated(text: &str) -> Result<Read> {
    if text.trim().is_empty() {
        return Err(Error::new(
            ErrorKind::NotJson,
            "the file is empty: choose a JSON file that Annexa exported",
        ));
    }
    prescan(text)?;
    // Only a file the direct read takes and that validates skips the JSON
    // tree; any fault is reported by the general path, with its full path
    // (e.g. a 2013 control id at `existing_controls[0]`, naming its
    // successor).
    if let Some(envelope) = read_current(text) {
        if validate(&envelope.assessment, "assessment").is_ok() {
            return Ok(Read {
                envelope,
                version: SCHEMA_VERSION,
                validated: true,
            });
        }
    }
    let (envelope, version) = read_general(text)?;
    Ok(Read {
        envelope,
        version,
        validated: false,
    })
}

/// Any file through the JSON tree: migrations, the control ids' check and
/// mapping, and every error with its path.
fn read_general(text: &str) -> Result<(Envelope, u32)> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    let Some(obj) = value.as_object_mut() else {
        return Err(Error::new(
            ErrorKind::WrongFormat,
            "this JSON is not an Annexa file: expected an object with \"format\": \"annexa\"",
        ));
    };
    match obj.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(Error::new(
                ErrorKind::WrongFormat,
                format!("expected \"annexa\", found {other}: this file was not made by Annexa"),
            )
            .at("format"))
        }
        None => {
            return Err(Error::new(
                ErrorKind::WrongFormat,
                "this JSON has no \"format\": \"annexa\" field, so it is not an Annexa file",
            ))
        }
    }
    let version = match obj.get("schema_version") {
        Some(Value::Number(n)) => {
            n.as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::WrongType,
                        format!("expected a whole number, found {n}"),
                    )
                    .at("schema_version")
                })?
        }
        Some(other) => {
            return Err(Error::new(
                ErrorKind::WrongType,
                format!("expected a whole number, found {other}"),
            )
            .at("schema_version"))
        }
        None => {
            return Err(
                Error::new(ErrorKind::WrongFormat, "the file has no \"schema_version\"")
                    .at("schema_version"),
            )
        }
    };
    if let Some(payload) = obj.get_mut("assessment") {
        migrate(payload, version)?;
        control_ids::control_ids(payload, text)?;
    } else {
        migrate(&mut Value::Null, version)?;
    }
    obj.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    let envelope: Envelope = deserialize_with_path(&value).map_err(|(inner, path)| {
        let error = if inner.starts_with("unknown field") {
            Error::new(
                ErrorKind::UnknownField,
                format!("{inner}: check the spelling; Annexa refuses fields it does not know, so that nothing in the file is silently dropped"),
            )
        } else {
            Error::new(ErrorKind::WrongType, inner)
        };
        error.at(path)
    })?;
    Ok((envelope, version))
}

/// The common case read straight into the model, without the JSON tree
/// (which costs about fifteen times the file's size in memory): a file of
/// this schema version, not of the 2013 edition, whose SoA entries name
/// each control once (the model refuses two keys that name one control,
/// "A.5.1" and "5.1", as it reads them). It gives the envelope the general
/// path below would give; `None` (any other file, or any error) sends the
/// file down that path, which migrates, maps 2013 ids and reports errors
/// with their paths.
fn read_current(text: &str) -> Option<Envelope> {
    let envelope: Envelope = serde_json::from_str(text).ok()?;
    (envelope.format == FORMAT
        && envelope.schema_version == SCHEMA_VERSION
        && envelope.assessment.context.edition != Edition::Iso2013)
        .then_some(envelope)
}

fn read_text(text: &str) -> Result<(Envelope, u32)> {
    let read = read_unvalidated(text)?;
    if !read.validated {
        validate(&read.envelope.assessment, "assessment")?;
    }
    Ok((read.envelope, read.version))
}

/// The most faults [`file_problems`] reports.
pub const MAX_REPORTED: usize = 50;

/// Every fault of a file, up to [`MAX_REPORTED`], each with its JSON path
/// and its line and column: what [`import`] would refuse, listed in full
/// rather than the first one only. A file that cannot be read as an
/// Annexa file at all (not JSON, a wrong type, an unknown field) gives
/// that one fault, since nothing past it can be checked. Empty for a file
/// that imports.
pub fn file_problems(bytes: &[u8]) -> Vec<Error> {
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(e) => return vec![e],
    };
    let located = |e: Error| {
        if e.position.is_some() {
            return e;
        }
        match locate::locate(text, e.path.as_deref().unwrap_or("")) {
            Some((line, column)) => e.at_position(line, column),
            None => e,
        }
    };
    match read_unvalidated(text) {
        Err(e) => vec![located(e)],
        Ok(read) => super::validate::problems(&read.envelope.assessment, "assessment")
            .into_iter()
            .take(MAX_REPORTED)
            .map(located)
            .collect(),
    }
}

/// The JSON Schema of the file format.
pub fn json_schema() -> String {
    write::pretty(&schemars::schema_for!(Envelope))
}

#[cfg(test)]
mod tests;
