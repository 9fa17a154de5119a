//! One line that names an assessment and counts what it holds, for import
//! previews and offers ("Acme — 3 asset(s), 5 risk(s), 93 SoA entries").

use crate::Assessment;

/// The assessment's one-line summary: organisation, then the number of
/// assets, risks and SoA entries.
pub fn summary(a: &Assessment) -> String {
    format!(
        "{} — {} asset(s), {} risk(s), {} SoA entr{}",
        if a.context.organisation.is_empty() {
            "unnamed organisation"
        } else {
            a.context.organisation.as_str()
        },
        a.assets.len(),
        a.risks.len(),
        a.soa.entries.len(),
        if a.soa.entries.len() == 1 { "y" } else { "ies" }
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
        assert!(s.starts_with("unnamed organisation — "), "{s}");
        assert!(s.ends_with("1 SoA entry"), "{s}");
    }
}
