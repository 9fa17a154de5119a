//! The register scored once ([`ScoredRegister`]): each risk with its score,
//! found by id, and the heatmap counts of a stage.

use super::{score, score_risk_in, ScoredRisk, Stage};
use crate::method::Method;
use crate::model::{Assessment, AssetIndex, Assets, Risk, RiskId};

/// The heatmap of a stage: how many of the scored risks fall in each cell,
/// `counts[l - 1][i - 1]`, one row per likelihood step and one column per
/// impact step of the method. Levels off the scales are left out.
pub fn heatmap_counts<'a>(
    method: &Method,
    scores: impl IntoIterator<Item = &'a ScoredRisk>,
    stage: Stage,
) -> Vec<Vec<usize>> {
    let mut grid = vec![vec![0usize; method.impact.len()]; method.likelihood.len()];
    for s in scores {
        let (l, i) = s.at(stage).cell();
        if let Some(c) = grid
            .get_mut(usize::from(l.0.max(1) - 1))
            .and_then(|r| r.get_mut(usize::from(i.0.max(1) - 1)))
        {
            *c += 1;
        }
    }
    grid
}

/// A risk of the register with its score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scored<'a> {
    /// The risk.
    pub risk: &'a Risk,
    /// Its score.
    pub score: &'a ScoredRisk,
}

/// The whole register scored once: every risk's [`ScoredRisk`], in register
/// order, found by id. It owns its scores (and borrows nothing), so a page
/// can keep it while the assessment is unchanged; [`ScoredRegister::rows`]
/// pairs the scores with the risks by id, never by position alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScoredRegister {
    scores: Vec<ScoredRisk>,
}

impl ScoredRegister {
    /// Scores every risk of the assessment.
    pub fn new(assessment: &Assessment) -> Self {
        ScoredRegister {
            scores: score(assessment),
        }
    }

    /// The register of `next` scored, where `self` is the register of
    /// `was` scored: equal to [`ScoredRegister::new`]`(next)`, but a risk
    /// that `was` holds unchanged at the same place keeps its score instead
    /// of being scored again, so an edit of one risk (or a risk added at the
    /// end) scores one risk; after a deletion the risks that moved up are
    /// scored again. A score reads the method, the risk and its assets, so
    /// when the method or the assets changed, every risk is scored again.
    ///
    /// `None` when `next` has the method, the assets and the risks of
    /// `was`: its scores are `self`'s, to be kept as they are. Each risk is
    /// compared once.
    pub fn rescored(&self, was: &Assessment, next: &Assessment) -> Option<ScoredRegister> {
        if was.method != next.method
            || was.assets != next.assets
            || self.scores.len() != was.risks.len()
        {
            return Some(ScoredRegister::new(next));
        }
        // The risks before the first change keep their scores unread again.
        let same = was
            .risks
            .iter()
            .zip(&next.risks)
            .take_while(|(before, now)| before == now)
            .count();
        if same == was.risks.len() && same == next.risks.len() {
            return None;
        }
        let index = AssetIndex::new(next);
        let mut scores: Vec<ScoredRisk> = self.scores.iter().take(same).cloned().collect();
        scores.extend(next.risks.iter().enumerate().skip(same).map(|(i, r)| {
            let kept = was
                .risks
                .get(i)
                .filter(|before| *before == r)
                .and_then(|_| self.scores.get(i));
            match kept {
                Some(s) => s.clone(),
                None => score_risk_in(next, Assets::Indexed(&index), r),
            }
        }));
        Some(ScoredRegister { scores })
    }

    /// The scores, in register order.
    pub fn scores(&self) -> &[ScoredRisk] {
        &self.scores
    }

    /// How many risks are scored.
    pub fn len(&self) -> usize {
        self.scores.len()
    }

    /// True when the register has no risk.
    pub fn is_empty(&self) -> bool {
        self.scores.is_empty()
    }

    /// The score of the risk with this id.
    pub fn get(&self, id: RiskId) -> Option<&ScoredRisk> {
        // A binary search when the register is in id order (the usual
        // case), else a scan; ids are unique.
        match self.scores.binary_search_by_key(&id, |s| s.id) {
            Ok(i) => self.scores.get(i),
            Err(_) => self.scores.iter().find(|s| s.id == id),
        }
    }

    /// Each risk of `assessment` (the one scored) with its score, in
    /// register order. A risk without a score (added since) is left out.
    pub fn rows<'a>(&'a self, assessment: &'a Assessment) -> impl Iterator<Item = Scored<'a>> {
        assessment
            .risks
            .iter()
            .enumerate()
            .filter_map(move |(n, risk)| {
                let score = self
                    .scores
                    .get(n)
                    .filter(|s| s.id == risk.id)
                    .or_else(|| self.get(risk.id))?;
                Some(Scored { risk, score })
            })
    }

    /// The heatmap of a stage: see [`heatmap_counts`].
    pub fn heatmap(&self, method: &Method, stage: Stage) -> Vec<Vec<usize>> {
        heatmap_counts(method, &self.scores, stage)
    }
}
