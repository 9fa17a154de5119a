//! The assessment: everything a user enters, as one serde type.
//!
//! - `ids`: [`AssetId`] and [`RiskId`].
//! - `context`: [`Context`], [`Edition`], [`Sector`], [`InterestedParty`].
//! - `risk`: [`Asset`] and [`Risk`] with their ratings and [`Treatment`].
//! - `soa`: [`SoaInput`], the user's part of the SoA.
//! - `gap_check`: [`GapCheck`], the gap check's answers.
//! - `assessment`: [`Assessment`], all of it together.

mod assessment;
mod context;
mod gap_check;
mod ids;
mod risk;
mod soa;

pub(crate) use assessment::{next_free, Assets};
pub use assessment::{Assessment, AssetIndex};
pub use context::{Context, Edition, InterestedParty, RequirementBasis, Sector};
pub use gap_check::{Answer, GapCheck, GapMode, QuestionId, SizeBand};
pub use ids::{AssetId, RiskId, MAX_ID};
pub use risk::{
    Acceptance, Asset, Cia, Cost, Identification, ImpactOverride, Rating, Reference, Risk,
    Treatment, TreatmentOption, TreatmentStatus,
};
pub use soa::{
    ChangeRecord, DocumentControl, DocumentControls, ImplementationStatus, InclusionReason,
    SoaDocument, SoaEntry, SoaInput,
};
