//! The drafts: a half-typed form kept in the store, set and cleared.

use crate::store::{Action, Draft, DraftKind, State};

impl State {
    /// Applies the draft actions; `None` when the state stays as it is (the
    /// same `Rc`, so nothing renders again). [`State::reduce`] sends only these
    /// actions here.
    pub(super) fn reduce_drafts(&self, action: Action) -> Option<State> {
        let next = match action {
            Action::SetDraft(draft) => self.with_drafts(|d| match draft {
                Draft::Risk(r) => d.risk = Some(*r),
                Draft::Asset(x) => d.asset = Some(x),
                Draft::Treatment(r) => d.treatment = Some(*r),
                Draft::Soa(id, e) => {
                    d.soa.insert(id, e);
                }
                Draft::SoaBulk(text) => d.soa_bulk = text,
            }),
            Action::ClearDraft(kind) => self.with_drafts(|d| match kind {
                DraftKind::Risk => d.risk = None,
                DraftKind::Asset => d.asset = None,
                DraftKind::Treatment => d.treatment = None,
            }),
            // Not one of these actions: the dispatcher sends none here.
            _ => return None,
        };
        Some(next)
    }
}
