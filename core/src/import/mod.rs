//! Bringing registers in from spreadsheets: an asset inventory, a risk
//! register or a Statement of Applicability kept in CSV, XLSX or ODS
//! (ISO/IEC 27001:2022 6.1.2, 6.1.3 d and 8.1: the organisation's existing
//! documented information becomes the assessment's registers).
//!
//! The steps, each a pure function:
//!
//! 1. [`read`] (feature `spreadsheets`): the file's bytes into a [`Table`]
//!    of text cells; CSV with delimiter and encoding detection, workbooks
//!    through calamine, with the limits below checked before anything is
//!    read in full.
//! 2. [`propose`]: a [`Mapping`] from the header names and the values
//!    found: what rows become ([`RowKind`]), each column's [`TargetField`]
//!    and a value table ([`ValueMap`]) for each label column.
//! 3. [`preview`]: what the import would do: new, updated and rejected rows,
//!    each rejected row with its line and a [`RowProblem`] that says what
//!    to fix; for a 2013 SoA, the [`Transition`] report.
//! 4. [`apply`]: the new assessment, merged or replaced, checked whole
//!    before it is returned (the import is atomic: the caller keeps the old
//!    assessment for undo).

mod apply;
mod error;
pub mod files;
mod mapping;
mod preview;
#[cfg(feature = "spreadsheets")]
pub mod read;
mod table;
mod values;

pub use apply::{apply, ImportMode};
pub use error::{ImportError, RowProblem};
pub use mapping::{
    guess_kind, propose, ColumnChoice, Mapping, RowKind, TargetField, ValueMap, MAX_DISTINCT_VALUES,
};
pub use preview::{
    preview, Disagreement, Fed, Planned, PlannedItem, Preview, Rejected, Transition,
};
pub use table::{Row, Table};
pub use values::{
    normalise, parse_control, propose as propose_values, propose_among as propose_values_among,
    propose_steps, propose_steps_among, split_items, split_list, ControlRef, MappedValue,
    ValueChoice, ValueKind,
};

/// The most data rows a sheet may have (the file format's limit of items,
/// [`crate::MAX_ITEMS`]).
pub const MAX_ROWS: usize = crate::MAX_ITEMS;

/// The most columns a sheet may have.
pub const MAX_COLUMNS: usize = 200;

/// The largest spreadsheet file read, in bytes (64 MiB).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The largest total the parts of a workbook (a ZIP archive) may declare
/// once uncompressed, in bytes (512 MiB), checked before anything is
/// inflated: a ZIP bomb is refused without being read.
pub const MAX_UNCOMPRESSED_BYTES: u64 = 512 * 1024 * 1024;

/// The largest ratio of uncompressed to compressed size one part of a
/// workbook may declare (deflate reaches about 1,000 on a run of zeros; real sheets
/// stay below 100).
pub const MAX_COMPRESSION_RATIO: u64 = 500;

/// True when a picked file is a spreadsheet to import through a mapping
/// rather than an Annexa JSON file: a workbook by its first bytes (ZIP or
/// OLE), or a name ending in `.csv`, `.tsv`, `.txt`, `.xlsx`, `.xlsm`,
/// `.xls` or `.ods`.
pub fn is_spreadsheet(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || [".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"]
            .iter()
            .any(|e| lower.ends_with(e))
}
