//! The everyday words a user may type for a threat, a vulnerability or a
//! control: a data table the search matches besides ids and names.

use crate::catalogue::types::{ControlId, ThreatId};

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
