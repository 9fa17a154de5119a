//! Changing a scale without destroying ratings silently.
//!
//! The risk criteria (ISO/IEC 27001:2022 6.1.2 a) may change: a likelihood
//! or impact scale of 5 steps may become 4. Every rating on that scale must
//! then move onto the new one, keeping its meaning where it can: a step
//! goes to the new step of the same name ("Severe", 5 of 5, becomes
//! "Severe", 4 of 4), and otherwise to the step at the same relative
//! position ([`step_map`]). Three rules keep that from losing work:
//!
//! 1. [`preview_scale_change`] says what a change will do before it is
//!    applied ("12 asset ratings: Severe → Major").
//! 2. [`change_scales`] remembers every rating it moved, and the scale's
//!    step names and definitions, in [`Assessment::scale_memory`] (saved
//!    with the assessment).
//! 3. Restoring a scale's original number of steps restores those ratings,
//!    except any the user has changed since, and the scale's step names
//!    when they were not edited in between. The matrix is restored when
//!    both scales are back and it was not edited.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::SecurityProperty;
use crate::method::{LevelIndex, Matrix, Scale, MAX_SCALE, MIN_SCALE};
use crate::model::{AssetId, Identification, RiskId};
use crate::text::{self, msg, Arg};
use crate::Assessment;

mod change;
mod read;

pub use change::{Moved, ScaleChange};

/// Which of the two scales.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// The likelihood scale.
    Likelihood,
    /// The impact scale.
    Impact,
}

// `Deserialize` is written out below (`crate::tagged`): the same JSON and
// the same errors as serde's derive for `tag = "kind"`, without its
// buffering. (Doc comments here are the JSON Schema's descriptions.)
/// One rating of the assessment that lives on a scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Rated {
    /// An asset's C, I or A rating (impact scale).
    AssetRating {
        /// The asset.
        asset: AssetId,
        /// Which of its three ratings.
        property: SecurityProperty,
    },
    /// A risk's inherent likelihood.
    Likelihood {
        /// The risk.
        risk: RiskId,
    },
    /// An event-based risk's judged impact.
    EventImpact {
        /// The risk.
        risk: RiskId,
    },
    /// A risk's hand-set impact.
    ImpactOverride {
        /// The risk.
        risk: RiskId,
    },
    /// The likelihood with the existing controls.
    CurrentLikelihood {
        /// The risk.
        risk: RiskId,
    },
    /// The impact with the existing controls.
    CurrentImpact {
        /// The risk.
        risk: RiskId,
    },
    /// The residual likelihood (the treatment's target).
    ResidualLikelihood {
        /// The risk.
        risk: RiskId,
    },
    /// The residual impact (the treatment's target).
    ResidualImpact {
        /// The risk.
        risk: RiskId,
    },
}

impl Rated {
    /// The scale the rating lives on.
    pub fn axis(self) -> Axis {
        match self {
            Rated::Likelihood { .. }
            | Rated::CurrentLikelihood { .. }
            | Rated::ResidualLikelihood { .. } => Axis::Likelihood,
            _ => Axis::Impact,
        }
    }

    /// The group a preview counts it in.
    fn group(self) -> Group {
        match self {
            Rated::AssetRating { .. } => Group::AssetRatings,
            Rated::Likelihood { .. } => Group::RiskLikelihoods,
            Rated::EventImpact { .. } | Rated::ImpactOverride { .. } => Group::RiskImpacts,
            Rated::CurrentLikelihood { .. } | Rated::CurrentImpact { .. } => Group::CurrentRatings,
            Rated::ResidualLikelihood { .. } | Rated::ResidualImpact { .. } => {
                Group::ResidualRatings
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    AssetRatings,
    RiskLikelihoods,
    RiskImpacts,
    CurrentRatings,
    ResidualRatings,
}

impl Group {
    fn label(self) -> msg::MessageId {
        match self {
            Group::AssetRatings => msg::RESCALE_ASSET_RATINGS,
            Group::RiskLikelihoods => msg::RESCALE_RISK_LIKELIHOODS,
            Group::RiskImpacts => msg::RESCALE_RISK_IMPACTS,
            Group::CurrentRatings => msg::RESCALE_CURRENT_RATINGS,
            Group::ResidualRatings => msg::RESCALE_RESIDUAL_RATINGS,
        }
    }
}

/// A rating a scale change moved: what it was, and what it became.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Remembered {
    /// Which rating.
    pub rated: Rated,
    /// Its step before the first change (1-based).
    pub was: u8,
    /// The step the change gave it.
    pub now: u8,
}

/// What one scale was before it was first changed, and the ratings the
/// changes moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AxisMemory {
    /// The scale as it was: its steps' names and definitions.
    pub scale: Scale,
    /// Every rating on the scale when it was first changed (and any added
    /// since), with its step then and its step now.
    #[serde(default)]
    pub moved: Vec<Remembered>,
}

/// What scale changes moved, kept until the scales are restored (see the
/// module's rules). Empty in most assessments, and then not written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScaleMemory {
    /// The likelihood scale's memory, if it was changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likelihood: Option<AxisMemory>,
    /// The impact scale's memory, if it was changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<AxisMemory>,
    /// The risk matrix before the first change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Matrix>,
}

impl ScaleMemory {
    /// True when nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.likelihood.is_none() && self.impact.is_none() && self.matrix.is_none()
    }

    fn axis(&mut self, axis: Axis) -> &mut Option<AxisMemory> {
        match axis {
            Axis::Likelihood => &mut self.likelihood,
            Axis::Impact => &mut self.impact,
        }
    }
}

/// Where each step of `old` goes on `new`: to the step with the same name
/// (ignoring case) if there is one, else to the step at the same relative
/// position, rounded to the nearest. Index `k - 1` holds step `k`'s target.
pub fn step_map(old: &Scale, new: &Scale) -> Vec<u8> {
    let (n_old, n_new) = (old.len().max(1), new.len().max(1));
    old.steps
        .iter()
        .enumerate()
        .map(|(k, step)| {
            let by_name = new
                .steps
                .iter()
                .position(|s| s.name.trim().eq_ignore_ascii_case(step.name.trim()));
            let by_position = || {
                if n_old == 1 {
                    0
                } else {
                    (k * (n_new - 1) + (n_old - 1) / 2) / (n_old - 1)
                }
            };
            (by_name.unwrap_or_else(by_position).min(n_new - 1) + 1) as u8
        })
        .collect()
}

/// A step as a preview names it: "Severe (5 of 5)".
fn step_label(scale: &Scale, step: u8) -> String {
    text::text_with(
        msg::RESCALE_STEP,
        &[
            ("name", Arg::from(scale.name(step))),
            ("step", Arg::from(usize::from(step))),
            ("steps", Arg::from(scale.len())),
        ],
    )
}

/// Calls `f` with every rating of the assessment, its scale and a handle
/// to its step.
fn each_rating(a: &mut Assessment, mut f: impl FnMut(Rated, &mut u8)) {
    for x in &mut a.assets {
        let asset = x.id;
        for (property, value) in [
            (
                SecurityProperty::Confidentiality,
                &mut x.ratings.confidentiality,
            ),
            (SecurityProperty::Integrity, &mut x.ratings.integrity),
            (SecurityProperty::Availability, &mut x.ratings.availability),
        ] {
            f(Rated::AssetRating { asset, property }, &mut value.0);
        }
    }
    for r in &mut a.risks {
        let risk = r.id;
        f(Rated::Likelihood { risk }, &mut r.likelihood.0);
        if let Identification::EventBased { impact } = &mut r.identification {
            f(Rated::EventImpact { risk }, &mut impact.0);
        }
        if let Some(o) = &mut r.impact_override {
            f(Rated::ImpactOverride { risk }, &mut o.impact.0);
        }
        if let Some(c) = &mut r.current {
            f(Rated::CurrentLikelihood { risk }, &mut c.likelihood.0);
            f(Rated::CurrentImpact { risk }, &mut c.impact.0);
        }
        if let Some(t) = &mut r.treatment.target {
            f(Rated::ResidualLikelihood { risk }, &mut t.likelihood.0);
            f(Rated::ResidualImpact { risk }, &mut t.impact.0);
        }
    }
}

/// What [`change_scales`] would do to `a`, without changing it.
pub fn preview_scale_change(
    a: &Assessment,
    likelihood_steps: usize,
    impact_steps: usize,
) -> ScaleChange {
    let mut copy = a.clone();
    change_scales(&mut copy, likelihood_steps, impact_steps)
}

/// Changes the scales to `likelihood_steps` × `impact_steps` (each clamped
/// to 3–6). Every rating is moved onto the new scale (a step above the top
/// becomes the top) and remembered; restoring a scale's original size
/// restores the ratings it moved, unless changed since. The tolerance is
/// kept within the levels. Returns what moved.
pub fn change_scales(
    a: &mut Assessment,
    likelihood_steps: usize,
    impact_steps: usize,
) -> ScaleChange {
    let before = a.method.clone();
    let sizes = [
        (Axis::Likelihood, before.likelihood.len(), likelihood_steps),
        (Axis::Impact, before.impact.len(), impact_steps),
    ];
    let mut memory = std::mem::take(&mut a.scale_memory);
    if memory.matrix.is_none()
        && sizes
            .iter()
            .any(|(_, old, new)| *old != (*new).clamp(MIN_SCALE, MAX_SCALE))
    {
        memory.matrix = Some(before.matrix.clone());
    }
    a.method.resize(likelihood_steps, impact_steps);
    let after = a.method.clone();
    let mut change = ScaleChange::default();
    for (axis, old, _) in sizes {
        let (old_scale, new_scale, fresh_default) = match axis {
            Axis::Likelihood => (
                &before.likelihood,
                &after.likelihood,
                Scale::default_likelihood(old),
            ),
            Axis::Impact => (&before.impact, &after.impact, Scale::default_impact(old)),
        };
        let new = new_scale.len();
        if new == old {
            continue;
        }
        let slot = memory.axis(axis);
        let mut mem = slot.take().unwrap_or_else(|| AxisMemory {
            scale: old_scale.clone(),
            moved: Vec::new(),
        });
        let restoring = mem.scale.len() == new;
        let map = step_map(old_scale, new_scale);
        let top = new as u8;
        each_rating(a, |rated, step| {
            if rated.axis() != axis {
                return;
            }
            let from = *step;
            let remembered = mem.moved.iter_mut().find(|r| r.rated == rated);
            let to = match (&remembered, restoring) {
                (Some(r), true) if r.now == from => r.was,
                _ => map
                    .get(usize::from(from.max(1)) - 1)
                    .copied()
                    .unwrap_or(top)
                    .clamp(1, top),
            };
            if to != from {
                change.moved.push(Moved {
                    rated,
                    from: (from, step_label(old_scale, from)),
                    to: (to, String::new()),
                    restored: restoring && remembered.as_ref().is_some_and(|r| r.was == to),
                });
                *step = to;
            }
            // Every rating on the scale is remembered, moved or not: a step
            // that keeps its number may still change its meaning.
            match remembered {
                Some(r) => r.now = to,
                None => mem.moved.push(Remembered {
                    rated,
                    was: from,
                    now: to,
                }),
            }
        });
        if restoring {
            // The step names come back unless they were edited in between.
            if *old_scale == fresh_default {
                match axis {
                    Axis::Likelihood => a.method.likelihood = mem.scale.clone(),
                    Axis::Impact => a.method.impact = mem.scale.clone(),
                }
            }
        } else {
            *slot = Some(mem);
        }
    }
    let resized = a.method.clone();
    for m in &mut change.moved {
        let scale = match m.rated.axis() {
            Axis::Likelihood => &resized.likelihood,
            Axis::Impact => &resized.impact,
        };
        m.to.1 = step_label(scale, m.to.0);
    }
    if let Some(matrix) = &memory.matrix {
        let (nl, ni) = (a.method.likelihood.len(), a.method.impact.len());
        let fits = matrix.grid.len() == nl && matrix.grid.iter().all(|row| row.len() == ni);
        if fits && memory.likelihood.is_none() && memory.impact.is_none() {
            if a.method.matrix == Matrix::banded(nl, ni, a.method.levels.len()) {
                a.method.matrix = matrix.clone();
            }
            memory.matrix = None;
        }
    }
    if usize::from(a.method.tolerance.0) >= a.method.levels.len() {
        a.method.tolerance = LevelIndex(a.method.levels.len().saturating_sub(1) as u8);
    }
    a.scale_memory = memory;
    change
}

#[cfg(test)]
mod tests;
