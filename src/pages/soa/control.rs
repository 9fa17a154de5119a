//! One control of the SoA with its editable fields.

use yew::prelude::*;

use super::fields::{choices, reasons, texts, ControlForm};
use crate::components::{edit_text, make_callback, on_input, Edit};
use crate::domain::catalogue::{self, ControlId};
use crate::domain::{Decision, Finding, SoaEntry, SoaRow};
use crate::platform::{self, Pending};
use crate::store::{Action, Draft, State};

/// How long after the last keystroke typed SoA text is saved.
const SOA_SAVE_DELAY_MS: u32 = 400;

/// Props of [`SoaControl`]. The card reads nothing else (it does not
/// consume the store), so a change elsewhere (another control, the save
/// status) does not render it again: with 93 cards that is most of the
/// page's work.
#[derive(Properties, PartialEq)]
pub struct SoaControlProps {
    /// The generated row.
    pub row: SoaRow,
    /// The user's entry.
    pub entry: SoaEntry,
    /// What the user typed and is not saved yet, if anything.
    #[prop_or_default]
    pub draft: Option<SoaEntry>,
    /// Where the card's edits go (the store's dispatcher, the same on
    /// every render).
    pub dispatcher: UseReducerDispatcher<State>,
    /// Lint findings about this control.
    pub findings: Vec<Finding>,
    /// True when a link asked for this control: it is highlighted.
    #[prop_or_default]
    pub targeted: bool,
}

/// One control of the SoA with its editable fields.
#[function_component]
pub fn SoaControl(p: &SoaControlProps) -> Html {
    let store = &p.dispatcher;
    let id: ControlId = p.row.control;
    // What the user typed and is not saved yet, else the saved entry.
    let entry = p.draft.clone().unwrap_or_else(|| p.entry.clone());
    let e = &entry;
    // A choice saves at once (with any typed text of this control).
    let emit = make_callback(store, move |store, x: SoaEntry| {
        store.dispatch(Action::SetDraft(Draft::Soa(id, x)));
        store.dispatch(Action::CommitSoaDrafts);
    });
    // Typing keeps a draft and saves a moment after the last keystroke;
    // leaving the field saves at once.
    let pending = use_mut_ref(|| None::<Pending>);
    let typed = make_callback(
        &(store.clone(), pending),
        move |(store, pending), x: SoaEntry| {
            store.dispatch(Action::SetDraft(Draft::Soa(id, x)));
            let store = store.clone();
            *pending.borrow_mut() = Some(platform::after(SOA_SAVE_DELAY_MS, move || {
                store.dispatch(Action::CommitSoaDrafts)
            }));
        },
    );
    let typing = |f: Edit<SoaEntry>| on_input(edit_text(e, &typed, f));
    let commit = make_callback(store, |store, _: Event| {
        store.dispatch(Action::CommitSoaDrafts)
    });
    let r = &p.row;
    let key = r.control.to_string().replace('.', "-");
    let form = ControlForm {
        r,
        e,
        key: &key,
        emit: &emit,
        commit: &commit,
        typing: &typing,
    };
    html! {
        <article class={classes!("soa-control", (r.decision == Decision::Excluded).then_some("excluded"), (!p.findings.is_empty()).then_some("has-findings"), p.targeted.then_some("targeted"))}
            id={format!("control-{key}")} aria-labelledby={format!("title-{key}")}>
            <h3 id={format!("title-{key}")}>
                <span class="cid">{ r.control.to_string() }</span>{ " " }{ r.title }
                <span class={classes!("pill", match r.decision { Decision::Applicable => "yes", Decision::Excluded => "no", Decision::ToDecide => "to-decide" })}>{ r.decision.label() }</span>
                <span class="pill status">{ r.status.label() }</span>
            </h3>
            if let Some(c) = catalogue::control(r.control) {
                <p class="summary">{ c.summary }</p>
            }
            { for p.findings.iter().map(|f| html! {
                <p class="finding" role="note"><strong>{ f.code.code() }</strong>{ format!(" {}", f.message()) }</p>
            }) }
            { choices(&form) }
            { reasons(&form) }
            { texts(&form) }
            if !r.iso27001_2013.is_empty() {
                <p class="mapping">{ format!("ISO/IEC 27001:2013: {}", r.iso27001_2013.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")) }</p>
            }
        </article>
    }
}
