//! The justification of an SoA row: generated from its real drivers (the
//! risks it treats, the reasons given, the interested parties'
//! requirements and the gap-check answers), and kept below a cell's limit.

use serde::Serialize;

use super::CELL_LIMIT;
use crate::catalogue::ControlId;
use crate::model::{Answer, Assessment, InclusionReason, QuestionId, RequirementBasis, RiskId};
use crate::text::{self, msg, Arg};

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

pub(super) fn justification_with<'a>(
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
