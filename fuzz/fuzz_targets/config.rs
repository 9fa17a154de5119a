//! Any text as an embedding config (what `www/annexa.js` hands to
//! `Annexa.mount` after its defensive read, and what `#config=` carries):
//! nothing may panic, a refusal names what is wrong, and the value parser
//! agrees with the text parser.
#![no_main]

use libfuzzer_sys::fuzz_target;

use annexa::store::{Config, Host};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Config::from_json(text, Host::Element) {
        Ok(config) => {
            let value: serde_json::Value = serde_json::from_str(text).expect("accepted text is JSON");
            assert_eq!(Config::from_value(value, Host::Element).as_ref(), Ok(&config));
        }
        Err(e) => assert!(!e.message.trim().is_empty()),
    }
});
