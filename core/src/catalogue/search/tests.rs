//! The search's tests: ranking by name, id and synonym, and vulnerabilities
//! narrowed by the chosen threat.

use super::*;
use crate::catalogue::{ControlId, VulnerabilityId};

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
