//! Any text as a share link's payload (`#share=…`): nothing may panic, a
//! refusal says what is wrong, and what opens exports and imports again
//! unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;

use annexa_core::{export, import, open_share, Timestamp};

fuzz_target!(|data: &[u8]| {
    let Ok(payload) = std::str::from_utf8(data) else {
        return;
    };
    match open_share(payload) {
        Ok(envelope) => {
            let a = envelope.assessment;
            let again = import(export(&a, Timestamp(0)).as_bytes()).map(|e| e.assessment);
            assert_eq!(again.as_ref(), Ok(&a), "export → import is the identity");
        }
        Err(e) => assert!(!e.message.trim().is_empty()),
    }
});
