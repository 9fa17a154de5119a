# Annexa's texts in English. One message per sentence a user reads; the code
# names them through core/src/text/msg.rs. Terms follow ISO/IEC 27001:2022
# and ISO/IEC 27005:2022 (risk owner, risk treatment plan, residual risk,
# risk criteria, nonconformity, documented information).

unnamed-organisation = Unnamed organisation
treatment-not-decided = Not decided
summary = { $organisation } — { $assets } asset(s), { $risks } risk(s), { $entries } SoA { $entries ->
        [one] entry
       *[other] entries
    }
risk-title-missing = { $risk } has no title: give the risk a short name, e.g. "Ransomware encrypts the file server".

## Changing a scale: what it moves, before it is applied
rescale-line = { $what }: { $from } → { $to }
rescale-line-restored = { $what } restored: { $from } → { $to }
rescale-step = { $name } ({ $step } of { $steps })
rescale-asset-ratings = { $count } asset { $count ->
    [one] rating
   *[other] ratings
}
rescale-risk-likelihoods = { $count } risk { $count ->
    [one] likelihood
   *[other] likelihoods
}
rescale-risk-impacts = { $count } judged or hand-set risk { $count ->
    [one] impact
   *[other] impacts
}
rescale-current-ratings = { $count } current { $count ->
    [one] rating
   *[other] ratings
} (with existing controls)
rescale-residual-ratings = { $count } residual { $count ->
    [one] rating
   *[other] ratings
}
rescale-preview = Changing the { $scale } scale to { $steps } steps changes these ratings:
rescale-nothing = Changing the { $scale } scale to { $steps } steps changes no rating.
rescale-undo-hint = You can undo the change, and going back to { $steps } steps restores these ratings unless you change them in between.

## Deleting an asset that risks use
asset-delete-used-by = { $asset } is used by { $count ->
    [one] one risk
   *[other] { $count } risks
}:
asset-delete-risk = { $risk } { $title }
asset-delete-orphan = { $risk } { $title } (its only asset: its impact becomes unknown until you choose another asset or judge the impact directly)

## The start page: whom each way in is for, and coming back
home-for-new = For an owner or IT lead assessing their own organisation, step by step: context, assets, risks, treatment, then the Statement of Applicability.
home-for-example = For a first look: the finished register of a small client-services company, to explore and change freely.
home-for-gap-check = For a workshop or a first hour: questions on clauses 4 to 10 and a one-page result, with no register needed.
home-continue = Continue { $organisation }
home-last-saved = Last saved { $when }.
home-next-step = Next step: { $step }.
home-all-steps-done = Every step has a result: review the Statement of Applicability, or export the documents on the Data page.

## Treatment: a control's effect and the register-wide plan

effect-none = no direct effect
effect-likelihood = likelihood −{ $likelihood }
effect-impact = impact −{ $impact }
effect-both = likelihood −{ $likelihood }, impact −{ $impact }
plan-headline-within = No undecided risk is above tolerance after the controls already chosen: nothing to suggest.
plan-headline-above = { $risks } undecided risk(s) are above the tolerance ({ $level }) after the controls already chosen.
plan-outcome-within = After these steps every risk is within tolerance.
plan-outcome-remaining = Still above tolerance after every step: { $risks }. They need another option (avoid, transfer, accept) or further controls.

## Risks: why the inherent impact is what it is

impact-source = { $asset } { $name } ({ $property })
impact-hwm-threat = High-water mark over the properties the threat harms ({ $properties }): { $impact } from { $sources }.
impact-hwm-chosen = High-water mark over the properties this scenario harms ({ $properties }, chosen for this risk): { $impact } from { $sources }.
impact-judged = Judged directly for this event.
impact-overridden = Overridden (computed: { $computed }). Reason: { $reason }
impact-no-assets = Pick assets to compute the impact.
risk-saved = Risk { $risk } saved.
treatment-saved = Treatment of { $risk } saved.
impact-suggestion-hint = This is a suggestion: confirm it, or if this scenario would do less harm, tick "Override the computed impact" and give the reason.
impact-properties-hint = Which properties does this scenario harm? It starts with the threat's; untick those it cannot harm (a laptop theft harms confidentiality and availability, not integrity).

## Treatment: the rating the controls propose, and the acceptance record

proposal-likelihood = L{ $from } → L{ $to }
proposal-impact = I{ $from } → I{ $to }
proposal-control = { $control } { $effect }
proposal-reason = { $change }: { $controls }
proposal-reason-capped = { $change }: { $controls } (at most { $steps } steps per axis)
proposal-unchanged = No control changes the rating.
target-reason-missing = The residual you set for { $risk } differs from what the planned controls give: say why in "Reason for this residual", or clear "Set another residual".
control-done-no-risk = There is no risk { $risk }: reload the page and try again.
control-done-not-planned = { $control } is not a planned control of { $risk }: tick it under the recommended controls first.
acceptance-missing-accept = { $risk } is accepted but has no acceptance record: record who accepted it (the risk owner), when, until when and why.
acceptance-missing-residual = The residual risk of { $risk } is above the risk tolerance: record the risk owner's acceptance (who, when, until when, why) or plan more controls.
acceptance-incomplete = The acceptance of { $risk } is not complete: fill in { $fields }.
effort-xs = XS (hours)
effort-s = S (days)
effort-m = M (weeks)
effort-l = L (a month or two)
effort-xl = XL (a quarter or more)
acceptance-gap-by = who accepted it (Accepted by)
acceptance-gap-reason = why it is acceptable
acceptance-gap-period = a "Valid until" date on or after "Accepted on"

## Labels of options and statuses

inclusion-reason-risk-treatment = Risk treatment
inclusion-reason-legal-regulatory = Legal/regulatory
inclusion-reason-contractual = Contractual
inclusion-reason-business-practice = Business/best practice

implementation-status-not-started = Not started
implementation-status-planned = Planned
implementation-status-partially-implemented = Partially implemented
implementation-status-implemented = Implemented

gap-answer-yes = Yes
gap-answer-partly = Partly
gap-answer-no = No
gap-answer-not-applicable = Not applicable
gap-answer-dont-know = Don't know

gap-mode-short = Short (about 10 minutes)
gap-mode-thorough = Thorough (every Annex A control)

size-band-micro = 1–10 people
size-band-small = 11–50 people
size-band-medium = 51–250 people
size-band-large = More than 250 people

treatment-option-mitigate = Mitigate
treatment-option-accept = Accept
treatment-option-avoid = Avoid
treatment-option-transfer = Transfer
treatment-status-not-started = Not started
treatment-status-in-progress = In progress
treatment-status-done = Done

sector-saas-cloud = SaaS / cloud
sector-fintech-ecommerce = Fintech / e-commerce
sector-healthcare = Healthcare
sector-education = Education
sector-logistics = Logistics
sector-managed-services = Managed services
sector-public-sector = Public sector
sector-professional-services = Professional services (accounting, legal, consulting)
sector-retail = Retail
sector-manufacturing = Manufacturing
sector-non-profit = Non-profit

gap-area-context = 4 Context of the organization
gap-area-leadership = 5 Leadership
gap-area-planning = 6 Planning
gap-area-support = 7 Support
gap-area-operation = 8 Operation
gap-area-performance = 9 Performance evaluation
gap-area-improvement = 10 Improvement
gap-area-organizational = A.5 Organizational controls
gap-area-people = A.6 People controls
gap-area-physical = A.7 Physical controls
gap-area-technological = A.8 Technological controls

gap-area-short-context = 4 Context
gap-area-short-leadership = 5 Leadership
gap-area-short-planning = 6 Planning
gap-area-short-support = 7 Support
gap-area-short-operation = 8 Operation
gap-area-short-performance = 9 Performance
gap-area-short-improvement = 10 Improvement
gap-area-short-organizational = A.5 Organizational
gap-area-short-people = A.6 People
gap-area-short-physical = A.7 Physical
gap-area-short-technological = A.8 Technological

gap-phase-scope-and-leadership = Scope and leadership
gap-phase-risk-assessment-and-treatment = Risk assessment and treatment
gap-phase-implementation-and-documentation = Implementation and documentation
gap-phase-operation-and-internal-audit = Operation and internal audit
gap-phase-certification-audit = Stage 1 and stage 2 audit

document-status-present = Present
document-status-partial = Partly there
document-status-missing = Missing
document-status-not-answered = Not answered

theme-organizational = Organizational controls
theme-people = People controls
theme-physical = Physical controls
theme-technological = Technological controls

asset-type-information = Information
asset-type-software = Software
asset-type-hardware = Hardware
asset-type-service = Service
asset-type-people = People
asset-type-site = Site
asset-type-supplier = Supplier
asset-type-cloud-service = Cloud service

security-property-confidentiality = Confidentiality
security-property-integrity = Integrity
security-property-availability = Availability

stage-inherent = Inherent
stage-current = Current
stage-residual = Residual

## Lint findings: what is wrong and what to do

lint-excluded-without-justification = Control { $control } { $title } is excluded without a justification: write why it does not apply, or mark it applicable.
lint-applicable-without-driver = Control { $control } { $title } is applicable but nothing drives it: link it to a risk or give an inclusion reason (legal, contractual, business).
lint-untreated-risk = Risk { $risk } is { $level } (above the tolerance of { $tolerance }) and has no treatment: choose mitigate, avoid or transfer, or record an acceptance.
lint-residual-above-current = Risk { $risk }: the residual level ({ $residual }) is above the current level ({ $current }); a treatment should not raise a risk, so check the target likelihood and impact.
lint-mitigation-without-control = Risk { $risk } is to be mitigated but no control is planned: pick controls from the recommendations.
lint-expired-acceptance = Risk { $risk }: the acceptance by { $by } ran out on { $until }: review the risk and renew or change the decision.
lint-accepted-by-someone = someone
lint-asset-without-owner = Asset { $asset } { $name } has no owner: name the person accountable for it.

## Lists

list-and = { $first } and { $second }

## The Statement of Applicability: its standard and generated justifications

soa-standard-2022 = ISO/IEC 27001:2022 (incl. Amd 1:2024)
soa-standard-2013 = ISO/IEC 27001:2013 (transition)
soa-justification-risk = { $risk } ({ $title })
soa-justification-more = and { $count } more
soa-justification-risks = Selected to treat { $risks }.
soa-justification-legal = Required by law or regulation.
soa-justification-contractual = Required by customer or partner contracts.
soa-justification-business = Adopted as good practice for the business.

## Why a control is recommended

reason-threat = Treats threat { $threat } { $name }: { $rationale }
reason-vulnerability = Closes vulnerability { $vulnerability } { $name }: { $rationale }
reason-properties = Protects { $properties }, which this risk harms
reason-recovers = Detects or recovers from outages, which limits an availability impact
reason-preventive = Preventive, and this risk is driven more by likelihood than impact

## Reports: Markdown titles, headings, columns and sentences

md-yes = yes
md-no = no
column-rank = #
column-control = Control
column-effort = Effort
column-lowers = Lowers
column-brings-within-tolerance = Brings within tolerance
column-score = Score
column-effect = Effect
column-in-place = In place
column-why = Why
column-applicable = Applicable
column-reasons = Reasons
column-risks = Risks
column-justification = Justification
column-status = Status
column-owner = Owner
column-area = Area
column-answered = Answered
column-clause = Clause
column-document = Document
column-kind = Kind
column-answer = Answer
column-priority = Priority
column-what-to-do = What to do
column-phase = Phase
column-open-gaps = Open gaps
column-effort-days = Effort (person-days)
md-plan-heading = Suggestions
md-rtp-heading = Risk treatment plan
column-risk = Risk
column-option = Option
column-due = Due
column-residual = Residual
md-recommendations-title = Control recommendations
md-recommendations-risk = { $risk } { $title } (current: { $level })
md-no-library-mapping = No library mapping: pick a threat or vulnerabilities to get recommendations.
md-soa-title = Statement of Applicability
soa-organisation = Organisation
soa-scope = ISMS scope
soa-standard = Standard
soa-version = SoA version
soa-date = Date
soa-approved-by = Approved by
md-soa-applicable = { $applicable } of { $total } controls applicable.
md-soa-excluded = Excluded: { $justification }
register-acceptance = by { $by } on { $on } until { $until }: { $reason }
gap-score = { $score } / 100
gap-score-not-answered = not answered
gap-size-not-given = not given
md-gap-answered-of = { $answered } of { $total }
md-gap-title = ISO/IEC 27001 gap check: { $organisation }
md-gap-summary = Mode: { $mode }. Size: { $size }. { $answered } of { $total } questions answered.
md-gap-overall = Overall readiness: { $score }
md-gap-clauses = Clauses 4–10
md-gap-themes = Annex A themes
md-gap-documents = Mandatory documented information
document-maintained = maintained
document-retained = retained
md-gap-top-gaps = Top gaps
md-gap-count = { $gaps } gap(s) in all.
md-gap-none = No gaps among the answered questions.
md-gap-roadmap = Roadmap
md-gap-total = Total

## The gap check's roadmap: phases and timeline

gap-phase-scope-and-leadership-about = Agree with management why you want the ISMS, what it covers and who owns it.
gap-phase-risk-assessment-and-treatment-about = Assess your risks with a documented method, decide how to treat them, and record the controls in the Statement of Applicability.
gap-phase-implementation-and-documentation-about = Put the chosen controls in place, train people, and write the policies and procedures the ISMS needs.
gap-phase-operation-and-internal-audit-about = Run the ISMS for a few months to build up records, measure it, audit it internally and hold a management review.
gap-phase-certification-audit-about = Choose an accredited certification body. Stage 1 reviews your documents; stage 2 checks that the ISMS works in practice. Close any findings they raise.
gap-timeline-most = Most organisations
gap-timeline-of-size = Organisations of { $size }
gap-timeline-scored = { $who } typically need { $min } to { $max } months from start to certificate. With a readiness score of { $score }, expect about { $likely } months.
gap-timeline-unscored = { $who } typically need { $min } to { $max } months from start to certificate. Answer the questions to narrow this down.
