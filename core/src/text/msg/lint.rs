//! The ids of the lint findings (`core/src/lint/`) and of the words their
//! sentences are built from, and of the recommendation's reasons.
//! Re-exported from [`super`].

use super::MessageId;

messages! {
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
}
