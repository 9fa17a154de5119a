//! The ids of the labels of options, statuses and levels: inclusion reasons,
//! implementation states, gap answers, sizes, sectors, themes, asset kinds,
//! security properties and the stages of a risk. Re-exported from [`super`].

use super::MessageId;

messages! {
    /// The label of `InclusionReason::RiskTreatment`.
    INCLUSION_REASON_RISK_TREATMENT = "inclusion-reason-risk-treatment",
    /// The label of `InclusionReason::LegalRegulatory`.
    INCLUSION_REASON_LEGAL_REGULATORY = "inclusion-reason-legal-regulatory",
    /// The label of `InclusionReason::Contractual`.
    INCLUSION_REASON_CONTRACTUAL = "inclusion-reason-contractual",
    /// The label of `InclusionReason::BusinessPractice`.
    INCLUSION_REASON_BUSINESS_PRACTICE = "inclusion-reason-business-practice",
    /// The label of `ImplementationStatus::NotStarted`.
    IMPLEMENTATION_STATUS_NOT_STARTED = "implementation-status-not-started",
    /// The label of `ImplementationStatus::Planned`.
    IMPLEMENTATION_STATUS_PLANNED = "implementation-status-planned",
    /// The label of `ImplementationStatus::PartiallyImplemented`.
    IMPLEMENTATION_STATUS_PARTIALLY_IMPLEMENTED = "implementation-status-partially-implemented",
    /// The label of `ImplementationStatus::Implemented`.
    IMPLEMENTATION_STATUS_IMPLEMENTED = "implementation-status-implemented",
    /// The label of `ImplementationStatus::NotApplicable`.
    IMPLEMENTATION_STATUS_NOT_APPLICABLE = "implementation-status-not-applicable",
    /// The label of `Answer::Yes`.
    GAP_ANSWER_YES = "gap-answer-yes",
    /// The label of `Answer::Partly`.
    GAP_ANSWER_PARTLY = "gap-answer-partly",
    /// The label of `Answer::No`.
    GAP_ANSWER_NO = "gap-answer-no",
    /// The label of `Answer::NotApplicable`.
    GAP_ANSWER_NOT_APPLICABLE = "gap-answer-not-applicable",
    /// The label of `Answer::DontKnow`.
    GAP_ANSWER_DONT_KNOW = "gap-answer-dont-know",
    /// The label of `GapMode::Short`.
    GAP_MODE_SHORT = "gap-mode-short",
    /// The label of `GapMode::Thorough`.
    GAP_MODE_THOROUGH = "gap-mode-thorough",
    /// The label of `SizeBand::Micro`.
    SIZE_BAND_MICRO = "size-band-micro",
    /// The label of `SizeBand::Small`.
    SIZE_BAND_SMALL = "size-band-small",
    /// The label of `SizeBand::Medium`.
    SIZE_BAND_MEDIUM = "size-band-medium",
    /// The label of `SizeBand::Large`.
    SIZE_BAND_LARGE = "size-band-large",
    /// The label of `TreatmentOption::Mitigate`.
    TREATMENT_OPTION_MITIGATE = "treatment-option-mitigate",
    /// The label of `TreatmentOption::Accept`.
    TREATMENT_OPTION_ACCEPT = "treatment-option-accept",
    /// The label of `TreatmentOption::Avoid`.
    TREATMENT_OPTION_AVOID = "treatment-option-avoid",
    /// The label of `TreatmentOption::Transfer`.
    TREATMENT_OPTION_TRANSFER = "treatment-option-transfer",
    /// The label of `TreatmentStatus::NotStarted`.
    TREATMENT_STATUS_NOT_STARTED = "treatment-status-not-started",
    /// The label of `TreatmentStatus::InProgress`.
    TREATMENT_STATUS_IN_PROGRESS = "treatment-status-in-progress",
    /// The label of `TreatmentStatus::Done`.
    TREATMENT_STATUS_DONE = "treatment-status-done",
    /// The label of `Sector::SaasCloud`.
    SECTOR_SAAS_CLOUD = "sector-saas-cloud",
    /// The label of `Sector::FintechEcommerce`.
    SECTOR_FINTECH_ECOMMERCE = "sector-fintech-ecommerce",
    /// The label of `Sector::Healthcare`.
    SECTOR_HEALTHCARE = "sector-healthcare",
    /// The label of `Sector::Education`.
    SECTOR_EDUCATION = "sector-education",
    /// The label of `Sector::Logistics`.
    SECTOR_LOGISTICS = "sector-logistics",
    /// The label of `Sector::ManagedServices`.
    SECTOR_MANAGED_SERVICES = "sector-managed-services",
    /// The label of `Sector::PublicSector`.
    SECTOR_PUBLIC_SECTOR = "sector-public-sector",
    /// The label of `Sector::ProfessionalServices`.
    SECTOR_PROFESSIONAL_SERVICES = "sector-professional-services",
    /// The label of `Sector::Retail`.
    SECTOR_RETAIL = "sector-retail",
    /// The label of `Sector::Manufacturing`.
    SECTOR_MANUFACTURING = "sector-manufacturing",
    /// The label of `Sector::NonProfit`.
    SECTOR_NON_PROFIT = "sector-non-profit",
    /// The label of `Area::Context`.
    GAP_AREA_CONTEXT = "gap-area-context",
    /// The label of `Area::Leadership`.
    GAP_AREA_LEADERSHIP = "gap-area-leadership",
    /// The label of `Area::Planning`.
    GAP_AREA_PLANNING = "gap-area-planning",
    /// The label of `Area::Support`.
    GAP_AREA_SUPPORT = "gap-area-support",
    /// The label of `Area::Operation`.
    GAP_AREA_OPERATION = "gap-area-operation",
    /// The label of `Area::Performance`.
    GAP_AREA_PERFORMANCE = "gap-area-performance",
    /// The label of `Area::Improvement`.
    GAP_AREA_IMPROVEMENT = "gap-area-improvement",
    /// The label of `Area::Organizational`.
    GAP_AREA_ORGANIZATIONAL = "gap-area-organizational",
    /// The label of `Area::People`.
    GAP_AREA_PEOPLE = "gap-area-people",
    /// The label of `Area::Physical`.
    GAP_AREA_PHYSICAL = "gap-area-physical",
    /// The label of `Area::Technological`.
    GAP_AREA_TECHNOLOGICAL = "gap-area-technological",
    /// The short label of `Area::Context`.
    GAP_AREA_SHORT_CONTEXT = "gap-area-short-context",
    /// The short label of `Area::Leadership`.
    GAP_AREA_SHORT_LEADERSHIP = "gap-area-short-leadership",
    /// The short label of `Area::Planning`.
    GAP_AREA_SHORT_PLANNING = "gap-area-short-planning",
    /// The short label of `Area::Support`.
    GAP_AREA_SHORT_SUPPORT = "gap-area-short-support",
    /// The short label of `Area::Operation`.
    GAP_AREA_SHORT_OPERATION = "gap-area-short-operation",
    /// The short label of `Area::Performance`.
    GAP_AREA_SHORT_PERFORMANCE = "gap-area-short-performance",
    /// The short label of `Area::Improvement`.
    GAP_AREA_SHORT_IMPROVEMENT = "gap-area-short-improvement",
    /// The short label of `Area::Organizational`.
    GAP_AREA_SHORT_ORGANIZATIONAL = "gap-area-short-organizational",
    /// The short label of `Area::People`.
    GAP_AREA_SHORT_PEOPLE = "gap-area-short-people",
    /// The short label of `Area::Physical`.
    GAP_AREA_SHORT_PHYSICAL = "gap-area-short-physical",
    /// The short label of `Area::Technological`.
    GAP_AREA_SHORT_TECHNOLOGICAL = "gap-area-short-technological",
    /// The label of `Phase::ScopeAndLeadership`.
    GAP_PHASE_SCOPE_AND_LEADERSHIP = "gap-phase-scope-and-leadership",
    /// The label of `Phase::RiskAssessmentAndTreatment`.
    GAP_PHASE_RISK_ASSESSMENT_AND_TREATMENT = "gap-phase-risk-assessment-and-treatment",
    /// The label of `Phase::ImplementationAndDocumentation`.
    GAP_PHASE_IMPLEMENTATION_AND_DOCUMENTATION = "gap-phase-implementation-and-documentation",
    /// The label of `Phase::OperationAndInternalAudit`.
    GAP_PHASE_OPERATION_AND_INTERNAL_AUDIT = "gap-phase-operation-and-internal-audit",
    /// The label of `Phase::CertificationAudit`.
    GAP_PHASE_CERTIFICATION_AUDIT = "gap-phase-certification-audit",
    /// The label of `DocumentStatus::Present`.
    DOCUMENT_STATUS_PRESENT = "document-status-present",
    /// The label of `DocumentStatus::Partial`.
    DOCUMENT_STATUS_PARTIAL = "document-status-partial",
    /// The label of `DocumentStatus::Missing`.
    DOCUMENT_STATUS_MISSING = "document-status-missing",
    /// The label of `DocumentStatus::NotAnswered`.
    DOCUMENT_STATUS_NOT_ANSWERED = "document-status-not-answered",
    /// The label of `Theme::Organizational`.
    THEME_ORGANIZATIONAL = "theme-organizational",
    /// The label of `Theme::People`.
    THEME_PEOPLE = "theme-people",
    /// The label of `Theme::Physical`.
    THEME_PHYSICAL = "theme-physical",
    /// The label of `Theme::Technological`.
    THEME_TECHNOLOGICAL = "theme-technological",
    /// The label of `AssetType::Information`.
    ASSET_TYPE_INFORMATION = "asset-type-information",
    /// The label of `AssetType::Software`.
    ASSET_TYPE_SOFTWARE = "asset-type-software",
    /// The label of `AssetType::Hardware`.
    ASSET_TYPE_HARDWARE = "asset-type-hardware",
    /// The label of `AssetType::Service`.
    ASSET_TYPE_SERVICE = "asset-type-service",
    /// The label of `AssetType::People`.
    ASSET_TYPE_PEOPLE = "asset-type-people",
    /// The label of `AssetType::Site`.
    ASSET_TYPE_SITE = "asset-type-site",
    /// The label of `AssetType::Supplier`.
    ASSET_TYPE_SUPPLIER = "asset-type-supplier",
    /// The label of `AssetType::CloudService`.
    ASSET_TYPE_CLOUD_SERVICE = "asset-type-cloud-service",
    /// The label of `SecurityProperty::Confidentiality`.
    SECURITY_PROPERTY_CONFIDENTIALITY = "security-property-confidentiality",
    /// The label of `SecurityProperty::Integrity`.
    SECURITY_PROPERTY_INTEGRITY = "security-property-integrity",
    /// The label of `SecurityProperty::Availability`.
    SECURITY_PROPERTY_AVAILABILITY = "security-property-availability",
    /// The label of `Stage::Inherent`.
    STAGE_INHERENT = "stage-inherent",
    /// The label of `Stage::Current`.
    STAGE_CURRENT = "stage-current",
    /// The label of `Stage::Residual`.
    STAGE_RESIDUAL = "stage-residual",
}
