//! Any text in every user field of a valid assessment: the CSV quoting
//! round-trips, and no CSV or XLSX cell is ever a formula.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../core/tests/support/exports.rs"]
mod common;

use annexa_core::{example, report};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut fields = text.split('\u{1}').map(str::to_owned).cycle();
    let mut next = || fields.next().unwrap_or_default();

    // One field on its own: quoting is reversible, and only the quote is added.
    let one = next();
    let parsed = common::parse_csv(&format!("{}\r\n", report::csv_field(&one)));
    assert_eq!(parsed, vec![vec![report::neutralise(&one)]]);

    let mut a = example();
    a.context.organisation = next();
    for x in &mut a.assets {
        let name = next();
        x.name = if name.trim().is_empty() {
            "x".into()
        } else {
            name
        };
        x.owner = next();
        x.description = next();
    }
    for r in &mut a.risks {
        r.title = next();
        r.owner = next();
        r.description = next();
        r.treatment.owner = next();
    }
    for e in a.soa.entries.values_mut() {
        e.owner = next();
        e.evidence = vec![next(), next()];
        e.justification = Some(next());
        e.exclusion_justification = next();
    }
    common::check_exports(&a);
});
