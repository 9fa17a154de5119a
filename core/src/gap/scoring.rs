//! Scoring: an answer's value, the running [`Tally`] and the rounded score
//! of a set of questions.

use std::collections::BTreeMap;

use serde::Serialize;

use super::types::{Area, Question};
use crate::model::{Answer, QuestionId};

/// An answer's value in half points (Yes 2, Partly 1, No and Don't know 0),
/// or `None` when it does not count (Not applicable on a question that is
/// not mandatory).
pub(super) fn halves(answer: Answer, mandatory: bool) -> Option<u32> {
    match answer {
        Answer::Yes => Some(2),
        Answer::Partly => Some(1),
        Answer::No | Answer::DontKnow => Some(0),
        Answer::NotApplicable if mandatory => Some(0),
        Answer::NotApplicable => None,
    }
}

/// An answer's value for the score: Yes 1, Partly 0.5, No and Don't know 0;
/// `None` for Not applicable, except on a mandatory question where it counts
/// as No.
pub fn answer_value(answer: Answer, mandatory: bool) -> Option<f64> {
    halves(answer, mandatory).map(|h| f64::from(h) / 2.0)
}

/// Running sums for a score.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Tally {
    /// Σ weight × value, in half points.
    pub(super) earned: u32,
    /// Σ weight over the questions that count.
    pub(super) possible: u32,
    pub(super) answered: usize,
    pub(super) total: usize,
}

impl Tally {
    pub(super) fn add(&mut self, q: &Question, answer: Option<Answer>) {
        self.total += 1;
        let Some(answer) = answer else { return };
        self.answered += 1;
        if let Some(h) = halves(answer, q.mandatory) {
            let w = u32::from(q.weight.get());
            self.earned += w * h;
            self.possible += w;
        }
    }

    /// round(100 × earned / (2 × possible)), half up.
    pub(super) fn score(&self) -> Option<u8> {
        (self.possible > 0).then(|| {
            let s = (100 * self.earned + self.possible) / (2 * self.possible);
            s.min(100) as u8
        })
    }
}

/// The score (0–100) of some questions under the module's formula, or `None`
/// when no answered question counts.
pub fn gap_score<'a>(
    questions: impl IntoIterator<Item = &'a Question>,
    answers: &BTreeMap<QuestionId, Answer>,
) -> Option<u8> {
    let mut t = Tally::default();
    for q in questions {
        t.add(q, answers.get(&q.id).copied());
    }
    t.score()
}

/// The score of one clause or theme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AreaScore {
    /// The clause or theme.
    pub area: Area,
    /// Its display label.
    pub label: String,
    /// 0–100, or `None` before any counted answer.
    pub score: Option<u8>,
    /// How many of its questions are answered.
    pub answered: usize,
    /// How many questions it has.
    pub total: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up() {
        // (earned half points, possible weight, expected score)
        let cases: &[(u32, u32, u8)] =
            &[(0, 1, 0), (1, 1, 50), (2, 1, 100), (1, 3, 17), (5, 3, 83)];
        for (earned, possible, expected) in cases {
            let t = Tally {
                earned: *earned,
                possible: *possible,
                answered: 1,
                total: 1,
            };
            assert_eq!(t.score(), Some(*expected), "{earned}/{possible}");
        }
        assert_eq!(Tally::default().score(), None);
    }
}
