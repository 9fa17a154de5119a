//! Share links: a whole assessment, deflated (raw DEFLATE, RFC 1951) and
//! base64url-encoded into the URL fragment (`index.html#share=…`).
//! Browsers never send the fragment to a server. Opening a link goes
//! through [`import`], the same validation as a file.
//!
//! The steps around the compression are here for every caller:
//! [`share_json`] then [`share_payload_of`] to make a link,
//! [`share_packed`] then [`open_share_json`] to open one. The compression
//! itself is the caller's: the web app uses the browser's own
//! `CompressionStream("deflate-raw")`, so that its WebAssembly carries no
//! deflate code (48 KiB raw); with the `share` feature (the CLI, the tests)
//! [`share_payload`] and [`open_share`] do all of it with `flate2`. Both
//! read each other's links: raw DEFLATE is one format.

use super::base64url;
use super::envelope::{import, Envelope, MAX_IMPORT_BYTES};
use super::error::{Error, ErrorKind, Result};
use super::model::Assessment;
use super::time::Timestamp;

/// The longest share payload (characters after `#share=`). Longer links are
/// cut by mail and chat tools, so larger assessments are exported as files.
pub const MAX_SHARE_CHARS: usize = 16_000;

/// DEFLATE's largest expansion (1 bit of input can stand for 258 bytes of a
/// repeated run; zlib's documented bound is about 1032 : 1).
const MAX_INFLATE_RATIO: usize = 1_032;

/// The largest packed (deflated) link that can open: bigger ones could
/// inflate past [`MAX_IMPORT_BYTES`]. About 65 KB packed, 87,000 link
/// characters: five times more than [`MAX_SHARE_CHARS`], which is what
/// Annexa writes.
pub const MAX_SHARE_PACKED: usize = MAX_IMPORT_BYTES / MAX_INFLATE_RATIO;

/// The JSON text (UTF-8 bytes) of the file a share link carries: the
/// assessment in its envelope, stamped `now`. Deflate it (raw DEFLATE),
/// then make the payload with [`share_payload_of`].
///
/// # Errors
/// `Invalid` when the assessment cannot be written as JSON.
pub fn share_json(assessment: &Assessment, now: Timestamp) -> Result<Vec<u8>> {
    crate::json::try_to_string(
        &crate::envelope::EnvelopeRef::new(assessment, now),
        crate::json::Layout::Compact,
    )
    .map(String::into_bytes)
    .map_err(|e| Error::new(ErrorKind::Invalid, format!("could not write JSON: {e}")))
}

/// The `#share=` payload of the deflated [`share_json`] bytes `packed`:
/// base64url, at most [`MAX_SHARE_CHARS`] characters.
///
/// # Errors
/// `TooLarge` when the link would be longer than [`MAX_SHARE_CHARS`], with
/// what to do instead (export a file).
pub fn share_payload_of(packed: &[u8]) -> Result<String> {
    let payload = base64url::encode(packed);
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

/// The error of a share link that cannot be read, `why` saying what failed
/// (e.g. "it does not decompress: …"), with what to do.
pub fn share_damaged(why: &str) -> Error {
    Error::new(
        ErrorKind::WrongFormat,
        format!("this share link is damaged ({why}); ask for the link again, or for a file"),
    )
}

/// The deflated bytes of a `#share=` payload (base64url decoded), to
/// inflate (raw DEFLATE) and open with [`open_share_json`].
///
/// # Errors
/// `WrongFormat` ([`share_damaged`]) when the payload is not base64url, or
/// when it holds more than [`MAX_SHARE_PACKED`] bytes (it could inflate
/// past the import limit, and Annexa never writes such a link).
pub fn share_packed(payload: &str) -> Result<Vec<u8>> {
    let packed = base64url::decode(payload.trim()).map_err(|why| share_damaged(&why))?;
    if packed.len() > MAX_SHARE_PACKED {
        return Err(share_damaged(&format!(
            "it holds {} bytes, more than the {MAX_SHARE_PACKED} that Annexa's links ever carry",
            packed.len()
        )));
    }
    Ok(packed)
}

/// Opens the inflated `json` of a share link: the validated [`import`] of
/// a file.
///
/// # Errors
/// Whatever [`import`] refuses (a file longer than [`MAX_IMPORT_BYTES`]
/// included), with what to do.
pub fn open_share_json(json: &[u8]) -> Result<Envelope> {
    import(json)
}

/// The `#share=` payload of an assessment ([`share_json`], deflated with
/// `flate2` at the best compression, then [`share_payload_of`]).
///
/// # Errors
/// `TooLarge` when it is too large for a link; `Invalid`/`Io` when it
/// cannot be written.
#[cfg(feature = "share")]
pub fn share_payload(assessment: &Assessment, now: Timestamp) -> Result<String> {
    use std::io::Write;
    let json = share_json(assessment, now)?;
    let mut deflate = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    deflate
        .write_all(&json)
        .map_err(|e| Error::new(ErrorKind::Io, format!("could not compress: {e}")))?;
    let packed = deflate
        .finish()
        .map_err(|e| Error::new(ErrorKind::Io, format!("could not compress: {e}")))?;
    share_payload_of(&packed)
}

/// Reads a `#share=` payload: [`share_packed`], inflate with `flate2` (at
/// most the import limit), then [`open_share_json`].
///
/// # Errors
/// `WrongFormat` when the link is damaged; whatever [`import`] refuses.
#[cfg(feature = "share")]
pub fn open_share(payload: &str) -> Result<Envelope> {
    use std::io::Read;
    let packed = share_packed(payload)?;
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(packed.as_slice())
        .take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut json)
        .map_err(|e| share_damaged(&format!("it does not decompress: {e}")))?;
    open_share_json(&json)
}
