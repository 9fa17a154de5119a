//! The catalogue prose file (`core/data/prose.en.json`, loaded on demand by
//! the web app) covers the whole catalogue, and nothing else.

use annexa_core::catalogue::{prose, THREATS, VULNERABILITIES};

#[test]
fn prose_covers_the_catalogue() {
    assert!(prose::installed(), "embedded-prose is on in native tests");
    for t in &THREATS {
        let d = t.description().unwrap_or_default();
        assert!(d.len() > 20, "{} has no description", t.id);
        for l in t.controls {
            let r = prose::threat_rationale(t.id, l.control).unwrap_or_default();
            assert!(
                r.ends_with('.') && r.len() > 20,
                "{} → {} rationale: {r:?}",
                t.id,
                l.control
            );
        }
    }
    for v in &VULNERABILITIES {
        let d = v.description().unwrap_or_default();
        assert!(d.len() > 20, "{} has no description", v.id);
        for l in v.controls {
            let r = prose::vulnerability_rationale(v.id, l.control).unwrap_or_default();
            assert!(
                r.ends_with('.') && r.len() > 20,
                "{} → {} rationale: {r:?}",
                v.id,
                l.control
            );
        }
    }
}

#[test]
fn prose_file_has_no_entry_the_catalogue_lacks() {
    let file: serde_json::Value = serde_json::from_str(include_str!("../data/prose.en.json"))
        .expect("the prose file is JSON");
    let threats = file["threats"].as_object().expect("threats");
    let vulnerabilities = file["vulnerabilities"]
        .as_object()
        .expect("vulnerabilities");
    assert_eq!(threats.len(), THREATS.len());
    assert_eq!(vulnerabilities.len(), VULNERABILITIES.len());
    for t in &THREATS {
        assert_eq!(
            threats[&t.id.to_string()]["controls"]
                .as_object()
                .map(|c| c.len()),
            Some(t.controls.len()),
            "{}",
            t.id
        );
    }
    for v in &VULNERABILITIES {
        assert_eq!(
            vulnerabilities[&v.id.to_string()]["controls"]
                .as_object()
                .map(|c| c.len()),
            Some(v.controls.len()),
            "{}",
            v.id
        );
    }
}

#[test]
fn a_link_the_catalogue_lacks_has_no_rationale() {
    let t = &THREATS[0];
    let unlinked = VULNERABILITIES
        .iter()
        .flat_map(|v| v.controls)
        .map(|l| l.control)
        .find(|c| t.controls.iter().all(|l| l.control != *c))
        .expect("some control is not linked to T01");
    assert_eq!(prose::threat_rationale(t.id, unlinked), None);
}
