//! One decision over the controls the filters show: mark them applicable
//! for one reason, or exclude them with one justification. One undoable
//! change, made by the domain (`domain::decide_soa`).

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};

use super::filter::by_snake;
use crate::components::{make_callback, set_state, Choice, TextField};
use crate::domain::catalogue::{snake, ControlId};
use crate::domain::{InclusionReason, SoaBulkDecision};
use crate::store::{use_store, Action, Draft};

/// Props of [`BulkDecision`].
#[derive(Properties, PartialEq)]
pub struct BulkDecisionProps {
    /// The controls the filters show.
    pub controls: Vec<ControlId>,
    /// How many of them are still to be decided.
    pub to_decide: usize,
}

/// The reasons a bulk inclusion may give (risk treatment comes from the
/// register itself).
const REASONS: [InclusionReason; 3] = [
    InclusionReason::BusinessPractice,
    InclusionReason::LegalRegulatory,
    InclusionReason::Contractual,
];

/// The "Decide the controls shown" fieldset.
#[function_component]
pub fn BulkDecision(p: &BulkDecisionProps) -> Html {
    let store = use_store();
    let reason = use_state(|| InclusionReason::BusinessPractice);
    // The typed justification is a draft in the store: leaving the page or
    // a reload keeps it.
    let justification = store.drafts.soa_bulk.clone();
    let n = p.controls.len();
    let decide = |decision: SoaBulkDecision| {
        make_callback(
            &(store.clone(), p.controls.clone()),
            move |(store, controls), _: MouseEvent| {
                store.dispatch(Action::CommitSoaDrafts);
                store.dispatch(Action::DecideSoa(controls.clone(), decision.clone()));
            },
        )
    };
    let include = decide(SoaBulkDecision::Include(*reason));
    let exclude = decide(SoaBulkDecision::Exclude(justification.clone()));
    let reason_opts: Vec<(String, String)> =
        REASONS.iter().map(|r| (snake(r), r.label())).collect();
    let on_reason = set_state(&reason, |v: String| {
        by_snake(&REASONS, &v).unwrap_or(InclusionReason::BusinessPractice)
    });
    let on_text = make_callback(&store, |store, v: String| {
        store.dispatch(Action::SetDraft(Draft::SoaBulk(v)))
    });
    let blank = justification.trim().is_empty();
    html! {
        <fieldset class="bulk-decision">
            <legend>{ text(msg::PG_DECIDE_THE_CONTROLS_SHOWN) }</legend>
            <p class="hint">{ text_with(msg::PG_BULK_HINT, &[("shown", n.to_string().into()), ("to_decide", p.to_decide.to_string().into())]) }</p>
            <div class="form-grid">
                <Choice id="bulk-reason" label={text(msg::PG_REASON_TO_INCLUDE)} options={reason_opts} value={snake(&*reason)} onchange={on_reason} />
                <button type="button" class="secondary" disabled={n == 0} onclick={include}>
                    { text_with(msg::PG_BULK_INCLUDE, &[("shown", n.to_string().into())]) }
                </button>
                <TextField id="bulk-justification" label={text(msg::PG_JUSTIFICATION_FOR_EXCLUDING)} value={justification.clone()} oninput={on_text} />
                <button type="button" class="secondary" disabled={n == 0 || blank} onclick={exclude}>
                    { text_with(msg::PG_BULK_EXCLUDE, &[("shown", n.to_string().into())]) }
                </button>
            </div>
        </fieldset>
    }
}
