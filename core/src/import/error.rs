//! What can go wrong in an import: a file that cannot be read
//! ([`ImportError`]) and a row that cannot become an item ([`RowProblem`]).
//! Every message says what to do.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::mapping::TargetField;
use crate::text::{self, msg, Arg};

/// Why a spreadsheet cannot be read; the current assessment is untouched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum ImportError {
    /// The file has no cells at all.
    Empty,
    /// There is nothing under the header row (or no header row).
    NoHeader,
    /// More data rows than [`super::MAX_ROWS`].
    TooManyRows {
        /// How many rows were found (at least).
        rows: usize,
    },
    /// More columns than [`super::MAX_COLUMNS`].
    TooManyColumns {
        /// How many columns were found.
        columns: usize,
    },
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The workbook's parts would inflate past the limits (a ZIP bomb).
    ZipBomb {
        /// What they declare, in bytes.
        bytes: u64,
    },
    /// A sheet has merged cells, which hide which row a value belongs to.
    MergedCells {
        /// The sheet.
        sheet: String,
        /// The first merged range, e.g. `B2:D2`.
        range: String,
    },
    /// The workbook is protected by a password.
    Protected,
    /// The file is neither CSV nor a workbook Annexa reads, or is damaged.
    Corrupt {
        /// What the reader said.
        detail: String,
    },
    /// The chosen sheet is not in the workbook.
    NoSuchSheet {
        /// The name asked for.
        sheet: String,
    },
    /// The chosen header row is past the sheet's end.
    HeaderRowOutside {
        /// The row asked for (1-based).
        row: u32,
        /// How many rows the sheet has.
        rows: usize,
    },
    /// A mapping file that is not a mapping.
    BadMapping {
        /// What the JSON reader said.
        detail: String,
    },
    /// The import would leave the assessment invalid (e.g. a replaced asset
    /// register that drops assets risks still name).
    Invalid {
        /// The domain's message.
        detail: String,
    },
}

impl ImportError {
    /// The sentence shown to the user.
    pub fn message(&self) -> String {
        let t = |id, args: &[(&str, Arg)]| text::text_with(id, args);
        match self {
            ImportError::Empty => t(msg::IMPORT_ERROR_EMPTY, &[]),
            ImportError::NoHeader => t(msg::IMPORT_ERROR_NO_HEADER, &[]),
            ImportError::TooManyRows { rows } => t(
                msg::IMPORT_ERROR_TOO_MANY_ROWS,
                &[
                    ("rows", Arg::from(*rows)),
                    ("limit", Arg::from(super::MAX_ROWS)),
                ],
            ),
            ImportError::TooManyColumns { columns } => t(
                msg::IMPORT_ERROR_TOO_MANY_COLUMNS,
                &[
                    ("columns", Arg::from(*columns)),
                    ("limit", Arg::from(super::MAX_COLUMNS)),
                ],
            ),
            ImportError::TooLarge { bytes } => t(
                msg::IMPORT_ERROR_TOO_LARGE,
                &[
                    ("mib", Arg::from(bytes / (1024 * 1024))),
                    ("limit", Arg::from(super::MAX_FILE_BYTES / (1024 * 1024))),
                ],
            ),
            ImportError::ZipBomb { bytes } => t(
                msg::IMPORT_ERROR_ZIP_BOMB,
                &[("mib", Arg::from((bytes / (1024 * 1024)) as f64))],
            ),
            ImportError::MergedCells { sheet, range } => t(
                msg::IMPORT_ERROR_MERGED,
                &[
                    ("sheet", Arg::from(sheet.as_str())),
                    ("range", Arg::from(range.as_str())),
                ],
            ),
            ImportError::Protected => t(msg::IMPORT_ERROR_PROTECTED, &[]),
            ImportError::Corrupt { detail } => t(
                msg::IMPORT_ERROR_CORRUPT,
                &[("detail", Arg::from(detail.as_str()))],
            ),
            ImportError::NoSuchSheet { sheet } => t(
                msg::IMPORT_ERROR_NO_SHEET,
                &[("sheet", Arg::from(sheet.as_str()))],
            ),
            ImportError::HeaderRowOutside { row, rows } => t(
                msg::IMPORT_ERROR_HEADER_ROW,
                &[("row", Arg::from(*row)), ("rows", Arg::from(*rows))],
            ),
            ImportError::BadMapping { detail } => t(
                msg::IMPORT_ERROR_BAD_MAPPING,
                &[("detail", Arg::from(detail.as_str()))],
            ),
            ImportError::Invalid { detail } => t(
                msg::IMPORT_ERROR_INVALID,
                &[("detail", Arg::from(detail.as_str()))],
            ),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// Why one row cannot become an item; the other rows still import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum RowProblem {
    /// A field every item needs is empty (an asset's name, a risk's title,
    /// an SoA line's control).
    Missing {
        /// The field.
        field: TargetField,
    },
    /// A label has no Annexa value in the field's value table.
    Unmapped {
        /// The field.
        field: TargetField,
        /// The label.
        value: String,
    },
    /// A step beyond the method's scale.
    OutOfScale {
        /// The field.
        field: TargetField,
        /// The step.
        step: u8,
        /// The scale's length.
        steps: usize,
    },
    /// Text that names no Annex A control of 2022 or 2013.
    NotAControl {
        /// The text.
        value: String,
    },
    /// An asset that is neither an Annexa id, a reference nor a name in
    /// the asset register.
    UnknownAsset {
        /// The text.
        value: String,
    },
    /// A threat or vulnerability not in the library.
    UnknownLibraryItem {
        /// The field.
        field: TargetField,
        /// The text.
        value: String,
    },
    /// The same reference or id on an earlier row.
    Duplicate {
        /// The reference.
        value: String,
        /// The earlier row's line.
        first_line: u32,
    },
    /// The item breaks a rule of the data (too long a text, …).
    Invalid {
        /// The domain's message.
        detail: String,
    },
}

impl RowProblem {
    /// The sentence shown beside the rejected row's line.
    pub fn message(&self) -> String {
        let t = |id, args: &[(&str, Arg)]| text::text_with(id, args);
        match self {
            RowProblem::Missing { field } => t(
                msg::IMPORT_ROW_MISSING,
                &[("field", Arg::from(field.key()))],
            ),
            RowProblem::Unmapped { field, value } => t(
                msg::IMPORT_ROW_UNMAPPED,
                &[
                    ("field", Arg::from(field.key())),
                    ("value", Arg::from(value.as_str())),
                ],
            ),
            RowProblem::OutOfScale { field, step, steps } => t(
                msg::IMPORT_ROW_OUT_OF_SCALE,
                &[
                    ("field", Arg::from(field.key())),
                    ("step", Arg::from(*step)),
                    ("steps", Arg::from(*steps)),
                ],
            ),
            RowProblem::NotAControl { value } => t(
                msg::IMPORT_ROW_NOT_A_CONTROL,
                &[("value", Arg::from(value.as_str()))],
            ),
            RowProblem::UnknownAsset { value } => t(
                msg::IMPORT_ROW_UNKNOWN_ASSET,
                &[("value", Arg::from(value.as_str()))],
            ),
            RowProblem::UnknownLibraryItem { field, value } => t(
                msg::IMPORT_ROW_UNKNOWN_LIBRARY_ITEM,
                &[
                    ("field", Arg::from(field.key())),
                    ("value", Arg::from(value.as_str())),
                ],
            ),
            RowProblem::Duplicate { value, first_line } => t(
                msg::IMPORT_ROW_DUPLICATE,
                &[
                    ("value", Arg::from(value.as_str())),
                    ("line", Arg::from(first_line.to_string())),
                ],
            ),
            RowProblem::Invalid { detail } => t(
                msg::IMPORT_ROW_INVALID,
                &[("detail", Arg::from(detail.as_str()))],
            ),
        }
    }
}
