//! The id of every message in the text layer. Each constant names one
//! message of `en.ftl` (and of every other language file); [`ALL`] lists
//! them so a test can compare the code with the files.

/// The id of one message of the text layer, e.g. `unnamed-organisation`.
/// Only this module makes them (and tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(pub(crate) &'static str);

impl MessageId {
    /// The message's id in the Fluent files.
    pub fn id(self) -> &'static str {
        self.0
    }
}

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $id:literal,)*) => {
        $($(#[$doc])* pub const $name: MessageId = MessageId($id);)*
        /// Every message id, in declaration order.
        pub const ALL: &[MessageId] = &[$($name),*];
    };
}

// The texts of the pages and components, one module per area so this file
// stays readable (issue 12 §2).
pub mod chain;
pub mod ui;
pub use chain::*;
pub use ui::*;

/// Every message id of every area: [`ALL`] and each area's list.
pub fn every() -> impl Iterator<Item = MessageId> {
    ALL.iter().chain(ui::ALL).chain(chain::ALL).copied()
}

messages! {
    /// The organisation's name when none was given.
    UNNAMED_ORGANISATION = "unnamed-organisation",
    /// A risk with no treatment option chosen yet.
    TREATMENT_NOT_DECIDED = "treatment-not-decided",
    /// An assessment in one line: organisation, counts of assets, risks and
    /// SoA entries. Arguments: `organisation`, `assets`, `risks`, `entries`.
    SUMMARY = "summary",
    /// A risk without a title. Argument: `risk` (its id).
    RISK_TITLE_MISSING = "risk-title-missing",

    /// A line of a scale change's preview. Arguments: `what` (e.g. "12
    /// asset ratings"), `from` and `to` (step names).
    RESCALE_LINE = "rescale-line",
    /// A line of a scale change that restores ratings. Arguments as
    /// `rescale-line`.
    RESCALE_LINE_RESTORED = "rescale-line-restored",
    /// A step in a preview. Arguments: `name`, `step`, `steps`.
    RESCALE_STEP = "rescale-step",
    /// Counted asset ratings. Argument: `count`.
    RESCALE_ASSET_RATINGS = "rescale-asset-ratings",
    /// Counted risk likelihoods. Argument: `count`.
    RESCALE_RISK_LIKELIHOODS = "rescale-risk-likelihoods",
    /// Counted judged or hand-set risk impacts. Argument: `count`.
    RESCALE_RISK_IMPACTS = "rescale-risk-impacts",
    /// Counted current ratings. Argument: `count`.
    RESCALE_CURRENT_RATINGS = "rescale-current-ratings",
    /// Counted residual ratings. Argument: `count`.
    RESCALE_RESIDUAL_RATINGS = "rescale-residual-ratings",
    /// Above a scale change's preview. Arguments: `scale` (likelihood or
    /// impact), `steps` (the new size).
    RESCALE_PREVIEW = "rescale-preview",
    /// A scale change that moves no rating. Arguments as `rescale-preview`.
    RESCALE_NOTHING = "rescale-nothing",
    /// Below a preview: the change can be undone. Argument: `steps` (the
    /// size now).
    RESCALE_UNDO_HINT = "rescale-undo-hint",

    /// Above the risks an asset deletion touches. Arguments: `asset` (id
    /// and name), `count`.
    ASSET_DELETE_USED_BY = "asset-delete-used-by",
    /// A risk that keeps other assets. Arguments: `risk`, `title`.
    ASSET_DELETE_RISK = "asset-delete-risk",
    /// A risk left with no asset. Arguments: `risk`, `title`.
    ASSET_DELETE_ORPHAN = "asset-delete-orphan",

    /// Whom "Start new assessment" is for.
    HOME_FOR_NEW = "home-for-new",
    /// Whom "Load example" is for.
    HOME_FOR_EXAMPLE = "home-for-example",
    /// Whom "Quick gap check" is for.
    HOME_FOR_GAP_CHECK = "home-for-gap-check",
    /// The start page's offer to go on. Argument: `organisation`.
    HOME_CONTINUE = "home-continue",
    /// When the data was last saved. Argument: `when` (`2026-11-30 07:20 UTC`).
    HOME_LAST_SAVED = "home-last-saved",
    /// The step to go on with. Argument: `step` (its navigation label).
    HOME_NEXT_STEP = "home-next-step",
    /// Every step has a result.
    HOME_ALL_STEPS_DONE = "home-all-steps-done",

    /// A control's effect on a risk when it changes neither rating.
    EFFECT_NONE = "effect-none",
    /// A control's effect on the likelihood only. Arguments: `likelihood`,
    /// `impact` (steps off each).
    EFFECT_LIKELIHOOD = "effect-likelihood",
    /// A control's effect on the impact only. Arguments: `likelihood`,
    /// `impact`.
    EFFECT_IMPACT = "effect-impact",
    /// A control's effect on both ratings. Arguments: `likelihood`, `impact`.
    EFFECT_BOTH = "effect-both",
    /// The treatment plan's opening when no risk is above tolerance.
    PLAN_HEADLINE_WITHIN = "plan-headline-within",
    /// The treatment plan's opening. Arguments: `risks` (how many are above
    /// tolerance), `level` (the tolerance level's name).
    PLAN_HEADLINE_ABOVE = "plan-headline-above",
    /// The treatment plan's closing when its steps bring every risk within
    /// tolerance.
    PLAN_OUTCOME_WITHIN = "plan-outcome-within",
    /// The treatment plan's closing when risks stay above tolerance.
    /// Argument: `risks` (their ids, comma-separated).
    PLAN_OUTCOME_REMAINING = "plan-outcome-remaining",
    /// A proposal's change of likelihood. Arguments: `from`, `to` (steps).
    PROPOSAL_LIKELIHOOD = "proposal-likelihood",
    /// A proposal's change of impact. Arguments: `from`, `to` (steps).
    PROPOSAL_IMPACT = "proposal-impact",
    /// One control's part in a proposal. Arguments: `control` (its id),
    /// `effect` (its effect in words).
    PROPOSAL_CONTROL = "proposal-control",
    /// A proposal with its reason. Arguments: `change`, `controls`, `steps`.
    PROPOSAL_REASON = "proposal-reason",
    /// A proposal the rule's limit held back. Arguments: `change`,
    /// `controls`, `steps` (the limit per axis).
    PROPOSAL_REASON_CAPPED = "proposal-reason-capped",
    /// A proposal where no control changes the rating.
    PROPOSAL_UNCHANGED = "proposal-unchanged",
    /// One asset rating that set the high-water mark. Arguments: `asset`
    /// (its id), `name`, `property` (lower case).
    IMPACT_SOURCE = "impact-source",
    /// The high-water mark over the threat's properties. Arguments:
    /// `properties`, `impact`, `sources`.
    IMPACT_HWM_THREAT = "impact-hwm-threat",
    /// The high-water mark over the properties the user named for the
    /// scenario. Arguments as `impact-hwm-threat`.
    IMPACT_HWM_CHOSEN = "impact-hwm-chosen",
    /// An event-based risk's impact.
    IMPACT_JUDGED = "impact-judged",
    /// An overridden impact. Arguments: `computed`, `reason`.
    IMPACT_OVERRIDDEN = "impact-overridden",
    /// An asset-based risk with no assets yet.
    IMPACT_NO_ASSETS = "impact-no-assets",
    /// A risk was saved (announced in a live region). Argument: `risk`.
    RISK_SAVED = "risk-saved",
    /// A risk's treatment was saved. Argument: `risk`.
    TREATMENT_SAVED = "treatment-saved",
    /// Next to the high-water mark: it is a suggestion to confirm or lower.
    IMPACT_SUGGESTION_HINT = "impact-suggestion-hint",
    /// Above the C/I/A checkboxes of a risk.
    IMPACT_PROPERTIES_HINT = "impact-properties-hint",
    /// A target residual that differs from the proposal without a reason.
    /// Argument: `risk`.
    TARGET_REASON_MISSING = "target-reason-missing",
    /// Marking a control done on a risk that does not exist. Argument: `risk`.
    CONTROL_DONE_NO_RISK = "control-done-no-risk",
    /// Marking a control done that is not planned. Arguments: `risk`, `control`.
    CONTROL_DONE_NOT_PLANNED = "control-done-not-planned",
    /// An accepted risk without an acceptance record. Argument: `risk`.
    ACCEPTANCE_MISSING_ACCEPT = "acceptance-missing-accept",
    /// A residual above tolerance without an acceptance record. Argument: `risk`.
    ACCEPTANCE_MISSING_RESIDUAL = "acceptance-missing-residual",
    /// An incomplete acceptance record. Arguments: `risk`, `fields`.
    ACCEPTANCE_INCOMPLETE = "acceptance-incomplete",
    /// The label of `Effort::XS`.
    EFFORT_XS = "effort-xs",
    /// The label of `Effort::S`.
    EFFORT_S = "effort-s",
    /// The label of `Effort::M`.
    EFFORT_M = "effort-m",
    /// The label of `Effort::L`.
    EFFORT_L = "effort-l",
    /// The label of `Effort::XL`.
    EFFORT_XL = "effort-xl",
    /// The acceptance's missing "who".
    ACCEPTANCE_GAP_BY = "acceptance-gap-by",
    /// The acceptance's missing "why".
    ACCEPTANCE_GAP_REASON = "acceptance-gap-reason",
    /// The acceptance's period ends before it starts.
    ACCEPTANCE_GAP_PERIOD = "acceptance-gap-period",

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

    /// SOA-001: a control excluded without a justification. Arguments:
    /// `control` (its id), `title`.
    LINT_EXCLUDED_WITHOUT_JUSTIFICATION = "lint-excluded-without-justification",
    /// SOA-002: an applicable control nothing drives. Arguments: `control`,
    /// `title`.
    LINT_APPLICABLE_WITHOUT_DRIVER = "lint-applicable-without-driver",
    /// RISK-001: a risk above tolerance with no treatment. Arguments: `risk`,
    /// `level` (its current level), `tolerance` (the tolerance level).
    LINT_UNTREATED_RISK = "lint-untreated-risk",
    /// RISK-002: a residual likelihood, impact or level above the current
    /// one. Arguments: `risk`, `what` (which rating, in words), `residual`,
    /// `current` (step or level names).
    LINT_RESIDUAL_ABOVE_CURRENT = "lint-residual-above-current",
    /// RISK-003: a risk to mitigate with no planned control. Argument: `risk`.
    LINT_MITIGATION_WITHOUT_CONTROL = "lint-mitigation-without-control",
    /// RISK-004: an expired acceptance. Arguments: `risk`, `by` (who
    /// accepted it), `until` (the date it ran out).
    LINT_EXPIRED_ACCEPTANCE = "lint-expired-acceptance",
    /// Who accepted a risk when the acceptance names nobody.
    LINT_ACCEPTED_BY_SOMEONE = "lint-accepted-by-someone",
    /// ASSET-001: an asset with no owner. Arguments: `asset` (its id), `name`.
    LINT_ASSET_WITHOUT_OWNER = "lint-asset-without-owner",
    /// SOA-003: a control nothing drives and nobody has decided. Arguments:
    /// `control`, `title`.
    LINT_CONTROL_TO_DECIDE = "lint-control-to-decide",
    /// SOA-004: a control excluded while risks use it. Arguments: `control`,
    /// `title`, `risks` (their ids, comma-separated).
    LINT_EXCLUDED_BUT_USED = "lint-excluded-but-used",
    /// RISK-005: a residual lower than the current risk with no planned
    /// control. Arguments: `risk`, `option` (the option's label, or the
    /// words for no option).
    LINT_RESIDUAL_LOWERED_WITHOUT_CONTROL = "lint-residual-lowered-without-control",
    /// RISK-006: a current rating above the inherent one. Arguments: `risk`,
    /// `what` (likelihood, impact or level), `current`, `inherent`.
    LINT_CURRENT_ABOVE_INHERENT = "lint-current-above-inherent",
    /// RISK-007: a control both in place and planned. Arguments: `risk`,
    /// `control`.
    LINT_CONTROL_IN_PLACE_AND_PLANNED = "lint-control-in-place-and-planned",
    /// RISK-008: option accept with no acceptance record. Argument: `risk`.
    LINT_ACCEPT_WITHOUT_RECORD = "lint-accept-without-record",
    /// RISK-009: an acceptance record without approver or reason.
    /// Arguments: `risk`, `missing` (what is missing, in words).
    LINT_ACCEPTANCE_INCOMPLETE = "lint-acceptance-incomplete",
    /// RISK-010: a control listed twice in one list. Arguments: `risk`,
    /// `control`, `list` (which list, in words).
    LINT_DUPLICATE_CONTROL = "lint-duplicate-control",
    /// RISK-011: a risk without a title. Argument: `risk`.
    LINT_RISK_WITHOUT_TITLE = "lint-risk-without-title",
    /// RISK-012: an asset-based risk with no assets left and no judged
    /// impact. Arguments: `risk`, `title`.
    LINT_IMPACT_UNKNOWN = "lint-impact-unknown",
    /// RISK-013. Arguments: `risk`, `level` (the residual level), `tolerance`.
    LINT_RESIDUAL_NOT_ACCEPTED = "lint-residual-not-accepted",
    /// ASSET-002: a highly rated asset no risk covers. Arguments: `asset`,
    /// `name`, `rating` (the impact step's name).
    LINT_ASSET_WITHOUT_RISK = "lint-asset-without-risk",
    /// The likelihood, in a finding's sentence.
    LINT_WHAT_LIKELIHOOD = "lint-what-likelihood",
    /// The impact, in a finding's sentence.
    LINT_WHAT_IMPACT = "lint-what-impact",
    /// The level, in a finding's sentence.
    LINT_WHAT_LEVEL = "lint-what-level",
    /// A risk with no option chosen, in a finding's sentence.
    LINT_NO_OPTION = "lint-no-option",
    /// What an incomplete acceptance lacks: who approved it.
    LINT_MISSING_APPROVER = "lint-missing-approver",
    /// What an incomplete acceptance lacks: why it is acceptable.
    LINT_MISSING_REASON = "lint-missing-reason",
    /// The list of controls in place, in a finding's sentence.
    LINT_LIST_EXISTING = "lint-list-existing",
    /// The list of planned controls, in a finding's sentence.
    LINT_LIST_PLANNED = "lint-list-planned",

    /// Two items of a list joined, e.g. "confidentiality and integrity";
    /// longer lists apply it again. Arguments: `first`, `second`.
    LIST_AND = "list-and",
    /// The standard an SoA for the 2022 edition refers to.
    SOA_STANDARD_2022 = "soa-standard-2022",
    /// The standard an SoA for the 2013 edition refers to: its rows are the
    /// 93 controls of 2022, so it says so.
    SOA_STANDARD_2013 = "soa-standard-2013",
    /// The end of a spreadsheet cell cut to fit the cell limit. Argument:
    /// `count` (how many characters were left out).
    CELL_CUT = "cell-cut",
    /// The note of an SoA produced from a file of 2013 control ids.
    /// Argument: `mapping` ("A.12.6.1 → 8.8; …").
    SOA_MAPPED_FROM_2013 = "soa-mapped-from-2013",
    /// A risk named in a generated SoA justification. Arguments: `risk` (its
    /// id), `title`.
    SOA_JUSTIFICATION_RISK = "soa-justification-risk",
    /// The end of a long list of risks in a generated justification.
    /// Argument: `count` (how many are not named).
    SOA_JUSTIFICATION_MORE = "soa-justification-more",
    /// A generated justification for a control that treats risks. Argument:
    /// `risks` (the named risks, comma-separated).
    SOA_JUSTIFICATION_RISKS = "soa-justification-risks",
    /// A generated justification's sentence for a legal requirement of
    /// named interested parties. Argument: `parties` (comma-separated).
    SOA_JUSTIFICATION_LEGAL_BY = "soa-justification-legal-by",
    /// The same for a contractual requirement. Argument: `parties`.
    SOA_JUSTIFICATION_CONTRACTUAL_BY = "soa-justification-contractual-by",
    /// The same for a requirement of no stated basis. Argument: `parties`.
    SOA_JUSTIFICATION_PARTY_BY = "soa-justification-party-by",
    /// One gap-check answer named in a generated justification. Arguments:
    /// `question` (its id), `answer` (the answer's label).
    SOA_JUSTIFICATION_ANSWER = "soa-justification-answer",
    /// A generated justification's sentence on the gap-check answers about
    /// a control. Argument: `answers` (comma-separated).
    SOA_JUSTIFICATION_ANSWERS = "soa-justification-answers",
    /// The label of `Decision::Applicable`.
    SOA_DECISION_APPLICABLE = "soa-decision-applicable",
    /// The label of `Decision::Excluded`.
    SOA_DECISION_EXCLUDED = "soa-decision-excluded",
    /// The label of `Decision::ToDecide`.
    SOA_DECISION_TO_DECIDE = "soa-decision-to-decide",
    /// A generated justification: required by law or regulation.
    SOA_JUSTIFICATION_LEGAL = "soa-justification-legal",
    /// A generated justification: required by contracts.
    SOA_JUSTIFICATION_CONTRACTUAL = "soa-justification-contractual",
    /// A generated justification: good practice for the business.
    SOA_JUSTIFICATION_BUSINESS = "soa-justification-business",
    /// Why a control is recommended: the threat library maps the risk's
    /// threat to it. Arguments: `threat` (its id), `name`, `rationale`.
    REASON_THREAT = "reason-threat",
    /// Why a control is recommended: the vulnerability library maps one of
    /// the risk's vulnerabilities to it. Arguments: `vulnerability` (its id),
    /// `name`, `rationale`.
    REASON_VULNERABILITY = "reason-vulnerability",
    /// Why a control is recommended: it protects what the threat harms.
    /// Argument: `properties` (e.g. "confidentiality and integrity").
    REASON_PROPERTIES = "reason-properties",
    /// Why a control is recommended: it detects or recovers from outages.
    REASON_RECOVERS = "reason-recovers",
    /// Why a control is recommended: it prevents, and the risk is driven by
    /// likelihood.
    REASON_PREVENTIVE = "reason-preventive",

    /// "yes" in a Markdown table cell.
    MD_YES = "md-yes",
    /// "no" in a Markdown table cell.
    MD_NO = "md-no",
    /// The column of a step's or gap's rank.
    COLUMN_RANK = "column-rank",
    /// The column of Annex A controls.
    COLUMN_CONTROL = "column-control",
    /// The column of a control's effort.
    COLUMN_EFFORT = "column-effort",
    /// The column of the risks a plan step lowers.
    COLUMN_LOWERS = "column-lowers",
    /// The column of the risks a plan step brings within tolerance.
    COLUMN_BRINGS_WITHIN_TOLERANCE = "column-brings-within-tolerance",
    /// The column of a score.
    COLUMN_SCORE = "column-score",
    /// The column of a control's effect.
    COLUMN_EFFECT = "column-effect",
    /// The column saying whether a control is in place.
    COLUMN_IN_PLACE = "column-in-place",
    /// The column of a recommendation's reasons.
    COLUMN_WHY = "column-why",
    /// The column of a control's applicability.
    COLUMN_APPLICABLE = "column-applicable",
    /// The column of a control's inclusion reasons.
    COLUMN_REASONS = "column-reasons",
    /// The column of the risks behind a control.
    COLUMN_RISKS = "column-risks",
    /// The column of a control's justification.
    COLUMN_JUSTIFICATION = "column-justification",
    /// The column of a status.
    COLUMN_STATUS = "column-status",
    /// The column of an owner.
    COLUMN_OWNER = "column-owner",
    /// The column of a gap-check area.
    COLUMN_AREA = "column-area",
    /// The column of how many questions are answered.
    COLUMN_ANSWERED = "column-answered",
    /// The column of a clause.
    COLUMN_CLAUSE = "column-clause",
    /// The column of a mandatory document.
    COLUMN_DOCUMENT = "column-document",
    /// The column of a document's kind (maintained or retained).
    COLUMN_KIND = "column-kind",
    /// The column of a gap-check answer.
    COLUMN_ANSWER = "column-answer",
    /// The column of a gap's priority.
    COLUMN_PRIORITY = "column-priority",
    /// The column of what closes a gap.
    COLUMN_WHAT_TO_DO = "column-what-to-do",
    /// The column of a roadmap phase.
    COLUMN_PHASE = "column-phase",
    /// The column of a phase's open gaps.
    COLUMN_OPEN_GAPS = "column-open-gaps",
    /// The column of a phase's effort.
    COLUMN_EFFORT_DAYS = "column-effort-days",
    /// The heading of the suggestions (formerly the treatment plan).
    MD_PLAN_HEADING = "md-plan-heading",
    /// The heading of the user's risk treatment plan.
    MD_RTP_HEADING = "md-rtp-heading",
    /// The column of a risk.
    COLUMN_RISK = "column-risk",
    /// The column of a treatment option.
    COLUMN_OPTION = "column-option",
    /// The column of a due date.
    COLUMN_DUE = "column-due",
    /// The column of a residual level.
    COLUMN_RESIDUAL = "column-residual",
    /// The title of the recommendations report.
    MD_RECOMMENDATIONS_TITLE = "md-recommendations-title",
    /// The heading of one risk's recommendations. Arguments: `risk` (its id), `title`, `level` (its current level).
    MD_RECOMMENDATIONS_RISK = "md-recommendations-risk",
    /// A risk no library maps to a control.
    MD_NO_LIBRARY_MAPPING = "md-no-library-mapping",
    /// The title of the SoA.
    MD_SOA_TITLE = "md-soa-title",
    /// The SoA header's organisation.
    SOA_ORGANISATION = "soa-organisation",
    /// The SoA header's ISMS scope.
    SOA_SCOPE = "soa-scope",
    /// The SoA header's standard.
    SOA_STANDARD = "soa-standard",
    /// The SoA header's version.
    SOA_VERSION = "soa-version",
    /// The SoA header's date.
    SOA_DATE = "soa-date",
    /// The SoA header's approver.
    SOA_APPROVED_BY = "soa-approved-by",
    /// How many controls are applicable. Arguments: `applicable`, `total`.
    MD_SOA_APPLICABLE = "md-soa-applicable",
    /// An excluded control's justification. Argument: `justification`.
    MD_SOA_EXCLUDED = "md-soa-excluded",
    /// A risk acceptance in the register export. Arguments: `by`, `on`, `until` (dates), `reason`.
    REGISTER_ACCEPTANCE = "register-acceptance",
    /// A readiness score. Argument: `score` (0–100).
    GAP_SCORE = "gap-score",
    /// A readiness score with no answers behind it.
    GAP_SCORE_NOT_ANSWERED = "gap-score-not-answered",
    /// The organisation's size when it was not given.
    GAP_SIZE_NOT_GIVEN = "gap-size-not-given",
    /// How many questions of an area are answered. Arguments: `answered`, `total`.
    MD_GAP_ANSWERED_OF = "md-gap-answered-of",
    /// The title of the gap-check report. Argument: `organisation`.
    MD_GAP_TITLE = "md-gap-title",
    /// The gap check's mode, size and progress. Arguments: `mode`, `size` (labels), `answered`, `total`.
    MD_GAP_SUMMARY = "md-gap-summary",
    /// The overall readiness. Argument: `score` (as words).
    MD_GAP_OVERALL = "md-gap-overall",
    /// The heading of the clause scores.
    MD_GAP_CLAUSES = "md-gap-clauses",
    /// The heading of the Annex A theme scores.
    MD_GAP_THEMES = "md-gap-themes",
    /// The heading of the documented-information checklist.
    MD_GAP_DOCUMENTS = "md-gap-documents",
    /// Documented information that is maintained (a living document).
    DOCUMENT_MAINTAINED = "document-maintained",
    /// Documented information that is retained (a record).
    DOCUMENT_RETAINED = "document-retained",
    /// The heading of the top gaps.
    MD_GAP_TOP_GAPS = "md-gap-top-gaps",
    /// How many gaps there are. Argument: `gaps`.
    MD_GAP_COUNT = "md-gap-count",
    /// No gaps so far.
    MD_GAP_NONE = "md-gap-none",
    /// The heading of the roadmap.
    MD_GAP_ROADMAP = "md-gap-roadmap",
    /// The total row of the roadmap.
    MD_GAP_TOTAL = "md-gap-total",

    /// What the phase `Phase::ScopeAndLeadership` is about.
    GAP_PHASE_SCOPE_AND_LEADERSHIP_ABOUT = "gap-phase-scope-and-leadership-about",
    /// What the phase `Phase::RiskAssessmentAndTreatment` is about.
    GAP_PHASE_RISK_ASSESSMENT_AND_TREATMENT_ABOUT = "gap-phase-risk-assessment-and-treatment-about",
    /// What the phase `Phase::ImplementationAndDocumentation` is about.
    GAP_PHASE_IMPLEMENTATION_AND_DOCUMENTATION_ABOUT = "gap-phase-implementation-and-documentation-about",
    /// What the phase `Phase::OperationAndInternalAudit` is about.
    GAP_PHASE_OPERATION_AND_INTERNAL_AUDIT_ABOUT = "gap-phase-operation-and-internal-audit-about",
    /// What the phase `Phase::CertificationAudit` is about.
    GAP_PHASE_CERTIFICATION_AUDIT_ABOUT = "gap-phase-certification-audit-about",
    /// Who the timeline speaks of when the size is not given.
    GAP_TIMELINE_MOST = "gap-timeline-most",
    /// Who the timeline speaks of. Argument: `size` (the size band's label, lower case).
    GAP_TIMELINE_OF_SIZE = "gap-timeline-of-size",
    /// The timeline with a readiness score. Arguments: `who`, `min`, `max`, `score`, `likely`.
    GAP_TIMELINE_SCORED = "gap-timeline-scored",
    /// The timeline before any answer. Arguments: `who`, `min`, `max`.
    GAP_TIMELINE_UNSCORED = "gap-timeline-unscored",

    // The spreadsheet import (core/src/import).
    /// The spreadsheet is empty.
    IMPORT_ERROR_EMPTY = "import-error-empty",
    /// A sheet with no header row or nothing under it.
    IMPORT_ERROR_NO_HEADER = "import-error-no-header",
    /// Too many rows. Arguments: `rows`, `limit`.
    IMPORT_ERROR_TOO_MANY_ROWS = "import-error-too-many-rows",
    /// Too many columns. Arguments: `columns`, `limit`.
    IMPORT_ERROR_TOO_MANY_COLUMNS = "import-error-too-many-columns",
    /// A file over the size limit. Arguments: `mib`, `limit` (MiB).
    IMPORT_ERROR_TOO_LARGE = "import-error-too-large",
    /// A workbook whose parts would inflate past the limit. Argument: `mib`.
    IMPORT_ERROR_ZIP_BOMB = "import-error-zip-bomb",
    /// A sheet with merged cells. Arguments: `sheet`, `range`.
    IMPORT_ERROR_MERGED = "import-error-merged",
    /// A password-protected workbook.
    IMPORT_ERROR_PROTECTED = "import-error-protected",
    /// A file that is not a readable spreadsheet. Argument: `detail`.
    IMPORT_ERROR_CORRUPT = "import-error-corrupt",
    /// The chosen sheet is missing. Argument: `sheet`.
    IMPORT_ERROR_NO_SHEET = "import-error-no-sheet",
    /// The header row is past the end. Arguments: `row`, `rows`.
    IMPORT_ERROR_HEADER_ROW = "import-error-header-row",
    /// A mapping file that cannot be read. Argument: `detail`.
    IMPORT_ERROR_BAD_MAPPING = "import-error-bad-mapping",
    /// The import would leave the assessment invalid. Argument: `detail`.
    IMPORT_ERROR_INVALID = "import-error-invalid",
    /// A row lacks a field every item needs. Argument: `field`.
    IMPORT_ROW_MISSING = "import-row-missing",
    /// A label with no value in the value table. Arguments: `field`, `value`.
    IMPORT_ROW_UNMAPPED = "import-row-unmapped",
    /// A step beyond the scale. Arguments: `field`, `step`, `steps`.
    IMPORT_ROW_OUT_OF_SCALE = "import-row-out-of-scale",
    /// Text that names no control. Argument: `value`.
    IMPORT_ROW_NOT_A_CONTROL = "import-row-not-a-control",
    /// An asset not in the register. Argument: `value`.
    IMPORT_ROW_UNKNOWN_ASSET = "import-row-unknown-asset",
    /// A threat or vulnerability not in the library. Arguments: `field`, `value`.
    IMPORT_ROW_UNKNOWN_LIBRARY_ITEM = "import-row-unknown-library-item",
    /// The same reference as an earlier row. Arguments: `value`, `line`.
    IMPORT_ROW_DUPLICATE = "import-row-duplicate",
    /// An item that breaks a rule of the data. Argument: `detail`.
    IMPORT_ROW_INVALID = "import-row-invalid",
    /// The reason recorded for an impact that the imported register set by hand.
    IMPORT_IMPACT_REASON = "import-impact-reason",
    /// A 2022 control and the 2013 lines that fed it. Arguments: `control`, `from`.
    IMPORT_TRANSITION_FED = "import-transition-fed",
    /// 2013 lines that feed one 2022 control and disagree. Arguments: `control`, `field`, `lines`.
    IMPORT_TRANSITION_DISAGREE = "import-transition-disagree",
    /// The 2022 controls no 2013 control maps to. Argument: `controls`.
    IMPORT_TRANSITION_NEW = "import-transition-new",
    /// A 2013 control and its line. Arguments: `control`, `line`.
    IMPORT_TRANSITION_LINE = "import-transition-line",
    // ---- The Stage 1 pack's documents (core/src/documents).
    /// The scope statement's title (4.3).
    DOC_TITLE_SCOPE = "doc-title-scope",
    /// The methodology's title (6.1.2).
    DOC_TITLE_METHODOLOGY = "doc-title-methodology",
    /// The risk assessment report's title (8.2).
    DOC_TITLE_RISK_ASSESSMENT = "doc-title-risk-assessment",
    /// The risk treatment plan's title (6.1.3 e, 8.3).
    DOC_TITLE_RISK_TREATMENT_PLAN = "doc-title-risk-treatment-plan",
    /// The SoA's title (6.1.3 d).
    DOC_TITLE_SOA = "doc-title-soa",
    /// The gap-check report's title.
    DOC_TITLE_GAP_REPORT = "doc-title-gap-report",
    /// A document's running header. Arguments: `organisation`, `title`, `version`.
    DOC_RUNNING_HEADER = "doc-running-header",
    /// The heading of the document control block (7.5.3).
    DOC_CONTROL_HEADING = "doc-control-heading",
    /// The heading of the change history.
    DOC_HISTORY_HEADING = "doc-history-heading",
    /// An empty change history.
    DOC_HISTORY_NONE = "doc-history-none",
    /// Label: the organisation.
    DOC_ORGANISATION = "doc-organisation",
    /// Label: the document's title.
    DOC_TITLE = "doc-title",
    /// Label: the clauses a document answers.
    DOC_STANDARD_CLAUSE = "doc-standard-clause",
    /// Label: the standard.
    DOC_STANDARD = "doc-standard",
    /// Label: the sector.
    DOC_SECTOR = "doc-sector",
    /// Label: the version.
    DOC_VERSION = "doc-version",
    /// Label: the date.
    DOC_DATE = "doc-date",
    /// Label: the author.
    DOC_AUTHOR = "doc-author",
    /// Label: the approver.
    DOC_APPROVER = "doc-approver",
    /// Label: the approval date.
    DOC_APPROVAL_DATE = "doc-approval-date",
    /// Label: a change history row's description.
    DOC_CHANGE = "doc-change",
    /// The version shown when the user set none.
    DOC_DRAFT = "doc-draft",
    /// A value the user has not filled in.
    DOC_NOT_SET = "doc-not-set",
    /// An approval date not yet given.
    DOC_NOT_APPROVED = "doc-not-approved",
    /// A gap-check question without an answer.
    DOC_NOT_ANSWERED = "doc-not-answered",
    /// Yes, in a document's table.
    DOC_YES = "doc-yes",
    /// No, in a document's table.
    DOC_NO = "doc-no",
    /// An applicable control.
    DOC_APPLICABLE = "doc-applicable",
    /// An excluded control.
    DOC_NOT_APPLICABLE = "doc-not-applicable",
    /// An excluded control without a justification.
    DOC_EXCLUSION_MISSING = "doc-exclusion-missing",
    /// The assets cell of an event-based risk.
    DOC_EVENT_BASED = "doc-event-based",
    /// Scope: the organisation heading.
    DOC_SCOPE_ORGANISATION = "doc-scope-organisation",
    /// Scope: the statement heading.
    DOC_SCOPE_STATEMENT = "doc-scope-statement",
    /// Scope: no statement.
    DOC_SCOPE_STATEMENT_MISSING = "doc-scope-statement-missing",
    /// Scope: the boundaries heading.
    DOC_SCOPE_BOUNDARIES = "doc-scope-boundaries",
    /// Scope: no boundaries.
    DOC_SCOPE_BOUNDARIES_MISSING = "doc-scope-boundaries-missing",
    /// Column: the kind of boundary.
    DOC_SCOPE_BOUNDARY = "doc-scope-boundary",
    /// Column: what is in scope.
    DOC_SCOPE_IN_SCOPE = "doc-scope-in-scope",
    /// A site in scope.
    DOC_SCOPE_SITE = "doc-scope-site",
    /// A service in scope.
    DOC_SCOPE_SERVICE = "doc-scope-service",
    /// A team in scope.
    DOC_SCOPE_TEAM = "doc-scope-team",
    /// Scope: the interfaces heading.
    DOC_SCOPE_INTERFACES = "doc-scope-interfaces",
    /// Scope: what the interfaces table lists.
    DOC_SCOPE_INTERFACES_ABOUT = "doc-scope-interfaces-about",
    /// Scope: no interfaces.
    DOC_SCOPE_INTERFACES_NONE = "doc-scope-interfaces-none",
    /// Scope: the interested parties heading (4.2).
    DOC_SCOPE_PARTIES = "doc-scope-parties",
    /// Scope: no interested parties.
    DOC_SCOPE_PARTIES_NONE = "doc-scope-parties-none",
    /// Scope: the exclusions heading.
    DOC_SCOPE_EXCLUSIONS = "doc-scope-exclusions",
    /// Scope: the number of excluded controls and of those without a
    /// justification. Arguments: `count`, `missing`.
    DOC_SCOPE_EXCLUSIONS_ABOUT = "doc-scope-exclusions-about",
    /// Scope: nothing excluded.
    DOC_SCOPE_EXCLUSIONS_NONE = "doc-scope-exclusions-none",
    /// Methodology: the purpose heading.
    DOC_METHOD_PURPOSE_HEADING = "doc-method-purpose-heading",
    /// Methodology: its purpose (6.1.2 a, b).
    DOC_METHOD_PURPOSE = "doc-method-purpose",
    /// Methodology: the risk criteria heading.
    DOC_METHOD_CRITERIA_HEADING = "doc-method-criteria-heading",
    /// Methodology: the likelihood scale heading.
    DOC_METHOD_LIKELIHOOD_HEADING = "doc-method-likelihood-heading",
    /// Methodology: the impact scale heading.
    DOC_METHOD_IMPACT_HEADING = "doc-method-impact-heading",
    /// Methodology: the impact scale also rates assets.
    DOC_METHOD_IMPACT_ABOUT = "doc-method-impact-about",
    /// Methodology: the matrix heading.
    DOC_METHOD_MATRIX_HEADING = "doc-method-matrix-heading",
    /// Methodology: how to read the matrix.
    DOC_METHOD_MATRIX_ABOUT = "doc-method-matrix-about",
    /// Methodology: the acceptance criteria heading.
    DOC_METHOD_ACCEPTANCE_HEADING = "doc-method-acceptance-heading",
    /// The tolerance. Argument: `level`.
    DOC_METHOD_TOLERANCE = "doc-method-tolerance",
    /// Methodology: the judging heading.
    DOC_METHOD_JUDGING_HEADING = "doc-method-judging-heading",
    /// Methodology: how likelihood is judged.
    DOC_METHOD_JUDGING_LIKELIHOOD = "doc-method-judging-likelihood",
    /// Methodology: the high-water mark.
    DOC_METHOD_JUDGING_HIGH_WATER_MARK = "doc-method-judging-high-water-mark",
    /// Methodology: event-based impact.
    DOC_METHOD_JUDGING_EVENT = "doc-method-judging-event",
    /// Methodology: overrides. Argument: `count`.
    DOC_METHOD_JUDGING_OVERRIDES = "doc-method-judging-overrides",
    /// Methodology: inherent, current and residual.
    DOC_METHOD_JUDGING_STAGES = "doc-method-judging-stages",
    /// Methodology: the repetition heading (8.2).
    DOC_METHOD_REPEAT_HEADING = "doc-method-repeat-heading",
    /// Methodology: how often (8.2).
    DOC_METHOD_REPEAT = "doc-method-repeat",
    /// Legend: the likelihood scale.
    DOC_LEGEND_LIKELIHOOD = "doc-legend-likelihood",
    /// Legend: the impact scale.
    DOC_LEGEND_IMPACT = "doc-legend-impact",
    /// Legend: the levels.
    DOC_LEGEND_LEVELS = "doc-legend-levels",
    /// Legend: the tolerance.
    DOC_LEGEND_TOLERANCE = "doc-legend-tolerance",
    /// Legend: the product.
    DOC_LEGEND_SCORE = "doc-legend-score",
    /// Legend: what L × I means.
    DOC_LEGEND_SCORE_ABOUT = "doc-legend-score-about",
    /// Risk assessment report: the summary heading.
    DOC_RA_SUMMARY_HEADING = "doc-ra-summary-heading",
    /// Risk assessment report: the summary. Arguments: `risks`, `inherent`, `residual`.
    DOC_RA_SUMMARY = "doc-ra-summary",
    /// Risk assessment report: the legend heading.
    DOC_RA_METHOD_HEADING = "doc-ra-method-heading",
    /// Risk assessment report: the heatmaps heading.
    DOC_RA_HEATMAPS_HEADING = "doc-ra-heatmaps-heading",
    /// Risk assessment report: the register heading.
    DOC_RA_REGISTER_HEADING = "doc-ra-register-heading",
    /// Impact basis: the high-water mark. Argument: `sources`.
    DOC_BASIS_HIGH_WATER_MARK = "doc-basis-high-water-mark",
    /// Impact basis: judged directly.
    DOC_BASIS_JUDGED = "doc-basis-judged",
    /// Impact basis: overridden. Arguments: `computed`, `reason`.
    DOC_BASIS_OVERRIDDEN = "doc-basis-overridden",
    /// Impact basis: no assets.
    DOC_BASIS_NO_ASSETS = "doc-basis-no-assets",
    /// Risk treatment plan: the purpose heading.
    DOC_RTP_ABOUT_HEADING = "doc-rtp-about-heading",
    /// Risk treatment plan: what it holds.
    DOC_RTP_ABOUT = "doc-rtp-about",
    /// Risk treatment plan: the table heading.
    DOC_RTP_PLAN_HEADING = "doc-rtp-plan-heading",
    /// Risk treatment plan: no risks.
    DOC_RTP_NO_RISKS = "doc-rtp-no-risks",
    /// Risk treatment plan: the acceptance heading (6.1.3 f).
    DOC_RTP_ACCEPTANCE_HEADING = "doc-rtp-acceptance-heading",
    /// Risk treatment plan: what the acceptance records are.
    DOC_RTP_ACCEPTANCE_ABOUT = "doc-rtp-acceptance-about",
    /// Risk treatment plan: no acceptance.
    DOC_RTP_ACCEPTANCE_NONE = "doc-rtp-acceptance-none",
    /// SoA: the intro heading.
    DOC_SOA_ABOUT_HEADING = "doc-soa-about-heading",
    /// SoA: label for the applicable count.
    DOC_SOA_APPLICABLE = "doc-soa-applicable",
    /// Gap report: the summary heading.
    DOC_GAP_SUMMARY_HEADING = "doc-gap-summary-heading",
    /// Gap report: label for the mode.
    DOC_GAP_MODE = "doc-gap-mode",
    /// Gap report: label for the size.
    DOC_GAP_SIZE = "doc-gap-size",
    /// Gap report: label for the overall score.
    DOC_GAP_OVERALL = "doc-gap-overall",
    /// Gap report: the appendix heading.
    DOC_GAP_APPENDIX_HEADING = "doc-gap-appendix-heading",
    /// Column: an id.
    DOC_COLUMN_ID = "doc-column-id",
    /// Column: a title.
    DOC_COLUMN_TITLE = "doc-column-title",
    /// Column: an asset.
    DOC_COLUMN_ASSET = "doc-column-asset",
    /// Column: a risk's assets.
    DOC_COLUMN_ASSETS = "doc-column-assets",
    /// Column: a type.
    DOC_COLUMN_TYPE = "doc-column-type",
    /// Column: a description.
    DOC_COLUMN_DESCRIPTION = "doc-column-description",
    /// Column: a location.
    DOC_COLUMN_LOCATION = "doc-column-location",
    /// Column: the confidentiality rating.
    DOC_COLUMN_CONFIDENTIALITY = "doc-column-confidentiality",
    /// Column: the integrity rating.
    DOC_COLUMN_INTEGRITY = "doc-column-integrity",
    /// Column: the availability rating.
    DOC_COLUMN_AVAILABILITY = "doc-column-availability",
    /// Column: an interested party.
    DOC_COLUMN_INTERESTED_PARTY = "doc-column-interested-party",
    /// Column: their requirements.
    DOC_COLUMN_REQUIREMENTS = "doc-column-requirements",
    /// Column: why a control is excluded.
    DOC_COLUMN_EXCLUSION_JUSTIFICATION = "doc-column-exclusion-justification",
    /// Column: a scale step's value.
    DOC_COLUMN_VALUE = "doc-column-value",
    /// Column: a name.
    DOC_COLUMN_NAME = "doc-column-name",
    /// Column: a scale step's definition.
    DOC_COLUMN_DEFINITION = "doc-column-definition",
    /// Column: a risk level.
    DOC_COLUMN_LEVEL = "doc-column-level",
    /// Column: within the tolerance.
    DOC_COLUMN_ACCEPTABLE = "doc-column-acceptable",
    /// Column: a risk's title.
    DOC_COLUMN_RISK = "doc-column-risk",
    /// Column: the risk owner.
    DOC_COLUMN_RISK_OWNER = "doc-column-risk-owner",
    /// Column: how the impact was found.
    DOC_COLUMN_IMPACT_BASIS = "doc-column-impact-basis",
    /// Column: inherent likelihood.
    DOC_COLUMN_INHERENT_L = "doc-column-inherent-l",
    /// Column: inherent impact.
    DOC_COLUMN_INHERENT_I = "doc-column-inherent-i",
    /// Column: inherent product.
    DOC_COLUMN_INHERENT_LXI = "doc-column-inherent-lxi",
    /// Column: inherent level.
    DOC_COLUMN_INHERENT_LEVEL = "doc-column-inherent-level",
    /// Column: existing controls.
    DOC_COLUMN_EXISTING_CONTROLS = "doc-column-existing-controls",
    /// Column: the current level.
    DOC_COLUMN_CURRENT_LEVEL = "doc-column-current-level",
    /// Column: residual likelihood.
    DOC_COLUMN_RESIDUAL_L = "doc-column-residual-l",
    /// Column: residual impact.
    DOC_COLUMN_RESIDUAL_I = "doc-column-residual-i",
    /// Column: residual product.
    DOC_COLUMN_RESIDUAL_LXI = "doc-column-residual-lxi",
    /// Column: the residual level.
    DOC_COLUMN_RESIDUAL_LEVEL = "doc-column-residual-level",
    /// Column: residual within the acceptance criteria.
    DOC_COLUMN_WITHIN_TOLERANCE = "doc-column-within-tolerance",
    /// Column: the treatment option.
    DOC_COLUMN_OPTION = "doc-column-option",
    /// Column: planned controls.
    DOC_COLUMN_CONTROLS = "doc-column-controls",
    /// Column: who owns the treatment.
    DOC_COLUMN_TREATMENT_OWNER = "doc-column-treatment-owner",
    /// Column: the due date.
    DOC_COLUMN_DUE = "doc-column-due",
    /// Column: the treatment's effort (XS–XL).
    DOC_COLUMN_EFFORT = "doc-column-effort",
    /// An SoA row still to be decided, in a document.
    DOC_TO_DECIDE = "doc-to-decide",
    /// Column: the treatment's cost in the assessment's currency.
    DOC_COLUMN_COST = "doc-column-cost",
    /// Column: where the residual rating comes from.
    DOC_COLUMN_RESIDUAL_BASIS = "doc-column-residual-basis",
    /// A residual set by hand before reasons were recorded.
    DOC_RESIDUAL_SET_BY_HAND = "doc-residual-set-by-hand",
    /// Column: who accepted.
    DOC_COLUMN_ACCEPTED_BY = "doc-column-accepted-by",
    /// Column: when.
    DOC_COLUMN_ACCEPTED_ON = "doc-column-accepted-on",
    /// Column: until when.
    DOC_COLUMN_ACCEPTED_UNTIL = "doc-column-accepted-until",
    /// Column: the reason.
    DOC_COLUMN_REASON = "doc-column-reason",
    /// Column: applicable or not.
    DOC_COLUMN_APPLICABILITY = "doc-column-applicability",
    /// Column: evidence references.
    DOC_COLUMN_EVIDENCE = "doc-column-evidence",
    /// Column: a gap score.
    DOC_COLUMN_SCORE_OF_100 = "doc-column-score-of-100",
    /// Column: answered questions.
    DOC_COLUMN_ANSWERED_COUNT = "doc-column-answered-count",
    /// Column: questions.
    DOC_COLUMN_QUESTIONS = "doc-column-questions",
    /// Column: a question.
    DOC_COLUMN_QUESTION = "doc-column-question",
    /// The heatmap's corner cell: rows are likelihood (highest at the top), columns impact.
    DOC_HEATMAP_AXES = "doc-heatmap-axes",
    /// A page footer. Arguments: `page`, `pages` (fields the writer fills in).
    DOC_PAGE_OF = "doc-page-of",
    /// The workbook's title property.
    XLSX_TITLE = "xlsx-title",
    /// Sheet: the cover with each document's control block.
    XLSX_SHEET_COVER = "xlsx-sheet-cover",
    /// Sheet: the Statement of Applicability.
    XLSX_SHEET_SOA = "xlsx-sheet-soa",
    /// Sheet: the risk register.
    XLSX_SHEET_RISK_REGISTER = "xlsx-sheet-risk-register",
    /// Sheet: the risk treatment plan.
    XLSX_SHEET_RISK_TREATMENT_PLAN = "xlsx-sheet-risk-treatment-plan",
    /// Sheet: the risk acceptance records.
    XLSX_SHEET_RISK_ACCEPTANCE = "xlsx-sheet-risk-acceptance",
    /// Sheet: the asset register.
    XLSX_SHEET_ASSET_REGISTER = "xlsx-sheet-asset-register",
    /// Sheet: the risk criteria.
    XLSX_SHEET_METHOD = "xlsx-sheet-method",
    /// Sheet: every document's change history.
    XLSX_SHEET_HISTORY = "xlsx-sheet-history",
    /// Sheet: the gap check's questions and answers.
    XLSX_SHEET_GAP = "xlsx-sheet-gap",
    /// The sheet with the risk register as data (the CSV's columns).
    XLSX_SHEET_RISK_DATA = "xlsx-sheet-risk-data",
    /// Column: the Annex A theme.
    XLSX_COLUMN_THEME = "xlsx-column-theme",
    /// Column: the part of the method.
    XLSX_COLUMN_PART = "xlsx-column-part",
    /// A level within the tolerance.
    XLSX_ACCEPTABLE = "xlsx-acceptable",
    /// A level above the tolerance.
    XLSX_NEEDS_TREATMENT = "xlsx-needs-treatment",
    /// The sheet header's right part. Arguments: `title`, `version`.
    XLSX_HEADER_VERSION = "xlsx-header-version",
    /// Appended to text cut to fit a spreadsheet cell.
    XLSX_CELL_CUT = "xlsx-cell-cut",
    /// The cover's label for the day the workbook was made.
    XLSX_GENERATED = "xlsx-generated",

    // Issue 18 (wt-a): limits in the forms, the checked autosave, the
    // recovery view's repair, the simulation's run estimate.
    /// Under a text field whose text reached the limit. Argument: `limit`
    /// (characters).
    FIELD_LIMIT_REACHED = "field-limit-reached",
    /// The banner's title when the autosave refused what it would write.
    AUTOSAVE_REFUSED_TITLE = "autosave-refused-title",
    /// Why the autosave wrote nothing. Arguments: `field` (the JSON path of
    /// the field at fault), `problem` (what is wrong and what to do).
    AUTOSAVE_REFUSED = "autosave-refused",
    /// The recovery banner's title.
    RECOVERY_TITLE = "recovery-title",
    /// The recovery banner's body. Arguments: `key` (the backup key),
    /// `reason`.
    RECOVERY_BODY = "recovery-body",
    /// The recovery banner's download button.
    RECOVERY_DOWNLOAD = "recovery-download",
    /// A banner's dismiss button.
    BANNER_DISMISS = "banner-dismiss",
    /// Above the list of what the repair would change. Argument: `count`.
    RECOVERY_REPAIRABLE = "recovery-repairable",
    /// The button that loads the repaired data.
    RECOVERY_LOAD_REPAIRED = "recovery-load-repaired",
    /// The notice after loading the repaired data. Arguments: `count`
    /// (changes), `key` (the backup key holding the original).
    RECOVERY_LOADED = "recovery-loaded",
    /// A text the repair shortened. Arguments: `path`, `from`, `to`
    /// (characters).
    REPAIR_SHORTENED = "repair-shortened",
    /// An id the repair renumbered. Arguments: `path`, `from`, `to` (ids).
    REPAIR_RENUMBERED = "repair-renumbered",
    /// The simulation's estimate before a run. Arguments: `seconds` (in a
    /// browser), `years` (scenario-years), `events` (loss events drawn),
    /// `rate` (draws a second natively).
    QUANT_RUN_ESTIMATE = "quant-run-estimate",
    // ── Issue 14 (wt-d): findable libraries, glossary, badge tooltips ──
    /// A combobox's placeholder.
    COMBO_PLACEHOLDER = "combo-placeholder",
    /// How to use a combobox, for screen readers.
    COMBO_KEYS_HINT = "combo-keys-hint",
    /// How many items a multi-pick combobox holds. Argument: `count`.
    COMBO_CHOSEN = "combo-chosen",
    /// A combobox query that matches nothing.
    COMBO_NO_MATCH = "combo-no-match",
    /// Options not listed. Argument: `count`.
    COMBO_MORE = "combo-more",
    /// The name of a chosen item's remove button. Argument: `item`.
    COMBO_REMOVE = "combo-remove",
    /// The tag of a vulnerability linked to the chosen threat.
    COMBO_LINKED = "combo-linked",
    /// The threat combobox's first option: no threat.
    RISK_NO_THREAT = "risk-no-threat",
    /// The threat combobox's label.
    RISK_THREAT_LABEL = "risk-threat-label",
    /// The vulnerabilities combobox's label.
    RISK_VULNS_LABEL = "risk-vulns-label",
    /// The existing-controls picker's label.
    RISK_EXISTING_LABEL = "risk-existing-label",
    /// The collapsed existing-controls picker. Argument: `count`.
    RISK_EXISTING_TOGGLE = "risk-existing-toggle",
    /// The treatment editor: a control to plan that is not recommended.
    TREATMENT_OTHER_CONTROL_LABEL = "treatment-other-control-label",
    /// The risk form's likelihood label.
    RISK_LIKELIHOOD_LABEL = "risk-likelihood-label",
    /// The risk form's legend of the C, I and A checkboxes.
    RISK_HARMS_LEGEND = "risk-harms-legend",
    /// The risk form's owner label.
    RISK_OWNER_LABEL = "risk-owner-label",
    /// Before the current level's badge in the treatment editor.
    TREATMENT_CURRENT_LEVEL = "treatment-current-level",
    /// Before the residual level's badge in the treatment editor.
    TREATMENT_RESIDUAL_LEVEL = "treatment-residual-level",
    /// The treatment option's label.
    TREATMENT_OPTION_LABEL = "treatment-option-label",
    /// The effort's label.
    TREATMENT_EFFORT_LABEL = "treatment-effort-label",
    /// The heading of the planned controls.
    TREATMENT_PLANNED = "treatment-planned",
    /// The treatment editor's heading of the recommended controls.
    TREATMENT_RECOMMENDED = "treatment-recommended",
    /// The "?" button's accessible name. Argument: `term`.
    TERM_HELP = "term-help",
    /// The link from an entry to the full glossary.
    TERM_MORE = "term-more",
    /// The help page's heading.
    HELP_TITLE = "help-title",
    /// The help page's introduction.
    HELP_INTRO = "help-intro",
    /// The navigation name of the help page.
    HELP_NAV = "help-nav",
    /// A level badge's tooltip within tolerance. Arguments: `level`, `l`, `i`.
    BADGE_TIP_WITHIN = "badge-tip-within",
    /// A level badge's tooltip above tolerance. Arguments: `level`, `l`, `i`.
    BADGE_TIP_ABOVE = "badge-tip-above",
    /// Glossary: the name of a term.
    GLOSSARY_ISMS_NAME = "glossary-isms-name",
    /// Glossary: the entry of a term.
    GLOSSARY_ISMS = "glossary-isms",
    /// Glossary: the name of a term.
    GLOSSARY_HIGH_WATER_MARK_NAME = "glossary-high-water-mark-name",
    /// Glossary: the entry of a term.
    GLOSSARY_HIGH_WATER_MARK = "glossary-high-water-mark",
    /// Glossary: the name of a term.
    GLOSSARY_INHERENT_RISK_NAME = "glossary-inherent-risk-name",
    /// Glossary: the entry of a term.
    GLOSSARY_INHERENT_RISK = "glossary-inherent-risk",
    /// Glossary: the name of a term.
    GLOSSARY_CURRENT_RISK_NAME = "glossary-current-risk-name",
    /// Glossary: the entry of a term.
    GLOSSARY_CURRENT_RISK = "glossary-current-risk",
    /// Glossary: the name of a term.
    GLOSSARY_RESIDUAL_RISK_NAME = "glossary-residual-risk-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RESIDUAL_RISK = "glossary-residual-risk",
    /// Glossary: the name of a term.
    GLOSSARY_L_X_I_NAME = "glossary-l-x-i-name",
    /// Glossary: the entry of a term.
    GLOSSARY_L_X_I = "glossary-l-x-i",
    /// Glossary: the name of a term.
    GLOSSARY_WITHIN_TOLERANCE_NAME = "glossary-within-tolerance-name",
    /// Glossary: the entry of a term.
    GLOSSARY_WITHIN_TOLERANCE = "glossary-within-tolerance",
    /// Glossary: the name of a term.
    GLOSSARY_CIA_NAME = "glossary-cia-name",
    /// Glossary: the entry of a term.
    GLOSSARY_CIA = "glossary-cia",
    /// Glossary: the name of a term.
    GLOSSARY_FINDING_CODE_NAME = "glossary-finding-code-name",
    /// Glossary: the entry of a term.
    GLOSSARY_FINDING_CODE = "glossary-finding-code",
    /// Glossary: the name of a term.
    GLOSSARY_EFFORT_NAME = "glossary-effort-name",
    /// Glossary: the entry of a term.
    GLOSSARY_EFFORT = "glossary-effort",
    /// Glossary: the name of a term.
    GLOSSARY_FAIR_NAME = "glossary-fair-name",
    /// Glossary: the entry of a term.
    GLOSSARY_FAIR = "glossary-fair",
    /// Glossary: the name of a term.
    GLOSSARY_LOGNORMAL_NAME = "glossary-lognormal-name",
    /// Glossary: the entry of a term.
    GLOSSARY_LOGNORMAL = "glossary-lognormal",
    /// Glossary: the name of a term.
    GLOSSARY_RANDOM_SEED_NAME = "glossary-random-seed-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RANDOM_SEED = "glossary-random-seed",
    /// Glossary: the name of a term.
    GLOSSARY_RISK_OWNER_NAME = "glossary-risk-owner-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RISK_OWNER = "glossary-risk-owner",
    /// Glossary: the name of a term.
    GLOSSARY_RISK_TREATMENT_PLAN_NAME = "glossary-risk-treatment-plan-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RISK_TREATMENT_PLAN = "glossary-risk-treatment-plan",
    /// Glossary: the name of a term.
    GLOSSARY_SOA_NAME = "glossary-soa-name",
    /// Glossary: the entry of a term.
    GLOSSARY_SOA = "glossary-soa",
    /// Glossary: the name of a term.
    GLOSSARY_RISK_CRITERIA_NAME = "glossary-risk-criteria-name",
    /// Glossary: the entry of a term.
    GLOSSARY_RISK_CRITERIA = "glossary-risk-criteria",
    /// Glossary: the name of a term.
    GLOSSARY_NONCONFORMITY_NAME = "glossary-nonconformity-name",
    /// Glossary: the entry of a term.
    GLOSSARY_NONCONFORMITY = "glossary-nonconformity",
    /// Glossary: the name of a term.
    GLOSSARY_DOCUMENTED_INFORMATION_NAME = "glossary-documented-information-name",
    /// Glossary: the entry of a term.
    GLOSSARY_DOCUMENTED_INFORMATION = "glossary-documented-information",
    // Issue 14 (phone layouts, SoA by theme, navigation counts, axe): the
    // navigation, the register cards' labels and the SoA themes.
    /// The navigation's name (its landmark).
    NAV_LABEL = "nav-label",
    /// The button that opens the navigation on a phone.
    NAV_MENU = "nav-menu",
    /// After "SoA" in the navigation link's name. Arguments: `to_decide`,
    /// `findings` (numbers).
    NAV_SOA_COUNTS = "nav-soa-counts",
    /// The to-decide badge's tooltip. Argument: `count`.
    NAV_TO_DECIDE = "nav-to-decide",
    /// The findings badge's tooltip. Argument: `count`.
    NAV_FINDINGS = "nav-findings",
    /// Column: an item's id.
    COL_ID = "col-id",
    /// Column: a name.
    COL_NAME = "col-name",
    /// Column: an asset's type.
    COL_TYPE = "col-type",
    /// Column: an owner.
    COL_OWNER = "col-owner",
    /// Column: confidentiality (short).
    COL_C = "col-c",
    /// Column: integrity (short).
    COL_I = "col-i",
    /// Column: availability (short).
    COL_A = "col-a",
    /// Column: confidentiality (the card label on a phone).
    COL_CONFIDENTIALITY = "col-confidentiality",
    /// Column: integrity (the card label on a phone).
    COL_INTEGRITY = "col-integrity",
    /// Column: availability (the card label on a phone).
    COL_AVAILABILITY = "col-availability",
    /// Column: the row's buttons.
    COL_ACTIONS = "col-actions",
    /// Column: a risk.
    COL_RISK = "col-risk",
    /// Column: the inherent level.
    COL_INHERENT = "col-inherent",
    /// Column: the current level.
    COL_CURRENT = "col-current",
    /// Column: the residual level.
    COL_RESIDUAL = "col-residual",
    /// Column: the treatment option.
    COL_TREATMENT = "col-treatment",
    /// Column: the treatment option (treatment plan).
    COL_OPTION = "col-option",
    /// Column: the planned controls.
    COL_PLANNED_CONTROLS = "col-planned-controls",
    /// Column: the due date.
    COL_DUE = "col-due",
    /// Column: the status.
    COL_STATUS = "col-status",
    /// Column: the effort.
    COL_EFFORT = "col-effort",
    /// Column: the cost. Argument: `currency`.
    COL_COST = "col-cost",
    /// A theme of the SoA, closed or open: its counts. Arguments: `shown`,
    /// `to_decide`, `findings` (numbers).
    SOA_THEME_COUNTS = "soa-theme-counts",
    /// Opens every theme of the SoA.
    SOA_EXPAND_ALL = "soa-expand-all",
    /// Closes every theme of the SoA.
    SOA_COLLAPSE_ALL = "soa-collapse-all",
    /// A planned control's link to its SoA entry. Argument: `control`.
    SOA_OPEN_CONTROL = "soa-open-control",
    /// The heading of the risk tolerance curve on the Quantify page.
    QUANT_TOLERANCE_CURVE = "quant-tolerance-curve",
    // ---- Catalogue prose loaded on demand (wt-prose, issue 17 item 1) ----
    /// Shown in place of a threat's or vulnerability's description, or a
    /// control's rationale, while the catalogue prose module loads.
    PROSE_LOADING = "prose-loading",
    /// The catalogue prose module is not JSON of the expected shape.
    /// Argument: `detail` (the parser's message).
    PROSE_NOT_JSON = "prose-not-json",
    /// The catalogue prose module lacks a text. Argument: `what` (e.g.
    /// `T01 description`, `V07 → 8.5 rationale`).
    PROSE_MISSING = "prose-missing",
    /// The catalogue prose module could not be loaded. Argument: `detail`.
    PROSE_LOAD_FAILED = "prose-load-failed",
}
