//! The files worker that Trunk builds (`data-bin="annexa-files"`,
//! `data-type="worker"`, features `worker,files`): it reads the
//! spreadsheets the user imports, previews the mapping and applies it, and
//! writes the XLSX workbook and the DOCX documents, off the page's thread
//! and in its own wasm, so the page never links the spreadsheet readers
//! nor the document writers.

#[cfg(all(target_arch = "wasm32", feature = "files"))]
fn main() {
    annexa::platform::files_worker::serve();
}

#[cfg(all(target_arch = "wasm32", not(feature = "files")))]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("annexa-files is the browser app's spreadsheet reader: build it with Trunk (index.html). For the command line, use `annexa import`.");
    std::process::exit(2);
}
