//! Sector presets: typical assets and threats to start from.

use super::catalogue::{AssetType, ThreatId};
use super::method::Impact;
use super::model::{Asset, AssetId, Cia, Sector};
use crate::text::{self, msg};

/// A suggested asset: name, type, description and C/I/A on a 1–5 scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SuggestedAsset {
    /// Name.
    pub name: &'static str,
    /// Type.
    pub asset_type: AssetType,
    /// What it is.
    pub description: &'static str,
    /// C, I, A on a five-step scale.
    pub cia: [u8; 3],
}

const fn s(
    name: &'static str,
    asset_type: AssetType,
    description: &'static str,
    cia: [u8; 3],
) -> SuggestedAsset {
    SuggestedAsset {
        name,
        asset_type,
        description,
        cia,
    }
}

impl Sector {
    /// Every sector, in display order.
    pub const ALL: [Sector; 7] = [
        Sector::SaasCloud,
        Sector::FintechEcommerce,
        Sector::Healthcare,
        Sector::Education,
        Sector::Logistics,
        Sector::ManagedServices,
        Sector::PublicSector,
    ];

    /// A display label.
    pub fn label(self) -> String {
        text::text(match self {
            Sector::SaasCloud => msg::SECTOR_SAAS_CLOUD,
            Sector::FintechEcommerce => msg::SECTOR_FINTECH_ECOMMERCE,
            Sector::Healthcare => msg::SECTOR_HEALTHCARE,
            Sector::Education => msg::SECTOR_EDUCATION,
            Sector::Logistics => msg::SECTOR_LOGISTICS,
            Sector::ManagedServices => msg::SECTOR_MANAGED_SERVICES,
            Sector::PublicSector => msg::SECTOR_PUBLIC_SECTOR,
        })
    }

    /// Typical assets of the sector, beyond the common ones.
    pub fn suggested_assets(self) -> Vec<SuggestedAsset> {
        use AssetType::*;
        let mut out = vec![
            s(
                "Corporate email",
                CloudService,
                "Mailboxes of all staff; password resets arrive here.",
                [4, 3, 4],
            ),
            s(
                "Staff laptops",
                Hardware,
                "Company laptops, often used away from the office.",
                [4, 3, 3],
            ),
            s(
                "Shared documents",
                Information,
                "Contracts, plans and procedures in shared folders.",
                [4, 3, 3],
            ),
            s("Staff", People, "Employees and their know-how.", [3, 3, 4]),
        ];
        let extra: &[SuggestedAsset] = match self {
            Sector::SaasCloud => &[
                s(
                    "Production platform",
                    CloudService,
                    "The service customers use, hosted in the cloud.",
                    [5, 5, 5],
                ),
                s(
                    "Source code repository",
                    Software,
                    "The product's code and build pipelines.",
                    [4, 5, 3],
                ),
                s(
                    "Customer data in production",
                    Information,
                    "Data customers store in the service.",
                    [5, 5, 4],
                ),
                s(
                    "Cloud hosting provider",
                    Supplier,
                    "IaaS/PaaS provider running production.",
                    [4, 4, 5],
                ),
            ],
            Sector::FintechEcommerce => &[
                s(
                    "Payment processing",
                    Service,
                    "Card and bank payments through a payment provider.",
                    [5, 5, 5],
                ),
                s(
                    "Customer accounts and orders",
                    Information,
                    "Customer identities, orders and histories.",
                    [5, 5, 4],
                ),
                s(
                    "Web shop / app",
                    Software,
                    "The customer-facing shop or app.",
                    [4, 5, 5],
                ),
                s(
                    "Payment service provider",
                    Supplier,
                    "The PSP that handles card data.",
                    [5, 5, 5],
                ),
            ],
            Sector::Healthcare => &[
                s(
                    "Patient records",
                    Information,
                    "Health data: special-category personal data.",
                    [5, 5, 5],
                ),
                s(
                    "Clinical systems",
                    Software,
                    "Systems used during care.",
                    [5, 5, 5],
                ),
                s(
                    "Medical devices",
                    Hardware,
                    "Networked devices in clinics.",
                    [3, 5, 5],
                ),
                s(
                    "Clinic premises",
                    Site,
                    "Where patients are seen and records are kept.",
                    [3, 3, 4],
                ),
            ],
            Sector::Education => &[
                s(
                    "Student records",
                    Information,
                    "Grades, personal data and support needs.",
                    [5, 5, 3],
                ),
                s(
                    "Learning platform",
                    CloudService,
                    "Courses, assignments and submissions.",
                    [3, 4, 4],
                ),
                s(
                    "Exam materials",
                    Information,
                    "Unreleased exam papers and marking schemes.",
                    [5, 5, 4],
                ),
                s(
                    "Campus network",
                    Hardware,
                    "Wired and wireless network on site.",
                    [3, 3, 4],
                ),
            ],
            Sector::Logistics => &[
                s(
                    "Transport management system",
                    Software,
                    "Orders, routes and deliveries.",
                    [3, 5, 5],
                ),
                s("Warehouse", Site, "Goods and handheld scanners.", [2, 4, 5]),
                s(
                    "Fleet telematics",
                    CloudService,
                    "Vehicle tracking and driver data.",
                    [4, 4, 4],
                ),
                s(
                    "Carrier partners",
                    Supplier,
                    "Subcontracted carriers with system access.",
                    [3, 4, 4],
                ),
            ],
            Sector::ManagedServices => &[
                s(
                    "CRM platform",
                    CloudService,
                    "Customer records and service history.",
                    [4, 4, 4],
                ),
                s(
                    "Remote management tools",
                    Software,
                    "Tools with admin access to customers' systems.",
                    [5, 5, 4],
                ),
                s(
                    "Customer credentials vault",
                    Information,
                    "Secrets for customers' environments.",
                    [5, 5, 4],
                ),
                s(
                    "Service desk",
                    Service,
                    "Tickets and phone support for customers.",
                    [3, 3, 5],
                ),
            ],
            Sector::PublicSector => &[
                s(
                    "Citizen records",
                    Information,
                    "Personal data of residents and service users.",
                    [5, 5, 4],
                ),
                s(
                    "Online public services",
                    Service,
                    "Forms and portals used by the public.",
                    [3, 5, 5],
                ),
                s(
                    "Case management system",
                    Software,
                    "Casework, decisions and correspondence.",
                    [5, 5, 4],
                ),
                s(
                    "Council offices",
                    Site,
                    "Public-facing and back offices.",
                    [3, 3, 4],
                ),
            ],
        };
        out.extend_from_slice(extra);
        out
    }

    /// Threats typical of the sector (from the library).
    pub fn typical_threats(self) -> Vec<ThreatId> {
        let ids: &[u16] = match self {
            Sector::SaasCloud => &[1, 2, 10, 13, 18, 19, 28, 33, 35],
            Sector::FintechEcommerce => &[2, 3, 4, 9, 10, 19, 22, 45],
            Sector::Healthcare => &[1, 2, 6, 27, 31, 38, 45, 47],
            Sector::Education => &[1, 2, 3, 9, 22, 27, 42],
            Sector::Logistics => &[1, 9, 14, 31, 35, 36, 37, 48],
            Sector::ManagedServices => &[1, 2, 7, 8, 14, 18, 33, 35],
            Sector::PublicSector => &[1, 2, 4, 6, 9, 27, 40, 45],
        };
        ids.iter().map(|i| ThreatId(*i)).collect()
    }
}

impl SuggestedAsset {
    /// An asset from the suggestion, its ratings fitted to a scale of `steps`.
    pub fn to_asset(self, steps: usize) -> Asset {
        let fit = |v: u8| {
            Impact(
                (u32::from(v) * steps as u32)
                    .div_ceil(5)
                    .clamp(1, steps as u32) as u8,
            )
        };
        Asset {
            id: AssetId(0),
            name: self.name.into(),
            asset_type: self.asset_type,
            reference: None,
            owner: String::new(),
            location: String::new(),
            description: self.description.into(),
            ratings: Cia {
                confidentiality: fit(self.cia[0]),
                integrity: fit(self.cia[1]),
                availability: fit(self.cia[2]),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::threat;

    #[test]
    fn presets_are_sound() {
        for sector in Sector::ALL {
            assert!(sector.suggested_assets().len() >= 6, "{sector:?}");
            for t in sector.typical_threats() {
                assert!(threat(t).is_some(), "{sector:?}: {t}");
            }
            for steps in 3..=6 {
                for x in sector.suggested_assets() {
                    let a = x.to_asset(steps);
                    for r in [
                        a.ratings.confidentiality,
                        a.ratings.integrity,
                        a.ratings.availability,
                    ] {
                        assert!((1..=steps as u8).contains(&r.0));
                    }
                }
            }
        }
    }
}
