//! The quick gap check: a readiness self-assessment against ISO/IEC 27001.
//!
//! A bank of plain-English questions covers every requirement clause
//! (4.1–10.2) and the everyday Annex A controls. The **short** mode asks
//! those ([`SHORT_COUNT`] questions, about ten minutes); the **thorough**
//! mode adds one generated question for every Annex A control the short
//! questions do not already evidence, so all 93 controls are covered.
//!
//! # Scoring
//!
//! Each answer has a value: Yes = 1, Partly = 0.5, No = 0 and Don't know = 0
//! (not knowing counts as a gap). Not applicable is left out of both the
//! numerator and the denominator, except on a mandatory question (every
//! clause question: a certifiable ISMS must meet every clause), where it
//! counts as No. Unanswered questions are left out too, and reported as
//! "n of m answered". For any set of questions (all of them, one clause 4–10,
//! one Annex A theme) the score is
//!
//! ```text
//! score = round(100 × Σ(weight × value) / Σ(weight))
//! ```
//!
//! over the answered questions that count, rounded half up to a whole number
//! from 0 to 100; with no such question there is no score yet. Weights are 1
//! to 3.
//!
//! # Results
//!
//! [`gap_results`] gives the overall score, the scores per clause and per
//! theme, the mandatory documented information checklist, the top ten gaps
//! ranked by weight × (1 − value), and a roadmap in certification order with
//! a rough effort per phase and a timeline adjusted for the organisation's
//! size. [`continue_to_full`] carries the answers into the full assessment.
//!
//! # Where things are
//!
//! - `types`: [`Area`], [`Phase`], [`Weight`], [`Question`] and the edits
//!   of the answers.
//! - `questions` (data) and `bank`: the question bank of each mode,
//!   [`gap_questions`].
//! - `scoring`: [`answer_value`] and [`gap_score`].
//! - `results` and `roadmap`: [`gap_results`], with the documents
//!   checklist, the top gaps and the [`Roadmap`].
//! - `continue_to_full`: the hand-over, [`continue_to_full`].

mod bank;
mod continue_to_full;
mod questions;
mod results;
mod roadmap;
mod scoring;
mod types;

pub use bank::{gap_question, gap_questions, SHORT_COUNT};
pub use continue_to_full::{continue_to_full, implied_status, Continued};
pub use results::{gap_results, DocumentCheck, DocumentStatus, Gap, GapResults, TOP_GAPS};
pub use roadmap::{Roadmap, RoadmapPhase, Timeline};
pub use scoring::{answer_value, gap_score, AreaScore};
pub use types::{Area, Phase, Question, SuggestedRisk, Weight};
