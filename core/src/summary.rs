//! One line that names an assessment and counts what it holds, for import
//! previews and offers ("Acme — 3 asset(s), 5 risk(s), 93 SoA entries").

use crate::text::{self, msg, Arg};
use crate::Assessment;

/// The assessment's one-line summary: organisation, then the number of
/// assets, risks and SoA entries.
pub fn summary(a: &Assessment) -> String {
    text::text_with(
        msg::SUMMARY,
        &[
            ("organisation", Arg::from(a.context.display_name())),
            ("assets", Arg::from(a.assets.len())),
            ("risks", Arg::from(a.risks.len())),
            ("entries", Arg::from(a.soa.entries.len())),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_names() {
        let mut a = crate::example();
        assert!(summary(&a).starts_with(&a.context.organisation));
        a.context.organisation.clear();
        let first = a.soa.entries.keys().next().cloned();
        a.soa.entries.retain(|k, _| Some(k) == first.as_ref());
        let s = summary(&a);
        assert!(s.starts_with("Unnamed organisation — "), "{s}");
        assert!(s.ends_with("1 SoA entry"), "{s}");
    }
}
