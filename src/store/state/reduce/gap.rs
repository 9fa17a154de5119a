//! The gap check: an answer, the mode, the size, and continuing to the full
//! assessment.

use crate::domain;
use crate::store::{Action, State};

impl State {
    /// Applies the gap check actions; `None` when the state stays as it is (the
    /// same `Rc`, so nothing renders again). [`State::reduce`] sends only these
    /// actions here.
    pub(super) fn reduce_gap(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::SetAnswer(id, answer) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_answer(id, answer);
                self.changed(a, None)
            }
            Action::SetGapMode(mode) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_mode(mode);
                self.changed(a, None)
            }
            Action::SetGapSize(size) => {
                let mut a = (*self.assessment).clone();
                a.gap_check.set_size(size);
                self.changed(a, None)
            }
            Action::ContinueFromGap => {
                let mut a = (*self.assessment).clone();
                let done = domain::continue_to_full(&mut a);
                self.changed(a, Some(done.summary()))
            }
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
