//! The ids of the Data page's texts (backups, export, import, print,
//! sections, the sheet import). Re-exported from [`super`]; the English is
//! in the `ui-` block of `en.ftl`.

use super::MessageId;

messages! {
    // pages/data/backups
    /// pages/data/backups: "Annexa updated your saved data to its current format and kept the o…"
    UI_ANNEXA_UPDATED_YOUR_SAVED_DATA_TO = "ui-annexa-updated-your-saved-data-to",
    /// pages/data/backups: "Download { $backup }"
    UI_DATA_DOWNLOAD_BACKUP = "ui-data-download-backup",
    /// pages/data/backups: "Data from an older Annexa"
    UI_DATA_FROM_AN_OLDER_ANNEXA = "ui-data-from-an-older-annexa",
    /// pages/data/backups: "Recovered data"
    UI_RECOVERED_DATA = "ui-recovered-data",
    /// pages/data/backups: "These copies of saved data could not be read when Annexa started. D…"
    UI_THESE_COPIES_OF_SAVED_DATA_COULD = "ui-these-copies-of-saved-data-could",
    // pages/data/export
    /// pages/data/export: "Copy it and send it. The assessment travels in the part after #, wh…"
    UI_COPY_IT_AND_SEND_IT_THE = "ui-copy-it-and-send-it-the",
    /// pages/data/export: "Encrypting…"
    UI_DATA_ENCRYPTING = "ui-data-encrypting",
    /// pages/data/export: "Exported { $file }, encrypted. Keep the passphrase somewhere safe:…"
    UI_DATA_EXPORTED_ENCRYPTED = "ui-data-exported-encrypted",
    /// pages/data/export: "No link was made: { $error }."
    UI_DATA_NO_LINK = "ui-data-no-link",
    /// pages/data/export: "At least { $chars } characters."
    UI_DATA_PASSPHRASE_HINT = "ui-data-passphrase-hint",
    /// pages/data/export: "Use a passphrase of at least { $chars } characters, such as four un…"
    UI_DATA_PASSPHRASE_SHORT = "ui-data-passphrase-short",
    /// pages/data/export: "The two passphrases differ; type them again."
    UI_DATA_PASSPHRASES_DIFFER = "ui-data-passphrases-differ",
    /// pages/data/export: "Share link ({ $chars } characters)"
    UI_DATA_SHARE_LINK = "ui-data-share-link",
    /// pages/data/export: "Encrypt and export"
    UI_ENCRYPT_AND_EXPORT = "ui-encrypt-and-export",
    /// pages/data/export: "Export encrypted JSON…"
    UI_EXPORT_ENCRYPTED_JSON = "ui-export-encrypted-json",
    /// pages/data/export: "Export encrypted JSON"
    UI_EXPORT_ENCRYPTED_JSON_2 = "ui-export-encrypted-json-2",
    /// pages/data/export: "Make a share link"
    UI_MAKE_A_SHARE_LINK = "ui-make-a-share-link",
    /// pages/data/export: "Passphrase"
    UI_PASSPHRASE = "ui-passphrase",
    /// pages/data/export: "Repeat the passphrase"
    UI_REPEAT_THE_PASSPHRASE = "ui-repeat-the-passphrase",
    /// pages/data/export: "The file is encrypted in this browser with your passphrase (PBKDF2-…"
    UI_THE_FILE_IS_ENCRYPTED_IN_THIS = "ui-the-file-is-encrypted-in-this",
    // pages/data/import
    /// pages/data/import: "{ $file } is encrypted."
    UI_DATA_FILE_ENCRYPTED = "ui-data-file-encrypted",
    /// pages/data/import: "Not decrypted, and your data is unchanged: { $error }."
    UI_DATA_NOT_DECRYPTED = "ui-data-not-decrypted",
    /// pages/data/import: "{ $file } was not imported, and your data is unchanged. { $error }"
    UI_DATA_NOT_IMPORTED = "ui-data-not-imported",
    /// pages/data/import: "Decrypt"
    UI_DECRYPT = "ui-decrypt",
    /// pages/data/import: "Decrypt the file"
    UI_DECRYPT_THE_FILE = "ui-decrypt-the-file",
    /// pages/data/import: "Enter the passphrase it was exported with."
    UI_ENTER_THE_PASSPHRASE_IT_WAS_EXPORTED = "ui-enter-the-passphrase-it-was-exported",
    // pages/data/import_view
    /// pages/data/import_view: "Cancel"
    UI_CANCEL = "ui-cancel",
    /// pages/data/import_view: "Import { $file }?"
    UI_DATA_IMPORT_FILE = "ui-data-import-file",
    /// pages/data/import_view: "… and { $count } more; they are listed on the pages after the import."
    UI_DATA_MORE_FINDINGS = "ui-data-more-findings",
    /// pages/data/import_view: "Decrypting…"
    UI_DECRYPTING = "ui-decrypting",
    /// pages/data/import_view: "Findings in the file's risk register and assets"
    UI_FINDINGS_IN_THE_FILES_RISK_REGISTER = "ui-findings-in-the-files-risk-register",
    /// pages/data/import_view: "Import"
    UI_IMPORT = "ui-import",
    /// pages/data/import_view: "Import JSON or a spreadsheet"
    UI_IMPORT_JSON_OR_A_SPREADSHEET = "ui-import-json-or-a-spreadsheet",
    /// pages/data/import_view: "Import preview"
    UI_IMPORT_PREVIEW = "ui-import-preview",
    /// pages/data/import_view: "None."
    UI_NONE = "ui-none",
    /// pages/data/import_view: "Plain and encrypted Annexa JSON files; an encrypted file asks for i…"
    UI_PLAIN_AND_ENCRYPTED_ANNEXA_JSON_FILES = "ui-plain-and-encrypted-annexa-json-files",
    /// pages/data/import_view: "Reading the file…"
    UI_READING_THE_FILE = "ui-reading-the-file",
    /// pages/data/import_view: "Replace my data"
    UI_REPLACE_MY_DATA = "ui-replace-my-data",
    /// pages/data/import_view: "The file"
    UI_THE_FILE = "ui-the-file",
    /// pages/data/import_view: "Your current data (will be replaced)"
    UI_YOUR_CURRENT_DATA_WILL_BE_REPLACED = "ui-your-current-data-will-be-replaced",
    // pages/data/page
    /// pages/data/page: "Clear"
    UI_CLEAR = "ui-clear",
    /// pages/data/page: "Data & reports"
    UI_DATA_REPORTS = "ui-data-reports",
    /// pages/data/page: "Your assessment lives in this browser's storage. Export it to keep…"
    UI_YOUR_ASSESSMENT_LIVES_IN_THIS_BROWSERS = "ui-your-assessment-lives-in-this-browsers",
    // pages/data/print
    /// pages/data/print: "Print gap-check report"
    UI_PRINT_GAP_REPORT = "ui-print-gap-report",
    /// pages/data/print: "Print methodology"
    UI_PRINT_METHODOLOGY = "ui-print-methodology",
    /// pages/data/print: "Print risk report"
    UI_PRINT_RISKS = "ui-print-risks",
    /// pages/data/print: "Print scope statement"
    UI_PRINT_SCOPE = "ui-print-scope",
    /// pages/data/print: "Print SoA"
    UI_PRINT_SOA = "ui-print-soa",
    /// pages/data/print: "Print risk treatment plan"
    UI_PRINT_TREATMENT_PLAN = "ui-print-treatment-plan",
    // pages/data/render
    /// pages/data/render: "Exported { $file }."
    UI_DATA_EXPORTED = "ui-data-exported",
    /// pages/data/render: "{ $file } was not downloaded: { $error }"
    UI_DATA_NOT_DOWNLOADED = "ui-data-not-downloaded",
    /// pages/data/render: "The file was not written: { $error }"
    UI_DATA_NOT_WRITTEN = "ui-data-not-written",
    /// pages/data/render: "Preparing…"
    UI_PREPARING = "ui-preparing",
    // pages/data/sections
    /// pages/data/sections: "Clear all data"
    UI_CLEAR_ALL_DATA = "ui-clear-all-data",
    /// pages/data/sections: "Confirm clearing all data"
    UI_CONFIRM_CLEARING_ALL_DATA = "ui-confirm-clearing-all-data",
    /// pages/data/sections: "Delete { $summary } from this browser? Export JSON first if you may…"
    UI_DATA_DELETE_CONFIRM = "ui-data-delete-confirm",
    /// pages/data/sections: "Download DOCX: { $document }"
    UI_DATA_DOWNLOAD_DOCX = "ui-data-download-docx",
    /// pages/data/sections: "Download the Stage 1 pack (DOCX)"
    UI_DATA_DOWNLOAD_PACK = "ui-data-download-pack",
    /// pages/data/sections: "Export XLSX workbook"
    UI_DATA_EXPORT_WORKBOOK = "ui-data-export-workbook",
    /// pages/data/sections: "Document control"
    UI_DOCUMENT_CONTROL = "ui-document-control",
    /// pages/data/sections: "Documents (DOCX)"
    UI_DOCUMENTS_DOCX = "ui-documents-docx",
    /// pages/data/sections: "Export"
    UI_EXPORT = "ui-export",
    /// pages/data/sections: "Export JSON"
    UI_EXPORT_JSON = "ui-export-json",
    /// pages/data/sections: "Export risk register (CSV)"
    UI_EXPORT_RISK_REGISTER_CSV = "ui-export-risk-register-csv",
    /// pages/data/sections: "Export SoA (CSV)"
    UI_EXPORT_SOA_CSV = "ui-export-soa-csv",
    /// pages/data/sections: "Import and export are switched off here by the page that embeds Ann…"
    UI_IMPORT_AND_EXPORT_ARE_SWITCHED_OFF = "ui-import-and-export-are-switched-off",
    /// pages/data/sections: "Print"
    UI_PRINT = "ui-print",
    /// pages/data/sections: "Prints a clean document with a header; choose "Save as PDF" in the…"
    UI_PRINTS_A_CLEAN_DOCUMENT_WITH_A = "ui-prints-a-clean-document-with-a",
    /// pages/data/sections: "Version, date, author, approver and change history of each document…"
    UI_VERSION_DATE_AUTHOR_APPROVER_AND_CHANGE = "ui-version-date-author-approver-and-change",
    /// pages/data/sections: "Word files of the Stage 1 documents, with their document control bl…"
    UI_WORD_FILES_OF_THE_STAGE_1 = "ui-word-files-of-the-stage-1",
    /// pages/data/sections: "Yes, clear all data"
    UI_YES_CLEAR_ALL_DATA = "ui-yes-clear-all-data",
    // pages/data/sheet_import
    /// pages/data/sheet_import: "Close"
    UI_CLOSE = "ui-close",
    /// pages/data/sheet_import: "Export mapping"
    UI_EXPORT_MAPPING = "ui-export-mapping",
    /// pages/data/sheet_import: "Header row"
    UI_HEADER_ROW = "ui-header-row",
    /// pages/data/sheet_import: "Import mapping"
    UI_IMPORT_MAPPING = "ui-import-mapping",
    /// pages/data/sheet_import: "Importing…"
    UI_IMPORTING = "ui-importing",
    /// pages/data/sheet_import: "Mapping name"
    UI_MAPPING_NAME = "ui-mapping-name",
    /// pages/data/sheet_import: "Merge"
    UI_MERGE = "ui-merge",
    /// pages/data/sheet_import: "Merge adds new rows and updates the items they match (by Annexa id…"
    UI_MERGE_ADDS_NEW_ROWS_AND_UPDATES = "ui-merge-adds-new-rows-and-updates",
    /// pages/data/sheet_import: "Replace"
    UI_REPLACE = "ui-replace",
    /// pages/data/sheet_import: "Rows become"
    UI_ROWS_BECOME = "ui-rows-become",
    /// pages/data/sheet_import: "Save mapping"
    UI_SAVE_MAPPING = "ui-save-mapping",
    /// pages/data/sheet_import: "Sheet"
    UI_SHEET = "ui-sheet",
    /// pages/data/sheet_import: "Import { $sheet }: { $rows } rows"
    UI_SHEET_IMPORT_ROWS = "ui-sheet-import-rows",
    /// pages/data/sheet_import: "assets"
    UI_SHEET_KIND_ASSETS = "ui-sheet-kind-assets",
    /// pages/data/sheet_import: "risks"
    UI_SHEET_KIND_RISKS = "ui-sheet-kind-risks",
    /// pages/data/sheet_import: "SoA lines"
    UI_SHEET_KIND_SOA = "ui-sheet-kind-soa",
    /// pages/data/sheet_import: "Reading { $file }…"
    UI_SHEET_READING = "ui-sheet-reading",
    /// pages/data/sheet_import: "Spreadsheet import"
    UI_SPREADSHEET_IMPORT = "ui-spreadsheet-import",
    /// pages/data/sheet_import: "Use a saved mapping"
    UI_USE_A_SAVED_MAPPING = "ui-use-a-saved-mapping",
    // pages/data/sheet_view
    /// pages/data/sheet_view: "Becomes"
    UI_BECOMES = "ui-becomes",
    /// pages/data/sheet_view: "Column"
    UI_COLUMN = "ui-column",
    /// pages/data/sheet_view: "Columns"
    UI_COLUMNS = "ui-columns",
    /// pages/data/sheet_view: "ISO/IEC 27001:2013 → 2022 transition report"
    UI_ISO_IEC_27001_2013_2022_TRANSITION = "ui-iso-iec-27001-2013-2022-transition",
    /// pages/data/sheet_view: "Sample values"
    UI_SAMPLE_VALUES = "ui-sample-values",
    /// pages/data/sheet_view: "Field for column { $column }"
    UI_SHEET_FIELD_FOR_COLUMN = "ui-sheet-field-for-column",
    /// pages/data/sheet_view: "… and { $count } more."
    UI_SHEET_MORE_REJECTED = "ui-sheet-more-rejected",
    /// pages/data/sheet_view: "not mapped (rows rejected)"
    UI_SHEET_NOT_MAPPED = "ui-sheet-not-mapped",
    /// pages/data/sheet_view: "Line { $line }: { $reason }"
    UI_SHEET_REJECTED_LINE = "ui-sheet-rejected-line",
    /// pages/data/sheet_view: "Value for { $value }"
    UI_SHEET_VALUE_FOR = "ui-sheet-value-for",
    /// pages/data/sheet_view: "Values of { $field }"
    UI_SHEET_VALUES_OF = "ui-sheet-values-of",
    /// pages/data/export: the browser could not compress a share link.
    /// Argument: `why` (the browser's reason).
    UI_SHARE_COMPRESS_FAILED = "ui-share-compress-failed",
    /// pages/data/offline: the heading of the offline-use section.
    UI_OFFLINE_HEADING = "ui-offline-heading",
    /// pages/data/offline: what is kept and what loads on first use, before
    /// the user keeps everything.
    UI_OFFLINE_PARTLY = "ui-offline-partly",
    /// pages/data/offline: everything is kept.
    UI_OFFLINE_ALL_KEPT = "ui-offline-all-kept",
    /// pages/data/offline: the button that keeps everything.
    UI_OFFLINE_KEEP = "ui-offline-keep",
    /// pages/data/offline: while the modules download.
    UI_OFFLINE_KEEPING = "ui-offline-keeping",
    /// pages/data/offline: no service worker controls the page (not over
    /// https or localhost, a private window, or the browser has none).
    UI_OFFLINE_UNAVAILABLE = "ui-offline-unavailable",
    /// pages/data/offline: keeping failed. Argument: `why` (the browser's
    /// or the service worker's reason).
    UI_OFFLINE_FAILED = "ui-offline-failed",
}
