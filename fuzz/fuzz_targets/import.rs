//! Any bytes through the one import path. Nothing may panic; whatever
//! imports exports neutral CSV and XLSX and imports again unchanged; every
//! refusal says where (a line and column once the text could be read).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../core/tests/support/exports.rs"]
mod common;

use annexa_core::{export, import, ErrorKind, Timestamp};

fuzz_target!(|data: &[u8]| {
    match import(data) {
        Ok(envelope) => {
            let a = envelope.assessment;
            common::check_exports(&a);
            let text = export(&a, Timestamp(0));
            let again = import(text.as_bytes()).map(|e| e.assessment);
            assert_eq!(again.as_ref(), Ok(&a), "export → import is the identity");
        }
        Err(e) => {
            assert!(!e.message.is_empty());
            let unplaced = matches!(e.kind, ErrorKind::TooLarge)
                || data.iter().all(u8::is_ascii_whitespace)
                || data
                    .strip_prefix(b"\xEF\xBB\xBF")
                    .is_some_and(|d| d.iter().all(u8::is_ascii_whitespace));
            assert!(unplaced || e.position.is_some(), "no line/column: {e}");
        }
    }
});
