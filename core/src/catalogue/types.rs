//! Plain data types of the reference catalogue.
//!
//! Everything here is `'static` data compiled into the binary: no parsing at
//! start-up, no allocation. The data files in this folder (`annex_a_2022.rs`,
//! `annex_a_2013.rs`, `clauses.rs`, `threats.rs`, `vulnerabilities.rs`) are
//! tables of these types.

use serde::{Deserialize, Serialize};

/// The id of an Annex A control of ISO/IEC 27001:2022, such as `5.1` or `8.34`.
///
/// `theme` is the clause number of ISO/IEC 27002:2022 (5 to 8) and `number`
/// the control's number inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ControlId {
    /// 5 (organizational), 6 (people), 7 (physical) or 8 (technological).
    pub theme: u8,
    /// The control's number inside its theme, from 1.
    pub number: u8,
}

impl ControlId {
    /// Builds an id from its two parts: `ControlId::new(5, 1)` is `5.1`.
    pub const fn new(theme: u8, number: u8) -> Self {
        Self { theme, number }
    }
}

/// The id of an Annex A control of ISO/IEC 27001:2013, such as `A.5.1.1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LegacyControlId {
    /// The domain, 5 to 18 (`A.5` … `A.18`).
    pub domain: u8,
    /// The control objective inside the domain, from 1.
    pub objective: u8,
    /// The control inside the objective, from 1.
    pub number: u8,
}

impl LegacyControlId {
    /// Builds an id from its parts: `LegacyControlId::new(5, 1, 1)` is `A.5.1.1`.
    pub const fn new(domain: u8, objective: u8, number: u8) -> Self {
        Self {
            domain,
            objective,
            number,
        }
    }
}

/// The four themes of Annex A (2022).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Clause 5: 37 controls.
    Organizational,
    /// Clause 6: 8 controls.
    People,
    /// Clause 7: 14 controls.
    Physical,
    /// Clause 8: 34 controls.
    Technological,
}

/// Control type attribute of ISO/IEC 27002:2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ControlType {
    /// Acts before an incident happens.
    Preventive,
    /// Acts while an incident happens.
    Detective,
    /// Acts after an incident happened.
    Corrective,
}

/// Information security property (the C, I and A).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SecurityProperty {
    /// Only authorised people can read the information.
    Confidentiality,
    /// The information is accurate, complete and unaltered.
    Integrity,
    /// The information is there when it is needed.
    Availability,
}

/// Cybersecurity concept attribute of ISO/IEC 27002:2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CybersecurityConcept {
    /// Identify.
    Identify,
    /// Protect.
    Protect,
    /// Detect.
    Detect,
    /// Respond.
    Respond,
    /// Recover.
    Recover,
}

/// Operational capability attribute of ISO/IEC 27002:2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationalCapability {
    /// Governance.
    Governance,
    /// Asset management.
    AssetManagement,
    /// Information protection.
    InformationProtection,
    /// Human resource security.
    HumanResourceSecurity,
    /// Physical security.
    PhysicalSecurity,
    /// System and network security.
    SystemAndNetworkSecurity,
    /// Application security.
    ApplicationSecurity,
    /// Secure configuration.
    SecureConfiguration,
    /// Identity and access management.
    IdentityAndAccessManagement,
    /// Threat and vulnerability management.
    ThreatAndVulnerabilityManagement,
    /// Continuity.
    Continuity,
    /// Supplier relationships security.
    SupplierRelationshipsSecurity,
    /// Legal and compliance.
    LegalAndCompliance,
    /// Information security event management.
    InformationSecurityEventManagement,
    /// Information security assurance.
    InformationSecurityAssurance,
}

/// Security domain attribute of ISO/IEC 27002:2022.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SecurityDomain {
    /// Governance and ecosystem.
    GovernanceAndEcosystem,
    /// Protection.
    Protection,
    /// Defence.
    Defence,
    /// Resilience.
    Resilience,
}

/// A rough size of the work to put a control in place, for planning (also
/// the effort a user gives a risk's treatment in the risk treatment plan).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum Effort {
    /// Hours: a setting, a short note.
    XS,
    /// Days: one person, one small change.
    S,
    /// Weeks: a procedure plus some tooling.
    M,
    /// A month or two: a programme across teams.
    L,
    /// A quarter or more: new systems or organisation change.
    XL,
}

/// One Annex A control of ISO/IEC 27001:2022.
#[derive(Clone, Copy, Debug)]
pub struct Control {
    /// Its id, e.g. `5.1`. The theme follows from `id.theme`.
    pub id: ControlId,
    /// The official short title, e.g. "Policies for information security".
    pub title: &'static str,
    /// What the control asks for, in plain English, written by the Annexa team.
    pub summary: &'static str,
    /// Control type attribute values.
    pub control_types: &'static [ControlType],
    /// Information security property attribute values.
    pub properties: &'static [SecurityProperty],
    /// Cybersecurity concept attribute values.
    pub concepts: &'static [CybersecurityConcept],
    /// Operational capability attribute values.
    pub capabilities: &'static [OperationalCapability],
    /// Security domain attribute values.
    pub domains: &'static [SecurityDomain],
    /// A rough effort to implement it in an SME.
    pub effort: Effort,
    /// True for the 11 controls that ISO/IEC 27001:2022 added.
    pub new_in_2022: bool,
}

/// One of the 14 domains of Annex A of ISO/IEC 27001:2013 (`A.5` … `A.18`).
#[derive(Clone, Copy, Debug)]
pub struct LegacyDomain {
    /// 5 to 18.
    pub number: u8,
    /// The domain's title, e.g. "Information security policies".
    pub title: &'static str,
}

/// One Annex A control of ISO/IEC 27001:2013.
#[derive(Clone, Copy, Debug)]
pub struct LegacyControl {
    /// Its id, e.g. `A.5.1.1`; the domain is `id.domain`.
    pub id: LegacyControlId,
    /// The official short title.
    pub title: &'static str,
}

/// A link from a threat or vulnerability to a control that treats it.
#[derive(Clone, Copy, Debug)]
pub struct ControlLink {
    /// The 2022 control. Why it treats the threat or vulnerability (one
    /// line) is prose, loaded on demand: [`super::prose::threat_rationale`]
    /// and [`super::prose::vulnerability_rationale`].
    pub control: ControlId,
}

/// The id of a threat in the threat library, shown as `T01`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ThreatId(pub u16);

/// Where a threat comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThreatOrigin {
    /// Someone means harm.
    Deliberate,
    /// A mistake or a failure.
    Accidental,
    /// Nature or the surroundings.
    Environmental,
}

/// A threat of the library.
#[derive(Clone, Copy, Debug)]
pub struct Threat {
    /// `T01` …
    pub id: ThreatId,
    /// Short name, e.g. "Ransomware". Its description is prose, loaded
    /// on demand: [`Threat::description`].
    pub name: &'static str,
    /// Deliberate, accidental or environmental.
    pub origin: ThreatOrigin,
    /// The properties it harms.
    pub harms: &'static [SecurityProperty],
    /// The controls that treat it.
    pub controls: &'static [ControlLink],
}

/// The id of a vulnerability in the library, shown as `V01`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VulnerabilityId(pub u16);

/// What kind of weakness a vulnerability is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VulnerabilityCategory {
    /// People: awareness, behaviour, staffing.
    People,
    /// Process: missing or unfollowed procedures.
    Process,
    /// Technology: systems, configuration, software.
    Technology,
    /// Physical: buildings, equipment, surroundings.
    Physical,
    /// Suppliers and other third parties.
    Supplier,
}

/// A vulnerability of the library.
#[derive(Clone, Copy, Debug)]
pub struct Vulnerability {
    /// `V01` …
    pub id: VulnerabilityId,
    /// Short name, e.g. "Former employees keep access". Its description
    /// is prose, loaded on demand: [`Vulnerability::description`].
    pub name: &'static str,
    /// Its kind.
    pub category: VulnerabilityCategory,
    /// The controls that treat it.
    pub controls: &'static [ControlLink],
}

impl Threat {
    /// One or two plain sentences that describe the threat (ISO/IEC
    /// 27001:2022 6.1.2 c: identifying risks); `None` while the prose is
    /// not installed (see [`super::prose`]).
    pub fn description(&self) -> Option<&'static str> {
        super::prose::threat_description(self.id)
    }
}

impl Vulnerability {
    /// One or two plain sentences that describe the weakness; `None`
    /// while the prose is not installed (see [`super::prose`]).
    pub fn description(&self) -> Option<&'static str> {
        super::prose::vulnerability_description(self.id)
    }
}

/// The id of a requirement clause of ISO/IEC 27001:2022, such as `6.1.2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClauseId {
    /// 4 to 10.
    pub clause: u8,
    /// The sub-clause, from 1.
    pub sub: u8,
    /// The sub-sub-clause, or 0 where there is none (`4.1` is `(4, 1, 0)`).
    pub subsub: u8,
}

impl ClauseId {
    /// Builds an id: `ClauseId::new(6, 1, 2)` is `6.1.2`, `ClauseId::new(4, 1, 0)` is `4.1`.
    pub const fn new(clause: u8, sub: u8, subsub: u8) -> Self {
        Self {
            clause,
            sub,
            subsub,
        }
    }
}

/// Whether documented information must be maintained (kept current, e.g. a
/// policy) or retained (kept as a record, e.g. audit results).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentedInfoKind {
    /// Maintained: a living document.
    Maintained,
    /// Retained: a record, kept as evidence.
    Retained,
}

/// A piece of documented information a clause requires.
#[derive(Clone, Copy, Debug)]
pub struct DocumentedInfo {
    /// What it is, e.g. "Information security policy".
    pub name: &'static str,
    /// Maintained or retained.
    pub kind: DocumentedInfoKind,
}

/// A requirement clause of ISO/IEC 27001:2022 (4.1 … 10.2).
#[derive(Clone, Copy, Debug)]
pub struct Clause {
    /// Its id.
    pub id: ClauseId,
    /// The official clause title, e.g. "Understanding the organization and its context".
    pub title: &'static str,
    /// What it requires, in plain English, written by the Annexa team.
    pub requirement: &'static str,
    /// The documented information it explicitly requires (may be empty).
    pub documented_information: &'static [DocumentedInfo],
}
