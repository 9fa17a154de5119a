//! The reference catalogue: Annex A (2022 and 2013), the clauses 4–10, the
//! threat and vulnerability libraries and the asset types.
//!
//! All of it is static data compiled into the binary. Ids parse from and print
//! as the strings people know (`5.1`, `A.5.1.1`, `6.1.2`, `T01`, `V07`), and
//! serialise as those strings.

mod annex_a_2013;
mod annex_a_2022;
mod clauses;
mod ids;
pub mod prose;
mod search;
mod threats;
mod types;
mod vulnerabilities;

pub use annex_a_2013::{LEGACY_CONTROLS, LEGACY_DOMAINS, MAP_2013_TO_2022, MAP_2022_TO_2013};
pub use annex_a_2022::CONTROLS;
pub use clauses::CLAUSES;
pub use ids::{successor_hint, IdParseError};
pub use search::{
    control_synonyms, match_rank, search_controls, search_threats, search_vulnerabilities,
    shared_controls, threat_synonyms, vulnerability_synonyms, Found, MatchRank,
};
pub use threats::THREATS;
pub use types::*;
pub use vulnerabilities::VULNERABILITIES;

use crate::text::{self, msg};
use serde::{Deserialize, Serialize};

impl Theme {
    /// The theme of a 2022 control id's first number (5–8).
    pub fn of(id: ControlId) -> Option<Theme> {
        match id.theme {
            5 => Some(Theme::Organizational),
            6 => Some(Theme::People),
            7 => Some(Theme::Physical),
            8 => Some(Theme::Technological),
            _ => None,
        }
    }

    /// All four themes, in clause order.
    pub const ALL: [Theme; 4] = [
        Theme::Organizational,
        Theme::People,
        Theme::Physical,
        Theme::Technological,
    ];

    /// The theme's display name, e.g. "Organizational controls".
    pub fn label(self) -> String {
        text::text(match self {
            Theme::Organizational => msg::THEME_ORGANIZATIONAL,
            Theme::People => msg::THEME_PEOPLE,
            Theme::Physical => msg::THEME_PHYSICAL,
            Theme::Technological => msg::THEME_TECHNOLOGICAL,
        })
    }

    /// The clause number of the theme in ISO/IEC 27002:2022 (5–8).
    pub fn clause(self) -> u8 {
        match self {
            Theme::Organizational => 5,
            Theme::People => 6,
            Theme::Physical => 7,
            Theme::Technological => 8,
        }
    }
}

impl Control {
    /// The control's theme.
    pub fn theme(&self) -> Theme {
        Theme::of(self.id).unwrap_or(Theme::Organizational)
    }
}

/// The 2022 control with this id, if Annex A has it.
pub fn control(id: ControlId) -> Option<&'static Control> {
    CONTROLS.iter().find(|c| c.id == id)
}

/// The 2013 control with this id, if the 2013 Annex A has it.
pub fn legacy_control(id: LegacyControlId) -> Option<&'static LegacyControl> {
    LEGACY_CONTROLS.iter().find(|c| c.id == id)
}

/// The 2013 domain with this number (5–18).
pub fn legacy_domain(number: u8) -> Option<&'static LegacyDomain> {
    LEGACY_DOMAINS.iter().find(|d| d.number == number)
}

/// The 2013 controls a 2022 control corresponds to (ISO/IEC 27002:2022 Table B.1).
pub fn legacy_of(id: ControlId) -> &'static [LegacyControlId] {
    MAP_2022_TO_2013
        .iter()
        .find(|(c, _)| *c == id)
        .map(|(_, l)| *l)
        .unwrap_or(&[])
}

/// The 2022 controls a 2013 control corresponds to (ISO/IEC 27002:2022 Table B.2).
pub fn current_of(id: LegacyControlId) -> &'static [ControlId] {
    MAP_2013_TO_2022
        .iter()
        .find(|(l, _)| *l == id)
        .map(|(_, c)| *c)
        .unwrap_or(&[])
}

/// The clause with this id, if 4.1–10.2 has it.
pub fn clause(id: ClauseId) -> Option<&'static Clause> {
    CLAUSES.iter().find(|c| c.id == id)
}

/// The threat with this id.
pub fn threat(id: ThreatId) -> Option<&'static Threat> {
    THREATS.iter().find(|t| t.id == id)
}

/// The vulnerability with this id.
pub fn vulnerability(id: VulnerabilityId) -> Option<&'static Vulnerability> {
    VULNERABILITIES.iter().find(|v| v.id == id)
}

/// What kind of asset something is.
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
pub enum AssetType {
    /// Data and documents: a customer database, contracts, source code.
    Information,
    /// Applications and platforms the organisation runs.
    Software,
    /// Laptops, servers, phones, network gear.
    Hardware,
    /// A service the organisation provides or depends on.
    Service,
    /// Staff and their know-how.
    People,
    /// Offices, data rooms, home offices.
    Site,
    /// An outside company the organisation relies on.
    Supplier,
    /// A cloud service: SaaS, PaaS or IaaS.
    CloudService,
}

impl AssetType {
    /// All asset types, in display order.
    pub const ALL: [AssetType; 8] = [
        AssetType::Information,
        AssetType::Software,
        AssetType::Hardware,
        AssetType::Service,
        AssetType::People,
        AssetType::Site,
        AssetType::Supplier,
        AssetType::CloudService,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            AssetType::Information => msg::ASSET_TYPE_INFORMATION,
            AssetType::Software => msg::ASSET_TYPE_SOFTWARE,
            AssetType::Hardware => msg::ASSET_TYPE_HARDWARE,
            AssetType::Service => msg::ASSET_TYPE_SERVICE,
            AssetType::People => msg::ASSET_TYPE_PEOPLE,
            AssetType::Site => msg::ASSET_TYPE_SITE,
            AssetType::Supplier => msg::ASSET_TYPE_SUPPLIER,
            AssetType::CloudService => msg::ASSET_TYPE_CLOUD_SERVICE,
        })
    }
}

impl SecurityProperty {
    /// C, I and A in order.
    pub const ALL: [SecurityProperty; 3] = [
        SecurityProperty::Confidentiality,
        SecurityProperty::Integrity,
        SecurityProperty::Availability,
    ];

    /// "Confidentiality", …
    pub fn label(self) -> String {
        text::text(match self {
            SecurityProperty::Confidentiality => msg::SECURITY_PROPERTY_CONFIDENTIALITY,
            SecurityProperty::Integrity => msg::SECURITY_PROPERTY_INTEGRITY,
            SecurityProperty::Availability => msg::SECURITY_PROPERTY_AVAILABILITY,
        })
    }

    /// "C", "I" or "A".
    pub fn letter(self) -> &'static str {
        match self {
            SecurityProperty::Confidentiality => "C",
            SecurityProperty::Integrity => "I",
            SecurityProperty::Availability => "A",
        }
    }
}

/// The snake_case name serde gives a unit enum variant (for CSV and Markdown).
pub fn snake<T: Serialize>(value: &T) -> String {
    match crate::json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
