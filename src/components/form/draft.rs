//! A form's unsaved state, kept in the store.

use yew::prelude::*;

use crate::components::callback::{dispatch, dispatch_on};
use crate::store::{use_store, Action, Draft, DraftKind, Drafts};

/// What [`use_draft`] returns.
pub struct DraftHandle<T: 'static> {
    /// The draft, if the form is open.
    pub value: Option<T>,
    /// Replaces the draft (opens the form with it).
    pub set: Callback<T>,
    /// Drops the draft (closes the form).
    pub clear: Callback<()>,
}

/// The draft of one form: read with `get` from the store's [`Drafts`],
/// set as `wrap(value)`, cleared as `kind`.
#[hook]
pub fn use_draft<T: Clone + 'static>(
    get: fn(&Drafts) -> Option<T>,
    wrap: fn(T) -> Draft,
    kind: DraftKind,
) -> DraftHandle<T> {
    let store = use_store();
    DraftHandle {
        value: get(&store.drafts),
        set: dispatch(&store, move |x: T| Action::SetDraft(wrap(x))),
        clear: dispatch_on(&store, Action::ClearDraft(kind)),
    }
}
