//! Any bytes as an encrypted Annexa file (`Sealed::detect`, what the page
//! reads before WebCrypto derives the key): nothing may panic, a refusal
//! says what is wrong, and what is read has a salt and an iv.
#![no_main]

use libfuzzer_sys::fuzz_target;

use annexa_core::Sealed;

fuzz_target!(|data: &[u8]| {
    match Sealed::detect(data) {
        None => {}
        Some(Ok(parts)) => assert!(!parts.salt.is_empty() && !parts.iv.is_empty()),
        Some(Err(e)) => assert!(!e.message.trim().is_empty()),
    }
});
