//! Reading a file the user picked, with the size checked before reading.

use crate::domain::import::MAX_FILE_BYTES;
use crate::domain::text::{msg, text, text_with};
use crate::domain::MAX_IMPORT_BYTES;

/// A file the user picked in a file input ([`super::event::take_file`]).
pub struct PickedFile(pub(super) web_sys::File);

/// A read under way; dropping it cancels the read.
pub struct FileReader(#[allow(dead_code)] gloo::file::callbacks::FileReader);

/// Reads a picked file as bytes; `done` gets the bytes or an error message.
/// Keep the returned reader alive until `done` runs (dropping it cancels).
/// The limit is the larger of an Annexa file's and a spreadsheet's
/// ([`crate::domain::import::MAX_FILE_BYTES`]); each import checks its own.
pub fn read_file(
    PickedFile(file): PickedFile,
    done: impl FnOnce(Result<(String, Vec<u8>), String>) + 'static,
) -> Option<FileReader> {
    const LIMIT: usize = if MAX_IMPORT_BYTES > MAX_FILE_BYTES {
        MAX_IMPORT_BYTES
    } else {
        MAX_FILE_BYTES
    };
    if !super::IN_BROWSER {
        done(Err(text(msg::UPLOAD_BROWSER_ONLY)));
        return None;
    }
    let name = file.name();
    let size = file.size();
    if size > LIMIT as f64 {
        done(Err(text_with(
            msg::UPLOAD_TOO_LARGE,
            &[
                ("name", name.as_str().into()),
                ("size", format!("{:.1}", size / 1_048_576.0).into()),
                ("limit", (LIMIT / 1_048_576).to_string().into()),
            ],
        )));
        return None;
    }
    let gfile = gloo::file::File::from(file);
    Some(FileReader(gloo::file::callbacks::read_as_bytes(
        &gfile,
        move |res| {
            done(res.map(|b| (name.clone(), b)).map_err(|e| {
                text_with(
                    msg::UPLOAD_READ_FAILED,
                    &[
                        ("name", name.as_str().into()),
                        ("why", e.to_string().into()),
                    ],
                )
            }));
        },
    )))
}
