//! Any bytes as a spreadsheet to import (CSV, XLSX, ODS, XLS): reading
//! never panics, every refusal is a message, and whatever reads is
//! mapped, previewed and applied without a panic, and what applies is
//! valid.
#![no_main]

use libfuzzer_sys::fuzz_target;

use annexa_core::import::{apply, preview, propose, read, ImportMode, RowKind};
use annexa_core::{example, validate};

fuzz_target!(|data: &[u8]| {
    let _ = read::sheet_names(data);
    let table = match read::read(data, None, None) {
        Ok(t) => t,
        Err(e) => {
            assert!(!e.message().is_empty());
            return;
        }
    };
    let current = example();
    for kind in RowKind::ALL {
        let m = propose(&table, Some(kind), &current.method);
        let p = preview(&current, &table, &m);
        if let Ok(a) = apply(&current, &p, ImportMode::Merge) {
            assert!(validate(&a, "assessment").is_ok());
        }
    }
});
