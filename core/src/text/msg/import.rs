//! The ids of the spreadsheet import's errors, row problems and 2013
//! transition lines (`core/src/import`). Re-exported from [`super`].

use super::MessageId;

messages! {
    // The spreadsheet import (core/src/import).
    /// The spreadsheet is empty.
    IMPORT_ERROR_EMPTY = "import-error-empty",
    /// A sheet with no header row or nothing under it.
    IMPORT_ERROR_NO_HEADER = "import-error-no-header",
    /// Too many rows. Arguments: `rows`, `limit`.
    IMPORT_ERROR_TOO_MANY_ROWS = "import-error-too-many-rows",
    /// Too many columns. Arguments: `columns`, `limit`.
    IMPORT_ERROR_TOO_MANY_COLUMNS = "import-error-too-many-columns",
    /// A file over the size limit. Arguments: `mib`, `limit` (MiB).
    IMPORT_ERROR_TOO_LARGE = "import-error-too-large",
    /// A workbook whose parts would inflate past the limit. Argument: `mib`.
    IMPORT_ERROR_ZIP_BOMB = "import-error-zip-bomb",
    /// A sheet with merged cells. Arguments: `sheet`, `range`.
    IMPORT_ERROR_MERGED = "import-error-merged",
    /// A password-protected workbook.
    IMPORT_ERROR_PROTECTED = "import-error-protected",
    /// A file that is not a readable spreadsheet. Argument: `detail`.
    IMPORT_ERROR_CORRUPT = "import-error-corrupt",
    /// The chosen sheet is missing. Argument: `sheet`.
    IMPORT_ERROR_NO_SHEET = "import-error-no-sheet",
    /// The header row is past the end. Arguments: `row`, `rows`.
    IMPORT_ERROR_HEADER_ROW = "import-error-header-row",
    /// A mapping file that cannot be read. Argument: `detail`.
    IMPORT_ERROR_BAD_MAPPING = "import-error-bad-mapping",
    /// The import would leave the assessment invalid. Argument: `detail`.
    IMPORT_ERROR_INVALID = "import-error-invalid",
    /// A row lacks a field every item needs. Argument: `field`.
    IMPORT_ROW_MISSING = "import-row-missing",
    /// A label with no value in the value table. Arguments: `field`, `value`.
    IMPORT_ROW_UNMAPPED = "import-row-unmapped",
    /// A step beyond the scale. Arguments: `field`, `step`, `steps`.
    IMPORT_ROW_OUT_OF_SCALE = "import-row-out-of-scale",
    /// Text that names no control. Argument: `value`.
    IMPORT_ROW_NOT_A_CONTROL = "import-row-not-a-control",
    /// An asset not in the register. Argument: `value`.
    IMPORT_ROW_UNKNOWN_ASSET = "import-row-unknown-asset",
    /// A threat or vulnerability not in the library. Arguments: `field`, `value`.
    IMPORT_ROW_UNKNOWN_LIBRARY_ITEM = "import-row-unknown-library-item",
    /// The same reference as an earlier row. Arguments: `value`, `line`.
    IMPORT_ROW_DUPLICATE = "import-row-duplicate",
    /// An item that breaks a rule of the data. Argument: `detail`.
    IMPORT_ROW_INVALID = "import-row-invalid",
    /// The reason recorded for an impact that the imported register set by hand.
    IMPORT_IMPACT_REASON = "import-impact-reason",
    /// A 2022 control and the 2013 lines that fed it. Arguments: `control`, `from`.
    IMPORT_TRANSITION_FED = "import-transition-fed",
    /// 2013 lines that feed one 2022 control and disagree. Arguments: `control`, `field`, `lines`.
    IMPORT_TRANSITION_DISAGREE = "import-transition-disagree",
    /// The 2022 controls no 2013 control maps to. Argument: `controls`.
    IMPORT_TRANSITION_NEW = "import-transition-new",
    /// A 2013 control and its line. Arguments: `control`, `line`.
    IMPORT_TRANSITION_LINE = "import-transition-line",
}
