//! Control recommendation: which Annex A controls treat each risk, and the
//! register-wide suggestions that would bring the undecided risks within
//! tolerance for the least effort.

use std::collections::BTreeMap;

use serde::Serialize;

use super::catalogue::{self, ControlId, ControlType, Effort, SecurityProperty};
use super::method::{Impact, Likelihood};
use super::model::{Assessment, Assets, ImplementationStatus, Rating, Risk};
use super::scoring::inherent_impact_in;
use super::text::{self, msg, Arg};

mod plan;

pub use plan::{plan, suggestable, PlanStep, TreatmentPlan};

/// Why a control is recommended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The threat library maps the risk's threat to it.
    ThreatMapping,
    /// The vulnerability library maps one of the risk's vulnerabilities to it.
    VulnerabilityMapping,
    /// It protects a property the threat harms.
    PropertyMatch,
    /// Its control type fits the gap.
    ControlTypeFit,
}

/// One reason, with a sentence for people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The kind of reason.
    pub kind: ReasonKind,
    /// What it means here.
    pub text: String,
}

/// The expected effect of a control on a risk, in scale steps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Effect {
    /// Steps off the likelihood (preventive controls).
    pub likelihood: u8,
    /// Steps off the impact (detective and corrective controls).
    pub impact: u8,
}

impl Effect {
    /// The effect of a control's types: preventive lowers likelihood,
    /// detective or corrective lowers impact.
    pub fn of_types(types: &[ControlType]) -> Effect {
        Effect {
            likelihood: u8::from(types.contains(&ControlType::Preventive)),
            impact: u8::from(
                types.contains(&ControlType::Detective) || types.contains(&ControlType::Corrective),
            ),
        }
    }

    /// The effect in words, e.g. "likelihood −1, impact −1", or "no direct
    /// effect".
    pub fn describe(self) -> String {
        let args = [
            ("likelihood", Arg::from(self.likelihood)),
            ("impact", Arg::from(self.impact)),
        ];
        let id = match (self.likelihood, self.impact) {
            (0, 0) => msg::EFFECT_NONE,
            (_, 0) => msg::EFFECT_LIKELIHOOD,
            (0, _) => msg::EFFECT_IMPACT,
            _ => msg::EFFECT_BOTH,
        };
        text::text_with(id, &args)
    }

    /// A rating after the effect, never below the lowest step.
    pub fn apply(self, r: Rating) -> Rating {
        Rating {
            likelihood: Likelihood(r.likelihood.0.saturating_sub(self.likelihood).max(1)),
            impact: Impact(r.impact.0.saturating_sub(self.impact).max(1)),
        }
    }
}

/// A recommended control for one risk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recommendation {
    /// The control.
    pub control: ControlId,
    /// Its title.
    pub title: &'static str,
    /// The relevance score (higher is more relevant).
    pub score: u32,
    /// Why, strongest first.
    pub reasons: Vec<Reason>,
    /// The expected effect.
    pub effect: Effect,
    /// Already in place for this risk (existing control or implemented in the SoA).
    pub implemented: bool,
    /// Already in the risk's treatment plan.
    pub planned: bool,
}

fn implemented_in_soa(assessment: &Assessment, id: ControlId) -> bool {
    assessment
        .soa
        .entries
        .get(&id)
        .and_then(|e| e.status)
        .is_some_and(|s| s == ImplementationStatus::Implemented)
}

thread_local! {
    /// The sentences of the reasons, by what they depend on only (the
    /// catalogue's threat or vulnerability link, the matched properties):
    /// a register of thousands of risks repeats the same few hundred, and
    /// formatting each again was most of the time of `recommend`.
    static REASON_TEXTS: std::cell::RefCell<std::collections::HashMap<(u8, u32, u32), String>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The reason sentence for `key`, formatted by `make` the first time.
fn cached(key: (u8, u32, u32), make: impl FnOnce() -> String) -> String {
    if let Some(t) = REASON_TEXTS.with(|c| c.borrow().get(&key).cloned()) {
        return t;
    }
    let t = make();
    REASON_TEXTS.with(|c| c.borrow_mut().insert(key, t.clone()));
    t
}

/// A reason's text from its control link's `rationale` (the catalogue
/// prose), cached under `key`. While the prose is not installed (the web
/// app loads it on demand) the rationale reads "Loading…" and nothing is
/// cached, so the full text appears once the prose arrives.
fn reason_text(
    key: (u8, u32, u32),
    rationale: Option<&'static str>,
    make: impl FnOnce(&str) -> String,
) -> String {
    match rationale {
        Some(r) => cached(key, || make(r.trim_end_matches('.'))),
        None => make(&catalogue::prose::loading()),
    }
}

/// The Annex A controls for one risk, ranked: missing controls first, then
/// by relevance, then by id.
pub fn recommend(assessment: &Assessment, risk: &Risk) -> Vec<Recommendation> {
    recommend_in(assessment, Assets::Direct(assessment), risk)
}

/// [`recommend`] with the assets found through `assets`.
pub(crate) fn recommend_in(
    assessment: &Assessment,
    assets: Assets,
    risk: &Risk,
) -> Vec<Recommendation> {
    let mut found: BTreeMap<ControlId, (u32, Vec<Reason>)> = BTreeMap::new();
    let threat = risk.threat.and_then(catalogue::threat);
    if let Some(t) = threat {
        for (rank, link) in t.controls.iter().enumerate() {
            let entry = found.entry(link.control).or_default();
            entry.0 += 6u32.saturating_sub(rank as u32).max(3);
            entry.1.push(Reason {
                kind: ReasonKind::ThreatMapping,
                text: reason_text(
                    (0, u32::from(t.id.0), rank as u32),
                    catalogue::prose::threat_rationale(t.id, link.control),
                    |rationale| {
                        text::text_with(
                            msg::REASON_THREAT,
                            &[
                                ("threat", Arg::from(t.id.to_string())),
                                ("name", Arg::from(t.name)),
                                ("rationale", Arg::from(rationale)),
                            ],
                        )
                    },
                ),
            });
        }
    }
    for v in risk
        .vulnerabilities
        .iter()
        .filter_map(|v| catalogue::vulnerability(*v))
    {
        for (rank, link) in v.controls.iter().enumerate() {
            let entry = found.entry(link.control).or_default();
            entry.0 += 5u32.saturating_sub(rank as u32).max(3);
            entry.1.push(Reason {
                kind: ReasonKind::VulnerabilityMapping,
                text: reason_text(
                    (1, u32::from(v.id.0), rank as u32),
                    catalogue::prose::vulnerability_rationale(v.id, link.control),
                    |rationale| {
                        text::text_with(
                            msg::REASON_VULNERABILITY,
                            &[
                                ("vulnerability", Arg::from(v.id.to_string())),
                                ("name", Arg::from(v.name)),
                                ("rationale", Arg::from(rationale)),
                            ],
                        )
                    },
                ),
            });
        }
    }
    let harmed: Vec<SecurityProperty> =
        threat.map_or_else(|| SecurityProperty::ALL.to_vec(), |t| t.harms.to_vec());
    let (impact, _) = inherent_impact_in(assessment, assets, risk);
    let likely_driven = risk.likelihood.0 >= impact.0;
    let mut out: Vec<Recommendation> = found
        .into_iter()
        .filter_map(|(id, (mut score, mut reasons))| {
            let control = catalogue::control(id)?;
            let matched: Vec<SecurityProperty> = harmed
                .iter()
                .filter(|p| control.properties.contains(p))
                .copied()
                .collect();
            if !matched.is_empty() {
                score += 2 * matched.len() as u32;
                // The matched properties in order, as a key: 1, 2, 3 each.
                let key = matched.iter().fold(0u32, |k, p| {
                    k * 4
                        + 1
                        + SecurityProperty::ALL
                            .iter()
                            .position(|x| x == p)
                            .unwrap_or(0) as u32
                });
                reasons.push(Reason {
                    kind: ReasonKind::PropertyMatch,
                    text: cached((2, key, 0), || {
                        let properties = matched
                            .iter()
                            .map(|p| p.label())
                            .reduce(|first, second| {
                                text::text_with(
                                    msg::LIST_AND,
                                    &[("first", Arg::from(first)), ("second", Arg::from(second))],
                                )
                            })
                            .unwrap_or_default();
                        text::text_with(
                            msg::REASON_PROPERTIES,
                            &[(
                                "properties",
                                Arg::from(crate::text::case::lower(&properties)),
                            )],
                        )
                    }),
                });
            }
            let types = control.control_types;
            let availability = harmed.contains(&SecurityProperty::Availability);
            if availability
                && (types.contains(&ControlType::Detective)
                    || types.contains(&ControlType::Corrective))
            {
                score += 2;
                reasons.push(Reason {
                    kind: ReasonKind::ControlTypeFit,
                    text: cached((3, 0, 0), || text::text(msg::REASON_RECOVERS)),
                });
            } else if likely_driven && types.contains(&ControlType::Preventive) {
                score += 1;
                reasons.push(Reason {
                    kind: ReasonKind::ControlTypeFit,
                    text: cached((4, 0, 0), || text::text(msg::REASON_PREVENTIVE)),
                });
            }
            Some(Recommendation {
                control: id,
                title: control.title,
                score,
                reasons,
                effect: Effect::of_types(types),
                implemented: risk.existing_controls.contains(&id)
                    || implemented_in_soa(assessment, id),
                planned: risk.treatment.planned_controls.contains(&id),
            })
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        a.implemented
            .cmp(&b.implemented)
            .then(b.score.cmp(&a.score))
            .then(a.control.cmp(&b.control))
    });
    out
}

/// The weight of an effort size, for "reduction per unit of effort".
pub fn effort_weight(e: Effort) -> u32 {
    match e {
        Effort::XS => 1,
        Effort::S => 2,
        Effort::M => 4,
        Effort::L => 8,
        Effort::XL => 16,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{example, RiskId};

    #[test]
    fn an_effect_reads_the_same_everywhere() {
        let e = |likelihood, impact| Effect { likelihood, impact }.describe();
        assert_eq!(e(0, 0), "no direct effect");
        assert_eq!(e(1, 0), "likelihood −1");
        assert_eq!(e(0, 2), "impact −2");
        assert_eq!(e(1, 1), "likelihood −1, impact −1");
    }

    #[test]
    fn the_plan_sentences_name_the_risks_and_the_tolerance() {
        let a = example();
        let empty = TreatmentPlan::default();
        assert_eq!(
            empty.headline(&a.method),
            "No undecided risk is above tolerance after the controls already chosen: nothing to suggest."
        );
        assert_eq!(
            empty.outcome(),
            "After these steps every risk is within tolerance."
        );
        let p = TreatmentPlan {
            above_tolerance: vec![RiskId(1), RiskId(4)],
            steps: vec![],
            remaining_above_tolerance: vec![RiskId(1), RiskId(4)],
        };
        let tolerance = a.method.level_name(a.method.tolerance);
        assert_eq!(
            p.headline(&a.method),
            format!("2 undecided risk(s) are above the tolerance ({tolerance}) after the controls already chosen.")
        );
        assert!(
            p.outcome()
                .starts_with("Still above tolerance after every step: R-01, R-04. They need"),
            "{}",
            p.outcome()
        );
    }
}
