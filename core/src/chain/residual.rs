//! The one rule by which controls move a rating: existing controls move the
//! inherent rating to the proposed current one, planned controls move the
//! current rating to the proposed residual one (ISO/IEC 27001:2022 6.1.2 d,
//! 6.1.3 e).
//!
//! **The rule.** Each control has an [`Effect`] (`Effect::of_types`:
//! a preventive control takes one step off the likelihood, a detective or
//! corrective one takes one step off the impact). On each axis separately,
//! the steps of the controls add up, but to no more than the largest single
//! control's step plus one, and never to more than [`MAX_STEPS_PER_AXIS`]
//! (2) in total; the result never goes below the lowest step (1). So one
//! control moves an axis one step, two or more controls move it two steps,
//! and no pile of controls takes a likelihood of 5 to 1. The user may set
//! another rating instead (`Risk::current`, or `Treatment::target` with its
//! reason).

use serde::Serialize;

use crate::catalogue::{self, ControlId};
use crate::model::{Assessment, Assets, ImplementationStatus, Rating, Risk, RiskId};
use crate::recommend::Effect;
use crate::scoring::inherent_impact_in;
use crate::text::{self, msg, Arg};
use crate::{Error, ErrorKind};

/// The most scale steps the controls of one risk move one axis (likelihood
/// or impact) in total.
pub const MAX_STEPS_PER_AXIS: u8 = 2;

/// One control's part in a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ControlEffect {
    /// The control.
    pub control: ControlId,
    /// Its effect, in scale steps.
    pub effect: Effect,
}

/// A rating proposed from controls: where it starts, where the controls
/// take it, and which controls do it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Proposal {
    /// The rating before these controls (inherent for the current proposal,
    /// current for the residual one).
    pub from: Rating,
    /// The rating after them.
    pub to: Rating,
    /// The controls with an effect, in the order given (duplicates and
    /// controls without an effect left out).
    pub controls: Vec<ControlEffect>,
    /// True when the rule's limit held the combined effect back on an axis.
    pub capped: bool,
}

/// The effect of one Annex A control, from its control types; no effect for
/// an id the catalogue does not know.
pub fn control_effect(control: ControlId) -> Effect {
    catalogue::control(control).map_or_else(Effect::default, |c| Effect::of_types(c.control_types))
}

fn combine_axis(steps: impl Iterator<Item = u8>) -> (u8, bool) {
    let (mut sum, mut largest) = (0u8, 0u8);
    for s in steps {
        sum = sum.saturating_add(s);
        largest = largest.max(s);
    }
    let limit = largest.saturating_add(1).min(MAX_STEPS_PER_AXIS);
    (sum.min(limit), sum > limit)
}

/// The combined effect of several controls by the rule of this module, and
/// whether the limit held it back.
pub fn combined_effect(effects: &[Effect]) -> (Effect, bool) {
    let (likelihood, cl) = combine_axis(effects.iter().map(|e| e.likelihood));
    let (impact, ci) = combine_axis(effects.iter().map(|e| e.impact));
    (Effect { likelihood, impact }, cl || ci)
}

/// Moves `from` by the combined effect of `controls` (see the module's
/// rule); the rating never goes below step 1 on either axis.
pub fn propose(from: Rating, controls: &[ControlId]) -> Proposal {
    let mut seen: Vec<ControlId> = Vec::new();
    let mut parts = Vec::new();
    for c in controls {
        if seen.contains(c) {
            continue;
        }
        seen.push(*c);
        let effect = control_effect(*c);
        if effect != Effect::default() {
            parts.push(ControlEffect {
                control: *c,
                effect,
            });
        }
    }
    let effects: Vec<Effect> = parts.iter().map(|p| p.effect).collect();
    let (total, capped) = combined_effect(&effects);
    Proposal {
        from,
        to: total.apply(from),
        controls: parts,
        capped,
    }
}

impl Proposal {
    /// The proposal and its reason in one sentence, e.g. "L4 → L2: 5.18
    /// likelihood −1, 8.5 likelihood −1", or that no control changes the
    /// rating.
    pub fn reason(&self) -> String {
        let mut change = Vec::new();
        if self.to.likelihood != self.from.likelihood {
            change.push(text::text_with(
                msg::PROPOSAL_LIKELIHOOD,
                &[
                    ("from", Arg::from(self.from.likelihood.0)),
                    ("to", Arg::from(self.to.likelihood.0)),
                ],
            ));
        }
        if self.to.impact != self.from.impact {
            change.push(text::text_with(
                msg::PROPOSAL_IMPACT,
                &[
                    ("from", Arg::from(self.from.impact.0)),
                    ("to", Arg::from(self.to.impact.0)),
                ],
            ));
        }
        if change.is_empty() {
            return text::text(msg::PROPOSAL_UNCHANGED);
        }
        let controls = self
            .controls
            .iter()
            .map(|p| {
                text::text_with(
                    msg::PROPOSAL_CONTROL,
                    &[
                        ("control", Arg::from(p.control.to_string())),
                        ("effect", Arg::from(p.effect.describe())),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let args = [
            ("change", Arg::from(change.join(", "))),
            ("controls", Arg::from(controls)),
            ("steps", Arg::from(MAX_STEPS_PER_AXIS)),
        ];
        let id = if self.capped {
            msg::PROPOSAL_REASON_CAPPED
        } else {
            msg::PROPOSAL_REASON
        };
        text::text_with(id, &args)
    }
}

/// The current rating the risk's existing controls give: the inherent
/// rating moved by `Risk::existing_controls`. Scoring uses it when the user
/// has not set `Risk::current`.
pub fn current_proposal(assessment: &Assessment, risk: &Risk) -> Proposal {
    current_proposal_in(assessment, Assets::Direct(assessment), risk)
}

/// [`current_proposal`] with the assets found through `assets`.
pub(crate) fn current_proposal_in(
    assessment: &Assessment,
    assets: Assets,
    risk: &Risk,
) -> Proposal {
    let (impact, _) = inherent_impact_in(assessment, assets, risk);
    let inherent = Rating {
        likelihood: risk.likelihood,
        impact,
    };
    propose(inherent, &risk.existing_controls)
}

/// The residual rating the risk's planned controls give: the current
/// rating (the user's `Risk::current`, else [`current_proposal`]) moved by
/// the planned controls not already in place. Scoring (`Stage::Residual`)
/// uses it when the user has set no `Treatment::target`.
pub fn residual_proposal(assessment: &Assessment, risk: &Risk) -> Proposal {
    residual_proposal_in(assessment, Assets::Direct(assessment), risk)
}

/// [`residual_proposal`] with the assets found through `assets`.
pub(crate) fn residual_proposal_in(
    assessment: &Assessment,
    assets: Assets,
    risk: &Risk,
) -> Proposal {
    let current = risk
        .current
        .unwrap_or_else(|| current_proposal_in(assessment, assets, risk).to);
    let planned: Vec<ControlId> = risk
        .treatment
        .planned_controls
        .iter()
        .filter(|c| !risk.existing_controls.contains(c))
        .copied()
        .collect();
    propose(current, &planned)
}

/// True when a treatment's target needs a reason: it is set and differs
/// from the proposal of the planned controls (`Treatment::target_reason`).
pub fn target_needs_reason(assessment: &Assessment, risk: &Risk) -> bool {
    risk.treatment.target.is_some_and(|t| {
        t != residual_proposal(assessment, risk).to
            && risk.treatment.target_reason.trim().is_empty()
    })
}

/// True when saving `draft` over `stored` (the risk as saved, `None` for a
/// new one) needs a reason for the residual: the draft's target was set or
/// changed in this edit and [`target_needs_reason`]. A target saved
/// earlier without a reason stays valid until the user changes it.
pub fn target_change_needs_reason(
    assessment: &Assessment,
    stored: Option<&Risk>,
    draft: &Risk,
) -> bool {
    stored.is_none_or(|s| s.treatment.target != draft.treatment.target)
        && target_needs_reason(assessment, draft)
}

/// The sentence the treatment editor shows when a target differs from the
/// proposal and has no reason (see [`target_needs_reason`]).
pub fn target_reason_missing(risk: RiskId) -> String {
    text::text_with(
        msg::TARGET_REASON_MISSING,
        &[("risk", Arg::from(risk.to_string()))],
    )
}

impl Risk {
    /// Marks a planned control done: it leaves the treatment's planned
    /// controls and joins the risk's existing controls. The current level
    /// follows: when the user set `current` by hand, it is moved by the
    /// control's effect (never below step 1); otherwise the proposal from
    /// the existing controls now includes it. False, and no change, when
    /// the control is not planned for this risk.
    pub fn complete_control(&mut self, control: ControlId) -> bool {
        if !self.treatment.planned_controls.contains(&control) {
            return false;
        }
        self.treatment.planned_controls.retain(|c| *c != control);
        let was_existing = self.existing_controls.contains(&control);
        crate::set_member(&mut self.existing_controls, control, true);
        if !was_existing {
            if let Some(cur) = self.current {
                self.current = Some(control_effect(control).apply(cur));
            }
        }
        true
    }
}

/// Marks a planned control of a risk done (see `Risk::complete_control`)
/// and records it as implemented in the SoA: the SoA derives "implemented"
/// from a control any risk has in place, and a status the user set on the
/// SoA row is replaced by Implemented (ISO/IEC 27001:2022 6.1.3 d).
///
/// # Errors
///
/// `ErrorKind::Invalid` when no risk has the id, or when the control is not
/// among its planned controls; the assessment is then unchanged.
pub fn mark_control_done(
    assessment: &mut Assessment,
    risk: RiskId,
    control: ControlId,
) -> Result<(), Error> {
    let Some(r) = assessment.risks.iter_mut().find(|r| r.id == risk) else {
        return Err(Error::new(
            ErrorKind::Invalid,
            text::text_with(
                msg::CONTROL_DONE_NO_RISK,
                &[("risk", Arg::from(risk.to_string()))],
            ),
        ));
    };
    if !r.complete_control(control) {
        return Err(Error::new(
            ErrorKind::Invalid,
            text::text_with(
                msg::CONTROL_DONE_NOT_PLANNED,
                &[
                    ("risk", Arg::from(risk.to_string())),
                    ("control", Arg::from(control.to_string())),
                ],
            ),
        ));
    }
    if let Some(entry) = assessment.soa.entries.get_mut(&control) {
        if entry.status.is_some() {
            entry.status = Some(ImplementationStatus::Implemented);
        }
    }
    Ok(())
}

/// A rating at given steps, for tests.
#[cfg(test)]
pub(crate) fn rating(likelihood: u8, impact: u8) -> Rating {
    Rating {
        likelihood: crate::method::Likelihood(likelihood),
        impact: crate::method::Impact(impact),
    }
}
