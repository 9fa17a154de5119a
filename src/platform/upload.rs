//! Reading a file the user picked, with the size checked before reading.

use crate::domain::MAX_IMPORT_BYTES;

/// A file the user picked in a file input ([`super::event::take_file`]).
pub struct PickedFile(pub(super) web_sys::File);

/// A read under way; dropping it cancels the read.
pub struct FileReader(#[allow(dead_code)] gloo::file::callbacks::FileReader);

/// Reads a picked file as bytes; `done` gets the bytes or an error message.
/// Keep the returned reader alive until `done` runs (dropping it cancels).
pub fn read_file(
    PickedFile(file): PickedFile,
    done: impl FnOnce(Result<(String, Vec<u8>), String>) + 'static,
) -> Option<FileReader> {
    if !super::IN_BROWSER {
        done(Err("files can be read only in the browser".into()));
        return None;
    }
    let name = file.name();
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        done(Err(format!(
            "{name} is {:.1} MB; Annexa imports files up to {} MB",
            size / 1_048_576.0,
            MAX_IMPORT_BYTES / 1_048_576
        )));
        return None;
    }
    let gfile = gloo::file::File::from(file);
    Some(FileReader(gloo::file::callbacks::read_as_bytes(
        &gfile,
        move |res| {
            done(
                res.map(|b| (name.clone(), b))
                    .map_err(|e| format!("could not read {name}: {e}")),
            );
        },
    )))
}
