//! The treatment form's state on the Treatment page: the draft (kept in
//! the store, so it survives navigation and reload), the problem that
//! stops a save, and the note of the row just saved.

use yew::prelude::*;

use super::list::plan_row_id;
use super::TreatmentEditor;
use crate::components::{make_callback, use_draft, DraftHandle, Saved};
use crate::domain::text::{msg, text_with};
use crate::domain::{
    acceptance_state, score_risk, target_change_needs_reason, target_reason_missing,
    AcceptanceNeed, AcceptanceState, Assessment, Risk,
};
use crate::store::{use_store, Action, Draft, DraftKind};

/// What stops a treatment from being saved: a residual set without its
/// reason, or an acceptance record the option needs that lacks parts
/// (ISO/IEC 27001:2022 6.1.3 f).
fn save_problem(a: &Assessment, r: &Risk) -> Option<String> {
    if target_change_needs_reason(a, a.risk(r.id), r) {
        return Some(target_reason_missing(r.id));
    }
    let state = acceptance_state(&a.method, r, &score_risk(a, r));
    match state {
        AcceptanceState::Incomplete { .. }
        | AcceptanceState::Missing {
            need: AcceptanceNeed::AcceptOption,
        } => state.problem(r),
        _ => None,
    }
}

/// The treatment form of the Treatment page.
pub(super) struct TreatmentForm {
    /// The open risk's draft.
    pub(super) editing: DraftHandle<Risk>,
    /// What stopped the last save.
    pub(super) error: UseStateHandle<Option<String>>,
    /// The row just saved, for its note and highlight.
    pub(super) saved: UseStateHandle<Option<Saved>>,
    /// Opens the form on a risk.
    pub(super) open: Callback<Risk>,
    /// Saves the draft, or shows what stops it.
    pub(super) onsave: Callback<Risk>,
    /// Closes the form.
    pub(super) cancel: Callback<()>,
}

impl TreatmentForm {
    /// The form, when a risk is open.
    pub(super) fn editor(&self) -> Option<Html> {
        self.editing.value.as_ref().map(|r| {
            html! {
                <TreatmentEditor risk={r.clone()} error={(*self.error).clone()} onchange={self.editing.set.clone()}
                    onsave={self.onsave.clone()} oncancel={self.cancel.clone()} />
            }
        })
    }
}

/// The treatment form's draft, problem and saved note, with its callbacks.
#[hook]
pub(super) fn use_treatment_form() -> TreatmentForm {
    let store = use_store();
    let editing = use_draft(
        |d| d.treatment.clone(),
        |r| Draft::Treatment(Box::new(r)),
        DraftKind::Treatment,
    );
    let error = use_state(|| None::<String>);
    let saved = use_state(|| None::<Saved>);
    // Made once: the plan's rows take it as a prop, and a new callback on
    // every render would render every row again.
    let open = {
        let (set, error) = (editing.set.clone(), error.clone());
        use_callback((), move |r: Risk, _| {
            error.set(None);
            set.emit(r);
        })
    };
    let onsave = make_callback(
        &(editing.clear.clone(), store, error.clone(), saved.clone()),
        |(clear, store, error, saved), r: Risk| {
            // The Quantify panel shows its problems inline; an invalid estimate is not saved.
            if r.quant.is_some_and(|q| !q.problems("quant").is_empty()) {
                return;
            }
            if let Some(problem) = save_problem(&store.assessment, &r) {
                error.set(Some(problem));
                return;
            }
            let message = text_with(msg::TREATMENT_SAVED, &[("risk", r.id.to_string().into())]);
            saved.set(Some(Saved::next(
                saved.as_ref(),
                message,
                plan_row_id(r.id),
            )));
            store.dispatch(Action::UpsertRisk(Box::new(r)));
            error.set(None);
            clear.emit(());
        },
    );
    let cancel = make_callback(
        &(editing.clear.clone(), error.clone()),
        |(clear, error), ()| {
            error.set(None);
            clear.emit(());
        },
    );
    TreatmentForm {
        editing,
        error,
        saved,
        open,
        onsave,
        cancel,
    }
}
