//! The suggestions (formerly "the treatment plan"; the risk treatment plan
//! is now the user's own, `annexa_core::risk_treatment_plan`): which
//! missing controls, in which order, would bring the most undecided risks
//! within tolerance for the least effort. They start from what the user
//! already chose: a risk with a decided treatment option is not re-planned,
//! a control the risk already plans or has in place is never proposed, and
//! only a control the threat or vulnerability libraries link to the risk is.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Serialize;

use super::{effort_weight, recommend_in, Effect, ReasonKind, Recommendation};
use crate::catalogue::{self, ControlId, Effort};
use crate::method::Method;
use crate::model::{Assessment, AssetIndex, Assets, Rating, RiskId};
use crate::scoring::score_risk_in;
use crate::text::{self, msg, Arg};

/// One step of the suggestions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanStep {
    /// The control to put in place.
    pub control: ControlId,
    /// Its title.
    pub title: &'static str,
    /// Its effort.
    pub effort: Effort,
    /// The risks it lowers.
    pub risks_improved: Vec<RiskId>,
    /// The risks it brings within tolerance.
    pub brought_within_tolerance: Vec<RiskId>,
    /// The total drop in likelihood × impact over those risks.
    pub reduction: u32,
}

/// The register-wide suggestions (the type keeps its old name so saved
/// reports and callers stay as they are).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TreatmentPlan {
    /// Undecided risks whose residual level (after the controls the user
    /// already chose) is above tolerance.
    pub above_tolerance: Vec<RiskId>,
    /// The controls, in the order to put them in place.
    pub steps: Vec<PlanStep>,
    /// Risks still above tolerance after every step: they need another
    /// option (avoid, transfer, accept) or controls beyond the libraries.
    pub remaining_above_tolerance: Vec<RiskId>,
}

impl TreatmentPlan {
    /// The plan's opening sentence: how many risks are above the method's
    /// tolerance, or that none is.
    pub fn headline(&self, method: &Method) -> String {
        if self.above_tolerance.is_empty() {
            text::text(msg::PLAN_HEADLINE_WITHIN)
        } else {
            text::text_with(
                msg::PLAN_HEADLINE_ABOVE,
                &[
                    ("risks", Arg::from(self.above_tolerance.len())),
                    ("level", Arg::from(method.level_name(method.tolerance))),
                ],
            )
        }
    }

    /// The plan's closing sentence: whether its steps bring every risk
    /// within tolerance, and which risks they leave above it.
    pub fn outcome(&self) -> String {
        if self.remaining_above_tolerance.is_empty() {
            text::text(msg::PLAN_OUTCOME_WITHIN)
        } else {
            let risks = self
                .remaining_above_tolerance
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            text::text_with(msg::PLAN_OUTCOME_REMAINING, &[("risks", Arg::from(risks))])
        }
    }
}

/// True when a recommendation may be suggested: not in place, not already
/// planned, and linked to the risk by the threat or vulnerability library.
pub fn suggestable(rec: &Recommendation) -> bool {
    !rec.implemented
        && !rec.planned
        && rec.reasons.iter().any(|r| {
            matches!(
                r.kind,
                ReasonKind::ThreatMapping | ReasonKind::VulnerabilityMapping
            )
        })
}

/// The suggestions, greedily: starting from each undecided risk's residual
/// rating (its chosen controls included), repeatedly pick the control not
/// yet chosen or in place, and linked to the risk's threat or
/// vulnerabilities, with the largest drop in likelihood × impact per unit
/// of effort over the risks still above tolerance, until all are within it
/// or no control helps. Risks with a treatment option chosen are the
/// user's plan and are left out.
pub fn plan(assessment: &Assessment) -> TreatmentPlan {
    let method = &assessment.method;
    // Each risk keeps only what the greedy loop reads of its
    // recommendations: the control and its effect.
    struct State {
        id: RiskId,
        rating: Rating,
        recs: Vec<(ControlId, Effect)>,
        applied: BTreeSet<ControlId>,
    }
    let index = AssetIndex::new(assessment);
    let assets = Assets::Indexed(&index);
    let mut states: Vec<State> = assessment
        .risks
        .iter()
        .filter(|r| r.treatment.option.is_none())
        .filter_map(|r| {
            let scored = score_risk_in(assessment, assets, r);
            (!scored.residual_within_tolerance).then(|| State {
                id: r.id,
                rating: scored.residual.rating(),
                recs: recommend_in(assessment, assets, r)
                    .into_iter()
                    .filter(suggestable)
                    .map(|rec| (rec.control, rec.effect))
                    .collect(),
                applied: BTreeSet::new(),
            })
        })
        .collect();
    let above: Vec<RiskId> = states.iter().map(|s| s.id).collect();
    let product = |r: Rating| u32::from(r.likelihood.0) * u32::from(r.impact.0);
    let above_now = |r: Rating| !method.within_tolerance(method.level(r.likelihood, r.impact));
    let mut steps = Vec::new();
    let mut chosen: BTreeSet<ControlId> = BTreeSet::new();
    loop {
        let mut gains: BTreeMap<ControlId, (u32, Vec<RiskId>, Vec<RiskId>)> = BTreeMap::new();
        for s in states.iter().filter(|s| above_now(s.rating)) {
            for (control, effect) in &s.recs {
                if s.applied.contains(control) || chosen.contains(control) {
                    continue;
                }
                let after = effect.apply(s.rating);
                let gain = product(s.rating) - product(after);
                if gain == 0 {
                    continue;
                }
                let g = gains.entry(*control).or_default();
                g.0 += gain;
                g.1.push(s.id);
                if !above_now(after) {
                    g.2.push(s.id);
                }
            }
        }
        let best = gains
            .into_iter()
            .filter_map(|(id, g)| catalogue::control(id).map(|c| (c, g)))
            .max_by(|(ca, ga), (cb, gb)| {
                let ra = u64::from(ga.0) * u64::from(effort_weight(cb.effort));
                let rb = u64::from(gb.0) * u64::from(effort_weight(ca.effort));
                ra.cmp(&rb)
                    .then(ga.2.len().cmp(&gb.2.len()))
                    .then(cb.id.cmp(&ca.id))
            });
        let Some((control, (reduction, improved, within))) = best else {
            break;
        };
        // A set: a step can improve every risk, and a scan of the list per
        // risk made the plan quadratic in the register.
        let improved_set: HashSet<RiskId> = improved.iter().copied().collect();
        for s in states.iter_mut().filter(|s| improved_set.contains(&s.id)) {
            if let Some((_, effect)) = s.recs.iter().find(|(c, _)| *c == control.id) {
                s.rating = effect.apply(s.rating);
            }
            s.applied.insert(control.id);
        }
        chosen.insert(control.id);
        steps.push(PlanStep {
            control: control.id,
            title: control.title,
            effort: control.effort,
            risks_improved: improved,
            brought_within_tolerance: within,
            reduction,
        });
    }
    let remaining = states
        .iter()
        .filter(|s| above_now(s.rating))
        .map(|s| s.id)
        .collect();
    TreatmentPlan {
        above_tolerance: above,
        steps,
        remaining_above_tolerance: remaining,
    }
}
