//! Data & reports: export (plain or encrypted) and share links, import with
//! a preview (asking for the passphrase of an encrypted file), clear, and
//! recovery of stored data that could not be read. An embedding host can
//! switch import and export off.

mod backups;
mod export;
mod import;
mod import_view;
mod offline;
mod page;
mod print;
mod render;
mod sections;
mod sheet_controls;
mod sheet_import;
mod sheet_view;
mod sheet_worker;

/// A file name stem from the organisation and the date (kept here for the
/// pages that name their downloads; it lives in the domain).
pub use export::ExportKind;
pub use page::DataPage;
pub use print::{PrintReport, PrintReportProps, Report};
