//! The catalogue's long prose, apart from the ids and names: the threat
//! and vulnerability descriptions and, for each control a threat or
//! vulnerability links to, the one line that says why the control treats
//! it (ISO/IEC 27001:2022 6.1.2 c and 6.1.3 b: identifying risks and
//! determining the controls).
//!
//! The texts are one JSON file, `core/data/prose.en.json`:
//!
//! ```json
//! { "threats": { "T01": { "description": "…", "controls": { "8.13": "…" } } },
//!   "vulnerabilities": { "V01": { "description": "…", "controls": { "5.18": "…" } } } }
//! ```
//!
//! With the feature `embedded-prose` (on by default: the CLI, native
//! tests, the files worker) the file is compiled in and read on first use.
//! Without it (the web app's main module, so that a first visit does not
//! download it) the app loads the same file as a module on demand and
//! hands it to [`install`]; until then every accessor returns `None` and
//! the caller shows [`msg::PROSE_LOADING`] instead. Nothing panics, and no
//! accessor ever returns another item's text.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

use super::{ControlId, ThreatId, VulnerabilityId, THREATS, VULNERABILITIES};
use crate::text::{msg, text_with, Arg};

/// The prose file, as shipped (`core/data/prose.en.json`).
#[cfg(feature = "embedded-prose")]
const EMBEDDED: &str = include_str!("../../data/prose.en.json");

/// The texts of one threat or vulnerability.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    description: String,
    /// Control id (`8.13`) → why that control treats it.
    controls: BTreeMap<String, String>,
}

/// The whole file, checked against the catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    threats: BTreeMap<String, Entry>,
    vulnerabilities: BTreeMap<String, Entry>,
}

/// The installed prose, by typed id.
#[derive(Debug)]
struct Prose {
    threats: BTreeMap<ThreatId, (String, BTreeMap<ControlId, String>)>,
    vulnerabilities: BTreeMap<VulnerabilityId, (String, BTreeMap<ControlId, String>)>,
}

static PROSE: OnceLock<Prose> = OnceLock::new();

thread_local! {
    /// Set by [`withhold_until_install`]: this thread behaves as if the
    /// prose were not installed, until [`install`] succeeds.
    static WITHHELD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// For tests of what the app shows before the prose arrives, whatever the
/// features: on this thread, every accessor returns `None` and
/// [`installed`] is false until [`install`] succeeds.
#[doc(hidden)]
pub fn withhold_until_install() {
    WITHHELD.with(|w| w.set(true));
}

/// Why the prose could not be installed; its `Display` is a sentence for
/// the user that says what to do (reload the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProseError(String);

impl fmt::Display for ProseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProseError {}

fn missing(what: String) -> ProseError {
    ProseError(text_with(msg::PROSE_MISSING, &[("what", Arg::from(what))]))
}

/// Parses `json` and checks that it holds every text the catalogue needs:
/// a description for every threat and vulnerability, and a rationale for
/// every control each one links to.
fn parse(json: &str) -> Result<Prose, ProseError> {
    let file: File = serde_json::from_str(json).map_err(|e| {
        ProseError(text_with(
            msg::PROSE_NOT_JSON,
            &[("detail", Arg::from(e.to_string()))],
        ))
    })?;
    let mut threats = BTreeMap::new();
    for t in &THREATS {
        let key = t.id.to_string();
        let e = file
            .threats
            .get(&key)
            .ok_or_else(|| missing(format!("{key} description")))?;
        let links = links(&key, &e.controls, t.controls)?;
        threats.insert(t.id, (e.description.clone(), links));
    }
    let mut vulnerabilities = BTreeMap::new();
    for v in &VULNERABILITIES {
        let key = v.id.to_string();
        let e = file
            .vulnerabilities
            .get(&key)
            .ok_or_else(|| missing(format!("{key} description")))?;
        let links = links(&key, &e.controls, v.controls)?;
        vulnerabilities.insert(v.id, (e.description.clone(), links));
    }
    Ok(Prose {
        threats,
        vulnerabilities,
    })
}

/// The rationales of `owner`'s `wanted` links, by control id.
fn links(
    owner: &str,
    texts: &BTreeMap<String, String>,
    wanted: &[super::ControlLink],
) -> Result<BTreeMap<ControlId, String>, ProseError> {
    let mut out = BTreeMap::new();
    for l in wanted {
        let key = l.control.to_string();
        let text = texts
            .get(&key)
            .ok_or_else(|| missing(format!("{owner} → {key} rationale")))?;
        out.insert(l.control, text.clone());
    }
    Ok(out)
}

/// Installs the prose from the text of `core/data/prose.en.json` (the web
/// app calls this once the on-demand module has arrived). Installing again
/// once installed changes nothing and succeeds.
///
/// # Errors
/// [`ProseError`] when `json` is not the prose file's JSON or lacks a
/// text the catalogue needs; nothing is installed then.
pub fn install(json: &str) -> Result<(), ProseError> {
    if PROSE.get().is_none() {
        let prose = parse(json)?;
        // A concurrent install of the same file may have won: either is fine.
        let _ = PROSE.set(prose);
    } else if WITHHELD.with(std::cell::Cell::get) {
        // Withheld (a test): the text must still be the prose file's.
        parse(json)?;
    }
    WITHHELD.with(|w| w.set(false));
    Ok(())
}

/// Whether the prose is there: always with `embedded-prose`, else once
/// [`install`] succeeded.
pub fn installed() -> bool {
    get().is_some()
}

fn get() -> Option<&'static Prose> {
    if WITHHELD.with(std::cell::Cell::get) {
        return None;
    }
    #[cfg(feature = "embedded-prose")]
    if PROSE.get().is_none() {
        // The shipped file is checked by the test `prose_covers_the_catalogue`.
        if let Ok(p) = parse(EMBEDDED) {
            let _ = PROSE.set(p);
        }
    }
    PROSE.get()
}

/// A threat's description (one or two plain sentences); `None` while the
/// prose is not installed or for an id not in the library.
pub fn threat_description(id: ThreatId) -> Option<&'static str> {
    get()?.threats.get(&id).map(|(d, _)| d.as_str())
}

/// A vulnerability's description; `None` while the prose is not installed
/// or for an id not in the library.
pub fn vulnerability_description(id: VulnerabilityId) -> Option<&'static str> {
    get()?.vulnerabilities.get(&id).map(|(d, _)| d.as_str())
}

/// Why `control` treats threat `id` (one line, ending with a full stop);
/// `None` while the prose is not installed or when the threat does not
/// link to that control.
pub fn threat_rationale(id: ThreatId, control: ControlId) -> Option<&'static str> {
    get()?.threats.get(&id)?.1.get(&control).map(String::as_str)
}

/// Why `control` treats vulnerability `id`; `None` while the prose is not
/// installed or when the vulnerability does not link to that control.
pub fn vulnerability_rationale(id: VulnerabilityId, control: ControlId) -> Option<&'static str> {
    get()?
        .vulnerabilities
        .get(&id)?
        .1
        .get(&control)
        .map(String::as_str)
}

/// The placeholder shown while the prose loads ("Loading…").
pub fn loading() -> String {
    crate::text::text(msg::PROSE_LOADING)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_json_is_refused_with_a_clear_error() {
        let e = parse("{ not json").unwrap_err();
        assert!(e.to_string().contains("could not be read"), "{e}");
        assert!(e.to_string().contains("Reload the page"), "{e}");
        let e = parse(r#"{"threats": {}, "vulnerabilities": {}}"#).unwrap_err();
        assert!(e.to_string().contains("T01 description"), "{e}");
        let e = parse(r#"{"threats": {}, "vulnerabilities": {}, "extra": 1}"#).unwrap_err();
        assert!(e.to_string().contains("extra"), "{e}");
    }

    #[test]
    fn before_install_the_reasons_say_loading_and_after_it_the_rationale() {
        let a = crate::example();
        let r = a
            .risks
            .iter()
            .find(|r| r.threat.is_some())
            .expect("a risk with a threat");
        // The reasons the catalogue's links give for the risk's controls.
        let mapping_reasons = || -> Vec<String> {
            crate::recommend(&a, r)
                .into_iter()
                .flat_map(|x| x.reasons)
                .filter(|r| {
                    matches!(
                        r.kind,
                        crate::recommend::ReasonKind::ThreatMapping
                            | crate::recommend::ReasonKind::VulnerabilityMapping
                    )
                })
                .map(|r| r.text)
                .collect()
        };
        withhold_until_install();
        assert!(!installed());
        assert_eq!(threat_description(ThreatId(1)), None);
        let reasons = mapping_reasons();
        assert!(
            !reasons.is_empty() && reasons.iter().all(|t| t.contains("Loading…")),
            "{reasons:?}"
        );
        // A bad file is refused and changes nothing.
        assert!(install("[]").is_err());
        assert!(!installed());
        install(include_str!("../../data/prose.en.json")).expect("the shipped file installs");
        assert!(installed());
        let reasons = mapping_reasons();
        assert!(
            reasons.iter().all(|t| !t.contains("Loading…")),
            "{reasons:?}"
        );
    }

    #[test]
    fn a_missing_rationale_is_named() {
        let mut v: serde_json::Value =
            serde_json::from_str(include_str!("../../data/prose.en.json")).unwrap();
        v["threats"]["T01"]["controls"]
            .as_object_mut()
            .unwrap()
            .remove("8.13");
        let e = parse(&v.to_string()).unwrap_err();
        assert!(e.to_string().contains("T01 → 8.13 rationale"), "{e}");
    }
}
