//! Risk scoring: the high-water-mark impact and the inherent, current and
//! residual levels of each risk.

use serde::Serialize;

use super::catalogue::{self, SecurityProperty};
use super::method::{Impact, LevelIndex, Likelihood, Method};
use super::model::{Assessment, AssetId, Identification, Rating, Risk, RiskId};

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
        /// The properties considered (those the threat harms, or all three).
        properties: Vec<SecurityProperty>,
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
    /// An asset-based risk without assets or ratings: the lowest impact.
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
}

/// A risk with its three evaluations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScoredRisk {
    /// The risk's id.
    pub id: RiskId,
    /// Before any control.
    pub inherent: Evaluation,
    /// With the existing controls.
    pub current: Evaluation,
    /// After the planned treatment (equals current when none is planned).
    pub residual: Evaluation,
    /// How the inherent impact was found.
    pub impact_basis: ImpactBasis,
    /// True when the current level is within the method's tolerance.
    pub current_within_tolerance: bool,
    /// True when the residual level is within the method's tolerance.
    pub residual_within_tolerance: bool,
}

/// The high-water mark: the highest rating, over the risk's assets, of the
/// properties the threat harms (all three when there is no threat).
pub fn high_water_mark(assessment: &Assessment, risk: &Risk) -> Option<(Impact, ImpactBasis)> {
    let Identification::AssetBased { assets } = &risk.identification else {
        return None;
    };
    let properties: Vec<SecurityProperty> = match risk.threat.and_then(catalogue::threat) {
        Some(t) if !t.harms.is_empty() => t.harms.to_vec(),
        _ => SecurityProperty::ALL.to_vec(),
    };
    let mut all = Vec::new();
    for id in assets {
        if let Some(asset) = assessment.asset(*id) {
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
        },
    ))
}

/// The inherent impact of a risk and how it was found.
pub fn inherent_impact(assessment: &Assessment, risk: &Risk) -> (Impact, ImpactBasis) {
    let computed = match &risk.identification {
        Identification::EventBased { impact } => Some((*impact, ImpactBasis::Judged)),
        Identification::AssetBased { .. } => high_water_mark(assessment, risk),
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
        (None, None) => (Impact(1), ImpactBasis::NoAssets),
    }
}

/// Scores one risk.
pub fn score_risk(assessment: &Assessment, risk: &Risk) -> ScoredRisk {
    let method = &assessment.method;
    let (impact, impact_basis) = inherent_impact(assessment, risk);
    let inherent = Evaluation::of(
        method,
        Rating {
            likelihood: risk.likelihood,
            impact,
        },
    );
    let current = risk.current.map_or(inherent, |r| Evaluation::of(method, r));
    let residual = risk
        .treatment
        .target
        .map_or(current, |r| Evaluation::of(method, r));
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
pub fn score(assessment: &Assessment) -> Vec<ScoredRisk> {
    assessment
        .risks
        .iter()
        .map(|r| score_risk(assessment, r))
        .collect()
}
