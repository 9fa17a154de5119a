//! The vulnerability library: everyday weaknesses that let threats do harm,
//! each linked to the ISO/IEC 27001:2022 Annex A controls that treat it, most
//! relevant first. Written by the Annexa team in plain English.

use super::types::*;

/// The vulnerability library, ids `V01` … in order.
pub static VULNERABILITIES: [Vulnerability; 70] = [
    Vulnerability {
        id: VulnerabilityId(1),
        name: "Former employees keep access",
        category: VulnerabilityCategory::Process,
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
    Vulnerability {
        id: VulnerabilityId(2),
        name: "Backups never restore-tested",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(3),
        name: "Suppliers have broader access than needed",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 19),
            },
            ControlLink {
                control: ControlId::new(5, 15),
            },
            ControlLink {
                control: ControlId::new(5, 18),
            },
            ControlLink {
                control: ControlId::new(8, 2),
            },
            ControlLink {
                control: ControlId::new(5, 20),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(4),
        name: "Incidents handled in ad-hoc chat",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 24),
            },
            ControlLink {
                control: ControlId::new(5, 25),
            },
            ControlLink {
                control: ControlId::new(5, 26),
            },
            ControlLink {
                control: ControlId::new(5, 27),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(5),
        name: "Work files sent to personal email",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 14),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
            ControlLink {
                control: ControlId::new(5, 10),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(6),
        name: "Nobody knows which data is most critical",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 12),
            },
            ControlLink {
                control: ControlId::new(5, 9),
            },
            ControlLink {
                control: ControlId::new(5, 13),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(7),
        name: "No multi-factor authentication",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(8),
        name: "Unpatched systems",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(9),
        name: "Shared user accounts",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 16),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(10),
        name: "Weak or reused passwords",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 17),
            },
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(11),
        name: "No asset inventory",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 9),
            },
            ControlLink {
                control: ControlId::new(5, 11),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(12),
        name: "No security logging",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 15),
            },
            ControlLink {
                control: ControlId::new(8, 17),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(13),
        name: "Nobody reviews logs or alerts",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 16),
            },
            ControlLink {
                control: ControlId::new(5, 25),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(14),
        name: "Unencrypted laptops and phones",
        category: VulnerabilityCategory::Technology,
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
        ],
    },
    Vulnerability {
        id: VulnerabilityId(15),
        name: "No security awareness training",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
            },
            ControlLink {
                control: ControlId::new(5, 10),
            },
            ControlLink {
                control: ControlId::new(6, 8),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(16),
        name: "No change control",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 32),
            },
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(8, 29),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(17),
        name: "No supplier due diligence",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 19),
            },
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(5, 21),
            },
            ControlLink {
                control: ControlId::new(5, 20),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(18),
        name: "Single point of failure",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 14),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(19),
        name: "No tested continuity plan",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(5, 24),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(20),
        name: "Excessive admin rights",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 2),
            },
            ControlLink {
                control: ControlId::new(5, 15),
            },
            ControlLink {
                control: ControlId::new(8, 18),
            },
            ControlLink {
                control: ControlId::new(5, 18),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(21),
        name: "Publicly accessible cloud storage",
        category: VulnerabilityCategory::Technology,
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
                control: ControlId::new(8, 3),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(22),
        name: "No secure coding practice",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 28),
            },
            ControlLink {
                control: ControlId::new(8, 25),
            },
            ControlLink {
                control: ControlId::new(8, 29),
            },
            ControlLink {
                control: ControlId::new(8, 26),
            },
            ControlLink {
                control: ControlId::new(8, 27),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(23),
        name: "Unmanaged personal devices used for work",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 1),
            },
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(5, 10),
            },
            ControlLink {
                control: ControlId::new(8, 12),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(24),
        name: "No clean desk or clear screen rule",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 7),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(25),
        name: "No data retention rules",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 33),
            },
            ControlLink {
                control: ControlId::new(8, 10),
            },
            ControlLink {
                control: ControlId::new(5, 34),
            },
            ControlLink {
                control: ControlId::new(5, 31),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(26),
        name: "Company equipment not returned by leavers",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 11),
            },
            ControlLink {
                control: ControlId::new(6, 5),
            },
            ControlLink {
                control: ControlId::new(5, 9),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(27),
        name: "No background checks for new hires",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 1),
            },
            ControlLink {
                control: ControlId::new(6, 2),
            },
            ControlLink {
                control: ControlId::new(6, 6),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(28),
        name: "No confidentiality agreements",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 6),
            },
            ControlLink {
                control: ControlId::new(6, 2),
            },
            ControlLink {
                control: ControlId::new(5, 20),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(29),
        name: "Access rights never reviewed",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 18),
            },
            ControlLink {
                control: ControlId::new(5, 15),
            },
            ControlLink {
                control: ControlId::new(8, 2),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(30),
        name: "Flat network with no segmentation",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 22),
            },
            ControlLink {
                control: ControlId::new(8, 20),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(31),
        name: "Outdated, unsupported software",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(5, 9),
            },
            ControlLink {
                control: ControlId::new(8, 19),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(32),
        name: "No anti-malware protection",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 7),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
            ControlLink {
                control: ControlId::new(8, 23),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(33),
        name: "Staff can install any software",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 19),
            },
            ControlLink {
                control: ControlId::new(8, 2),
            },
            ControlLink {
                control: ControlId::new(5, 10),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(34),
        name: "No way for staff to report incidents",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 8),
            },
            ControlLink {
                control: ControlId::new(5, 24),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(35),
        name: "Backups reachable from the main network",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
            },
            ControlLink {
                control: ControlId::new(8, 22),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(36),
        name: "No vulnerability scanning or security testing",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
            },
            ControlLink {
                control: ControlId::new(8, 29),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(37),
        name: "Default settings and passwords left unchanged",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(38),
        name: "Work done over insecure home or public Wi-Fi",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(8, 20),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(39),
        name: "No remote working rules",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 7),
            },
            ControlLink {
                control: ControlId::new(5, 10),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(40),
        name: "No information security roles defined",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 2),
            },
            ControlLink {
                control: ControlId::new(5, 4),
            },
            ControlLink {
                control: ControlId::new(5, 1),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(41),
        name: "No information security policy",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 1),
            },
            ControlLink {
                control: ControlId::new(5, 4),
            },
            ControlLink {
                control: ControlId::new(5, 36),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(42),
        name: "No security clauses in supplier contracts",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 20),
            },
            ControlLink {
                control: ControlId::new(5, 19),
            },
            ControlLink {
                control: ControlId::new(5, 23),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(43),
        name: "Supplier performance never reviewed",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 22),
            },
            ControlLink {
                control: ControlId::new(5, 19),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(44),
        name: "Locked in to one cloud provider with no exit plan",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
            },
            ControlLink {
                control: ControlId::new(5, 30),
            },
            ControlLink {
                control: ControlId::new(5, 22),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(45),
        name: "Unlocked server room or network cabinet",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 3),
            },
            ControlLink {
                control: ControlId::new(7, 2),
            },
            ControlLink {
                control: ControlId::new(7, 1),
            },
            ControlLink {
                control: ControlId::new(7, 12),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(46),
        name: "No visitor control",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 2),
            },
            ControlLink {
                control: ControlId::new(7, 1),
            },
            ControlLink {
                control: ControlId::new(7, 4),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(47),
        name: "Equipment disposed of without wiping",
        category: VulnerabilityCategory::Physical,
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
    Vulnerability {
        id: VulnerabilityId(48),
        name: "No backup power or environmental protection",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
            },
            ControlLink {
                control: ControlId::new(7, 5),
            },
            ControlLink {
                control: ControlId::new(7, 8),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(49),
        name: "Equipment not maintained",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 13),
            },
            ControlLink {
                control: ControlId::new(7, 11),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(50),
        name: "Devices left unattended in cars or public places",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 9),
            },
            ControlLink {
                control: ControlId::new(8, 1),
            },
            ControlLink {
                control: ControlId::new(6, 3),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(51),
        name: "Real customer data used in testing",
        category: VulnerabilityCategory::Process,
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
    Vulnerability {
        id: VulnerabilityId(52),
        name: "Developers work directly on production",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 31),
            },
            ControlLink {
                control: ControlId::new(8, 32),
            },
            ControlLink {
                control: ControlId::new(8, 2),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(53),
        name: "Secrets stored in code or shared documents",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 17),
            },
            ControlLink {
                control: ControlId::new(8, 4),
            },
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(8, 28),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(54),
        name: "No segregation of duties",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 3),
            },
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(8, 2),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(55),
        name: "No documented operating procedures",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(5, 2),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(56),
        name: "No lessons learned after incidents",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 27),
            },
            ControlLink {
                control: ControlId::new(5, 26),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(57),
        name: "Evidence not preserved after an incident",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 28),
            },
            ControlLink {
                control: ControlId::new(8, 15),
            },
            ControlLink {
                control: ControlId::new(8, 17),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(58),
        name: "No capacity monitoring",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 6),
            },
            ControlLink {
                control: ControlId::new(8, 16),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(59),
        name: "No awareness of current threats",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 7),
            },
            ControlLink {
                control: ControlId::new(5, 6),
            },
            ControlLink {
                control: ControlId::new(5, 5),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(60),
        name: "Unclear legal and contractual obligations",
        category: VulnerabilityCategory::Process,
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
    Vulnerability {
        id: VulnerabilityId(61),
        name: "No web filtering",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 23),
            },
            ControlLink {
                control: ControlId::new(8, 7),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(62),
        name: "Unencrypted data transfer",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
            },
            ControlLink {
                control: ControlId::new(5, 14),
            },
            ControlLink {
                control: ControlId::new(8, 21),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(63),
        name: "Email domain open to spoofing",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 14),
            },
            ControlLink {
                control: ControlId::new(8, 21),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(64),
        name: "Remote desktop exposed to the internet",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 20),
            },
            ControlLink {
                control: ControlId::new(8, 5),
            },
            ControlLink {
                control: ControlId::new(8, 9),
            },
            ControlLink {
                control: ControlId::new(8, 22),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(65),
        name: "Dependence on one key person",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
            },
            ControlLink {
                control: ControlId::new(5, 2),
            },
            ControlLink {
                control: ControlId::new(5, 17),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(66),
        name: "Personal data handled without privacy controls",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 34),
            },
            ControlLink {
                control: ControlId::new(8, 11),
            },
            ControlLink {
                control: ControlId::new(8, 10),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(67),
        name: "No disciplinary process for security breaches",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 4),
            },
            ControlLink {
                control: ControlId::new(6, 2),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(68),
        name: "Security not considered in projects",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 8),
            },
            ControlLink {
                control: ControlId::new(8, 26),
            },
            ControlLink {
                control: ControlId::new(8, 27),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(69),
        name: "Outsourced development without security requirements",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 30),
            },
            ControlLink {
                control: ControlId::new(5, 20),
            },
            ControlLink {
                control: ControlId::new(8, 29),
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(70),
        name: "Source code access not restricted",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 4),
            },
            ControlLink {
                control: ControlId::new(5, 18),
            },
        ],
    },
];
