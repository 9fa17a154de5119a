//! Sector presets: typical assets and threats to start from.

use super::catalogue::{AssetType, ThreatId};
use super::method::{Impact, Method};
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
    pub const ALL: [Sector; 11] = [
        Sector::SaasCloud,
        Sector::FintechEcommerce,
        Sector::Healthcare,
        Sector::Education,
        Sector::Logistics,
        Sector::ManagedServices,
        Sector::PublicSector,
        Sector::ProfessionalServices,
        Sector::Retail,
        Sector::Manufacturing,
        Sector::NonProfit,
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
            Sector::ProfessionalServices => msg::SECTOR_PROFESSIONAL_SERVICES,
            Sector::Retail => msg::SECTOR_RETAIL,
            Sector::Manufacturing => msg::SECTOR_MANUFACTURING,
            Sector::NonProfit => msg::SECTOR_NON_PROFIT,
        })
    }

    /// What each step of a five-step impact scale means in this sector, in
    /// money (euros) and consequences, lowest first: the default risk
    /// criteria (ISO/IEC 27001:2022 6.1.2 a) a user starts from and edits
    /// in Context. The amounts are starting points for a small
    /// organisation, not benchmarks.
    pub fn impact_definitions(self) -> [&'static str; 5] {
        match self {
            Sector::SaasCloud => [
                "Under €1k; no customer notices",
                "€1k–€10k; a few customers notice a short slowdown",
                "€10k–€100k; an outage breaks the SLA or customers complain publicly",
                "€100k–€500k; a personal data breach the regulator must be told of, or key customers leave",
                "Over €500k; the platform is down for days or the company's survival is at stake",
            ],
            Sector::FintechEcommerce => [
                "Under €1k; no customer notices",
                "€1k–€10k; some payments or orders are delayed",
                "€10k–€100k; fraud losses or a day of lost sales; the payment provider asks questions",
                "€100k–€1M; a reportable breach of card or personal data; the regulator must be told",
                "Over €1M; the licence or the payment provider contract is at risk",
            ],
            Sector::Healthcare => [
                "Under €1k; no patient affected",
                "€1k–€10k; appointments delayed for a few patients",
                "€10k–€100k; care delayed for many patients or a complaint to the regulator",
                "€100k–€500k; patient data breached (the regulator must be told) or harm to a patient",
                "Over €500k; serious harm to patients or the service cannot operate",
            ],
            Sector::Education => [
                "Under €1k; no learner notices",
                "€1k–€10k; lessons or systems disrupted for a day",
                "€10k–€50k; exams or enrolment disrupted; parents complain",
                "€50k–€250k; learners' personal data breached; the regulator must be told",
                "Over €250k; safeguarding failure or the institution cannot teach for weeks",
            ],
            Sector::Logistics => [
                "Under €1k; no delivery affected",
                "€1k–€10k; some deliveries late by a day",
                "€10k–€100k; a depot stops for a day; penalties under customer contracts",
                "€100k–€500k; shipments lost or diverted; key customers leave",
                "Over €500k; operations stop for days or safety is at risk",
            ],
            Sector::ManagedServices => [
                "Under €1k; no customer notices",
                "€1k–€10k; one customer's service disrupted briefly",
                "€10k–€100k; several customers affected; SLA credits paid",
                "€100k–€500k; an attacker reaches customers' systems through us; the regulator must be told",
                "Over €500k; many customers compromised or the company's survival is at stake",
            ],
            Sector::PublicSector => [
                "Under €1k; no resident notices",
                "€1k–€10k; a service is unavailable for hours",
                "€10k–€100k; a public service stops for a day or local press coverage",
                "€100k–€500k; residents' personal data breached; the regulator must be told",
                "Over €500k; vulnerable people harmed or services stop for weeks",
            ],
            Sector::ProfessionalServices => [
                "Under €1k; no client notices",
                "€1k–€10k; one client complains or work slips by a day",
                "€10k–€50k; a filing or court deadline missed for a client",
                "€50k–€250k; client data breached (the regulator must be told within 72 hours) or a key client leaves",
                "Over €250k; a professional indemnity claim, loss of the licence to practise or the firm's survival at stake",
            ],
            Sector::Retail => [
                "Under €1k; no customer notices",
                "€1k–€10k; tills or the web shop down for an hour",
                "€10k–€50k; a day of lost sales or stock errors across shops",
                "€50k–€250k; customers' card or personal data breached; the regulator must be told",
                "Over €250k; peak-season sales lost or the brand badly damaged",
            ],
            Sector::Manufacturing => [
                "Under €1k; production unaffected",
                "€1k–€10k; a line stops for an hour",
                "€10k–€100k; production stops for a day; deliveries late",
                "€100k–€500k; designs stolen, a faulty batch shipped or a week of lost production",
                "Over €500k; injury, a product recall or production stops for weeks",
            ],
            Sector::NonProfit => [
                "Under €500; no supporter notices",
                "€500–€5k; a campaign or service disrupted for a day",
                "€5k–€25k; donations lost or beneficiaries' support delayed",
                "€25k–€100k; donors' or beneficiaries' personal data breached; the regulator must be told",
                "Over €100k; vulnerable beneficiaries harmed, funders withdraw or the charity regulator steps in",
            ],
        }
    }

    /// The sector's impact definitions fitted to a scale of `steps` (3–6,
    /// clamped): step k of n takes the five-step definition nearest its
    /// relative place, so the lowest and the highest always match.
    pub fn impact_definitions_for(self, steps: usize) -> Vec<&'static str> {
        let n = steps.clamp(crate::method::MIN_SCALE, crate::method::MAX_SCALE);
        let five = self.impact_definitions();
        (0..n)
            .map(|k| {
                let i = (k * 4 + (n - 1) / 2) / (n - 1);
                five[i.min(4)]
            })
            .collect()
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
            Sector::ProfessionalServices => &[
                s(
                    "Client files",
                    Information,
                    "Clients' accounts, tax returns, contracts and case papers.",
                    [5, 5, 4],
                ),
                s(
                    "Practice management software",
                    CloudService,
                    "Accounting, time recording and billing, usually in the cloud.",
                    [5, 5, 4],
                ),
                s(
                    "Client portal",
                    Service,
                    "Where clients upload documents and read reports.",
                    [5, 4, 3],
                ),
                s(
                    "Regulator and tax authority accounts",
                    Information,
                    "Logins used to file on clients' behalf.",
                    [5, 5, 4],
                ),
            ],
            Sector::Retail => &[
                s(
                    "Point-of-sale tills",
                    Hardware,
                    "Tills and card terminals in the shops.",
                    [4, 4, 5],
                ),
                s(
                    "Online shop",
                    Service,
                    "The web shop and its payment pages.",
                    [4, 4, 5],
                ),
                s(
                    "Customer and loyalty data",
                    Information,
                    "Customers' contact details, orders and loyalty points.",
                    [4, 3, 3],
                ),
                s(
                    "Stock and ordering system",
                    Software,
                    "Stock levels, prices and orders to suppliers.",
                    [3, 4, 4],
                ),
            ],
            Sector::Manufacturing => &[
                s(
                    "Production control systems",
                    Software,
                    "Machine controllers and the systems that run the lines (OT).",
                    [3, 5, 5],
                ),
                s(
                    "Product designs and drawings",
                    Information,
                    "CAD files, recipes and specifications.",
                    [5, 5, 3],
                ),
                s(
                    "ERP system",
                    Software,
                    "Orders, planning, stock and invoicing.",
                    [4, 5, 5],
                ),
                s(
                    "Factory",
                    Site,
                    "The production site and its warehouse.",
                    [3, 3, 5],
                ),
            ],
            Sector::NonProfit => &[
                s(
                    "Donor and member records",
                    Information,
                    "Donors' and members' details and gift history.",
                    [5, 4, 3],
                ),
                s(
                    "Beneficiary records",
                    Information,
                    "Case notes about the people the organisation helps.",
                    [5, 5, 4],
                ),
                s(
                    "Fundraising platform",
                    CloudService,
                    "Online donations and campaign emails.",
                    [4, 4, 4],
                ),
                s(
                    "Volunteers",
                    People,
                    "Volunteers and their access to systems and records.",
                    [3, 3, 3],
                ),
            ],
        };
        out.extend_from_slice(extra);
        out
    }

    /// Puts the sector's impact definitions
    /// ([`Sector::impact_definitions_for`] the scale's size) into
    /// `method`'s impact steps, keeping the step names; the likelihood
    /// scale, the matrix and every rating stay as they are.
    pub fn apply_impact_definitions(self, method: &mut Method) {
        let defs = self.impact_definitions_for(method.impact.len());
        for (step, d) in method.impact.steps.iter_mut().zip(defs) {
            step.description = d.to_owned();
        }
    }

    /// True when `method`'s impact steps already carry this sector's
    /// definitions.
    pub fn impact_definitions_applied(self, method: &Method) -> bool {
        let defs = self.impact_definitions_for(method.impact.len());
        method.impact.len() == defs.len()
            && method
                .impact
                .steps
                .iter()
                .zip(defs)
                .all(|(step, d)| step.description == d)
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
            Sector::ProfessionalServices => &[1, 2, 4, 7, 11, 27, 29, 42, 45],
            Sector::Retail => &[1, 2, 3, 9, 10, 12, 35, 37, 45],
            Sector::Manufacturing => &[1, 2, 13, 15, 16, 31, 36, 41, 47],
            Sector::NonProfit => &[1, 2, 4, 6, 27, 40, 42, 43, 45],
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
                let defs = sector.impact_definitions_for(steps);
                assert_eq!(defs.len(), steps, "{sector:?}");
                let five = sector.impact_definitions();
                assert_eq!(defs.first(), five.first(), "{sector:?} {steps}");
                assert_eq!(defs.last(), five.last(), "{sector:?} {steps}");
            }
            // Every step names money and a consequence.
            for d in sector.impact_definitions() {
                assert!(d.contains('€') && d.contains(';'), "{sector:?}: {d}");
            }
        }
        assert_eq!(
            Sector::ProfessionalServices.impact_definitions_for(3),
            [
                "Under €1k; no client notices",
                "€10k–€50k; a filing or court deadline missed for a client",
                "Over €250k; a professional indemnity claim, loss of the licence to practise or the firm's survival at stake",
            ]
        );
    }

    #[test]
    fn a_sector_fills_the_impact_definitions_and_keeps_the_rest() {
        for n in 3..=6 {
            let mut m = Method::with_size(5, n);
            let before = m.clone();
            assert!(!Sector::Retail.impact_definitions_applied(&m));
            Sector::Retail.apply_impact_definitions(&mut m);
            assert!(Sector::Retail.impact_definitions_applied(&m));
            assert_eq!(m.likelihood, before.likelihood);
            assert_eq!(m.matrix, before.matrix);
            assert_eq!(m.impact.len(), n);
            for (a, b) in m.impact.steps.iter().zip(&before.impact.steps) {
                assert_eq!(a.name, b.name);
                assert_ne!(a.description, b.description);
            }
            assert_eq!(
                m.impact.definition(u8::try_from(n).unwrap_or(0)),
                Some(Sector::Retail.impact_definitions()[4])
            );
        }
    }

    #[test]
    fn new_sectors_have_serde_names_and_labels() {
        for (sector, name) in [
            (Sector::ProfessionalServices, "\"professional_services\""),
            (Sector::Retail, "\"retail\""),
            (Sector::Manufacturing, "\"manufacturing\""),
            (Sector::NonProfit, "\"non_profit\""),
        ] {
            assert_eq!(
                crate::json::try_to_string(&sector, crate::json::Layout::Compact)
                    .ok()
                    .as_deref(),
                Some(name)
            );
            assert!(!sector.label().contains("sector-"), "{sector:?}");
        }
        assert!(Sector::ProfessionalServices.label().contains("accounting"));
    }
}
