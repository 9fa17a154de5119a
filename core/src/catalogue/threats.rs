//! The threat library: things that can go wrong with information, grouped by
//! origin, each linked to the ISO/IEC 27001:2022 Annex A controls that treat
//! it, most relevant first. Written by the Annexa team in plain English.

use super::types::*;

/// The threat library, ids `T01` … in order.
pub static THREATS: [Threat; 58] = [
    Threat {
        id: ThreatId(1),
        name: "Ransomware",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(8, 7),
            },
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(5, 26),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Threat {
        id: ThreatId(2),
        name: "Phishing",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(8, 23),
            },
            ControlLink {
                control: ControlId::new(8, 7),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Threat {
        id: ThreatId(3),
        name: "Credential stuffing and password guessing",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
        ],
    },
    Threat {
        id: ThreatId(4),
        name: "CEO fraud and payment diversion",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(5, 3),
            },
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Threat {
        id: ThreatId(5),
        name: "Phone and help-desk social engineering",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
            ControlLink {
                control: ControlId::new(5, 16),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Threat {
        id: ThreatId(6),
        name: "Insider data theft",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 15),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
            ControlLink {
                control: ControlId::new(6, 6),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
            ControlLink {
                control: ControlId::new(8, 3),
            },
        ],
    },
    Threat {
        id: ThreatId(7),
        name: "Misuse of access by former staff",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 5),
            },
            ControlLink {
                control: ControlId::new(5, 18),
            },
            ControlLink {
                control: ControlId::new(5, 16),
            },
            ControlLink {
                control: ControlId::new(5, 11),
            },
        ],
    },
    Threat {
        id: ThreatId(8),
        name: "Abuse of administrator privileges",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 2),
            },
            ControlLink {
                control: ControlId::new(5, 3),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
            ControlLink {
                control: ControlId::new(8, 18),
            },
        ],
    },
    Threat {
        id: ThreatId(9),
        name: "Denial-of-service attack",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 21),
            },
            ControlLink {
                control: ControlId::new(8, 20),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(8, 6),
            },
        ],
    },
    Threat {
        id: ThreatId(10),
        name: "Web application attack",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 28),
            },
            ControlLink {
                control: ControlId::new(8, 29),
            },
            ControlLink {
                control: ControlId::new(8, 26),
            },
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Threat {
        id: ThreatId(11),
        name: "Theft of laptop or mobile phone",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
            ControlLink {
                control: ControlId::new(7, 9),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Threat {
        id: ThreatId(12),
        name: "Office break-in and theft",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 1),
            },
            ControlLink {
                control: ControlId::new(7, 2),
            },
            ControlLink {
                control: ControlId::new(7, 4),
            },
            ControlLink {
                control: ControlId::new(7, 3),
            },
        ],
    },
    Threat {
        id: ThreatId(13),
        name: "Software supply-chain compromise",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 21),
            },
            ControlLink {
                control: ControlId::new(8, 19),
            },
            ControlLink {
                control: ControlId::new(5, 19),
            },
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Threat {
        id: ThreatId(14),
        name: "Attack through a supplier's access",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 19),
            },
            ControlLink {
                control: ControlId::new(5, 20),
            },
            ControlLink {
                control: ControlId::new(5, 22),
            },
            ControlLink {
                control: ControlId::new(5, 18),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
        ],
    },
    Threat {
        id: ThreatId(15),
        name: "Industrial espionage",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 12),
            },
            ControlLink {
                control: ControlId::new(8, 3),
            },
            ControlLink {
                control: ControlId::new(6, 6),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
            ControlLink {
                control: ControlId::new(5, 7),
            },
        ],
    },
    Threat {
        id: ThreatId(16),
        name: "Sabotage by a disgruntled insider",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 2),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(5, 3),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
            ControlLink {
                control: ControlId::new(6, 1),
            },
        ],
    },
    Threat {
        id: ThreatId(17),
        name: "Spyware and information-stealing malware",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 7),
            },
            ControlLink {
                control: ControlId::new(8, 19),
            },
            ControlLink {
                control: ControlId::new(8, 23),
            },
            ControlLink {
                control: ControlId::new(7, 10),
            },
        ],
    },
    Threat {
        id: ThreatId(18),
        name: "Takeover of a cloud administrator account",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(8, 2),
            },
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Threat {
        id: ThreatId(19),
        name: "Exploitation of a known software flaw",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(5, 7),
            },
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(8, 20),
            },
        ],
    },
    Threat {
        id: ThreatId(20),
        name: "Eavesdropping on network traffic",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(8, 20),
            },
            ControlLink {
                control: ControlId::new(8, 21),
            },
        ],
    },
    Threat {
        id: ThreatId(21),
        name: "Tampering with business records",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 3),
            },
            ControlLink {
                control: ControlId::new(5, 3),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
            ControlLink {
                control: ControlId::new(5, 33),
            },
        ],
    },
    Threat {
        id: ThreatId(22),
        name: "Hacking and data exfiltration",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 16),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
            ControlLink {
                control: ControlId::new(8, 22),
            },
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(5, 26),
            },
        ],
    },
    Threat {
        id: ThreatId(23),
        name: "Shoulder surfing and snooping",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 7),
            },
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Threat {
        id: ThreatId(24),
        name: "Vandalism and physical sabotage",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 1),
            },
            ControlLink {
                control: ControlId::new(7, 4),
            },
            ControlLink {
                control: ControlId::new(7, 12),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
        ],
    },
    Threat {
        id: ThreatId(25),
        name: "Telephony account hijack and toll fraud",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
            ControlLink {
                control: ControlId::new(8, 21),
            },
        ],
    },
    Threat {
        id: ThreatId(26),
        name: "Domain and DNS hijacking",
        origin: ThreatOrigin::Deliberate,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 21),
            },
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Threat {
        id: ThreatId(27),
        name: "Misdirected email",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 14),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(5, 12),
            },
        ],
    },
    Threat {
        id: ThreatId(28),
        name: "Misconfigured cloud storage or sharing",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(5, 15),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
        ],
    },
    Threat {
        id: ThreatId(29),
        name: "Accidental deletion or overwrite",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(8, 3),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Threat {
        id: ThreatId(30),
        name: "Software bug",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 29),
            },
            ControlLink {
                control: ControlId::new(8, 32),
            },
            ControlLink {
                control: ControlId::new(8, 31),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
        ],
    },
    Threat {
        id: ThreatId(31),
        name: "Hardware failure",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 13),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
        ],
    },
    Threat {
        id: ThreatId(32),
        name: "Loss of a device or storage media",
        origin: ThreatOrigin::Accidental,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
            ControlLink {
                control: ControlId::new(7, 10),
            },
            ControlLink {
                control: ControlId::new(5, 9),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Threat {
        id: ThreatId(33),
        name: "Failed change",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 32),
            },
            ControlLink {
                control: ControlId::new(8, 29),
            },
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
        ],
    },
    Threat {
        id: ThreatId(34),
        name: "Capacity shortage",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 6),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Threat {
        id: ThreatId(35),
        name: "Supplier or cloud service outage",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(5, 20),
            },
            ControlLink {
                control: ControlId::new(5, 22),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
        ],
    },
    Threat {
        id: ThreatId(36),
        name: "Power failure",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Threat {
        id: ThreatId(37),
        name: "Internet connection outage",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(8, 21),
            },
        ],
    },
    Threat {
        id: ThreatId(38),
        name: "Human error in processing",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(8, 26),
            },
        ],
    },
    Threat {
        id: ThreatId(39),
        name: "Improper disposal of equipment or paper",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 14),
            },
            ControlLink {
                control: ControlId::new(8, 10),
            },
            ControlLink {
                control: ControlId::new(7, 10),
            },
        ],
    },
    Threat {
        id: ThreatId(40),
        name: "Unapproved apps and services (shadow IT)",
        origin: ThreatOrigin::Accidental,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 10),
            },
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(8, 19),
            },
            ControlLink {
                control: ControlId::new(5, 9),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Threat {
        id: ThreatId(41),
        name: "Misconfiguration of systems or network",
        origin: ThreatOrigin::Accidental,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
            SecurityProperty::Availability,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(8, 32),
            },
            ControlLink {
                control: ControlId::new(8, 20),
            },
        ],
    },
    Threat {
        id: ThreatId(42),
        name: "Oversharing in chat, social media or AI tools",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 10),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(5, 12),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
        ],
    },
    Threat {
        id: ThreatId(43),
        name: "Loss of a key person",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(5, 2),
            },
            ControlLink {
                control: ControlId::new(5, 29),
            },
        ],
    },
    Threat {
        id: ThreatId(44),
        name: "Expired certificate or domain",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(5, 9),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Threat {
        id: ThreatId(45),
        name: "Breach of data protection or contract terms",
        origin: ThreatOrigin::Accidental,
        harms: &[
            SecurityProperty::Confidentiality,
            SecurityProperty::Integrity,
        ],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 31),
            },
            ControlLink {
                control: ControlId::new(5, 34),
            },
            ControlLink {
                control: ControlId::new(5, 36),
            },
        ],
    },
    Threat {
        id: ThreatId(46),
        name: "Real customer data exposed in testing",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 33),
            },
            ControlLink {
                control: ControlId::new(8, 11),
            },
            ControlLink {
                control: ControlId::new(8, 31),
            },
        ],
    },
    Threat {
        id: ThreatId(47),
        name: "Fire",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 5),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(7, 8),
            },
        ],
    },
    Threat {
        id: ThreatId(48),
        name: "Flood or water leak",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 5),
            },
            ControlLink {
                control: ControlId::new(7, 8),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(5, 29),
            },
        ],
    },
    Threat {
        id: ThreatId(49),
        name: "Extreme heat",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
            },
            ControlLink {
                control: ControlId::new(7, 5),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Threat {
        id: ThreatId(50),
        name: "Severe storm",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(7, 5),
            },
        ],
    },
    Threat {
        id: ThreatId(51),
        name: "Pandemic or epidemic",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
            },
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Threat {
        id: ThreatId(52),
        name: "Earthquake",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 5),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Threat {
        id: ThreatId(53),
        name: "Widespread loss of utilities",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(5, 29),
            },
        ],
    },
    Threat {
        id: ThreatId(54),
        name: "Lightning and power surges",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
            },
            ControlLink {
                control: ControlId::new(7, 12),
            },
            ControlLink {
                control: ControlId::new(7, 8),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
        ],
    },
    Threat {
        id: ThreatId(55),
        name: "Dust, humidity and corrosion",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 8),
            },
            ControlLink {
                control: ControlId::new(7, 13),
            },
            ControlLink {
                control: ControlId::new(7, 5),
            },
        ],
    },
    Threat {
        id: ThreatId(56),
        name: "Disaster at a cloud provider's region",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(8, 13),
            },
        ],
    },
    Threat {
        id: ThreatId(57),
        name: "Wildfire and smoke",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
            },
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(7, 5),
            },
        ],
    },
    Threat {
        id: ThreatId(58),
        name: "Snow, ice and severe cold",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(5, 29),
            },
            ControlLink {
                control: ControlId::new(7, 11),
            },
        ],
    },
];
