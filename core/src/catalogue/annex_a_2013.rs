use super::types::*;

// Annex A of ISO/IEC 27001:2013 and the correspondence tables of Annex B of
// ISO/IEC 27002:2022.
//
// Titles are the short control titles of ISO/IEC 27001:2013 Table A.1, spelt
// as printed there (British "synchronisation", "Labelling"). Two titles differ
// slightly from the matching clause titles of ISO/IEC 27002:2013: A.11.2.7
// "Secure disposal or reuse of equipment" (27002: "re-use") and A.13.2.4
// "Confidentiality or nondisclosure agreements" (27002: "non-disclosure").
//
// The two maps are ISO/IEC 27002:2022 Tables B.1 and B.2. They hold the same
// 115 pairs, seen from either side. Of the 93 controls of 2022, 58 have one
// 2013 predecessor, 24 merge several (57 pairs) and 11 are new, with none.
// Every one of the 114 controls of 2013 has a successor; only A.18.2.3
// Technical compliance review has two (5.36 and 8.8).

/// Shorthand for a 2013 id: `l(5, 1, 1)` is `A.5.1.1`.
const fn l(domain: u8, objective: u8, number: u8) -> LegacyControlId {
    LegacyControlId::new(domain, objective, number)
}

/// Shorthand for a 2022 id: `c(5, 1)` is `5.1`.
const fn c(theme: u8, number: u8) -> ControlId {
    ControlId::new(theme, number)
}

/// The 14 domains of Annex A of ISO/IEC 27001:2013.
pub static LEGACY_DOMAINS: [LegacyDomain; 14] = [
    LegacyDomain {
        number: 5,
        title: "Information security policies",
    },
    LegacyDomain {
        number: 6,
        title: "Organization of information security",
    },
    LegacyDomain {
        number: 7,
        title: "Human resource security",
    },
    LegacyDomain {
        number: 8,
        title: "Asset management",
    },
    LegacyDomain {
        number: 9,
        title: "Access control",
    },
    LegacyDomain {
        number: 10,
        title: "Cryptography",
    },
    LegacyDomain {
        number: 11,
        title: "Physical and environmental security",
    },
    LegacyDomain {
        number: 12,
        title: "Operations security",
    },
    LegacyDomain {
        number: 13,
        title: "Communications security",
    },
    LegacyDomain {
        number: 14,
        title: "System acquisition, development and maintenance",
    },
    LegacyDomain {
        number: 15,
        title: "Supplier relationships",
    },
    LegacyDomain {
        number: 16,
        title: "Information security incident management",
    },
    LegacyDomain {
        number: 17,
        title: "Information security aspects of business continuity management",
    },
    LegacyDomain {
        number: 18,
        title: "Compliance",
    },
];

/// The 114 controls of Annex A of ISO/IEC 27001:2013, in order A.5.1.1 … A.18.2.3.
pub static LEGACY_CONTROLS: [LegacyControl; 114] = [
    // A.5 Information security policies
    // A.5.1 Management direction for information security
    LegacyControl {
        id: l(5, 1, 1),
        title: "Policies for information security",
    },
    LegacyControl {
        id: l(5, 1, 2),
        title: "Review of the policies for information security",
    },
    // A.6 Organization of information security
    // A.6.1 Internal organization
    LegacyControl {
        id: l(6, 1, 1),
        title: "Information security roles and responsibilities",
    },
    LegacyControl {
        id: l(6, 1, 2),
        title: "Segregation of duties",
    },
    LegacyControl {
        id: l(6, 1, 3),
        title: "Contact with authorities",
    },
    LegacyControl {
        id: l(6, 1, 4),
        title: "Contact with special interest groups",
    },
    LegacyControl {
        id: l(6, 1, 5),
        title: "Information security in project management",
    },
    // A.6.2 Mobile devices and teleworking
    LegacyControl {
        id: l(6, 2, 1),
        title: "Mobile device policy",
    },
    LegacyControl {
        id: l(6, 2, 2),
        title: "Teleworking",
    },
    // A.7 Human resource security
    // A.7.1 Prior to employment
    LegacyControl {
        id: l(7, 1, 1),
        title: "Screening",
    },
    LegacyControl {
        id: l(7, 1, 2),
        title: "Terms and conditions of employment",
    },
    // A.7.2 During employment
    LegacyControl {
        id: l(7, 2, 1),
        title: "Management responsibilities",
    },
    LegacyControl {
        id: l(7, 2, 2),
        title: "Information security awareness, education and training",
    },
    LegacyControl {
        id: l(7, 2, 3),
        title: "Disciplinary process",
    },
    // A.7.3 Termination and change of employment
    LegacyControl {
        id: l(7, 3, 1),
        title: "Termination or change of employment responsibilities",
    },
    // A.8 Asset management
    // A.8.1 Responsibility for assets
    LegacyControl {
        id: l(8, 1, 1),
        title: "Inventory of assets",
    },
    LegacyControl {
        id: l(8, 1, 2),
        title: "Ownership of assets",
    },
    LegacyControl {
        id: l(8, 1, 3),
        title: "Acceptable use of assets",
    },
    LegacyControl {
        id: l(8, 1, 4),
        title: "Return of assets",
    },
    // A.8.2 Information classification
    LegacyControl {
        id: l(8, 2, 1),
        title: "Classification of information",
    },
    LegacyControl {
        id: l(8, 2, 2),
        title: "Labelling of information",
    },
    LegacyControl {
        id: l(8, 2, 3),
        title: "Handling of assets",
    },
    // A.8.3 Media handling
    LegacyControl {
        id: l(8, 3, 1),
        title: "Management of removable media",
    },
    LegacyControl {
        id: l(8, 3, 2),
        title: "Disposal of media",
    },
    LegacyControl {
        id: l(8, 3, 3),
        title: "Physical media transfer",
    },
    // A.9 Access control
    // A.9.1 Business requirements of access control
    LegacyControl {
        id: l(9, 1, 1),
        title: "Access control policy",
    },
    LegacyControl {
        id: l(9, 1, 2),
        title: "Access to networks and network services",
    },
    // A.9.2 User access management
    LegacyControl {
        id: l(9, 2, 1),
        title: "User registration and de-registration",
    },
    LegacyControl {
        id: l(9, 2, 2),
        title: "User access provisioning",
    },
    LegacyControl {
        id: l(9, 2, 3),
        title: "Management of privileged access rights",
    },
    LegacyControl {
        id: l(9, 2, 4),
        title: "Management of secret authentication information of users",
    },
    LegacyControl {
        id: l(9, 2, 5),
        title: "Review of user access rights",
    },
    LegacyControl {
        id: l(9, 2, 6),
        title: "Removal or adjustment of access rights",
    },
    // A.9.3 User responsibilities
    LegacyControl {
        id: l(9, 3, 1),
        title: "Use of secret authentication information",
    },
    // A.9.4 System and application access control
    LegacyControl {
        id: l(9, 4, 1),
        title: "Information access restriction",
    },
    LegacyControl {
        id: l(9, 4, 2),
        title: "Secure log-on procedures",
    },
    LegacyControl {
        id: l(9, 4, 3),
        title: "Password management system",
    },
    LegacyControl {
        id: l(9, 4, 4),
        title: "Use of privileged utility programs",
    },
    LegacyControl {
        id: l(9, 4, 5),
        title: "Access control to program source code",
    },
    // A.10 Cryptography
    // A.10.1 Cryptographic controls
    LegacyControl {
        id: l(10, 1, 1),
        title: "Policy on the use of cryptographic controls",
    },
    LegacyControl {
        id: l(10, 1, 2),
        title: "Key management",
    },
    // A.11 Physical and environmental security
    // A.11.1 Secure areas
    LegacyControl {
        id: l(11, 1, 1),
        title: "Physical security perimeter",
    },
    LegacyControl {
        id: l(11, 1, 2),
        title: "Physical entry controls",
    },
    LegacyControl {
        id: l(11, 1, 3),
        title: "Securing offices, rooms and facilities",
    },
    LegacyControl {
        id: l(11, 1, 4),
        title: "Protecting against external and environmental threats",
    },
    LegacyControl {
        id: l(11, 1, 5),
        title: "Working in secure areas",
    },
    LegacyControl {
        id: l(11, 1, 6),
        title: "Delivery and loading areas",
    },
    // A.11.2 Equipment
    LegacyControl {
        id: l(11, 2, 1),
        title: "Equipment siting and protection",
    },
    LegacyControl {
        id: l(11, 2, 2),
        title: "Supporting utilities",
    },
    LegacyControl {
        id: l(11, 2, 3),
        title: "Cabling security",
    },
    LegacyControl {
        id: l(11, 2, 4),
        title: "Equipment maintenance",
    },
    LegacyControl {
        id: l(11, 2, 5),
        title: "Removal of assets",
    },
    LegacyControl {
        id: l(11, 2, 6),
        title: "Security of equipment and assets off-premises",
    },
    LegacyControl {
        id: l(11, 2, 7),
        title: "Secure disposal or reuse of equipment",
    },
    LegacyControl {
        id: l(11, 2, 8),
        title: "Unattended user equipment",
    },
    LegacyControl {
        id: l(11, 2, 9),
        title: "Clear desk and clear screen policy",
    },
    // A.12 Operations security
    // A.12.1 Operational procedures and responsibilities
    LegacyControl {
        id: l(12, 1, 1),
        title: "Documented operating procedures",
    },
    LegacyControl {
        id: l(12, 1, 2),
        title: "Change management",
    },
    LegacyControl {
        id: l(12, 1, 3),
        title: "Capacity management",
    },
    LegacyControl {
        id: l(12, 1, 4),
        title: "Separation of development, testing and operational environments",
    },
    // A.12.2 Protection from malware
    LegacyControl {
        id: l(12, 2, 1),
        title: "Controls against malware",
    },
    // A.12.3 Backup
    LegacyControl {
        id: l(12, 3, 1),
        title: "Information backup",
    },
    // A.12.4 Logging and monitoring
    LegacyControl {
        id: l(12, 4, 1),
        title: "Event logging",
    },
    LegacyControl {
        id: l(12, 4, 2),
        title: "Protection of log information",
    },
    LegacyControl {
        id: l(12, 4, 3),
        title: "Administrator and operator logs",
    },
    LegacyControl {
        id: l(12, 4, 4),
        title: "Clock synchronisation",
    },
    // A.12.5 Control of operational software
    LegacyControl {
        id: l(12, 5, 1),
        title: "Installation of software on operational systems",
    },
    // A.12.6 Technical vulnerability management
    LegacyControl {
        id: l(12, 6, 1),
        title: "Management of technical vulnerabilities",
    },
    LegacyControl {
        id: l(12, 6, 2),
        title: "Restrictions on software installation",
    },
    // A.12.7 Information systems audit considerations
    LegacyControl {
        id: l(12, 7, 1),
        title: "Information systems audit controls",
    },
    // A.13 Communications security
    // A.13.1 Network security management
    LegacyControl {
        id: l(13, 1, 1),
        title: "Network controls",
    },
    LegacyControl {
        id: l(13, 1, 2),
        title: "Security of network services",
    },
    LegacyControl {
        id: l(13, 1, 3),
        title: "Segregation in networks",
    },
    // A.13.2 Information transfer
    LegacyControl {
        id: l(13, 2, 1),
        title: "Information transfer policies and procedures",
    },
    LegacyControl {
        id: l(13, 2, 2),
        title: "Agreements on information transfer",
    },
    LegacyControl {
        id: l(13, 2, 3),
        title: "Electronic messaging",
    },
    LegacyControl {
        id: l(13, 2, 4),
        title: "Confidentiality or nondisclosure agreements",
    },
    // A.14 System acquisition, development and maintenance
    // A.14.1 Security requirements of information systems
    LegacyControl {
        id: l(14, 1, 1),
        title: "Information security requirements analysis and specification",
    },
    LegacyControl {
        id: l(14, 1, 2),
        title: "Securing application services on public networks",
    },
    LegacyControl {
        id: l(14, 1, 3),
        title: "Protecting application services transactions",
    },
    // A.14.2 Security in development and support processes
    LegacyControl {
        id: l(14, 2, 1),
        title: "Secure development policy",
    },
    LegacyControl {
        id: l(14, 2, 2),
        title: "System change control procedures",
    },
    LegacyControl {
        id: l(14, 2, 3),
        title: "Technical review of applications after operating platform changes",
    },
    LegacyControl {
        id: l(14, 2, 4),
        title: "Restrictions on changes to software packages",
    },
    LegacyControl {
        id: l(14, 2, 5),
        title: "Secure system engineering principles",
    },
    LegacyControl {
        id: l(14, 2, 6),
        title: "Secure development environment",
    },
    LegacyControl {
        id: l(14, 2, 7),
        title: "Outsourced development",
    },
    LegacyControl {
        id: l(14, 2, 8),
        title: "System security testing",
    },
    LegacyControl {
        id: l(14, 2, 9),
        title: "System acceptance testing",
    },
    // A.14.3 Test data
    LegacyControl {
        id: l(14, 3, 1),
        title: "Protection of test data",
    },
    // A.15 Supplier relationships
    // A.15.1 Information security in supplier relationships
    LegacyControl {
        id: l(15, 1, 1),
        title: "Information security policy for supplier relationships",
    },
    LegacyControl {
        id: l(15, 1, 2),
        title: "Addressing security within supplier agreements",
    },
    LegacyControl {
        id: l(15, 1, 3),
        title: "Information and communication technology supply chain",
    },
    // A.15.2 Supplier service delivery management
    LegacyControl {
        id: l(15, 2, 1),
        title: "Monitoring and review of supplier services",
    },
    LegacyControl {
        id: l(15, 2, 2),
        title: "Managing changes to supplier services",
    },
    // A.16 Information security incident management
    // A.16.1 Management of information security incidents and improvements
    LegacyControl {
        id: l(16, 1, 1),
        title: "Responsibilities and procedures",
    },
    LegacyControl {
        id: l(16, 1, 2),
        title: "Reporting information security events",
    },
    LegacyControl {
        id: l(16, 1, 3),
        title: "Reporting information security weaknesses",
    },
    LegacyControl {
        id: l(16, 1, 4),
        title: "Assessment of and decision on information security events",
    },
    LegacyControl {
        id: l(16, 1, 5),
        title: "Response to information security incidents",
    },
    LegacyControl {
        id: l(16, 1, 6),
        title: "Learning from information security incidents",
    },
    LegacyControl {
        id: l(16, 1, 7),
        title: "Collection of evidence",
    },
    // A.17 Information security aspects of business continuity management
    // A.17.1 Information security continuity
    LegacyControl {
        id: l(17, 1, 1),
        title: "Planning information security continuity",
    },
    LegacyControl {
        id: l(17, 1, 2),
        title: "Implementing information security continuity",
    },
    LegacyControl {
        id: l(17, 1, 3),
        title: "Verify, review and evaluate information security continuity",
    },
    // A.17.2 Redundancies
    LegacyControl {
        id: l(17, 2, 1),
        title: "Availability of information processing facilities",
    },
    // A.18 Compliance
    // A.18.1 Compliance with legal and contractual requirements
    LegacyControl {
        id: l(18, 1, 1),
        title: "Identification of applicable legislation and contractual requirements",
    },
    LegacyControl {
        id: l(18, 1, 2),
        title: "Intellectual property rights",
    },
    LegacyControl {
        id: l(18, 1, 3),
        title: "Protection of records",
    },
    LegacyControl {
        id: l(18, 1, 4),
        title: "Privacy and protection of personally identifiable information",
    },
    LegacyControl {
        id: l(18, 1, 5),
        title: "Regulation of cryptographic controls",
    },
    // A.18.2 Information security reviews
    LegacyControl {
        id: l(18, 2, 1),
        title: "Independent review of information security",
    },
    LegacyControl {
        id: l(18, 2, 2),
        title: "Compliance with security policies and standards",
    },
    LegacyControl {
        id: l(18, 2, 3),
        title: "Technical compliance review",
    },
];

/// ISO/IEC 27002:2022 Table B.1: each 2022 control and the 2013 controls it corresponds to (empty for the 11 new controls).
pub static MAP_2022_TO_2013: [(ControlId, &[LegacyControlId]); 93] = [
    // 5 Organizational controls
    // 5.1 Policies for information security
    (c(5, 1), &[l(5, 1, 1), l(5, 1, 2)]),
    // 5.2 Information security roles and responsibilities
    (c(5, 2), &[l(6, 1, 1)]),
    // 5.3 Segregation of duties
    (c(5, 3), &[l(6, 1, 2)]),
    // 5.4 Management responsibilities
    (c(5, 4), &[l(7, 2, 1)]),
    // 5.5 Contact with authorities
    (c(5, 5), &[l(6, 1, 3)]),
    // 5.6 Contact with special interest groups
    (c(5, 6), &[l(6, 1, 4)]),
    // 5.7 Threat intelligence (new)
    (c(5, 7), &[]),
    // 5.8 Information security in project management
    (c(5, 8), &[l(6, 1, 5), l(14, 1, 1)]),
    // 5.9 Inventory of information and other associated assets
    (c(5, 9), &[l(8, 1, 1), l(8, 1, 2)]),
    // 5.10 Acceptable use of information and other associated assets
    (c(5, 10), &[l(8, 1, 3), l(8, 2, 3)]),
    // 5.11 Return of assets
    (c(5, 11), &[l(8, 1, 4)]),
    // 5.12 Classification of information
    (c(5, 12), &[l(8, 2, 1)]),
    // 5.13 Labelling of information
    (c(5, 13), &[l(8, 2, 2)]),
    // 5.14 Information transfer
    (c(5, 14), &[l(13, 2, 1), l(13, 2, 2), l(13, 2, 3)]),
    // 5.15 Access control
    (c(5, 15), &[l(9, 1, 1), l(9, 1, 2)]),
    // 5.16 Identity management
    (c(5, 16), &[l(9, 2, 1)]),
    // 5.17 Authentication information
    (c(5, 17), &[l(9, 2, 4), l(9, 3, 1), l(9, 4, 3)]),
    // 5.18 Access rights
    (c(5, 18), &[l(9, 2, 2), l(9, 2, 5), l(9, 2, 6)]),
    // 5.19 Information security in supplier relationships
    (c(5, 19), &[l(15, 1, 1)]),
    // 5.20 Addressing information security within supplier agreements
    (c(5, 20), &[l(15, 1, 2)]),
    // 5.21 Managing information security in the ICT supply chain
    (c(5, 21), &[l(15, 1, 3)]),
    // 5.22 Monitoring, review and change management of supplier services
    (c(5, 22), &[l(15, 2, 1), l(15, 2, 2)]),
    // 5.23 Information security for use of cloud services (new)
    (c(5, 23), &[]),
    // 5.24 Information security incident management planning and preparation
    (c(5, 24), &[l(16, 1, 1)]),
    // 5.25 Assessment and decision on information security events
    (c(5, 25), &[l(16, 1, 4)]),
    // 5.26 Response to information security incidents
    (c(5, 26), &[l(16, 1, 5)]),
    // 5.27 Learning from information security incidents
    (c(5, 27), &[l(16, 1, 6)]),
    // 5.28 Collection of evidence
    (c(5, 28), &[l(16, 1, 7)]),
    // 5.29 Information security during disruption
    (c(5, 29), &[l(17, 1, 1), l(17, 1, 2), l(17, 1, 3)]),
    // 5.30 ICT readiness for business continuity (new)
    (c(5, 30), &[]),
    // 5.31 Legal, statutory, regulatory and contractual requirements
    (c(5, 31), &[l(18, 1, 1), l(18, 1, 5)]),
    // 5.32 Intellectual property rights
    (c(5, 32), &[l(18, 1, 2)]),
    // 5.33 Protection of records
    (c(5, 33), &[l(18, 1, 3)]),
    // 5.34 Privacy and protection of PII
    (c(5, 34), &[l(18, 1, 4)]),
    // 5.35 Independent review of information security
    (c(5, 35), &[l(18, 2, 1)]),
    // 5.36 Compliance with policies, rules and standards for information security
    (c(5, 36), &[l(18, 2, 2), l(18, 2, 3)]),
    // 5.37 Documented operating procedures
    (c(5, 37), &[l(12, 1, 1)]),
    // 6 People controls
    // 6.1 Screening
    (c(6, 1), &[l(7, 1, 1)]),
    // 6.2 Terms and conditions of employment
    (c(6, 2), &[l(7, 1, 2)]),
    // 6.3 Information security awareness, education and training
    (c(6, 3), &[l(7, 2, 2)]),
    // 6.4 Disciplinary process
    (c(6, 4), &[l(7, 2, 3)]),
    // 6.5 Responsibilities after termination or change of employment
    (c(6, 5), &[l(7, 3, 1)]),
    // 6.6 Confidentiality or non-disclosure agreements
    (c(6, 6), &[l(13, 2, 4)]),
    // 6.7 Remote working
    (c(6, 7), &[l(6, 2, 2)]),
    // 6.8 Information security event reporting
    (c(6, 8), &[l(16, 1, 2), l(16, 1, 3)]),
    // 7 Physical controls
    // 7.1 Physical security perimeters
    (c(7, 1), &[l(11, 1, 1)]),
    // 7.2 Physical entry
    (c(7, 2), &[l(11, 1, 2), l(11, 1, 6)]),
    // 7.3 Securing offices, rooms and facilities
    (c(7, 3), &[l(11, 1, 3)]),
    // 7.4 Physical security monitoring (new)
    (c(7, 4), &[]),
    // 7.5 Protecting against physical and environmental threats
    (c(7, 5), &[l(11, 1, 4)]),
    // 7.6 Working in secure areas
    (c(7, 6), &[l(11, 1, 5)]),
    // 7.7 Clear desk and clear screen
    (c(7, 7), &[l(11, 2, 9)]),
    // 7.8 Equipment siting and protection
    (c(7, 8), &[l(11, 2, 1)]),
    // 7.9 Security of assets off-premises
    (c(7, 9), &[l(11, 2, 6)]),
    // 7.10 Storage media
    (c(7, 10), &[l(8, 3, 1), l(8, 3, 2), l(8, 3, 3), l(11, 2, 5)]),
    // 7.11 Supporting utilities
    (c(7, 11), &[l(11, 2, 2)]),
    // 7.12 Cabling security
    (c(7, 12), &[l(11, 2, 3)]),
    // 7.13 Equipment maintenance
    (c(7, 13), &[l(11, 2, 4)]),
    // 7.14 Secure disposal or re-use of equipment
    (c(7, 14), &[l(11, 2, 7)]),
    // 8 Technological controls
    // 8.1 User endpoint devices
    (c(8, 1), &[l(6, 2, 1), l(11, 2, 8)]),
    // 8.2 Privileged access rights
    (c(8, 2), &[l(9, 2, 3)]),
    // 8.3 Information access restriction
    (c(8, 3), &[l(9, 4, 1)]),
    // 8.4 Access to source code
    (c(8, 4), &[l(9, 4, 5)]),
    // 8.5 Secure authentication
    (c(8, 5), &[l(9, 4, 2)]),
    // 8.6 Capacity management
    (c(8, 6), &[l(12, 1, 3)]),
    // 8.7 Protection against malware
    (c(8, 7), &[l(12, 2, 1)]),
    // 8.8 Management of technical vulnerabilities
    (c(8, 8), &[l(12, 6, 1), l(18, 2, 3)]),
    // 8.9 Configuration management (new)
    (c(8, 9), &[]),
    // 8.10 Information deletion (new)
    (c(8, 10), &[]),
    // 8.11 Data masking (new)
    (c(8, 11), &[]),
    // 8.12 Data leakage prevention (new)
    (c(8, 12), &[]),
    // 8.13 Information backup
    (c(8, 13), &[l(12, 3, 1)]),
    // 8.14 Redundancy of information processing facilities
    (c(8, 14), &[l(17, 2, 1)]),
    // 8.15 Logging
    (c(8, 15), &[l(12, 4, 1), l(12, 4, 2), l(12, 4, 3)]),
    // 8.16 Monitoring activities (new)
    (c(8, 16), &[]),
    // 8.17 Clock synchronization
    (c(8, 17), &[l(12, 4, 4)]),
    // 8.18 Use of privileged utility programs
    (c(8, 18), &[l(9, 4, 4)]),
    // 8.19 Installation of software on operational systems
    (c(8, 19), &[l(12, 5, 1), l(12, 6, 2)]),
    // 8.20 Networks security
    (c(8, 20), &[l(13, 1, 1)]),
    // 8.21 Security of network services
    (c(8, 21), &[l(13, 1, 2)]),
    // 8.22 Segregation of networks
    (c(8, 22), &[l(13, 1, 3)]),
    // 8.23 Web filtering (new)
    (c(8, 23), &[]),
    // 8.24 Use of cryptography
    (c(8, 24), &[l(10, 1, 1), l(10, 1, 2)]),
    // 8.25 Secure development life cycle
    (c(8, 25), &[l(14, 2, 1)]),
    // 8.26 Application security requirements
    (c(8, 26), &[l(14, 1, 2), l(14, 1, 3)]),
    // 8.27 Secure system architecture and engineering principles
    (c(8, 27), &[l(14, 2, 5)]),
    // 8.28 Secure coding (new)
    (c(8, 28), &[]),
    // 8.29 Security testing in development and acceptance
    (c(8, 29), &[l(14, 2, 8), l(14, 2, 9)]),
    // 8.30 Outsourced development
    (c(8, 30), &[l(14, 2, 7)]),
    // 8.31 Separation of development, test and production environments
    (c(8, 31), &[l(12, 1, 4), l(14, 2, 6)]),
    // 8.32 Change management
    (
        c(8, 32),
        &[l(12, 1, 2), l(14, 2, 2), l(14, 2, 3), l(14, 2, 4)],
    ),
    // 8.33 Test information
    (c(8, 33), &[l(14, 3, 1)]),
    // 8.34 Protection of information systems during audit testing
    (c(8, 34), &[l(12, 7, 1)]),
];

/// ISO/IEC 27002:2022 Table B.2: each 2013 control and the 2022 control(s) it corresponds to.
pub static MAP_2013_TO_2022: [(LegacyControlId, &[ControlId]); 114] = [
    // A.5 Information security policies
    // A.5.1.1 Policies for information security
    (l(5, 1, 1), &[c(5, 1)]),
    // A.5.1.2 Review of the policies for information security
    (l(5, 1, 2), &[c(5, 1)]),
    // A.6 Organization of information security
    // A.6.1.1 Information security roles and responsibilities
    (l(6, 1, 1), &[c(5, 2)]),
    // A.6.1.2 Segregation of duties
    (l(6, 1, 2), &[c(5, 3)]),
    // A.6.1.3 Contact with authorities
    (l(6, 1, 3), &[c(5, 5)]),
    // A.6.1.4 Contact with special interest groups
    (l(6, 1, 4), &[c(5, 6)]),
    // A.6.1.5 Information security in project management
    (l(6, 1, 5), &[c(5, 8)]),
    // A.6.2.1 Mobile device policy
    (l(6, 2, 1), &[c(8, 1)]),
    // A.6.2.2 Teleworking
    (l(6, 2, 2), &[c(6, 7)]),
    // A.7 Human resource security
    // A.7.1.1 Screening
    (l(7, 1, 1), &[c(6, 1)]),
    // A.7.1.2 Terms and conditions of employment
    (l(7, 1, 2), &[c(6, 2)]),
    // A.7.2.1 Management responsibilities
    (l(7, 2, 1), &[c(5, 4)]),
    // A.7.2.2 Information security awareness, education and training
    (l(7, 2, 2), &[c(6, 3)]),
    // A.7.2.3 Disciplinary process
    (l(7, 2, 3), &[c(6, 4)]),
    // A.7.3.1 Termination or change of employment responsibilities
    (l(7, 3, 1), &[c(6, 5)]),
    // A.8 Asset management
    // A.8.1.1 Inventory of assets
    (l(8, 1, 1), &[c(5, 9)]),
    // A.8.1.2 Ownership of assets
    (l(8, 1, 2), &[c(5, 9)]),
    // A.8.1.3 Acceptable use of assets
    (l(8, 1, 3), &[c(5, 10)]),
    // A.8.1.4 Return of assets
    (l(8, 1, 4), &[c(5, 11)]),
    // A.8.2.1 Classification of information
    (l(8, 2, 1), &[c(5, 12)]),
    // A.8.2.2 Labelling of information
    (l(8, 2, 2), &[c(5, 13)]),
    // A.8.2.3 Handling of assets
    (l(8, 2, 3), &[c(5, 10)]),
    // A.8.3.1 Management of removable media
    (l(8, 3, 1), &[c(7, 10)]),
    // A.8.3.2 Disposal of media
    (l(8, 3, 2), &[c(7, 10)]),
    // A.8.3.3 Physical media transfer
    (l(8, 3, 3), &[c(7, 10)]),
    // A.9 Access control
    // A.9.1.1 Access control policy
    (l(9, 1, 1), &[c(5, 15)]),
    // A.9.1.2 Access to networks and network services
    (l(9, 1, 2), &[c(5, 15)]),
    // A.9.2.1 User registration and de-registration
    (l(9, 2, 1), &[c(5, 16)]),
    // A.9.2.2 User access provisioning
    (l(9, 2, 2), &[c(5, 18)]),
    // A.9.2.3 Management of privileged access rights
    (l(9, 2, 3), &[c(8, 2)]),
    // A.9.2.4 Management of secret authentication information of users
    (l(9, 2, 4), &[c(5, 17)]),
    // A.9.2.5 Review of user access rights
    (l(9, 2, 5), &[c(5, 18)]),
    // A.9.2.6 Removal or adjustment of access rights
    (l(9, 2, 6), &[c(5, 18)]),
    // A.9.3.1 Use of secret authentication information
    (l(9, 3, 1), &[c(5, 17)]),
    // A.9.4.1 Information access restriction
    (l(9, 4, 1), &[c(8, 3)]),
    // A.9.4.2 Secure log-on procedures
    (l(9, 4, 2), &[c(8, 5)]),
    // A.9.4.3 Password management system
    (l(9, 4, 3), &[c(5, 17)]),
    // A.9.4.4 Use of privileged utility programs
    (l(9, 4, 4), &[c(8, 18)]),
    // A.9.4.5 Access control to program source code
    (l(9, 4, 5), &[c(8, 4)]),
    // A.10 Cryptography
    // A.10.1.1 Policy on the use of cryptographic controls
    (l(10, 1, 1), &[c(8, 24)]),
    // A.10.1.2 Key management
    (l(10, 1, 2), &[c(8, 24)]),
    // A.11 Physical and environmental security
    // A.11.1.1 Physical security perimeter
    (l(11, 1, 1), &[c(7, 1)]),
    // A.11.1.2 Physical entry controls
    (l(11, 1, 2), &[c(7, 2)]),
    // A.11.1.3 Securing offices, rooms and facilities
    (l(11, 1, 3), &[c(7, 3)]),
    // A.11.1.4 Protecting against external and environmental threats
    (l(11, 1, 4), &[c(7, 5)]),
    // A.11.1.5 Working in secure areas
    (l(11, 1, 5), &[c(7, 6)]),
    // A.11.1.6 Delivery and loading areas
    (l(11, 1, 6), &[c(7, 2)]),
    // A.11.2.1 Equipment siting and protection
    (l(11, 2, 1), &[c(7, 8)]),
    // A.11.2.2 Supporting utilities
    (l(11, 2, 2), &[c(7, 11)]),
    // A.11.2.3 Cabling security
    (l(11, 2, 3), &[c(7, 12)]),
    // A.11.2.4 Equipment maintenance
    (l(11, 2, 4), &[c(7, 13)]),
    // A.11.2.5 Removal of assets
    (l(11, 2, 5), &[c(7, 10)]),
    // A.11.2.6 Security of equipment and assets off-premises
    (l(11, 2, 6), &[c(7, 9)]),
    // A.11.2.7 Secure disposal or reuse of equipment
    (l(11, 2, 7), &[c(7, 14)]),
    // A.11.2.8 Unattended user equipment
    (l(11, 2, 8), &[c(8, 1)]),
    // A.11.2.9 Clear desk and clear screen policy
    (l(11, 2, 9), &[c(7, 7)]),
    // A.12 Operations security
    // A.12.1.1 Documented operating procedures
    (l(12, 1, 1), &[c(5, 37)]),
    // A.12.1.2 Change management
    (l(12, 1, 2), &[c(8, 32)]),
    // A.12.1.3 Capacity management
    (l(12, 1, 3), &[c(8, 6)]),
    // A.12.1.4 Separation of development, testing and operational environments
    (l(12, 1, 4), &[c(8, 31)]),
    // A.12.2.1 Controls against malware
    (l(12, 2, 1), &[c(8, 7)]),
    // A.12.3.1 Information backup
    (l(12, 3, 1), &[c(8, 13)]),
    // A.12.4.1 Event logging
    (l(12, 4, 1), &[c(8, 15)]),
    // A.12.4.2 Protection of log information
    (l(12, 4, 2), &[c(8, 15)]),
    // A.12.4.3 Administrator and operator logs
    (l(12, 4, 3), &[c(8, 15)]),
    // A.12.4.4 Clock synchronisation
    (l(12, 4, 4), &[c(8, 17)]),
    // A.12.5.1 Installation of software on operational systems
    (l(12, 5, 1), &[c(8, 19)]),
    // A.12.6.1 Management of technical vulnerabilities
    (l(12, 6, 1), &[c(8, 8)]),
    // A.12.6.2 Restrictions on software installation
    (l(12, 6, 2), &[c(8, 19)]),
    // A.12.7.1 Information systems audit controls
    (l(12, 7, 1), &[c(8, 34)]),
    // A.13 Communications security
    // A.13.1.1 Network controls
    (l(13, 1, 1), &[c(8, 20)]),
    // A.13.1.2 Security of network services
    (l(13, 1, 2), &[c(8, 21)]),
    // A.13.1.3 Segregation in networks
    (l(13, 1, 3), &[c(8, 22)]),
    // A.13.2.1 Information transfer policies and procedures
    (l(13, 2, 1), &[c(5, 14)]),
    // A.13.2.2 Agreements on information transfer
    (l(13, 2, 2), &[c(5, 14)]),
    // A.13.2.3 Electronic messaging
    (l(13, 2, 3), &[c(5, 14)]),
    // A.13.2.4 Confidentiality or nondisclosure agreements
    (l(13, 2, 4), &[c(6, 6)]),
    // A.14 System acquisition, development and maintenance
    // A.14.1.1 Information security requirements analysis and specification
    (l(14, 1, 1), &[c(5, 8)]),
    // A.14.1.2 Securing application services on public networks
    (l(14, 1, 2), &[c(8, 26)]),
    // A.14.1.3 Protecting application services transactions
    (l(14, 1, 3), &[c(8, 26)]),
    // A.14.2.1 Secure development policy
    (l(14, 2, 1), &[c(8, 25)]),
    // A.14.2.2 System change control procedures
    (l(14, 2, 2), &[c(8, 32)]),
    // A.14.2.3 Technical review of applications after operating platform changes
    (l(14, 2, 3), &[c(8, 32)]),
    // A.14.2.4 Restrictions on changes to software packages
    (l(14, 2, 4), &[c(8, 32)]),
    // A.14.2.5 Secure system engineering principles
    (l(14, 2, 5), &[c(8, 27)]),
    // A.14.2.6 Secure development environment
    (l(14, 2, 6), &[c(8, 31)]),
    // A.14.2.7 Outsourced development
    (l(14, 2, 7), &[c(8, 30)]),
    // A.14.2.8 System security testing
    (l(14, 2, 8), &[c(8, 29)]),
    // A.14.2.9 System acceptance testing
    (l(14, 2, 9), &[c(8, 29)]),
    // A.14.3.1 Protection of test data
    (l(14, 3, 1), &[c(8, 33)]),
    // A.15 Supplier relationships
    // A.15.1.1 Information security policy for supplier relationships
    (l(15, 1, 1), &[c(5, 19)]),
    // A.15.1.2 Addressing security within supplier agreements
    (l(15, 1, 2), &[c(5, 20)]),
    // A.15.1.3 Information and communication technology supply chain
    (l(15, 1, 3), &[c(5, 21)]),
    // A.15.2.1 Monitoring and review of supplier services
    (l(15, 2, 1), &[c(5, 22)]),
    // A.15.2.2 Managing changes to supplier services
    (l(15, 2, 2), &[c(5, 22)]),
    // A.16 Information security incident management
    // A.16.1.1 Responsibilities and procedures
    (l(16, 1, 1), &[c(5, 24)]),
    // A.16.1.2 Reporting information security events
    (l(16, 1, 2), &[c(6, 8)]),
    // A.16.1.3 Reporting information security weaknesses
    (l(16, 1, 3), &[c(6, 8)]),
    // A.16.1.4 Assessment of and decision on information security events
    (l(16, 1, 4), &[c(5, 25)]),
    // A.16.1.5 Response to information security incidents
    (l(16, 1, 5), &[c(5, 26)]),
    // A.16.1.6 Learning from information security incidents
    (l(16, 1, 6), &[c(5, 27)]),
    // A.16.1.7 Collection of evidence
    (l(16, 1, 7), &[c(5, 28)]),
    // A.17 Information security aspects of business continuity management
    // A.17.1.1 Planning information security continuity
    (l(17, 1, 1), &[c(5, 29)]),
    // A.17.1.2 Implementing information security continuity
    (l(17, 1, 2), &[c(5, 29)]),
    // A.17.1.3 Verify, review and evaluate information security continuity
    (l(17, 1, 3), &[c(5, 29)]),
    // A.17.2.1 Availability of information processing facilities
    (l(17, 2, 1), &[c(8, 14)]),
    // A.18 Compliance
    // A.18.1.1 Identification of applicable legislation and contractual requirements
    (l(18, 1, 1), &[c(5, 31)]),
    // A.18.1.2 Intellectual property rights
    (l(18, 1, 2), &[c(5, 32)]),
    // A.18.1.3 Protection of records
    (l(18, 1, 3), &[c(5, 33)]),
    // A.18.1.4 Privacy and protection of personally identifiable information
    (l(18, 1, 4), &[c(5, 34)]),
    // A.18.1.5 Regulation of cryptographic controls
    (l(18, 1, 5), &[c(5, 31)]),
    // A.18.2.1 Independent review of information security
    (l(18, 2, 1), &[c(5, 35)]),
    // A.18.2.2 Compliance with security policies and standards
    (l(18, 2, 2), &[c(5, 36)]),
    // A.18.2.3 Technical compliance review (split)
    (l(18, 2, 3), &[c(5, 36), c(8, 8)]),
];
