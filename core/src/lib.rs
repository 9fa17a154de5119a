//! Annexa's domain core: pure Rust, no web dependencies.
//!
//! - [`catalogue`]: Annex A 2022 and 2013 with the mapping, clauses 4–10,
//!   threat and vulnerability libraries.
//! - [`Method`]: scales, matrix and tolerance; [`score`] evaluates risks.
//! - [`recommend()`] and [`plan`]: controls per risk and a register-wide plan.
//! - [`generate_soa`]: the Statement of Applicability; [`lint`] its gaps.
//! - [`gap_questions`], [`gap_results`] and [`continue_to_full`]: the quick
//!   gap check, its scores and roadmap, and the hand-over to the full
//!   assessment.
//! - [`quant`]: quantitative risk, a FAIR Monte Carlo of annual losses.
//! - [`import()`] and [`export`]: the versioned file format; [`Sealed`]: its
//!   encrypted container; [`share_payload`] and [`open_share`]: share links.
//! - [`mod@import`]: spreadsheets (CSV, XLSX, ODS) brought in as assets,
//!   risks or SoA lines, through a column and value mapping.
//!
//! The browser app and the `annexa` CLI both call only this module for
//! anything they compute.

#![warn(missing_docs)]

pub mod base64url;
mod text_serde;

pub mod catalogue;
mod chain;
pub mod documents;
mod edit;
mod envelope;
mod error;
mod example;
mod filename;
mod gap;
pub mod glossary;
pub mod import;
pub mod json;
mod lint;
mod locate;
mod method;
mod model;
mod presets;
pub mod quant;
mod recommend;
pub mod report;
pub mod rescale;
mod rules;
mod scoring;
mod sealed;
mod share;
mod soa;
pub mod sort;
mod summary;
mod tagged;
pub mod text;
mod time;
mod validate;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use chain::acceptance::{acceptance_state, AcceptanceGap, AcceptanceNeed, AcceptanceState};
pub use chain::plan::{by_due, risk_treatment_plan, RiskTreatmentPlan, RiskTreatmentRow};
pub use chain::residual::{
    combined_effect, control_effect, current_proposal, mark_control_done, propose,
    residual_proposal, target_change_needs_reason, target_needs_reason, target_reason_missing,
    ControlEffect, Proposal, MAX_STEPS_PER_AXIS,
};
pub use edit::{
    asset_usage, assets_in_use, decide_soa, delete_asset, delete_risk, evidence_as_typed,
    resize_method, set_soa_entry, tidy_evidence, upsert_asset, upsert_risk, AssetUsage,
    SoaBulkDecision,
};
pub use envelope::deserialize_with_path;
pub use envelope::{
    check_unique_keys, export, export_checked, export_compact, file_problems, import,
    import_versioned, json_schema, migrate, repair, repair_assessment, Envelope, Repair,
    RepairKind, Repaired, APP_VERSION, FORMAT, MAX_DEPTH, MAX_IMPORT_BYTES, MAX_REPORTED,
    SCHEMA_VERSION,
};
pub use error::{Error, ErrorKind, Result};
pub use example::{example, synthetic, synthetic_wide};
pub use filename::{file_stem, sanitise_filename, MAX_FILENAME};
pub use gap::{
    answer_value, continue_to_full, gap_question, gap_questions, gap_results, gap_score,
    implied_status, Area, AreaScore, Continued, DocumentCheck, DocumentStatus, Gap, GapResults,
    Phase, Question, Roadmap, RoadmapPhase, SuggestedRisk, Timeline, Weight, SHORT_COUNT, TOP_GAPS,
};
pub use lint::{
    lint, lint_with, progress, progress_from, Finding, LintArea, LintCode, Progress, SoaCounts,
    Subject,
};
pub use locate::{line_column, locate};
pub use method::{
    band, default_levels, Colour, Impact, LevelIndex, Likelihood, Matrix, Method, RiskLevel, Scale,
    ScaleStep, MAX_METHOD_NAME, MAX_SCALE, MIN_SCALE,
};
pub use model::*;
pub use presets::SuggestedAsset;
pub use quant::{Currency, QuantEstimate, QuantSettings};
pub use recommend::{
    effort_weight, plan, recommend, suggestable, Effect, PlanStep, Reason, ReasonKind,
    Recommendation, TreatmentPlan,
};
pub use rescale::{preview_scale_change, ScaleChange};
pub use rules::{
    organisation_name, set_member, ACCEPTANCE_DAYS, NOT_DECIDED, UNNAMED_ORGANISATION,
};
pub use scoring::{
    heatmap_counts, high_water_mark, impact_explanation, inherent_impact, score, score_risk,
    Evaluation, ImpactBasis, ImpactSource, Scored, ScoredRegister, ScoredRisk, Stage,
};
pub use sealed::{
    Cipher, Kdf, Sealed, SealedParts, MIN_PASSPHRASE_CHARS, PBKDF2_ITERATIONS, SEALED_FORMAT,
};
#[cfg(feature = "share")]
pub use share::{open_share, share_payload};
pub use share::{
    open_share_json, share_damaged, share_json, share_packed, share_payload_of, MAX_SHARE_CHARS,
    MAX_SHARE_PACKED,
};
pub use soa::{
    capped_list, fit_cell, generate as generate_soa, generated_justification, party_reasons,
    standard_name, Decision, Soa, SoaHeader, SoaRow, CELL_LIMIT,
};
pub use summary::{resume, summary, Resume, Step};
pub use time::{Date, TimeParseError, Timestamp};
pub use validate::{asset_problems, problems, risk_problems, validate, MAX_ITEMS, MAX_TEXT};
#[cfg(feature = "xlsx")]
pub use xlsx::{workbook, workbook_sheets, Sheet};
