//! Share links: a whole assessment, deflated and base64url-encoded into the
//! URL fragment (`index.html#share=…`). Browsers never send the fragment to
//! a server. Opening a link goes through [`import`], the same validation as
//! a file.

use std::io::{Read, Write};

use super::base64url;
use super::envelope::{import, Envelope, MAX_IMPORT_BYTES};
use super::error::{Error, ErrorKind, Result};
use super::model::Assessment;
use super::time::Timestamp;

/// The longest share payload (characters after `#share=`). Longer links are
/// cut by mail and chat tools, so larger assessments are exported as files.
pub const MAX_SHARE_CHARS: usize = 16_000;

/// The `#share=` payload of an assessment, or an error when it is too large
/// for a link.
pub fn share_payload(assessment: &Assessment, now: Timestamp) -> Result<String> {
    let json = serde_json::to_vec(&Envelope::new(assessment.clone(), now))
        .map_err(|e| Error::new(ErrorKind::Invalid, format!("could not write JSON: {e}")))?;
    let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    deflate
        .write_all(&json)
        .map_err(|e| Error::new(ErrorKind::Io, format!("could not compress: {e}")))?;
    let packed = deflate
        .finish()
        .map_err(|e| Error::new(ErrorKind::Io, format!("could not compress: {e}")))?;
    let payload = base64url::encode(&packed);
    if payload.len() > MAX_SHARE_CHARS {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "this assessment needs a link of {} characters, more than the {MAX_SHARE_CHARS} that links carry reliably; export a JSON file (encrypted if you like) instead",
                payload.len()
            ),
        ));
    }
    Ok(payload)
}

/// Reads a `#share=` payload: base64url, inflate (at most the import limit),
/// then the validated [`import`].
pub fn open_share(payload: &str) -> Result<Envelope> {
    let bad = |why: String| {
        Error::new(
            ErrorKind::WrongFormat,
            format!("this share link is damaged ({why}); ask for the link again, or for a file"),
        )
    };
    let packed = base64url::decode(payload.trim()).map_err(bad)?;
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(packed.as_slice())
        .take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut json)
        .map_err(|e| bad(format!("it does not decompress: {e}")))?;
    import(&json)
}
