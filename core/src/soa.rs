//! The Statement of Applicability, generated from the assessment: one row
//! for each of the 93 controls, with the user's edits laid over it.

use std::collections::BTreeMap;

use serde::Serialize;

use super::catalogue::{self, ControlId, LegacyControlId, Theme, CONTROLS};
use super::gap::gap_question;
use super::model::{
    Answer, Assessment, Edition, ImplementationStatus, InclusionReason, QuestionId,
    RequirementBasis, RiskId,
};
use super::text::{self, msg, Arg};
use super::time::Date;

/// The most characters a spreadsheet cell holds (Excel's limit, which the
/// XLSX export must respect). Generated texts stay below it.
pub const CELL_LIMIT: usize = 32_767;

/// A cell's text that fits [`CELL_LIMIT`]: unchanged when it does,
/// else cut with "… and N more characters" (for joined lists of user text,
/// such as many long evidence references, that no single limit bounds).
pub fn fit_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let n = cell.chars().count();
    if n <= CELL_LIMIT {
        return std::borrow::Cow::Borrowed(cell);
    }
    let keep = CELL_LIMIT - 100;
    let mut out: String = cell.chars().take(keep).collect();
    out.push_str(&text::text_with(
        msg::CELL_CUT,
        &[("count", Arg::from(n - keep))],
    ));
    std::borrow::Cow::Owned(out)
}

/// What the SoA says about a control: applicable, excluded, or not decided
/// yet (ISO/IEC 27001:2022 6.1.3 d asks for a decision on every control).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// In the SoA: a risk, a requirement, a gap-check answer or the user
    /// includes it.
    Applicable,
    /// Excluded by the user (a justification is required).
    Excluded,
    /// Nothing drives it and nobody has decided: not an exclusion.
    ToDecide,
}

impl Decision {
    /// All decisions, in display order.
    pub const ALL: [Decision; 3] = [Decision::Applicable, Decision::Excluded, Decision::ToDecide];

    /// A display label, e.g. "To be decided".
    pub fn label(self) -> String {
        text::text(match self {
            Decision::Applicable => msg::SOA_DECISION_APPLICABLE,
            Decision::Excluded => msg::SOA_DECISION_EXCLUDED,
            Decision::ToDecide => msg::SOA_DECISION_TO_DECIDE,
        })
    }
}

/// One row of the SoA.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SoaRow {
    /// The control.
    pub control: ControlId,
    /// Its theme.
    pub theme: Theme,
    /// Its title.
    pub title: &'static str,
    /// Applicable, excluded or still to be decided.
    pub decision: Decision,
    /// True when the decision is [`Decision::Applicable`].
    pub applicable: bool,
    /// Why it is included (empty when excluded).
    pub reasons: Vec<InclusionReason>,
    /// The risks it treats (existing or planned).
    pub risks: Vec<RiskId>,
    /// The gap-check questions answered about it (any answer but "Not
    /// applicable"), with their answers.
    pub answers: Vec<(QuestionId, Answer)>,
    /// The interested parties whose requirements call for it (Context).
    pub parties: Vec<Party>,
    /// The justification: the user's text, or the generated one.
    pub justification: String,
    /// True when the justification is the user's own text.
    pub justification_edited: bool,
    /// Why it is excluded (required when not applicable).
    pub exclusion_justification: String,
    /// Implementation status.
    pub status: ImplementationStatus,
    /// Control owner.
    pub owner: String,
    /// Evidence references.
    pub evidence: Vec<String>,
    /// The ISO/IEC 27001:2013 controls it corresponds to.
    pub iso27001_2013: Vec<LegacyControlId>,
}

/// The SoA's document control.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SoaHeader {
    /// The organisation.
    pub organisation: String,
    /// The ISMS scope.
    pub scope: String,
    /// The standard.
    pub standard: String,
    /// SoA version.
    pub version: String,
    /// SoA date.
    pub date: Option<Date>,
    /// Approver.
    pub approver: String,
    /// For an assessment in the 2013 edition whose file used 2013 control
    /// ids: each 2013 id with the 2022 controls it was mapped to (Annex B).
    /// The rows are always the 93 controls of ISO/IEC 27001:2022.
    pub mapped_from_2013: Vec<(LegacyControlId, Vec<ControlId>)>,
}

/// The whole SoA.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Soa {
    /// Document control.
    pub document: SoaHeader,
    /// The 93 rows, in control order.
    pub rows: Vec<SoaRow>,
}

impl Soa {
    /// How many rows are applicable.
    pub fn applicable_count(&self) -> usize {
        self.rows.iter().filter(|r| r.applicable).count()
    }

    /// How many rows are still to be decided.
    pub fn to_decide_count(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| r.decision == Decision::ToDecide)
            .count()
    }
}

/// The standard's name for an edition.
pub fn standard_name(edition: Edition) -> String {
    text::text(match edition {
        Edition::Iso2022 => msg::SOA_STANDARD_2022,
        Edition::Iso2013 => msg::SOA_STANDARD_2013,
    })
}

/// How many risks a generated justification names before it says "and N more".
pub const JUSTIFICATION_RISKS: usize = 10;

/// The justification the SoA generates for a row from its real drivers:
/// the risks it treats, the reasons given (legal, contractual, business)
/// and the gap-check answers about it. It stays below [`CELL_LIMIT`]
/// characters: a list too long ends with "and N more".
pub fn generated_justification(
    assessment: &Assessment,
    risks: &[RiskId],
    reasons: &[InclusionReason],
    answers: &[(QuestionId, Answer)],
    parties: &[Party],
) -> String {
    justification_with(
        &|id| assessment.risk(id).map(|r| r.title.as_str()),
        risks,
        reasons,
        answers,
        parties,
    )
}

/// The inclusion reasons the interested parties' requirements give
/// control `id` (ISO/IEC 27001:2022 4.2): the SoA derives them, so a file
/// or spreadsheet that repeats them adds nothing to store.
pub fn party_reasons(assessment: &Assessment, id: ControlId) -> Vec<InclusionReason> {
    let mut out: Vec<InclusionReason> = Vec::new();
    for p in &assessment.context.interested_parties {
        if p.controls.contains(&id) {
            let r = p
                .basis
                .map_or(InclusionReason::BusinessPractice, RequirementBasis::reason);
            if !out.contains(&r) {
                out.push(r);
            }
        }
    }
    out
}

/// An interested party whose requirements call for a control: its name
/// and the basis of its requirement (ISO/IEC 27001:2022 4.2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Party {
    /// The party's name, e.g. "Data protection regulator".
    pub name: String,
    /// Legal or contractual; none when not stated.
    pub basis: Option<RequirementBasis>,
}

/// The items joined with ", ", as many as fit in `budget` characters
/// (and at most `most`); the rest are counted in a closing "and N more".
/// At least one item is always named, cut to fit when it alone is longer.
pub fn capped_list(items: &[String], most: usize, budget: usize) -> String {
    capped_list_of(items, items.len(), most, budget)
}

/// [`capped_list`] of a list of `total` items of which `items` are the
/// first (at least `most` of them, or all): only those can be named, so a
/// caller need not format the rest.
fn capped_list_of(items: &[String], total: usize, most: usize, budget: usize) -> String {
    let mut out = String::new();
    let mut used = 0usize;
    let mut named = 0usize;
    let reserve = 40; // room for ", and N more"
    for item in items.iter().take(most) {
        let n = item.chars().count() + if named == 0 { 0 } else { 2 };
        if named > 0 && used + n + reserve > budget {
            break;
        }
        if named > 0 {
            out.push_str(", ");
        }
        if named == 0 && n + reserve > budget {
            let cut: String = item
                .chars()
                .take(budget.saturating_sub(reserve + 1))
                .collect();
            out.push_str(&cut);
            out.push('…');
            used += cut.chars().count() + 1;
        } else {
            out.push_str(item);
            used += n;
        }
        named += 1;
    }
    if named < total {
        if named > 0 {
            out.push_str(", ");
        }
        out.push_str(&text::text_with(
            msg::SOA_JUSTIFICATION_MORE,
            &[("count", Arg::from(total - named))],
        ));
    }
    out
}

fn justification_with<'a>(
    title: &dyn Fn(RiskId) -> Option<&'a str>,
    risks: &[RiskId],
    reasons: &[InclusionReason],
    answers: &[(QuestionId, Answer)],
    parties: &[Party],
) -> String {
    let mut parts = Vec::new();
    // The fixed sentences take a few hundred characters; the two lists
    // share the rest of the cell.
    let budget = (CELL_LIMIT - 1_000) / 2;
    if !risks.is_empty() {
        // Only the first JUSTIFICATION_RISKS can be named: the others are
        // counted, not formatted (a control can treat thousands of risks).
        let list: Vec<String> = risks
            .iter()
            .take(JUSTIFICATION_RISKS)
            .map(|id| match title(*id) {
                Some(t) if !t.is_empty() => text::text_with(
                    msg::SOA_JUSTIFICATION_RISK,
                    &[("risk", Arg::from(id.to_string())), ("title", Arg::from(t))],
                ),
                _ => id.to_string(),
            })
            .collect();
        parts.push(text::text_with(
            msg::SOA_JUSTIFICATION_RISKS,
            &[(
                "risks",
                Arg::from(capped_list_of(
                    &list,
                    risks.len(),
                    JUSTIFICATION_RISKS,
                    budget,
                )),
            )],
        ));
    }
    // The parties whose requirements of this basis call for the control.
    let named = |basis: Option<RequirementBasis>| -> Vec<String> {
        parties
            .iter()
            .filter(|p| p.basis == basis)
            .map(|p| p.name.clone())
            .collect()
    };
    for r in reasons {
        let (id, by, basis) = match r {
            InclusionReason::RiskTreatment => continue,
            InclusionReason::LegalRegulatory => (
                msg::SOA_JUSTIFICATION_LEGAL,
                msg::SOA_JUSTIFICATION_LEGAL_BY,
                Some(RequirementBasis::LegalRegulatory),
            ),
            InclusionReason::Contractual => (
                msg::SOA_JUSTIFICATION_CONTRACTUAL,
                msg::SOA_JUSTIFICATION_CONTRACTUAL_BY,
                Some(RequirementBasis::Contractual),
            ),
            InclusionReason::BusinessPractice => (
                msg::SOA_JUSTIFICATION_BUSINESS,
                msg::SOA_JUSTIFICATION_BUSINESS,
                None,
            ),
        };
        let names = if basis.is_some() {
            named(basis)
        } else {
            Vec::new()
        };
        parts.push(if names.is_empty() {
            text::text(id)
        } else {
            text::text_with(
                by,
                &[(
                    "parties",
                    Arg::from(capped_list(&names, JUSTIFICATION_RISKS, budget / 4)),
                )],
            )
        });
    }
    let other = named(None);
    if !other.is_empty() {
        parts.push(text::text_with(
            msg::SOA_JUSTIFICATION_PARTY_BY,
            &[(
                "parties",
                Arg::from(capped_list(&other, JUSTIFICATION_RISKS, budget / 4)),
            )],
        ));
    }
    if !answers.is_empty() {
        let list: Vec<String> = answers
            .iter()
            .map(|(q, a)| {
                text::text_with(
                    msg::SOA_JUSTIFICATION_ANSWER,
                    &[
                        ("question", Arg::from(q.0.as_str())),
                        ("answer", Arg::from(a.label())),
                    ],
                )
            })
            .collect();
        parts.push(text::text_with(
            msg::SOA_JUSTIFICATION_ANSWERS,
            &[(
                "answers",
                Arg::from(capped_list(&list, JUSTIFICATION_RISKS, budget)),
            )],
        ));
    }
    parts.join(" ")
}

/// Generates the SoA.
pub fn generate(assessment: &Assessment) -> Soa {
    // One pass over the register: which risks name each control.
    let mut existing_by: BTreeMap<ControlId, Vec<RiskId>> = BTreeMap::new();
    let mut planned_by: BTreeMap<ControlId, Vec<RiskId>> = BTreeMap::new();
    for r in &assessment.risks {
        for c in &r.existing_controls {
            existing_by.entry(*c).or_default().push(r.id);
        }
        for c in &r.treatment.planned_controls {
            planned_by.entry(*c).or_default().push(r.id);
        }
    }
    // The gap-check answers about each control ("Not applicable" drives
    // nothing).
    let mut answered: BTreeMap<ControlId, Vec<(QuestionId, Answer)>> = BTreeMap::new();
    for (q, answer) in &assessment.gap_check.answers {
        if *answer == Answer::NotApplicable {
            continue;
        }
        if let Some(question) = gap_question(q) {
            for c in &question.controls {
                answered.entry(*c).or_default().push((q.clone(), *answer));
            }
        }
    }
    // The interested parties whose requirements call for each control.
    let mut required_by: BTreeMap<ControlId, Vec<Party>> = BTreeMap::new();
    for p in &assessment.context.interested_parties {
        for c in &p.controls {
            let list = required_by.entry(*c).or_default();
            if !list.iter().any(|x| x.name == p.name && x.basis == p.basis) {
                list.push(Party {
                    name: p.name.clone(),
                    basis: p.basis,
                });
            }
        }
    }
    let titles: BTreeMap<RiskId, &str> = assessment
        .risks
        .iter()
        .map(|r| (r.id, r.title.as_str()))
        .collect();
    let title = |id: RiskId| titles.get(&id).copied();
    let rows = CONTROLS
        .iter()
        .map(|c| {
            let entry = assessment
                .soa
                .entries
                .get(&c.id)
                .cloned()
                .unwrap_or_default();
            let existing: &[RiskId] = existing_by.get(&c.id).map_or(&[], Vec::as_slice);
            let planned: &[RiskId] = planned_by.get(&c.id).map_or(&[], Vec::as_slice);
            let mut risks: Vec<RiskId> = existing.iter().chain(planned.iter()).copied().collect();
            crate::sort::sort(&mut risks);
            risks.dedup();
            let mut reasons: Vec<InclusionReason> = Vec::new();
            if !risks.is_empty() {
                reasons.push(InclusionReason::RiskTreatment);
            }
            let parties = required_by.remove(&c.id).unwrap_or_default();
            let from_parties = parties.iter().map(|p| {
                p.basis
                    .map_or(InclusionReason::BusinessPractice, RequirementBasis::reason)
            });
            for r in entry.reasons.iter().copied().chain(from_parties) {
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
            crate::sort::sort(&mut reasons);
            let answers = answered.remove(&c.id).unwrap_or_default();
            let decision = match entry.applicable {
                Some(true) => Decision::Applicable,
                Some(false) => Decision::Excluded,
                None if !reasons.is_empty() || !answers.is_empty() => Decision::Applicable,
                None => Decision::ToDecide,
            };
            let applicable = decision == Decision::Applicable;
            // In place for some risks and still planned (for the same or
            // other risks): partly implemented, not "Implemented".
            let derived_status = match (existing.is_empty(), planned.is_empty()) {
                (false, false) => ImplementationStatus::PartiallyImplemented,
                (false, true) => ImplementationStatus::Implemented,
                (true, false) => ImplementationStatus::Planned,
                (true, true) => ImplementationStatus::NotStarted,
            };
            let status = match decision {
                Decision::Excluded => ImplementationStatus::NotApplicable,
                _ => entry
                    .status
                    .filter(|s| *s != ImplementationStatus::NotApplicable)
                    .unwrap_or(derived_status),
            };
            let (justification, edited) = match &entry.justification {
                Some(text) => (text.clone(), true),
                None if applicable => (
                    justification_with(&title, &risks, &reasons, &answers, &parties),
                    false,
                ),
                None => (String::new(), false),
            };
            SoaRow {
                control: c.id,
                theme: c.theme(),
                title: c.title,
                decision,
                applicable,
                reasons: if applicable { reasons } else { Vec::new() },
                risks,
                answers,
                parties,
                justification,
                justification_edited: edited,
                exclusion_justification: entry.exclusion_justification.clone(),
                status,
                owner: entry.owner.clone(),
                evidence: entry.evidence.clone(),
                iso27001_2013: catalogue::legacy_of(c.id).to_vec(),
            }
        })
        .collect();
    let doc = &assessment.soa.document;
    Soa {
        document: SoaHeader {
            organisation: assessment.context.organisation.clone(),
            scope: assessment.context.scope.clone(),
            standard: standard_name(assessment.context.edition),
            version: doc.version.clone(),
            date: doc.date,
            approver: doc.approver.clone(),
            mapped_from_2013: doc
                .mapped_from_2013
                .iter()
                .map(|(l, now)| (*l, now.clone()))
                .collect(),
        },
        rows,
    }
}
