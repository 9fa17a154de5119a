//! Risk scoring: the high-water-mark impact and the inherent, current and
//! residual levels of each risk.

use serde::Serialize;

use super::catalogue::SecurityProperty;
use super::method::{Impact, LevelIndex, Likelihood, Method};
use super::model::{Assessment, AssetId, AssetIndex, Assets, Identification, Rating, Risk, RiskId};
use crate::text::{self, msg};

mod register;

pub use register::{heatmap_counts, Scored, ScoredRegister};

/// One asset rating that set the high-water mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImpactSource {
    /// The asset.
    pub asset: AssetId,
    /// The property the threat harms.
    pub property: SecurityProperty,
    /// The asset's rating for it.
    pub rating: Impact,
}

/// How a risk's impact was found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImpactBasis {
    /// The highest rating of the assets for the harmed properties.
    HighWaterMark {
        /// The ratings that reach the maximum.
        sources: Vec<ImpactSource>,
        /// The properties considered: those the scenario harms
        /// (`Risk::harmed_properties`).
        properties: Vec<SecurityProperty>,
        /// True when the user named the properties (they differ from the
        /// threat's); false when they are the threat's (or all three).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        chosen: bool,
    },
    /// Judged directly for an event-based scenario.
    Judged,
    /// Set by hand over the computed value.
    Overridden {
        /// The computed value it replaces, if any.
        computed: Option<Impact>,
        /// The user's reason.
        reason: String,
    },
    /// An asset-based risk with no assets (left): the impact is unknown.
    /// It is scored at the highest impact step, so that losing its assets
    /// never makes a risk look smaller, and the lint flags it (`RISK-012`)
    /// until assets are picked or an impact is judged.
    NoAssets,
}

/// A likelihood, an impact and the level the matrix gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// Likelihood.
    pub likelihood: Likelihood,
    /// Impact.
    pub impact: Impact,
    /// The matrix level.
    pub level: LevelIndex,
}

impl Evaluation {
    /// Evaluates a rating with the method.
    pub fn of(method: &Method, rating: Rating) -> Self {
        Evaluation {
            likelihood: rating.likelihood,
            impact: rating.impact,
            level: method.level(rating.likelihood, rating.impact),
        }
    }

    /// The rating part.
    pub fn rating(&self) -> Rating {
        Rating {
            likelihood: self.likelihood,
            impact: self.impact,
        }
    }

    /// The matrix cell: likelihood and impact.
    pub fn cell(&self) -> (Likelihood, Impact) {
        (self.likelihood, self.impact)
    }
}

/// Which of a risk's three evaluations: before controls, with the existing
/// controls, or after the planned treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Before any control.
    Inherent,
    /// With the existing controls.
    Current,
    /// After the planned treatment.
    Residual,
}

impl Stage {
    /// The three stages, in order.
    pub const ALL: [Stage; 3] = [Stage::Inherent, Stage::Current, Stage::Residual];

    /// A display label, e.g. "Inherent".
    pub fn label(self) -> String {
        text::text(match self {
            Stage::Inherent => msg::STAGE_INHERENT,
            Stage::Current => msg::STAGE_CURRENT,
            Stage::Residual => msg::STAGE_RESIDUAL,
        })
    }
}

/// A risk with its three evaluations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScoredRisk {
    /// The risk's id.
    pub id: RiskId,
    /// Before any control.
    pub inherent: Evaluation,
    /// With the existing controls: the user's `Risk::current`, else the
    /// inherent rating moved by the existing controls
    /// (`annexa_core::current_proposal`).
    pub current: Evaluation,
    /// After the planned treatment: the user's `Treatment::target`, else
    /// the current rating moved by the planned controls
    /// (`annexa_core::residual_proposal`; equals current when none is
    /// planned).
    pub residual: Evaluation,
    /// How the inherent impact was found.
    pub impact_basis: ImpactBasis,
    /// True when the current level is within the method's tolerance.
    pub current_within_tolerance: bool,
    /// True when the residual level is within the method's tolerance.
    pub residual_within_tolerance: bool,
}

impl ScoredRisk {
    /// The evaluation at a stage.
    pub fn at(&self, stage: Stage) -> Evaluation {
        match stage {
            Stage::Inherent => self.inherent,
            Stage::Current => self.current,
            Stage::Residual => self.residual,
        }
    }
}

/// The high-water mark: the highest rating, over the risk's assets, of the
/// properties this scenario harms (`Risk::harmed_properties`: the ones the
/// user ticked, else the threat's, else all three). It is a suggestion:
/// the user confirms it, or lowers it with a reason through
/// `Risk::impact_override` (ISO/IEC 27005:2022 8.3). `None` for an
/// event-based risk or an asset-based one with no known asset.
pub fn high_water_mark(assessment: &Assessment, risk: &Risk) -> Option<(Impact, ImpactBasis)> {
    high_water_mark_in(Assets::Direct(assessment), risk)
}

/// [`high_water_mark`] with the assets found through `assets`.
pub(crate) fn high_water_mark_in(assets: Assets, risk: &Risk) -> Option<(Impact, ImpactBasis)> {
    let Identification::AssetBased { assets: ids } = &risk.identification else {
        return None;
    };
    let properties = risk.harmed_properties();
    let chosen = risk.properties_chosen();
    let mut all = Vec::new();
    for id in ids {
        if let Some(asset) = assets.get(*id) {
            for p in &properties {
                let rating = match p {
                    SecurityProperty::Confidentiality => asset.ratings.confidentiality,
                    SecurityProperty::Integrity => asset.ratings.integrity,
                    SecurityProperty::Availability => asset.ratings.availability,
                };
                all.push(ImpactSource {
                    asset: *id,
                    property: *p,
                    rating,
                });
            }
        }
    }
    let max = all.iter().map(|s| s.rating).max()?;
    let sources = all.into_iter().filter(|s| s.rating == max).collect();
    Some((
        max,
        ImpactBasis::HighWaterMark {
            sources,
            properties,
            chosen,
        },
    ))
}

/// Why a risk's inherent impact is `impact`, in a sentence of the text
/// layer: which asset and property set the high-water mark (and over which
/// properties, the scenario's or the threat's), a judgement, an override
/// with its reason, or no assets yet.
pub fn impact_explanation(assessment: &Assessment, basis: &ImpactBasis, impact: Impact) -> String {
    match basis {
        ImpactBasis::HighWaterMark {
            sources,
            properties,
            chosen,
        } => {
            let props: Vec<String> = properties
                .iter()
                .map(|p| crate::text::case::lower(&p.label()))
                .collect();
            let src: Vec<String> = sources
                .iter()
                .map(|s| {
                    let name = assessment
                        .asset(s.asset)
                        .map_or(String::new(), |x| x.name.clone());
                    text::text_with(
                        msg::IMPACT_SOURCE,
                        &[
                            ("asset", s.asset.to_string().into()),
                            ("name", name.into()),
                            (
                                "property",
                                crate::text::case::lower(&s.property.label()).into(),
                            ),
                        ],
                    )
                })
                .collect();
            text::text_with(
                if *chosen {
                    msg::IMPACT_HWM_CHOSEN
                } else {
                    msg::IMPACT_HWM_THREAT
                },
                &[
                    ("properties", props.join(", ").into()),
                    ("impact", u32::from(impact.0).into()),
                    ("sources", src.join(", ").into()),
                ],
            )
        }
        ImpactBasis::Judged => text::text(msg::IMPACT_JUDGED),
        ImpactBasis::Overridden { computed, reason } => text::text_with(
            msg::IMPACT_OVERRIDDEN,
            &[
                (
                    "computed",
                    computed
                        .map_or("none".to_owned(), |c| c.0.to_string())
                        .into(),
                ),
                ("reason", reason.clone().into()),
            ],
        ),
        ImpactBasis::NoAssets => text::text(msg::IMPACT_NO_ASSETS),
    }
}

/// The inherent impact of a risk and how it was found.
pub fn inherent_impact(assessment: &Assessment, risk: &Risk) -> (Impact, ImpactBasis) {
    inherent_impact_in(assessment, Assets::Direct(assessment), risk)
}

/// [`inherent_impact`] with the assets found through `assets`.
pub(crate) fn inherent_impact_in(
    assessment: &Assessment,
    assets: Assets,
    risk: &Risk,
) -> (Impact, ImpactBasis) {
    let computed = match &risk.identification {
        Identification::EventBased { impact } => Some((*impact, ImpactBasis::Judged)),
        Identification::AssetBased { .. } => high_water_mark_in(assets, risk),
    };
    match (&risk.impact_override, computed) {
        (Some(o), c) => (
            o.impact,
            ImpactBasis::Overridden {
                computed: c.map(|(i, _)| i),
                reason: o.reason.clone(),
            },
        ),
        (None, Some(c)) => c,
        (None, None) => (
            Impact(
                assessment
                    .method
                    .impact
                    .len()
                    .clamp(1, usize::from(u8::MAX)) as u8,
            ),
            ImpactBasis::NoAssets,
        ),
    }
}

/// Scores one risk.
pub fn score_risk(assessment: &Assessment, risk: &Risk) -> ScoredRisk {
    score_risk_in(assessment, Assets::Direct(assessment), risk)
}

/// [`score_risk`] with the assets found through `assets`.
pub(crate) fn score_risk_in(assessment: &Assessment, assets: Assets, risk: &Risk) -> ScoredRisk {
    let method = &assessment.method;
    let (impact, impact_basis) = inherent_impact_in(assessment, assets, risk);
    let inherent = Evaluation::of(
        method,
        Rating {
            likelihood: risk.likelihood,
            impact,
        },
    );
    let current_rating = risk.current.unwrap_or_else(|| {
        crate::chain::residual::propose(inherent.rating(), &risk.existing_controls).to
    });
    let current = Evaluation::of(method, current_rating);
    let residual_rating = risk.treatment.target.unwrap_or_else(|| {
        crate::chain::residual::residual_proposal_in(assessment, assets, risk).to
    });
    let residual = Evaluation::of(method, residual_rating);
    ScoredRisk {
        id: risk.id,
        inherent,
        current,
        residual,
        impact_basis,
        current_within_tolerance: method.within_tolerance(current.level),
        residual_within_tolerance: method.within_tolerance(residual.level),
    }
}

/// Scores the whole register, in register order.
/// The assets are indexed once ([`AssetIndex`]), so the work is linear in
/// the risks and the asset references.
pub fn score(assessment: &Assessment) -> Vec<ScoredRisk> {
    let index = AssetIndex::new(assessment);
    let assets = Assets::Indexed(&index);
    assessment
        .risks
        .iter()
        .map(|r| score_risk_in(assessment, assets, r))
        .collect()
}

#[cfg(test)]
mod tests;
