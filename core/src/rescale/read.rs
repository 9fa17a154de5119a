//! Reading a [`Rated`] from the file: the `Deserialize` that serde would
//! derive for `tag = "kind"`, written out with `crate::tagged` so that it
//! needs no buffering (the same JSON, the same errors; see its tests in
//! `rescale/tests.rs`).

use serde::Deserialize;

use super::Rated;
use crate::catalogue::SecurityProperty;
use crate::model::{AssetId, RiskId};

/// The tag of a [`Rated`].
#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RatedKind {
    AssetRating,
    Likelihood,
    EventImpact,
    ImpactOverride,
    CurrentLikelihood,
    CurrentImpact,
    ResidualLikelihood,
    ResidualImpact,
}

impl RatedKind {
    fn fields(self) -> &'static [&'static str] {
        match self {
            RatedKind::AssetRating => &["asset", "property"],
            _ => &["risk"],
        }
    }
}

crate::tagged::flat_fields!(RatedFields, RatedKind, "internally tagged enum Rated" {
    asset: AssetId,
    property: SecurityProperty,
    risk: RiskId,
});

impl<'de> Deserialize<'de> for Rated {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::tagged::need;
        let f = RatedFields::deserialize(d)?;
        let kind = f.checked_kind()?;
        let risk = || need(f.risk, "risk");
        Ok(match kind {
            RatedKind::AssetRating => Rated::AssetRating {
                asset: need(f.asset, "asset")?,
                property: need(f.property, "property")?,
            },
            RatedKind::Likelihood => Rated::Likelihood { risk: risk()? },
            RatedKind::EventImpact => Rated::EventImpact { risk: risk()? },
            RatedKind::ImpactOverride => Rated::ImpactOverride { risk: risk()? },
            RatedKind::CurrentLikelihood => Rated::CurrentLikelihood { risk: risk()? },
            RatedKind::CurrentImpact => Rated::CurrentImpact { risk: risk()? },
            RatedKind::ResidualLikelihood => Rated::ResidualLikelihood { risk: risk()? },
            RatedKind::ResidualImpact => Rated::ResidualImpact { risk: risk()? },
        })
    }
}
