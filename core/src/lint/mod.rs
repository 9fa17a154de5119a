//! The traceability lint: gaps an auditor would find, each with a stable
//! code and a message that says what to do.
//!
//! One file per family of rules: [`controls`] (the SoA, `SOA-…`),
//! [`register`] (`RISK-…`), [`acceptance`] (the acceptance record) and
//! [`assets`] (`ASSET-…`); [`codes`] holds the codes and the findings,
//! `progress.rs` what they say about the whole assessment. [`lint_with`] is
//! the driver that runs them in this order.

use std::collections::BTreeSet;

use crate::model::{Assessment, AssetId, Identification};
use crate::scoring::{Scored, ScoredRegister};
use crate::soa::{generate, Soa};
use crate::time::Date;

mod acceptance;
mod assets;
mod codes;
mod controls;
mod progress;
mod register;
#[cfg(test)]
mod tests;

pub use codes::{Finding, LintArea, LintCode, Subject};
pub use progress::{progress, progress_from, Progress, SoaCounts};

/// Runs every rule. `today` decides which acceptances have expired.
pub fn lint(assessment: &Assessment, today: Date) -> Vec<Finding> {
    lint_with(
        assessment,
        &generate(assessment),
        &ScoredRegister::new(assessment),
        today,
    )
}

/// [`lint`] from an SoA and a scored register already computed for this
/// assessment (`generate_soa(assessment)` and
/// `ScoredRegister::new(assessment)`), so that a caller that shows them
/// too computes each once. The findings are those of [`lint`] when both
/// belong to `assessment`.
pub fn lint_with(
    assessment: &Assessment,
    soa: &Soa,
    register: &ScoredRegister,
    today: Date,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for row in &soa.rows {
        controls::check_row(row, &mut out);
    }
    let mut covered: BTreeSet<AssetId> = BTreeSet::new();
    for Scored {
        risk,
        score: scored,
    } in register.rows(assessment)
    {
        if let Identification::AssetBased { assets } = &risk.identification {
            covered.extend(assets.iter().copied());
        }
        let mut finding = |code, args| {
            out.push(Finding {
                code,
                subject: Subject::Risk(risk.id),
                args,
            })
        };
        register::check_risk(&assessment.method, risk, scored, &mut finding);
        acceptance::check_risk(&assessment.method, risk, scored, today, &mut finding);
    }
    assets::check_assets(assessment, &covered, &mut out);
    out
}
