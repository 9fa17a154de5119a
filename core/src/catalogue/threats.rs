//! The threat library: things that can go wrong with information, grouped by
//! origin, each linked to the ISO/IEC 27001:2022 Annex A controls that treat
//! it, most relevant first. Written by the Annexa team in plain English.

use super::types::*;

/// The threat library, ids `T01` … in order.
pub static THREATS: [Threat; 58] = [
    Threat {
        id: ThreatId(1),
        name: "Ransomware",
        description: "Malicious software that locks up files and systems and demands payment. Many gangs also copy data first and threaten to publish it.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Offline, restore-tested backups let you recover without paying.",
            },
            ControlLink {
                control: ControlId::new(8, 7),
                rationale: "Anti-malware and email filtering stop most infections before they run.",
            },
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "Patching closes the holes ransomware gangs use to get in.",
            },
            ControlLink {
                control: ControlId::new(5, 26),
                rationale: "A practised response plan limits how far the damage spreads.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Trained staff are less likely to open the infected attachment.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Recovery targets and tested plans bring key systems back in time.",
            },
        ],
    },
    Threat {
        id: ThreatId(2),
        name: "Phishing",
        description: "Fake emails, texts or websites trick staff into giving away passwords, opening malware or making payments.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff who can spot a phishing message are the first line of defence.",
            },
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Multi-factor sign-in makes stolen passwords far less useful.",
            },
            ControlLink {
                control: ControlId::new(8, 23),
                rationale: "Web filtering blocks known fake login pages and malicious sites.",
            },
            ControlLink {
                control: ControlId::new(8, 7),
                rationale: "Mail and endpoint scanning remove many malicious links and attachments.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Quick reporting lets you warn others and reset accounts early.",
            },
        ],
    },
    Threat {
        id: ThreatId(3),
        name: "Credential stuffing and password guessing",
        description: "Attackers try passwords leaked from other websites, or common guesses, against your email, CRM and other online logins.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Multi-factor sign-in and lockouts defeat automated login attempts.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Rules for strong, unique passwords stop leaked ones from working.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Watching for bursts of failed logins reveals an attack in progress.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Sign-in logs show which accounts were targeted or broken into.",
            },
        ],
    },
    Threat {
        id: ThreatId(4),
        name: "CEO fraud and payment diversion",
        description: "A criminal poses as a manager, colleague or supplier and persuades staff to pay a fake invoice or change bank details.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff learn the signs of urgent, unusual payment requests.",
            },
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "A written payment procedure requires call-back checks on bank detail changes.",
            },
            ControlLink {
                control: ControlId::new(5, 3),
                rationale: "Splitting request and approval of payments means one person cannot be fooled alone.",
            },
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Protecting mailboxes with strong sign-in stops fraudsters writing from real accounts.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Reported attempts let everyone be warned quickly.",
            },
        ],
    },
    Threat {
        id: ThreatId(5),
        name: "Phone and help-desk social engineering",
        description: "Someone calls pretending to be a colleague, customer or IT support to get passwords, account resets or customer data.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff are taught never to share passwords or data with unverified callers.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Identity checks before any password or MFA reset stop account hijacks.",
            },
            ControlLink {
                control: ControlId::new(5, 16),
                rationale: "Knowing exactly who each account belongs to makes impostors easier to spot.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Suspicious calls are reported so others can be warned.",
            },
        ],
    },
    Threat {
        id: ThreatId(6),
        name: "Insider data theft",
        description: "An employee or contractor copies customer lists, price data or other confidential files to take to a competitor or sell.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 15),
                rationale: "Access only to what each role needs limits what one person can take.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Data leakage tools flag or block bulk downloads and uploads.",
            },
            ControlLink {
                control: ControlId::new(6, 6),
                rationale: "Signed confidentiality agreements give a legal basis to act.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Logs of file and CRM exports show who took what.",
            },
            ControlLink {
                control: ControlId::new(8, 3),
                rationale: "Restricting exports and sharing in business apps reduces the easy routes.",
            },
        ],
    },
    Threat {
        id: ThreatId(7),
        name: "Misuse of access by former staff",
        description: "Someone who has left still has working logins or devices and uses them to read, copy or change company data.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 5),
                rationale: "Leaver duties and access removal happen on the last working day.",
            },
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Access rights are withdrawn and reviewed so nothing is forgotten.",
            },
            ControlLink {
                control: ControlId::new(5, 16),
                rationale: "Every account is tied to a person, so leavers' accounts can be found and disabled.",
            },
            ControlLink {
                control: ControlId::new(5, 11),
                rationale: "Laptops, phones and keys are handed back when people leave.",
            },
        ],
    },
    Threat {
        id: ThreatId(8),
        name: "Abuse of administrator privileges",
        description: "A person with administrator rights reads private data, changes settings or covers their tracks beyond what their job needs.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Admin rights are granted sparingly, to named people, and reviewed.",
            },
            ControlLink {
                control: ControlId::new(5, 3),
                rationale: "No single person both makes and approves sensitive changes.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Admin actions are logged where the admin cannot erase them.",
            },
            ControlLink {
                control: ControlId::new(8, 18),
                rationale: "Powerful system tools are restricted and their use is tracked.",
            },
        ],
    },
    Threat {
        id: ThreatId(9),
        name: "Denial-of-service attack",
        description: "A flood of traffic or requests overwhelms your website, telephony or online services so customers cannot reach you.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Providers with built-in DDoS protection absorb attack traffic.",
            },
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Network filtering and rate limits drop abusive traffic.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Spare capacity and alternative routes keep key services online.",
            },
            ControlLink {
                control: ControlId::new(8, 6),
                rationale: "Knowing normal load helps size defences and spot the attack early.",
            },
        ],
    },
    Threat {
        id: ThreatId(10),
        name: "Web application attack",
        description: "Attackers exploit flaws such as injection or broken access checks in your website, portal or APIs to steal or change data.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 28),
                rationale: "Secure coding avoids the common flaws attackers look for.",
            },
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Security testing before release finds flaws while they are cheap to fix.",
            },
            ControlLink {
                control: ControlId::new(8, 26),
                rationale: "Security requirements are set for every application from the start.",
            },
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "Frameworks and plugins are kept patched against known flaws.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Monitoring spots probing and unusual requests against the app.",
            },
        ],
    },
    Threat {
        id: ThreatId(11),
        name: "Theft of laptop or mobile phone",
        description: "A work laptop or phone is stolen from a car, home, train or office, together with the data and logins on it.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Full-disk encryption keeps the data unreadable to the thief.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Managed devices have screen locks and can be wiped remotely.",
            },
            ControlLink {
                control: ControlId::new(7, 9),
                rationale: "Rules for carrying equipment outside the office reduce the chance of theft.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Files backed up elsewhere are not lost with the device.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Prompt reporting lets you wipe the device and reset passwords.",
            },
        ],
    },
    Threat {
        id: ThreatId(12),
        name: "Office break-in and theft",
        description: "Intruders enter the premises and steal computers, paper files or storage media.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 1),
                rationale: "A secure building shell and locked perimeter keep intruders out.",
            },
            ControlLink {
                control: ControlId::new(7, 2),
                rationale: "Controlled entry with keys, badges and visitor rules stops casual access.",
            },
            ControlLink {
                control: ControlId::new(7, 4),
                rationale: "Alarms and cameras detect intruders and deter them.",
            },
            ControlLink {
                control: ControlId::new(7, 3),
                rationale: "Rooms holding sensitive equipment or files are locked.",
            },
        ],
    },
    Threat {
        id: ThreatId(13),
        name: "Software supply-chain compromise",
        description: "A trusted software product, library or update is tampered with so that installing it lets attackers in.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 21),
                rationale: "Security expectations are set for the ICT products and components you depend on.",
            },
            ControlLink {
                control: ControlId::new(8, 19),
                rationale: "Only approved software from trusted sources may be installed.",
            },
            ControlLink {
                control: ControlId::new(5, 19),
                rationale: "Suppliers are chosen and managed with their security in mind.",
            },
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "Advisories about compromised products are tracked and acted on.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Unusual behaviour after an update is noticed and investigated.",
            },
        ],
    },
    Threat {
        id: ThreatId(14),
        name: "Attack through a supplier's access",
        description: "Criminals break into an IT provider, agency or contractor and use that company's access to reach your systems and data.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 19),
                rationale: "Supplier access is limited to what the service actually needs.",
            },
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Contracts require suppliers to protect their access and report breaches.",
            },
            ControlLink {
                control: ControlId::new(5, 22),
                rationale: "Supplier security is reviewed and their access monitored over time.",
            },
            ControlLink {
                control: ControlId::new(5, 18),
                rationale: "Supplier accounts are reviewed and removed when no longer needed.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Logged supplier activity shows what happened if they are compromised.",
            },
        ],
    },
    Threat {
        id: ThreatId(15),
        name: "Industrial espionage",
        description: "A competitor or other party sets out to obtain your plans, bids, pricing, client lists or designs.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 12),
                rationale: "Classifying information shows what needs the strongest protection.",
            },
            ControlLink {
                control: ControlId::new(8, 3),
                rationale: "Access to the most sensitive information is restricted to a few people.",
            },
            ControlLink {
                control: ControlId::new(6, 6),
                rationale: "Confidentiality agreements bind staff, contractors and partners.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Data leakage controls detect sensitive files leaving the company.",
            },
            ControlLink {
                control: ControlId::new(5, 7),
                rationale: "Threat intelligence warns of campaigns targeting your sector.",
            },
        ],
    },
    Threat {
        id: ThreatId(16),
        name: "Sabotage by a disgruntled insider",
        description: "An unhappy employee or contractor deliberately deletes data, breaks systems or changes records.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Few people hold rights powerful enough to do serious damage.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Protected backups allow deleted or damaged data to be restored.",
            },
            ControlLink {
                control: ControlId::new(5, 3),
                rationale: "Critical actions need more than one person.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Logs show who changed or deleted what.",
            },
            ControlLink {
                control: ControlId::new(6, 1),
                rationale: "Background checks for sensitive roles reduce the chance of hiring a bad actor.",
            },
        ],
    },
    Threat {
        id: ThreatId(17),
        name: "Spyware and information-stealing malware",
        description: "Malware from downloads, cracked software or USB sticks quietly steals passwords, browser sessions and files.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 7),
                rationale: "Anti-malware on every device detects and removes known spyware.",
            },
            ControlLink {
                control: ControlId::new(8, 19),
                rationale: "Staff cannot install unapproved software on work devices.",
            },
            ControlLink {
                control: ControlId::new(8, 23),
                rationale: "Web filtering blocks sites known to spread malware.",
            },
            ControlLink {
                control: ControlId::new(7, 10),
                rationale: "Rules for USB sticks and other media limit that infection route.",
            },
        ],
    },
    Threat {
        id: ThreatId(18),
        name: "Takeover of a cloud administrator account",
        description: "An attacker gains control of an admin account for your email, file sharing or CRM cloud tenant and can read, change or delete everything.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Strong, phishing-resistant sign-in protects admin accounts.",
            },
            ControlLink {
                control: ControlId::new(8, 2),
                rationale: "Separate, few and reviewed admin accounts reduce the target.",
            },
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud tenants are set up and managed with the provider's security features.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Alerts on admin sign-ins and setting changes catch takeovers quickly.",
            },
        ],
    },
    Threat {
        id: ThreatId(19),
        name: "Exploitation of a known software flaw",
        description: "Attackers scan the internet for systems with published, unpatched weaknesses and break in through them.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 8),
                rationale: "Regular patching and vulnerability scanning remove the known holes.",
            },
            ControlLink {
                control: ControlId::new(5, 7),
                rationale: "Threat intelligence shows which flaws are being actively exploited.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Hardened, standard configurations reduce what can be exploited.",
            },
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Only necessary services are exposed to the internet.",
            },
        ],
    },
    Threat {
        id: ThreatId(20),
        name: "Eavesdropping on network traffic",
        description: "Someone intercepts data on public Wi-Fi or poorly secured networks, reading or changing it in transit.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Encrypted connections keep intercepted traffic unreadable.",
            },
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Remote-working rules cover which networks may be used and how.",
            },
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Networks are configured to protect traffic passing over them.",
            },
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Network services are chosen and set up with security features on.",
            },
        ],
    },
    Threat {
        id: ThreatId(21),
        name: "Tampering with business records",
        description: "Someone changes invoices, contracts, customer records or logs to commit fraud or hide mistakes.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 3),
                rationale: "Only authorised people can change important records.",
            },
            ControlLink {
                control: ControlId::new(5, 3),
                rationale: "Checks by a second person make hidden changes harder.",
            },
            ControlLink {
                control: ControlId::new(8, 15),
                rationale: "Change logs show who altered a record and when.",
            },
            ControlLink {
                control: ControlId::new(5, 33),
                rationale: "Records are protected against unauthorised change or deletion.",
            },
        ],
    },
    Threat {
        id: ThreatId(22),
        name: "Hacking and data exfiltration",
        description: "An outside attacker who gets into the network quietly copies large amounts of data before being noticed.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Monitoring for unusual data flows exposes the theft.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Data leakage controls block or alert on bulk transfers out.",
            },
            ControlLink {
                control: ControlId::new(8, 22),
                rationale: "Separating networks stops an intruder moving easily to sensitive data.",
            },
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Encrypted data is of little use to the attacker.",
            },
            ControlLink {
                control: ControlId::new(5, 26),
                rationale: "A practised response cuts off the attacker quickly.",
            },
        ],
    },
    Threat {
        id: ThreatId(23),
        name: "Shoulder surfing and snooping",
        description: "Someone reads a screen, a printed document or a password over a person's shoulder, in the office or in public.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 7),
                rationale: "Clear-desk and screen-lock habits leave nothing on show.",
            },
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Remote-working rules cover working in public places.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Automatic screen locks and privacy filters protect devices.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff are reminded to be aware of who is around them.",
            },
        ],
    },
    Threat {
        id: ThreatId(24),
        name: "Vandalism and physical sabotage",
        description: "Deliberate damage to equipment, cabling or premises interrupts services.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 1),
                rationale: "A secure perimeter keeps outsiders away from equipment.",
            },
            ControlLink {
                control: ControlId::new(7, 4),
                rationale: "Monitoring and alarms detect damage as it happens.",
            },
            ControlLink {
                control: ControlId::new(7, 12),
                rationale: "Protected cabling is harder to cut or tamper with.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Redundant equipment keeps services running after damage.",
            },
        ],
    },
    Threat {
        id: ThreatId(25),
        name: "Telephony account hijack and toll fraud",
        description: "Attackers take over the cloud phone system to make expensive premium-rate calls, redirect calls or listen to recordings.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Strong sign-in protects the telephony admin portal and user accounts.",
            },
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "The cloud telephony service is configured with spending limits and call barring.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Alerts on unusual call volumes or destinations catch fraud early.",
            },
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Network service settings such as SIP access are locked down.",
            },
        ],
    },
    Threat {
        id: ThreatId(26),
        name: "Domain and DNS hijacking",
        description: "Someone takes control of your internet domain or DNS settings and redirects your website or email to themselves.",
        origin: ThreatOrigin::Deliberate,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Registrar and DNS services are chosen and set up with security features like registry lock.",
            },
            ControlLink {
                control: ControlId::new(8, 5),
                rationale: "Multi-factor sign-in protects the registrar account.",
            },
            ControlLink {
                control: ControlId::new(5, 17),
                rationale: "Registrar credentials are owned by the company, not one person.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Changes to DNS records are monitored and alerted on.",
            },
        ],
    },
    Threat {
        id: ThreatId(27),
        name: "Misdirected email",
        description: "Confidential information is emailed to the wrong person, often because of address auto-complete.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 14),
                rationale: "Rules for sending information say how sensitive data may be shared.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Data leakage tools warn before sensitive data goes to outside addresses.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff learn to check recipients and use secure sharing links.",
            },
            ControlLink {
                control: ControlId::new(5, 12),
                rationale: "Classification tells staff which information needs extra care.",
            },
        ],
    },
    Threat {
        id: ThreatId(28),
        name: "Misconfigured cloud storage or sharing",
        description: "A cloud folder, bucket or document is left open to anyone with the link, or to the whole internet.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud services are set up with secure sharing defaults.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Standard configurations are documented and checked for drift.",
            },
            ControlLink {
                control: ControlId::new(5, 15),
                rationale: "Access rules decide who may share what, and with whom.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Regular scans and alerts spot publicly shared data.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Leakage tools flag sensitive files shared externally.",
            },
        ],
    },
    Threat {
        id: ThreatId(29),
        name: "Accidental deletion or overwrite",
        description: "A user deletes or overwrites files, CRM records or mailboxes by mistake.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups and version history let you restore what was lost.",
            },
            ControlLink {
                control: ControlId::new(8, 3),
                rationale: "People can only change or delete data they actually need to.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Training covers how to recover from mistakes and whom to tell.",
            },
        ],
    },
    Threat {
        id: ThreatId(30),
        name: "Software bug",
        description: "A fault in an application or an update corrupts data or stops a service working.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Testing before release catches faults before they reach users.",
            },
            ControlLink {
                control: ControlId::new(8, 32),
                rationale: "Changes are planned, tested and can be rolled back.",
            },
            ControlLink {
                control: ControlId::new(8, 31),
                rationale: "Separate test environments keep faulty code away from live data.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups allow corrupted data to be restored.",
            },
        ],
    },
    Threat {
        id: ThreatId(31),
        name: "Hardware failure",
        description: "A disk, server, network device or laptop breaks down, taking data or services with it.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 13),
                rationale: "Maintained equipment fails less often.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Spare or duplicated hardware takes over when one part fails.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups protect the data on failed equipment.",
            },
        ],
    },
    Threat {
        id: ThreatId(32),
        name: "Loss of a device or storage media",
        description: "A laptop, phone or USB stick is left in a taxi, a café or on a train.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Encryption protects the data on a lost device.",
            },
            ControlLink {
                control: ControlId::new(8, 1),
                rationale: "Managed devices can be located, locked or wiped.",
            },
            ControlLink {
                control: ControlId::new(7, 10),
                rationale: "Rules for removable media limit what is carried around.",
            },
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "An up-to-date inventory shows what was lost and what it held.",
            },
            ControlLink {
                control: ControlId::new(6, 8),
                rationale: "Reporting losses quickly lets you act before harm is done.",
            },
        ],
    },
    Threat {
        id: ThreatId(33),
        name: "Failed change",
        description: "An update, migration or configuration change goes wrong and breaks a service or damages data.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 32),
                rationale: "Change control plans, approves and tests changes with a way back.",
            },
            ControlLink {
                control: ControlId::new(8, 29),
                rationale: "Changes are tested before they go live.",
            },
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Known-good configurations make it easy to restore settings.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "A backup taken before the change allows a clean rollback.",
            },
        ],
    },
    Threat {
        id: ThreatId(34),
        name: "Capacity shortage",
        description: "Storage fills up, licences run out or bandwidth is exhausted, so systems slow down or stop.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 6),
                rationale: "Capacity is planned and tracked against growth.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Alerts warn before limits are reached.",
            },
        ],
    },
    Threat {
        id: ThreatId(35),
        name: "Supplier or cloud service outage",
        description: "A key provider such as the CRM, email, telephony or hosting service goes down or ends its service.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud service choices consider the provider's resilience and exit options.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Continuity plans set out how to work when a key service is down.",
            },
            ControlLink {
                control: ControlId::new(5, 20),
                rationale: "Contracts set service levels and outage notification duties.",
            },
            ControlLink {
                control: ControlId::new(5, 22),
                rationale: "Supplier performance and incidents are reviewed over time.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Critical services have a fallback or second provider where justified.",
            },
        ],
    },
    Threat {
        id: ThreatId(36),
        name: "Power failure",
        description: "A local electrical fault or tripped supply cuts power to the office or equipment.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Backup power and protected supplies keep key equipment running.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Critical services run in places with independent power.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Continuity plans cover working through a power cut.",
            },
        ],
    },
    Threat {
        id: ThreatId(37),
        name: "Internet connection outage",
        description: "The office or a key site loses its internet link, for example after a cable is cut during roadworks.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "A second connection from another provider keeps people online.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "Plans cover switching to remote or mobile working.",
            },
            ControlLink {
                control: ControlId::new(8, 21),
                rationale: "Network service agreements set repair times.",
            },
        ],
    },
    Threat {
        id: ThreatId(38),
        name: "Human error in processing",
        description: "Staff enter, update or process information incorrectly, leading to wrong decisions or customer harm.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "Written procedures make routine tasks consistent.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Training helps people understand why accuracy matters.",
            },
            ControlLink {
                control: ControlId::new(8, 26),
                rationale: "Applications validate input to catch obvious mistakes.",
            },
        ],
    },
    Threat {
        id: ThreatId(39),
        name: "Improper disposal of equipment or paper",
        description: "Old computers, disks, phones or paper files are thrown away or sold with data still on them.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 14),
                rationale: "Equipment is wiped or destroyed before disposal or re-use.",
            },
            ControlLink {
                control: ControlId::new(8, 10),
                rationale: "Information is securely deleted when no longer needed.",
            },
            ControlLink {
                control: ControlId::new(7, 10),
                rationale: "Storage media are disposed of using approved methods.",
            },
        ],
    },
    Threat {
        id: ThreatId(40),
        name: "Unapproved apps and services (shadow IT)",
        description: "Staff start using file-sharing, messaging or AI tools the company has not approved, so data ends up outside your control.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Acceptable-use rules say which tools may be used for work.",
            },
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "New cloud services go through a simple approval and set-up process.",
            },
            ControlLink {
                control: ControlId::new(8, 19),
                rationale: "Installing software on work devices is controlled.",
            },
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "An inventory shows which services hold company data.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Staff understand why unapproved tools are a risk.",
            },
        ],
    },
    Threat {
        id: ThreatId(41),
        name: "Misconfiguration of systems or network",
        description: "A firewall rule, permission or security setting is set wrongly, opening a gap or breaking a service.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 9),
                rationale: "Approved baseline configurations are applied and checked.",
            },
            ControlLink {
                control: ControlId::new(8, 32),
                rationale: "Configuration changes go through change control.",
            },
            ControlLink {
                control: ControlId::new(8, 20),
                rationale: "Network settings are reviewed against the intended design.",
            },
        ],
    },
    Threat {
        id: ThreatId(42),
        name: "Oversharing in chat, social media or AI tools",
        description: "Staff paste confidential or personal data into public chats, social posts or online AI assistants.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 10),
                rationale: "Acceptable-use rules cover social media and AI tools.",
            },
            ControlLink {
                control: ControlId::new(6, 3),
                rationale: "Awareness training gives clear examples of what not to share.",
            },
            ControlLink {
                control: ControlId::new(5, 12),
                rationale: "Classification tells people which information must stay inside.",
            },
            ControlLink {
                control: ControlId::new(8, 12),
                rationale: "Leakage tools can block sensitive data going to known sites.",
            },
        ],
    },
    Threat {
        id: ThreatId(43),
        name: "Loss of a key person",
        description: "The only person who knows how a system or process works leaves, falls ill or cannot be reached.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "Documented procedures let others do the work.",
            },
            ControlLink {
                control: ControlId::new(5, 2),
                rationale: "Roles and deputies are defined for security-relevant tasks.",
            },
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Continuity plans consider who covers critical roles.",
            },
        ],
    },
    Threat {
        id: ThreatId(44),
        name: "Expired certificate or domain",
        description: "A website certificate, domain name or licence is not renewed in time and services stop working or show warnings.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 24),
                rationale: "Key and certificate management tracks expiry dates.",
            },
            ControlLink {
                control: ControlId::new(5, 9),
                rationale: "The asset inventory lists domains, certificates and renewal owners.",
            },
            ControlLink {
                control: ControlId::new(8, 16),
                rationale: "Monitoring warns before expiry.",
            },
        ],
    },
    Threat {
        id: ThreatId(45),
        name: "Breach of data protection or contract terms",
        description: "Personal or client data is handled in a way that breaks the law or a contract, leading to fines or disputes.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality, SecurityProperty::Integrity],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 31),
                rationale: "Legal and contractual requirements are identified and kept up to date.",
            },
            ControlLink {
                control: ControlId::new(5, 34),
                rationale: "Privacy rules for personal data are built into processes.",
            },
            ControlLink {
                control: ControlId::new(5, 36),
                rationale: "Regular checks confirm the rules are followed.",
            },
        ],
    },
    Threat {
        id: ThreatId(46),
        name: "Real customer data exposed in testing",
        description: "Copies of live customer data used for testing or demos end up in less protected places.",
        origin: ThreatOrigin::Accidental,
        harms: &[SecurityProperty::Confidentiality],
        controls: &[
            ControlLink {
                control: ControlId::new(8, 33),
                rationale: "Test data is chosen and protected, with live data avoided.",
            },
            ControlLink {
                control: ControlId::new(8, 11),
                rationale: "Masking hides personal details in copies.",
            },
            ControlLink {
                control: ControlId::new(8, 31),
                rationale: "Test environments are kept separate from production.",
            },
        ],
    },
    Threat {
        id: ThreatId(47),
        name: "Fire",
        description: "A fire in the office, server room or a provider's site destroys equipment, paper and data.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Fire detection and suppression protect the premises.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Off-site backups survive the fire.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity plans restore services elsewhere.",
            },
            ControlLink {
                control: ControlId::new(7, 8),
                rationale: "Equipment is sited away from fire hazards.",
            },
        ],
    },
    Threat {
        id: ThreatId(48),
        name: "Flood or water leak",
        description: "Heavy rain, rising water or a burst pipe damages equipment, cabling and records.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Premises are assessed and protected against water damage.",
            },
            ControlLink {
                control: ControlId::new(7, 8),
                rationale: "Equipment is kept off the floor and away from pipes.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Off-site backups protect the data.",
            },
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Plans keep information secure while working around the disruption.",
            },
        ],
    },
    Threat {
        id: ThreatId(49),
        name: "Extreme heat",
        description: "Heatwaves, made more frequent by climate change, overheat equipment or cooling systems and cause shutdowns.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Cooling is treated as a supporting utility and kept adequate.",
            },
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Protection against environmental threats includes heat.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Services can move to sites not affected by the heat.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity plans include heat-related outages.",
            },
        ],
    },
    Threat {
        id: ThreatId(50),
        name: "Severe storm",
        description: "Storms and high winds, increasingly linked to climate change, damage buildings, power lines and network links.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Plans keep security in place while operating through disruption.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity restores key services after the storm.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Redundant connections and sites keep services available.",
            },
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Staff can work securely from home when the office is closed.",
            },
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Premises are protected against weather damage.",
            },
        ],
    },
    Threat {
        id: ThreatId(51),
        name: "Pandemic or epidemic",
        description: "Widespread illness keeps staff away from the office or unable to work at all.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Continuity plans cover large-scale staff absence.",
            },
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Secure remote working keeps the business running.",
            },
            ControlLink {
                control: ControlId::new(5, 37),
                rationale: "Documented procedures let others step in for absent colleagues.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT must support a sudden shift to remote access.",
            },
        ],
    },
    Threat {
        id: ThreatId(52),
        name: "Earthquake",
        description: "Ground movement damages buildings and equipment and interrupts services in the area.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Building and equipment protection reflect local seismic risk.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Services are duplicated in another region.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups are kept far from the primary site.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity plans cover loss of a whole site.",
            },
        ],
    },
    Threat {
        id: ThreatId(53),
        name: "Widespread loss of utilities",
        description: "A regional power grid, water or telecoms failure lasts hours or days.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Backup power and supplies cover critical equipment.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity plans assume utilities can fail for days.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Services hosted in other regions keep working.",
            },
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Plans keep security in place while working around the outage.",
            },
        ],
    },
    Threat {
        id: ThreatId(54),
        name: "Lightning and power surges",
        description: "Lightning strikes or surges on the supply damage electronic equipment and corrupt data.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Surge protection and clean power protect equipment.",
            },
            ControlLink {
                control: ControlId::new(7, 12),
                rationale: "Cabling is installed and protected against surges.",
            },
            ControlLink {
                control: ControlId::new(7, 8),
                rationale: "Equipment is sited and earthed with surges in mind.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups recover data damaged by a surge.",
            },
        ],
    },
    Threat {
        id: ThreatId(55),
        name: "Dust, humidity and corrosion",
        description: "Poor environmental conditions slowly damage equipment and storage media, causing failures.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Integrity, SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(7, 8),
                rationale: "Equipment is sited in clean, controlled conditions.",
            },
            ControlLink {
                control: ControlId::new(7, 13),
                rationale: "Regular maintenance finds wear before failure.",
            },
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Premises are protected against environmental damage.",
            },
        ],
    },
    Threat {
        id: ThreatId(56),
        name: "Disaster at a cloud provider's region",
        description: "A natural disaster at a provider's data centre takes down the cloud services you rely on.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 23),
                rationale: "Cloud service choices consider the provider's regions and resilience.",
            },
            ControlLink {
                control: ControlId::new(8, 14),
                rationale: "Critical services run across more than one region or provider.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity plans cover loss of a provider's region.",
            },
            ControlLink {
                control: ControlId::new(8, 13),
                rationale: "Backups are kept outside the primary region.",
            },
        ],
    },
    Threat {
        id: ThreatId(57),
        name: "Wildfire and smoke",
        description: "Wildfires, growing more common with climate change, force evacuations, cut power and close offices.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Continuity plans cover evacuation and closure of sites.",
            },
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Staff can work securely from elsewhere.",
            },
            ControlLink {
                control: ControlId::new(5, 30),
                rationale: "ICT continuity keeps key services running.",
            },
            ControlLink {
                control: ControlId::new(7, 5),
                rationale: "Premises protection considers nearby fire risk.",
            },
        ],
    },
    Threat {
        id: ThreatId(58),
        name: "Snow, ice and severe cold",
        description: "Severe winter weather blocks travel, closes offices and damages infrastructure.",
        origin: ThreatOrigin::Environmental,
        harms: &[SecurityProperty::Availability],
        controls: &[
            ControlLink {
                control: ControlId::new(6, 7),
                rationale: "Secure remote working keeps staff productive at home.",
            },
            ControlLink {
                control: ControlId::new(5, 29),
                rationale: "Continuity plans cover site closure.",
            },
            ControlLink {
                control: ControlId::new(7, 11),
                rationale: "Heating and power supplies are protected against freezing.",
            },
        ],
    },
];
