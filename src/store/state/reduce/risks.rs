//! The risk register: add, edit, delete (with undo), and marking a
//! planned control done.

use crate::domain;
use crate::domain::text::{msg, text_with};
use crate::store::{Action, State};

impl State {
    /// Applies the risk actions; `None` when the state stays as it is (the same
    /// `Rc`, so nothing renders again). [`State::reduce`] sends only these
    /// actions here.
    pub(super) fn reduce_risks(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::UpsertRisk(r) => {
                let mut a = (*self.assessment).clone();
                match domain::upsert_risk(&mut a, *r) {
                    Some(_) => self.changed(a, None),
                    None => self.refused(self.assessment.next_risk_id().err()),
                }
            }
            Action::DeleteRisk(id) => {
                let title = self
                    .assessment
                    .risk(id)
                    .map_or(String::new(), |x| x.title.clone());
                self.delete(
                    text_with(
                        msg::UNDO_RISK,
                        &[("id", id.to_string().into()), ("title", title.into())],
                    ),
                    |a| domain::delete_risk(a, id),
                )
            }
            Action::MarkControlDone(risk, control) => {
                let mut a = (*self.assessment).clone();
                match domain::mark_control_done(&mut a, risk, control) {
                    Ok(()) => self.changed(a, None),
                    Err(e) => self.refused(Some(e)),
                }
            }
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
