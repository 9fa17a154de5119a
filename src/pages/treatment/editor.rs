//! The treatment form of one risk.

use yew::prelude::*;

use super::decision::{AcceptanceFields, ResidualFields, TreatmentFields};
use super::recommendations::{PlannedControls, Recommendations};
use crate::components::{badge, emit_unit, submit, QuantifyPanel, TermHelp};
use crate::domain::glossary::Term;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{score_risk, Risk};
use crate::store::use_store;

/// Props of [`TreatmentEditor`].
#[derive(Properties, PartialEq)]
pub struct TreatmentEditorProps {
    /// The risk being treated.
    pub risk: Risk,
    /// What stops the treatment from being saved, if anything.
    #[prop_or_default]
    pub error: Option<String>,
    /// Called on every change of the draft.
    pub onchange: Callback<Risk>,
    /// Called to save.
    pub onsave: Callback<Risk>,
    /// Called to cancel.
    pub oncancel: Callback<()>,
}

/// The treatment form of one risk: its decision, the recommended and
/// planned controls, the residual risk and its acceptance (ISO/IEC
/// 27001:2022 6.1.3 b–f).
#[function_component]
pub fn TreatmentEditor(p: &TreatmentEditorProps) -> Html {
    let store = use_store();
    // The threat and vulnerability prose (search, recommendation reasons).
    crate::store::use_prose();
    let a = &store.assessment;
    let r = &p.risk;
    let scored = score_risk(a, r);
    let save = submit(&p.onsave, r);
    let cancel = emit_unit(&p.oncancel);
    // Opened from "Treat" low on the page: into view, focus in its first field.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(r.id, move |_| {
            crate::platform::scroll_into_view_and_focus(&node)
        });
    }
    html! {
        <form ref={node} class="editor" onsubmit={save} aria-label={text_with(msg::PG_TREATMENT_OF, &[("risk", r.id.to_string().into())])}>
            <h2>{ text_with(msg::PG_TREAT_RISK, &[("risk", r.id.to_string().into()), ("title", r.title.to_string().into())]) }</h2>
            <p>{ text(msg::TREATMENT_CURRENT_LEVEL) }{ " " }{ badge(&a.method, scored.current) }<TermHelp term={Term::CurrentRisk} at="t-current" /></p>
            <TreatmentFields risk={r.clone()} onchange={p.onchange.clone()} />
            <Recommendations risk={r.clone()} onchange={p.onchange.clone()} />
            <PlannedControls risk={r.clone()} onchange={p.onchange.clone()} />
            <ResidualFields risk={r.clone()} onchange={p.onchange.clone()} />
            <AcceptanceFields risk={r.clone()} onchange={p.onchange.clone()} />
            <QuantifyPanel risk={r.clone()} currency={a.quant_settings.currency.clone()} onchange={p.onchange.clone()} />
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ text(msg::PG_SAVE_TREATMENT) }</button>
            <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
        </form>
    }
}
