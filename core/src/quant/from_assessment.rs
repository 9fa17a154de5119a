//! The glue that reads an assessment: the [`Job`] of its quantified risks,
//! and [`simulate`] in one call. The only part of `quant` that knows the
//! assessment model.

use super::engine::Simulation;
use super::job::Job;
use super::model::{MAX_TRIALS, MIN_TRIALS};
use super::results::QuantResults;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{Assessment, RiskId};

impl Job {
    /// The job for the risks of `a` with an estimate (all of them when
    /// `only` is empty), with the assessment's settings and `trials` if set.
    /// Fails when the inputs are invalid or no risk has an estimate.
    pub fn from_assessment(a: &Assessment, only: &[RiskId], trials: Option<u32>) -> Result<Job> {
        let s = &a.quant_settings;
        let mut problems = s.problems("quant_settings");
        let mut risks = Vec::new();
        for (i, r) in a.risks.iter().enumerate() {
            let Some(q) = &r.quant else { continue };
            if !only.is_empty() && !only.contains(&r.id) {
                continue;
            }
            problems.extend(q.problems(&format!("risks[{i}].quant")));
            risks.push((r.id, r.title.clone(), *q));
        }
        let trials = trials.unwrap_or(s.trials);
        if !(MIN_TRIALS..=MAX_TRIALS).contains(&trials) {
            problems.push((
                "trials".into(),
                format!("{trials} trials is outside the range Annexa runs: use {MIN_TRIALS} to {MAX_TRIALS}"),
            ));
        }
        if let Some((path, message)) = problems.into_iter().next() {
            return Err(Error::new(ErrorKind::Invalid, message).at(path));
        }
        if risks.is_empty() {
            return Err(Error::new(
                ErrorKind::Invalid,
                "no selected risk has a quantitative estimate: add one with Quantify on the Treatment page (risks[i].quant in the file)",
            ));
        }
        let job = Job {
            seed: s.seed,
            trials,
            currency: s.currency.clone(),
            tolerance: s.tolerance.clone(),
            risks,
        };
        job.check_estimate()?;
        Ok(job)
    }
}

/// Simulates the risks of `a` that have an estimate (or only those in
/// `only`), with the assessment's settings and `trials` if set. Refused
/// before the run when the inputs are invalid or the run too large (see
/// [`Job::estimate`]); an error after it when a result is not a finite
/// number.
pub fn simulate(a: &Assessment, only: &[RiskId], trials: Option<u32>) -> Result<QuantResults> {
    let results = Simulation::new(Job::from_assessment(a, only, trials)?).run();
    results.check_finite()?;
    Ok(results)
}
