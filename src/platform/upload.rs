//! Reading a file the user picked, with the size checked before reading.

use gloo::file::callbacks::FileReader;

use crate::domain::MAX_IMPORT_BYTES;

/// Reads a picked file as bytes; `done` gets the bytes or an error message.
/// Keep the returned reader alive until `done` runs (dropping it cancels).
pub fn read_file(
    file: web_sys::File,
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
    Some(gloo::file::callbacks::read_as_bytes(&gfile, move |res| {
        done(
            res.map(|b| (name.clone(), b))
                .map_err(|e| format!("could not read {name}: {e}")),
        );
    }))
}
