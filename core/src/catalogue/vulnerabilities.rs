//! The vulnerability library: everyday weaknesses that let threats do harm,
//! each linked to the ISO/IEC 27001:2022 Annex A controls that treat it, most
//! relevant first. Written by the Annexa team in plain English.

use super::types::*;

/// The vulnerability library, ids `V01` … in order.
pub static VULNERABILITIES: [Vulnerability; 70] = [
    Vulnerability {
        id: VulnerabilityId(1),
        name: "Former employees keep access",
        description: "Accounts of people who have left, or moved role, are not switched off promptly, so old logins keep working.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 5),
                rationale: "Leaving or changing job triggers removal of access that is no longer needed.",
            },
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Access rights are withdrawn on exit and checked in regular reviews.",
            },
            ControlLink {
                control: ControlId::new(5, 16),
                rationale: "Every account belongs to a known person, so leavers' accounts can be found.",
            },
            ControlLink {
                control: ControlId::new(5, 11),
                rationale: "Devices, keys and badges are collected when people leave.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(2),
        name: "Backups never restore-tested",
        description: "Backups run, but nobody has checked that data can actually be restored from them, or how long it takes.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups include regular test restores to prove they work.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Recovery times are set and tested against business needs.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(3),
        name: "Suppliers have broader access than needed",
        description: "IT providers, agencies or contractors have admin or full access to systems and data when their work needs much less.",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 19),
                rationale: "Supplier access is agreed and limited to what the service needs.",
            },
            ControlLink {
                control: ControlId::new(5, 15),
                rationale: "Access rules apply least privilege to outside parties too.",
            },
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Supplier access is reviewed and removed when the work ends.",
            },
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Supplier admin rights are restricted and time-limited.",
            },
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Contracts state what access suppliers get and how they must protect it.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(4),
        name: "Incidents handled in ad-hoc chat",
        description: "When something goes wrong, people improvise in chat messages: no clear owner, no record, no follow-up.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 24),
                rationale: "A simple incident plan sets roles, contacts and steps in advance.",
            },
            ControlLink {
                control: ControlId::new(5, 25),
                rationale: "Events are assessed consistently to decide whether they are incidents.",
            },
            ControlLink {
                control: ControlId::new(5, 26),
                rationale: "Incidents are handled following the agreed procedure.",
            },
            ControlLink {
                control: ControlId::new(5, 27),
                rationale: "Each incident is reviewed so the same thing does not happen again.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Staff have a clear channel to report events.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(5),
        name: "Work files sent to personal email",
        description: "Staff forward work documents to private email or cloud accounts, where the company cannot protect or remove them.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 14),
                rationale: "Rules for transferring information say which channels are allowed.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Data leakage controls detect or block forwarding to private accounts.",
            },
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Acceptable-use rules forbid storing company data in personal accounts.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff understand why personal accounts are a risk and what to use instead.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(6),
        name: "Nobody knows which data is most critical",
        description: "The company cannot say which information matters most, where it is kept or who owns it, so protection is spread evenly or missing.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 12),
                rationale: "A simple classification scheme ranks information by how sensitive it is.",
            },
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "An inventory records where key information lives and who owns it.",
            },
            ControlLink {
                control: ControlId::new(5, 13),
                rationale: "Labels show people how to handle each document.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(7),
        name: "No multi-factor authentication",
        description: "Email, CRM, cloud files and remote access rely on a password alone.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Secure authentication adds a second factor to important logins.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Rules for authentication information cover second factors and their reset.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(8),
        name: "Unpatched systems",
        description: "Operating systems, applications, plugins or devices miss security updates for weeks or months.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "A patching routine closes known weaknesses in good time.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Standard configurations include automatic updates where possible.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Managed endpoints report and enforce their update status.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(9),
        name: "Shared user accounts",
        description: "Several people use the same login, so nobody can tell who did what and access cannot be removed from one person.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 16),
                rationale: "Each person gets their own identity; shared ones are exceptions and controlled.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Passwords are not shared between people.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Individual accounts make logs meaningful.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(10),
        name: "Weak or reused passwords",
        description: "Staff use short, guessable passwords or the same password on several sites.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Password rules and a password manager make strong, unique passwords easy.",
            },
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Multi-factor sign-in limits the damage of a weak password.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Training explains why reuse is dangerous.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(11),
        name: "No asset inventory",
        description: "There is no list of devices, systems, cloud services and data stores, so some are never secured or updated.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "An inventory of information and assets, with owners, is kept up to date.",
            },
            ControlLink {
                control: ControlId::new(5, 11),
                rationale: "The inventory makes it possible to recover assets from leavers.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Endpoint management gives an automatic list of devices.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(12),
        name: "No security logging",
        description: "Systems do not record sign-ins, admin actions or data access, or logs are deleted too soon.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Key systems log security events and keep the logs long enough.",
            },
            ControlLink {
                control: ControlId::new(8, 17),
                rationale: "Synchronised clocks make logs from different systems line up.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Logs feed monitoring so problems are noticed.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(13),
        name: "Nobody reviews logs or alerts",
        description: "Logs and security alerts exist but no one looks at them, so attacks go unnoticed.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Someone is tasked with monitoring alerts and unusual activity.",
            },
            ControlLink {
                control: ControlId::new(5, 25),
                rationale: "Alerts are assessed and escalated in a consistent way.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Logs are kept in a form that makes review practical.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(14),
        name: "Unencrypted laptops and phones",
        description: "Company data on laptops, phones or USB drives is readable by anyone who gets hold of the device.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Full-disk and device encryption protect data at rest.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Device management enforces encryption and screen locks.",
            },
            ControlLink {
                control: ControlId::new(7, 9),
                rationale: "Equipment taken off-site is protected against loss and theft.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(15),
        name: "No security awareness training",
        description: "Staff have never been shown how to spot phishing, handle data safely or report problems.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Regular, short awareness training covers the everyday risks.",
            },
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Training explains the acceptable-use rules people must follow.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Staff learn how and where to report something suspicious.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(16),
        name: "No change control",
        description: "Changes to systems and settings are made on the fly, without planning, testing, approval or a way back.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 32),
                rationale: "Changes are recorded, assessed, tested and approved before going live.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Configurations are documented so changes can be compared and undone.",
            },
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Changes are tested before release.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(17),
        name: "No supplier due diligence",
        description: "Suppliers and cloud services are chosen on price and features alone, without checking how they protect data.",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 19),
                rationale: "Supplier security is assessed before they are engaged.",
            },
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud services are checked against your security needs before use.",
            },
            ControlLink {
                control: ControlId::new(5, 21),
                rationale: "Risks from the supplier's own products and subcontractors are considered.",
            },
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Security requirements are written into the agreement.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(18),
        name: "Single point of failure",
        description: "One server, connection, account, device or provider supports a critical service with nothing to fall back on.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Redundancy is added where the loss of one part would stop the business.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity planning identifies critical dependencies.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(19),
        name: "No tested continuity plan",
        description: "There is no plan for working through a major disruption, or it has never been rehearsed.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Plans keep security in place during disruption.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT recovery is planned, tested and meets agreed targets.",
            },
            ControlLink {
                control: ControlId::new(5, 24),
                rationale: "Incident planning links to the continuity arrangements.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(20),
        name: "Excessive admin rights",
        description: "Many staff have administrator rights on their computers or in cloud systems they do not need.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Privileged rights go only to those who need them, and are reviewed.",
            },
            ControlLink {
                control: ControlId::new(5, 15),
                rationale: "Access follows least privilege.",
            },
            ControlLink {
                control: ControlId::new(8, 18),
                rationale: "Powerful utilities are only available to authorised people.",
            },
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Regular reviews remove rights no longer needed.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(21),
        name: "Publicly accessible cloud storage",
        description: "Storage buckets, shared folders or file links are open to anyone on the internet.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud storage is set up with private-by-default sharing.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Secure configurations are defined and checked regularly.",
            },
            ControlLink {
                control: ControlId::new(5, 15),
                rationale: "Access rules decide who may share data externally.",
            },
            ControlLink {
                control: ControlId::new(8, 3),
                rationale: "Access to information is restricted to authorised people.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(22),
        name: "No secure coding practice",
        description: "Software is built without security rules, code review or security testing.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 28),
                rationale: "Secure coding rules avoid common flaws.",
            },
            ControlLink {
                control: ControlId::new(8, 25),
                rationale: "Security is part of every stage of development.",
            },
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Security testing happens before release.",
            },
            ControlLink {
                control: ControlId::new(8, 26),
                rationale: "Security requirements are defined for each application.",
            },
            ControlLink {
                control: ControlId::new(8, 27),
                rationale: "Systems are designed following secure engineering principles.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(23),
        name: "Unmanaged personal devices used for work",
        description: "Staff use their own phones and computers for company email and files, with no security settings enforced.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Rules and tools for endpoint devices cover personal devices used for work.",
            },
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Remote-working rules set minimum security for home equipment.",
            },
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Acceptable-use rules say what may be done on personal devices.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Leakage controls stop data being saved to unmanaged devices.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(24),
        name: "No clean desk or clear screen rule",
        description: "Papers, notes with passwords and unlocked screens are left in view of visitors and passers-by.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 7),
                rationale: "A clear-desk and clear-screen rule is set and followed.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff are reminded why it matters.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(25),
        name: "No data retention rules",
        description: "Nobody decides how long data is kept, so old personal and customer data piles up or important records are deleted too early.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 33),
                rationale: "Records are kept for the right period and protected.",
            },
            ControlLink {
                control: ControlId::new(8, 10),
                rationale: "Data is securely deleted once it is no longer needed.",
            },
            ControlLink {
                control: ControlId::new(5, 34),
                rationale: "Personal data is not kept longer than privacy law allows.",
            },
            ControlLink {
                control: ControlId::new(5, 31),
                rationale: "Legal and contractual retention requirements are identified.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(26),
        name: "Company equipment not returned by leavers",
        description: "Laptops, phones, keys and storage media stay with people after they leave.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 11),
                rationale: "Return of assets is part of the leaving process.",
            },
            ControlLink {
                control: ControlId::new(6, 5),
                rationale: "Leaver duties are clear and checked.",
            },
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "The inventory shows who holds which equipment.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(27),
        name: "No background checks for new hires",
        description: "People are given access to sensitive data without any checks on their background or references.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 1),
                rationale: "Checks proportionate to the role are done before hiring.",
            },
            ControlLink {
                control: ControlId::new(6, 2),
                rationale: "Employment terms set out security responsibilities.",
            },
            ControlLink {
                control: ControlId::new(6, 6),
                rationale: "Confidentiality agreements are signed before access is given.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(28),
        name: "No confidentiality agreements",
        description: "Staff, contractors and partners handle confidential information without having signed anything about it.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 6),
                rationale: "Confidentiality or non-disclosure agreements are signed and reviewed.",
            },
            ControlLink {
                control: ControlId::new(6, 2),
                rationale: "Employment contracts include security and confidentiality duties.",
            },
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Supplier agreements include confidentiality terms.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(29),
        name: "Access rights never reviewed",
        description: "People collect permissions as they change roles, and nobody checks who still needs what.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Access rights are reviewed at regular intervals and after role changes.",
            },
            ControlLink {
                control: ControlId::new(5, 15),
                rationale: "Access rules define what each role should have.",
            },
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Privileged rights get more frequent review.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(30),
        name: "Flat network with no segmentation",
        description: "All devices, guests and servers share one network, so one infected laptop can reach everything.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 22),
                rationale: "Networks are split by purpose and trust level.",
            },
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Network devices and traffic rules are secured and managed.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(31),
        name: "Outdated, unsupported software",
        description: "Systems run operating systems or applications that no longer receive security updates.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "Unsupported software is treated as a vulnerability to be removed.",
            },
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "The inventory records versions and end-of-support dates.",
            },
            ControlLink {
                control: ControlId::new(8, 19),
                rationale: "Only supported software is installed on operational systems.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(32),
        name: "No anti-malware protection",
        description: "Some computers or servers have no malware protection, or it is disabled or out of date.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 7),
                rationale: "Anti-malware is installed, updated and monitored on all devices.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Endpoint management checks protection is active.",
            },
            ControlLink {
                control: ControlId::new(8, 23),
                rationale: "Web filtering adds a layer against malicious downloads.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(33),
        name: "Staff can install any software",
        description: "Anyone can install programs, browser add-ons or apps on work devices without approval.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 19),
                rationale: "Software installation is limited to approved items.",
            },
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Users do not have admin rights needed to install software.",
            },
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Acceptable-use rules say what may be installed.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(34),
        name: "No way for staff to report incidents",
        description: "Staff do not know whom to tell when they click a bad link, lose a device or see something odd.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "A simple, well-known reporting channel exists.",
            },
            ControlLink {
                control: ControlId::new(5, 24),
                rationale: "Incident planning sets who receives and handles reports.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Training tells staff that early reporting is welcome.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(35),
        name: "Backups reachable from the main network",
        description: "Backups sit on a drive or account that ransomware or an attacker on the network can also delete or encrypt.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "At least one backup copy is offline or immutable.",
            },
            ControlLink {
                control: ControlId::new(8, 22),
                rationale: "Backup systems are separated from everyday networks.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Recovery plans rely on backups that survive an attack.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(36),
        name: "No vulnerability scanning or security testing",
        description: "Nobody checks systems and websites for known weaknesses before attackers do.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "Regular scans find missing patches and weak settings.",
            },
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Applications are security tested before and after release.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(37),
        name: "Default settings and passwords left unchanged",
        description: "Devices, routers and software are used with factory settings, default passwords or unnecessary features turned on.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Hardened configurations replace factory defaults.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Default passwords are changed before use.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(38),
        name: "Work done over insecure home or public Wi-Fi",
        description: "Remote staff connect through open or poorly secured networks without any protection.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Remote-working rules cover network use.",
            },
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Encrypted connections protect data on untrusted networks.",
            },
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Access to company networks from outside is secured.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(39),
        name: "No remote working rules",
        description: "Staff work from home and on the move with no guidance on devices, networks, privacy or printing.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "A remote-working policy sets the security basics.",
            },
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Acceptable-use rules apply wherever people work.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Work devices are managed whether in the office or not.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(40),
        name: "No information security roles defined",
        description: "Nobody is clearly responsible for security decisions, so tasks fall between chairs.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 2),
                rationale: "Security roles and responsibilities are defined and assigned.",
            },
            ControlLink {
                control: ControlId::new(5, 4),
                rationale: "Managers require staff to apply security in their daily work.",
            },
            ControlLink {
                control: ControlId::new(5, 1),
                rationale: "Policies say who owns what.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(41),
        name: "No information security policy",
        description: "There is no agreed, written set of security rules that staff know about.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 1),
                rationale: "A short, approved policy and topic rules are published and reviewed.",
            },
            ControlLink {
                control: ControlId::new(5, 4),
                rationale: "Management backs the policy and expects it to be followed.",
            },
            ControlLink {
                control: ControlId::new(5, 36),
                rationale: "Compliance with the policy is checked.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(42),
        name: "No security clauses in supplier contracts",
        description: "Contracts with suppliers say nothing about protecting your data, reporting breaches or returning data at the end.",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Security requirements are written into supplier agreements.",
            },
            ControlLink {
                control: ControlId::new(5, 19),
                rationale: "A supplier security process decides what each contract needs.",
            },
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud contracts cover data location, exit and incident notice.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(43),
        name: "Supplier performance never reviewed",
        description: "Once a supplier is signed up, nobody checks whether they still meet security commitments or how they change their service.",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 22),
                rationale: "Supplier services are monitored, reviewed and changes managed.",
            },
            ControlLink {
                control: ControlId::new(5, 19),
                rationale: "Supplier relationships are managed through their lifecycle.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(44),
        name: "Locked in to one cloud provider with no exit plan",
        description: "A critical service depends on one provider, and there is no plan to get data out or move if it fails or changes terms.",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud use includes planning for exit and data return.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Continuity planning covers losing the provider.",
            },
            ControlLink {
                control: ControlId::new(5, 22),
                rationale: "Changes in the provider's service are tracked.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(45),
        name: "Unlocked server room or network cabinet",
        description: "Network equipment, servers or storage can be reached by anyone in the building.",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 3),
                rationale: "Rooms with critical equipment are locked.",
            },
            ControlLink {
                control: ControlId::new(7, 2),
                rationale: "Entry to sensitive areas is restricted to authorised people.",
            },
            ControlLink {
                control: ControlId::new(7, 1),
                rationale: "Sensitive areas have a defined secure perimeter.",
            },
            ControlLink {
                control: ControlId::new(7, 12),
                rationale: "Network cabling is protected from tampering.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(46),
        name: "No visitor control",
        description: "Visitors, couriers and contractors move around the office unescorted and unrecorded.",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 2),
                rationale: "Visitors are signed in, identified and escorted.",
            },
            ControlLink {
                control: ControlId::new(7, 1),
                rationale: "Reception and doors separate public from private areas.",
            },
            ControlLink {
                control: ControlId::new(7, 4),
                rationale: "Monitoring shows who entered and when.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(47),
        name: "Equipment disposed of without wiping",
        description: "Old laptops, phones, printers and disks are sold, recycled or binned with data still on them.",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 14),
                rationale: "Equipment is securely wiped or destroyed before disposal or re-use.",
            },
            ControlLink {
                control: ControlId::new(8, 10),
                rationale: "Data is securely deleted when no longer needed.",
            },
            ControlLink {
                control: ControlId::new(7, 10),
                rationale: "Storage media are disposed of securely.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(48),
        name: "No backup power or environmental protection",
        description: "Key equipment has no UPS, surge protection, cooling or protection from water and fire.",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Supporting utilities such as power and cooling are protected.",
            },
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Premises are protected against fire, flood and heat.",
            },
            ControlLink {
                control: ControlId::new(7, 8),
                rationale: "Equipment is sited to reduce environmental risks.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(49),
        name: "Equipment not maintained",
        description: "Servers, network gear, UPS batteries and air conditioning are run until they fail.",
        category: VulnerabilityCategory::Physical,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 13),
                rationale: "Equipment is serviced following supplier guidance.",
            },
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Utility equipment such as UPS and cooling is checked.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(50),
        name: "Devices left unattended in cars or public places",
        description: "Laptops and phones are left in parked cars, cafés or on trains where they can be stolen.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(7, 9),
                rationale: "Rules protect equipment taken outside the office.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Devices lock automatically and can be wiped.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff are reminded to keep devices with them.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(51),
        name: "Real customer data used in testing",
        description: "Developers or testers work with copies of live customer data in less protected environments.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 33),
                rationale: "Test data is chosen carefully and protected.",
            },
            ControlLink {
                control: ControlId::new(8, 11),
                rationale: "Personal data is masked in test copies.",
            },
            ControlLink {
                control: ControlId::new(8, 31),
                rationale: "Test and production environments are separate.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(52),
        name: "Developers work directly on production",
        description: "Changes are made straight on live systems, with development, test and production mixed together.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 31),
                rationale: "Development, test and production environments are separated.",
            },
            ControlLink {
                control: ControlId::new(8, 32),
                rationale: "Changes reach production only through change control.",
            },
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Production admin rights are limited to a few people.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(53),
        name: "Secrets stored in code or shared documents",
        description: "Passwords, API keys and tokens are kept in source code, spreadsheets or chat messages.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Authentication secrets are stored and shared securely.",
            },
            ControlLink {
                control: ControlId::new(8, 4),
                rationale: "Access to source code, and the secrets in it, is restricted.",
            },
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Keys are managed through a proper key-management process.",
            },
            ControlLink {
                control: ControlId::new(8, 28),
                rationale: "Secure coding rules forbid hard-coded secrets.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(54),
        name: "No segregation of duties",
        description: "One person can request, approve and carry out payments, access changes or other sensitive actions.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 3),
                rationale: "Conflicting duties are split between different people.",
            },
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "Procedures build in a second check for sensitive steps.",
            },
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Admin rights do not let one person bypass checks.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(55),
        name: "No documented operating procedures",
        description: "Routine IT and security tasks live only in people's heads.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "Key operating procedures are written down and available.",
            },
            ControlLink {
                control: ControlId::new(5, 2),
                rationale: "Owners are named for each procedure.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(56),
        name: "No lessons learned after incidents",
        description: "Incidents are closed without asking why they happened, so the same problems repeat.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 27),
                rationale: "Each significant incident is reviewed and improvements are made.",
            },
            ControlLink {
                control: ControlId::new(5, 26),
                rationale: "Incident response includes a closing review step.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(57),
        name: "Evidence not preserved after an incident",
        description: "Logs, devices and emails are wiped or changed before anyone has kept a copy, so causes cannot be shown.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 28),
                rationale: "Procedures say how to collect and preserve evidence.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Logs are kept and protected from tampering.",
            },
            ControlLink {
                control: ControlId::new(8, 17),
                rationale: "Synchronised clocks make timelines reliable.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(58),
        name: "No capacity monitoring",
        description: "Nobody watches storage, licences, bandwidth or system load until something runs out.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 6),
                rationale: "Capacity is monitored and planned.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Alerts warn when thresholds are reached.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(59),
        name: "No awareness of current threats",
        description: "The company does not follow security advisories or sector alerts, so new attack methods come as a surprise.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 7),
                rationale: "Threat intelligence is gathered and acted on.",
            },
            ControlLink {
                control: ControlId::new(5, 6),
                rationale: "Membership of security groups or forums keeps you informed.",
            },
            ControlLink {
                control: ControlId::new(5, 5),
                rationale: "Contacts with authorities are known for reporting and advice.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(60),
        name: "Unclear legal and contractual obligations",
        description: "Nobody has listed the laws, regulations and customer contract terms that apply to your information.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 31),
                rationale: "Legal, regulatory and contractual requirements are identified and tracked.",
            },
            ControlLink {
                control: ControlId::new(5, 34),
                rationale: "Privacy obligations for personal data are understood.",
            },
            ControlLink {
                control: ControlId::new(5, 36),
                rationale: "Compliance with rules and obligations is checked.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(61),
        name: "No web filtering",
        description: "Staff can reach any website, including known malicious and phishing sites.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 23),
                rationale: "Web filtering blocks known bad and risky sites.",
            },
            ControlLink {
                control: ControlId::new(8, 7),
                rationale: "Anti-malware catches what filtering misses.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(62),
        name: "Unencrypted data transfer",
        description: "Files and data are sent over plain connections, unencrypted attachments or insecure file transfer.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Encryption protects data in transit.",
            },
            ControlLink {
                control: ControlId::new(5, 14),
                rationale: "Transfer rules say which methods to use for sensitive data.",
            },
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Network services are set up to require secure connections.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(63),
        name: "Email domain open to spoofing",
        description: "Your email domain lacks sender authentication settings, so criminals can send mail that appears to come from you.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 14),
                rationale: "Electronic messaging is protected as part of information transfer.",
            },
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Email services are configured with their security features enabled.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(64),
        name: "Remote desktop exposed to the internet",
        description: "Remote desktop or admin interfaces can be reached directly from the internet.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Networks block direct access to admin services from outside.",
            },
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Remote access requires strong authentication.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Secure configurations close unnecessary exposed services.",
            },
            ControlLink {
                control: ControlId::new(8, 22),
                rationale: "Admin interfaces sit on separated networks.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(65),
        name: "Dependence on one key person",
        description: "Only one person knows how critical systems work or holds the admin passwords.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "Procedures are written down so others can take over.",
            },
            ControlLink {
                control: ControlId::new(5, 2),
                rationale: "Responsibilities include named deputies.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Emergency access to key accounts is arranged securely.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(66),
        name: "Personal data handled without privacy controls",
        description: "Personal data about customers or staff is collected and used without clear rules on purpose, access or deletion.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 34),
                rationale: "Privacy requirements are identified and met.",
            },
            ControlLink {
                control: ControlId::new(8, 11),
                rationale: "Masking reduces exposure of personal details.",
            },
            ControlLink {
                control: ControlId::new(8, 10),
                rationale: "Personal data is deleted when no longer needed.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(67),
        name: "No disciplinary process for security breaches",
        description: "There are no stated consequences for breaking security rules, so rules are not taken seriously.",
        category: VulnerabilityCategory::People,
        controls: &[
            ControlLink {
                control: ControlId::new(6, 4),
                rationale: "A formal disciplinary process covers security violations.",
            },
            ControlLink {
                control: ControlId::new(6, 2),
                rationale: "Employment terms make security duties part of the job.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(68),
        name: "Security not considered in projects",
        description: "New systems, services and projects are launched without anyone considering security risks.",
        category: VulnerabilityCategory::Process,
        controls: &[
            ControlLink {
                control: ControlId::new(5, 8),
                rationale: "Security is built into project management.",
            },
            ControlLink {
                control: ControlId::new(8, 26),
                rationale: "Security requirements are set when acquiring or building applications.",
            },
            ControlLink {
                control: ControlId::new(8, 27),
                rationale: "Secure design principles guide new systems.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(69),
        name: "Outsourced development without security requirements",
        description: "Software built by an agency or freelancer is accepted without security requirements or testing.",
        category: VulnerabilityCategory::Supplier,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 30),
                rationale: "Outsourced development is directed and checked for security.",
            },
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Contracts include security requirements for delivered code.",
            },
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Delivered software is security tested before acceptance.",
            },
        ],
    },
    Vulnerability {
        id: VulnerabilityId(70),
        name: "Source code access not restricted",
        description: "Anyone in the company, or former contractors, can read and change the source code.",
        category: VulnerabilityCategory::Technology,
        controls: &[
            ControlLink {
                control: ControlId::new(8, 4),
                rationale: "Access to source code and tools is restricted and logged.",
            },
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Repository access is reviewed and removed when no longer needed.",
            },
        ],
    },
];
