//! The Statement of Applicability: one entry, the document's fields, a bulk
//! decision (with undo), and the entries typed as drafts committed.

use crate::domain;
use crate::domain::text::{msg, text, text_with};
use crate::store::{Action, State};

impl State {
    /// Applies the SoA actions; `None` when the state stays as it is (the same
    /// `Rc`, so nothing renders again). [`State::reduce`] sends only these
    /// actions here.
    pub(super) fn reduce_soa(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::SetSoaEntry(id, e) => self.edit(|a| domain::set_soa_entry(a, id, e)),
            Action::SetSoaDocument(d) => self.edit(|a| a.soa.document = d),
            Action::DecideSoa(controls, decision) => {
                let mut a = (*self.assessment).clone();
                match domain::decide_soa(&mut a, &controls, &decision) {
                    Ok(0) => State {
                        notice: Some(text(msg::NOTICE_SOA_UNCHANGED)),
                        ..self.clone()
                    },
                    Ok(n) => {
                        let mut next = self.changed(
                            a,
                            Some(text_with(msg::NOTICE_SOA_DECIDED, &[("count", n.into())])),
                        );
                        next.undo = Some((
                            self.assessment.clone(),
                            text_with(msg::UNDO_SOA_DECIDED, &[("count", n.into())]),
                        ));
                        if matches!(decision, domain::SoaBulkDecision::Exclude(_)) {
                            next = next.with_drafts(|d| d.soa_bulk.clear());
                        }
                        next
                    }
                    Err(e) => self.refused(Some(e)),
                }
            }
            Action::CommitSoaDrafts => {
                if self.drafts.soa.is_empty() {
                    return None;
                }
                let entries = self.drafts.soa.clone();
                let mut next = self.edit(|a| {
                    for (id, e) in entries {
                        domain::set_soa_entry(a, id, e);
                    }
                });
                next = next.with_drafts(|d| d.soa.clear());
                next
            }
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
