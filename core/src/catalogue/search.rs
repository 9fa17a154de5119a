//! Finding an entry of the libraries (threats, vulnerabilities, Annex A
//! controls) by what a user types: its id, a word of its name, or a
//! synonym (the everyday word a small firm uses, e.g. "MFA" or "stolen
//! laptop"). The pickers of the risk form and the treatment editor list
//! what [`search_threats`], [`search_vulnerabilities`] and
//! [`search_controls`] return, best first (ISO/IEC 27001:2022 6.1.2 c:
//! identifying the risks; 6.1.3 b: determining the controls).

use super::types::{Control, ControlId, Threat, ThreatId, Vulnerability};
use super::{threat, CONTROLS, THREATS, VULNERABILITIES};

/// How well an entry matches a query; the smaller, the better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// The query is the entry's id ("T05", "t5", "8.5").
    IdExact,
    /// The entry's id starts with the query ("8.1" finds 8.10 … 8.19);
    /// only for a query with a digit, so "T" finds names, not every id.
    IdPrefix,
    /// The name starts with the query ("The" finds "Theft of …").
    NamePrefix,
    /// A word of the name starts with the query.
    NameWord,
    /// A synonym, or a word of one, starts with the query.
    Synonym,
    /// The name contains the query inside a word.
    NameInside,
    /// Every word of the query is found in the name, a synonym or the
    /// description.
    AllWords,
    /// The description (a control's plain summary) contains the query.
    Description,
}

/// One entry found, with how well it matched.
#[derive(Clone, Copy, Debug)]
pub struct Found<T: 'static> {
    /// The library entry.
    pub item: &'static T,
    /// How well it matched (`None` for an empty query: every entry).
    pub rank: Option<MatchRank>,
    /// How many controls it shares with the chosen threat (vulnerabilities
    /// only; 0 otherwise): more than 0 means linked, listed first.
    pub shared: usize,
}

/// Lower-case, trimmed, with runs of spaces made one.
fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a word of `text` (split at anything not a letter or digit)
/// starts with `q`.
fn word_starts(text: &str, q: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| w.starts_with(q))
        || text.split(' ').any(|w| w.starts_with(q))
}

/// Whether `q` names the id: `ids` are the entry's id forms, lower case
/// ("t05" and "t5"; "8.5").
fn id_rank(q: &str, ids: &[String]) -> Option<MatchRank> {
    if !q.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if ids.iter().any(|i| i == q) {
        Some(MatchRank::IdExact)
    } else if ids.iter().any(|i| i.starts_with(q)) {
        Some(MatchRank::IdPrefix)
    } else {
        None
    }
}

/// How well `query` matches an entry with these id forms, name, synonyms
/// and description; `None` when it does not match. An empty query matches
/// nothing here (the callers list everything then).
pub fn match_rank(
    query: &str,
    ids: &[String],
    name: &str,
    synonyms: &[&str],
    description: &str,
) -> Option<MatchRank> {
    let q = fold(query);
    if q.is_empty() {
        return None;
    }
    let name = fold(name);
    let syn: Vec<String> = synonyms.iter().map(|s| fold(s)).collect();
    let desc = fold(description);
    if let Some(r) = id_rank(&q, ids) {
        return Some(r);
    }
    if name.starts_with(&q) {
        return Some(MatchRank::NamePrefix);
    }
    if word_starts(&name, &q) {
        return Some(MatchRank::NameWord);
    }
    if syn.iter().any(|s| s.starts_with(&q) || word_starts(s, &q)) {
        return Some(MatchRank::Synonym);
    }
    if name.contains(&q) {
        return Some(MatchRank::NameInside);
    }
    let words: Vec<&str> = q.split(' ').collect();
    if words.len() > 1
        && words.iter().all(|w| {
            word_starts(&name, w) || syn.iter().any(|s| word_starts(s, w)) || desc.contains(w)
        })
    {
        return Some(MatchRank::AllWords);
    }
    (q.len() >= 3 && desc.contains(&q)).then_some(MatchRank::Description)
}

/// Sorts found entries: best rank first, then linked ones (more shared
/// controls first), then library order (`order`).
fn rank_sort<T>(found: &mut [Found<T>], order: impl Fn(&T) -> (u16, u16)) {
    found.sort_by_key(|f| (f.rank, std::cmp::Reverse(f.shared), order(f.item)));
}

/// The threats that match `query`, best first; every threat in library
/// order when the query is empty.
pub fn search_threats(query: &str) -> Vec<Found<Threat>> {
    let mut found: Vec<Found<Threat>> = THREATS
        .iter()
        .filter_map(|t| {
            let ids = vec![t.id.to_string().to_lowercase(), format!("t{}", t.id.0)];
            let rank = match_rank(
                query,
                &ids,
                t.name,
                threat_synonyms(t.id),
                // Without the prose (not yet loaded) the name and synonyms still match.
                t.description().unwrap_or_default(),
            );
            (fold(query).is_empty() || rank.is_some()).then_some(Found {
                item: t,
                rank,
                shared: 0,
            })
        })
        .collect();
    rank_sort(&mut found, |t| (t.id.0, 0));
    found
}

/// How many treating controls a vulnerability shares with a threat: a
/// vulnerability is linked to a threat when the same control treats both
/// (the libraries link each to the Annex A controls that treat it).
pub fn shared_controls(v: &Vulnerability, t: &Threat) -> usize {
    v.controls
        .iter()
        .filter(|vc| t.controls.iter().any(|tc| tc.control == vc.control))
        .count()
}

/// The vulnerabilities that match `query`, best first; those linked to
/// the chosen `threat` (sharing a treating control) come first among
/// equals, and first of all when the query is empty.
pub fn search_vulnerabilities(query: &str, chosen: Option<ThreatId>) -> Vec<Found<Vulnerability>> {
    let t = chosen.and_then(threat);
    let mut found: Vec<Found<Vulnerability>> = VULNERABILITIES
        .iter()
        .filter_map(|v| {
            let ids = vec![v.id.to_string().to_lowercase(), format!("v{}", v.id.0)];
            let rank = match_rank(
                query,
                &ids,
                v.name,
                vulnerability_synonyms(v.id.0),
                v.description().unwrap_or_default(),
            );
            (fold(query).is_empty() || rank.is_some()).then(|| Found {
                item: v,
                rank,
                shared: t.map_or(0, |t| shared_controls(v, t)),
            })
        })
        .collect();
    rank_sort(&mut found, |v| (v.id.0, 0));
    found
}

/// The Annex A controls that match `query` (id, title, synonym, or the
/// plain summary), best first; all 93 in order when the query is empty.
pub fn search_controls(query: &str) -> Vec<Found<Control>> {
    let mut found: Vec<Found<Control>> = CONTROLS
        .iter()
        .filter_map(|c| {
            let ids = vec![c.id.to_string(), format!("a.{}", c.id)];
            let rank = match_rank(query, &ids, c.title, control_synonyms(c.id), c.summary);
            (fold(query).is_empty() || rank.is_some()).then_some(Found {
                item: c,
                rank,
                shared: 0,
            })
        })
        .collect();
    rank_sort(&mut found, |c| {
        (u16::from(c.id.theme), u16::from(c.id.number))
    });
    found
}

/// The everyday words for a threat of the library (may be empty).
pub fn threat_synonyms(id: ThreatId) -> &'static [&'static str] {
    match id.0 {
        1 => &["malware", "crypto locker", "extortion", "virus"],
        2 => &["scam email", "spoofed email", "fake login", "smishing"],
        3 => &["brute force", "account takeover", "login attack"],
        4 => &[
            "business email compromise",
            "BEC",
            "invoice fraud",
            "wire fraud",
        ],
        5 => &["vishing", "pretexting", "impersonation"],
        6 => &["data leak", "employee steals data"],
        7 => &["leaver", "ex-employee", "offboarding"],
        8 => &["privileged misuse", "rogue admin"],
        9 => &["DDoS", "flooding"],
        10 => &["SQL injection", "XSS", "website hack"],
        11 => &["stolen laptop", "stolen phone", "device theft"],
        12 => &["burglary", "robbery"],
        13 => &["malicious update", "dependency"],
        14 => &["third party", "MSP", "vendor"],
        15 => &["competitor", "trade secrets"],
        16 => &["disgruntled employee", "revenge"],
        17 => &["infostealer", "keylogger", "trojan"],
        18 => &["Microsoft 365", "Google Workspace", "tenant"],
        19 => &["exploit", "CVE", "unpatched"],
        20 => &["sniffing", "man in the middle", "Wi-Fi"],
        21 => &["fraud", "falsification"],
        22 => &["breach", "intrusion", "data breach"],
        23 => &["prying eyes"],
        24 => &["damage"],
        25 => &["VoIP fraud", "SIM swap"],
        26 => &["domain takeover", "registrar"],
        27 => &["wrong recipient", "autocomplete"],
        28 => &["open bucket", "public link", "S3"],
        29 => &["lost file"],
        30 => &["defect", "crash"],
        31 => &["disk failure", "server failure", "broken"],
        32 => &["lost laptop", "lost USB", "lost phone"],
        33 => &["bad update", "botched upgrade"],
        34 => &["disk full", "overload"],
        35 => &["SaaS down", "cloud down", "downtime"],
        36 => &["blackout", "outage"],
        37 => &["connectivity", "ISP down"],
        38 => &["mistake", "typo"],
        39 => &["recycling", "shredding"],
        40 => &["unapproved software", "personal cloud"],
        41 => &["wrong settings", "firewall rule"],
        42 => &["ChatGPT", "social media", "AI"],
        43 => &["bus factor", "illness", "resignation"],
        44 => &["TLS", "SSL", "renewal"],
        45 => &["GDPR", "privacy", "fine"],
        46 => &["test data"],
        47 => &["smoke", "burn"],
        48 => &["water", "burst pipe"],
        49 => &["overheating", "heatwave"],
        50 => &["hurricane", "wind"],
        51 => &["COVID", "sickness"],
        52 => &["seismic"],
        53 => &["water supply", "gas"],
        54 => &["surge"],
        55 => &["damp"],
        56 => &["AWS region", "Azure region"],
        57 => &["bushfire"],
        58 => &["freeze", "frost"],
        _ => &[],
    }
}

/// The everyday words for a vulnerability of the library, by its number
/// (`V07` is 7; may be empty).
pub fn vulnerability_synonyms(number: u16) -> &'static [&'static str] {
    match number {
        1 => &["leavers", "offboarding"],
        2 => &["restore"],
        7 => &["MFA", "2FA", "two-factor"],
        8 => &["patch", "updates"],
        10 => &["password"],
        14 => &["encryption", "BitLocker", "FileVault"],
        15 => &["training", "phishing awareness"],
        30 => &["segmentation", "VLAN"],
        32 => &["antivirus", "EDR"],
        38 => &["Wi-Fi", "wireless"],
        63 => &["SPF", "DKIM", "DMARC"],
        64 => &["RDP"],
        _ => &[],
    }
}

/// The everyday words for an Annex A control (may be empty).
pub fn control_synonyms(id: ControlId) -> &'static [&'static str] {
    match (id.theme, id.number) {
        (5, 9) => &["asset register", "inventory"],
        (5, 15) => &["least privilege"],
        (5, 17) => &["password", "passwords"],
        (5, 23) => &["SaaS", "cloud"],
        (5, 24) | (5, 26) => &["incident response"],
        (5, 29) | (5, 30) => &["business continuity", "disaster recovery", "DR"],
        (5, 34) => &["GDPR", "personal data"],
        (6, 1) => &["background check", "vetting"],
        (6, 3) => &["training", "phishing awareness"],
        (6, 6) => &["NDA"],
        (6, 7) => &["home working", "work from home"],
        (7, 7) => &["clean desk"],
        (8, 1) => &["laptop", "mobile device", "MDM"],
        (8, 2) => &["admin rights"],
        (8, 5) => &["MFA", "2FA", "login"],
        (8, 7) => &["antivirus", "EDR"],
        (8, 8) => &["patching", "updates", "CVE"],
        (8, 12) => &["DLP"],
        (8, 13) => &["restore"],
        (8, 15) => &["audit log", "logs"],
        (8, 16) => &["SIEM", "alerts"],
        (8, 20) => &["firewall"],
        (8, 24) => &["encryption", "TLS"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::VulnerabilityId;

    fn names(q: &str) -> Vec<&'static str> {
        search_threats(q).iter().map(|f| f.item.name).collect()
    }

    #[test]
    fn the_finds_theft_first_not_ransomware() {
        let found = names("The");
        assert_eq!(found.first(), Some(&"Theft of laptop or mobile phone"));
        assert!(!found.contains(&"Ransomware"), "{found:?}");
        // Every theft is offered, a name's first word before a later word.
        assert!(found.contains(&"Office break-in and theft"));
    }

    #[test]
    fn threats_by_id_name_word_and_synonym() {
        assert_eq!(
            names("T05").first(),
            Some(&"Phone and help-desk social engineering")
        );
        assert_eq!(names("t1").first(), Some(&"Ransomware"));
        assert_eq!(names("ransom"), vec!["Ransomware"]);
        assert_eq!(names("  PHISH ").first(), Some(&"Phishing"));
        assert_eq!(
            names("stolen laptop").first(),
            Some(&"Theft of laptop or mobile phone")
        );
        assert_eq!(
            names("BEC").first(),
            Some(&"CEO fraud and payment diversion")
        );
        // A name word beats a synonym: "flood" is the name of T48.
        assert_eq!(names("flood").first(), Some(&"Flood or water leak"));
        assert_eq!(search_threats("").len(), THREATS.len());
        assert!(names("zzqx").is_empty());
    }

    #[test]
    fn a_letter_alone_is_not_an_id() {
        // "T" would be the prefix of every id: it must rank names instead.
        let found = search_threats("t");
        assert!(found.iter().all(|f| f.rank != Some(MatchRank::IdPrefix)));
    }

    #[test]
    fn vulnerabilities_linked_to_the_threat_come_first() {
        let ransomware = ThreatId(1);
        let all = search_vulnerabilities("", Some(ransomware));
        assert_eq!(all.len(), VULNERABILITIES.len());
        let first = all.first().map(|f| f.shared).unwrap_or(0);
        assert!(first > 0, "a linked vulnerability leads");
        // Linked ones form a block before every unlinked one.
        let firsts_unlinked = all.iter().position(|f| f.shared == 0).unwrap_or(all.len());
        assert!(all[firsts_unlinked..].iter().all(|f| f.shared == 0));
        assert!(all[..firsts_unlinked]
            .windows(2)
            .all(|w| w[0].shared >= w[1].shared));
        // "Backups never restore-tested" shares 8.13 with ransomware.
        let backups = all.iter().position(|f| f.item.id == VulnerabilityId(2));
        assert!(backups.is_some_and(|p| p < firsts_unlinked));
        // Without a threat, library order.
        let plain = search_vulnerabilities("", None);
        assert_eq!(plain.first().map(|f| f.item.id), Some(VulnerabilityId(1)));
    }

    #[test]
    fn vulnerability_synonyms_name_the_right_entries() {
        let mfa = search_vulnerabilities("MFA", None);
        assert_eq!(
            mfa.first().map(|f| f.item.name),
            Some("No multi-factor authentication")
        );
        let patch = search_vulnerabilities("patch", None);
        assert_eq!(
            patch.first().map(|f| f.item.name),
            Some("Unpatched systems")
        );
        let enc = search_vulnerabilities("encryption", None);
        assert!(enc
            .iter()
            .any(|f| f.item.name == "Unencrypted laptops and phones"));
        let av = search_vulnerabilities("antivirus", None);
        assert_eq!(
            av.first().map(|f| f.item.name),
            Some("No anti-malware protection")
        );
        let wifi = search_vulnerabilities("wi-fi", None);
        assert!(wifi.iter().any(|f| f.item.name.contains("Wi-Fi")));
        let spf = search_vulnerabilities("DMARC", None);
        assert_eq!(
            spf.first().map(|f| f.item.name),
            Some("Email domain open to spoofing")
        );
        let rdp = search_vulnerabilities("rdp", None);
        assert_eq!(
            rdp.first().map(|f| f.item.name),
            Some("Remote desktop exposed to the internet")
        );
        let seg = search_vulnerabilities("vlan", None);
        assert_eq!(
            seg.first().map(|f| f.item.name),
            Some("Flat network with no segmentation")
        );
        let train = search_vulnerabilities("training", None);
        assert_eq!(
            train.first().map(|f| f.item.name),
            Some("No security awareness training")
        );
    }

    #[test]
    fn controls_by_id_title_synonym_and_summary() {
        let first = |q: &str| search_controls(q).first().map(|f| f.item.id.to_string());
        assert_eq!(first("8.5").as_deref(), Some("8.5"));
        assert_eq!(first("A.8.13").as_deref(), Some("8.13"));
        assert_eq!(first("backup").as_deref(), Some("8.13"));
        assert_eq!(first("MFA").as_deref(), Some("8.5"));
        assert_eq!(first("antivirus").as_deref(), Some("8.7"));
        assert_eq!(first("firewall").as_deref(), Some("8.20"));
        assert_eq!(first("NDA").as_deref(), Some("6.6"));
        assert_eq!(first("threat intel").as_deref(), Some("5.7"));
        // "8.1" is 8.1 first, then 8.10 … 8.19.
        let ids: Vec<String> = search_controls("8.1")
            .iter()
            .map(|f| f.item.id.to_string())
            .collect();
        assert_eq!(ids.first().map(String::as_str), Some("8.1"));
        assert!(ids.contains(&"8.19".to_owned()));
        assert_eq!(search_controls("").len(), CONTROLS.len());
    }

    #[test]
    fn every_synonym_entry_names_a_library_entry() {
        for n in 0..=120u16 {
            if !threat_synonyms(ThreatId(n)).is_empty() {
                assert!(threat(ThreatId(n)).is_some(), "T{n}");
            }
            if !vulnerability_synonyms(n).is_empty() {
                assert!(
                    crate::catalogue::vulnerability(VulnerabilityId(n)).is_some(),
                    "V{n}"
                );
            }
        }
        for t in 5..=8u8 {
            for n in 0..=40u8 {
                if !control_synonyms(ControlId::new(t, n)).is_empty() {
                    assert!(
                        crate::catalogue::control(ControlId::new(t, n)).is_some(),
                        "{t}.{n}"
                    );
                }
            }
        }
    }
}
