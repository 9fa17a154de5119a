//! Any bytes that import, as the Stage 1 documents: every document built
//! and written as Markdown, the risk treatment plan as CSV. Nothing may
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

use annexa_core::{documents, import, Date};

fuzz_target!(|data: &[u8]| {
    let Ok(envelope) = import(data) else {
        return;
    };
    let today = Date::new(2026, 11, 30).expect("a date");
    for d in documents::documents(&envelope.assessment, today) {
        assert!(documents::document_md(&d).starts_with("# "));
    }
    let _ = documents::risk_treatment_plan_csv(&envelope.assessment, today);
});
