//! What the sections of the risk editor share: the draft, the assessment
//! it belongs to, and callbacks that edit a copy of the draft.

use yew::prelude::*;

use crate::components::{edit, edit_text, Edit};
use crate::domain::{Assessment, Impact, Risk};

/// The risk editor's draft and what its sections need to edit it.
pub(super) struct RiskForm<'a> {
    /// The assessment the risk belongs to (assets, method).
    pub(super) a: &'a Assessment,
    /// The risk being edited.
    pub(super) d: &'a Risk,
    /// Called with the edited copy.
    pub(super) onchange: &'a Callback<Risk>,
    /// The inherent impact computed for the draft.
    pub(super) impact: Impact,
}

impl RiskForm<'_> {
    /// A text edit of the draft.
    pub(super) fn change(&self, f: Edit<Risk>) -> Callback<String> {
        edit_text(self.d, self.onchange, f)
    }

    /// A scale edit (a level) of the draft.
    pub(super) fn on(&self, f: fn(&mut Risk, u8)) -> Callback<u8> {
        edit(self.d, self.onchange, f)
    }

    /// A picker edit (a list of ids) of the draft.
    pub(super) fn list(&self, f: fn(&mut Risk, Vec<String>)) -> Callback<Vec<String>> {
        edit(self.d, self.onchange, f)
    }

    /// A checkbox edit of the draft, given the computed impact.
    pub(super) fn toggle(&self, f: fn(&mut Risk, bool, Impact)) -> Callback<bool> {
        let impact = self.impact;
        edit(self.d, self.onchange, move |r, v: bool| f(r, v, impact))
    }

    /// A checkbox edit of the draft that needs no impact.
    pub(super) fn flag(&self, f: impl Fn(&mut Risk, bool) + 'static) -> Callback<bool> {
        edit(self.d, self.onchange, f)
    }
}
