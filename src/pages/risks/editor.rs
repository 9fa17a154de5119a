//! The risk editor.

use yew::prelude::*;

use super::assess::{existing_and_current, likelihood_and_impact};
use super::form::RiskForm;
use super::identify::identification;
use crate::components::{emit_unit, submit};
use crate::domain::{inherent_impact, Risk};
use crate::store::use_store;

/// Props of [`RiskEditor`].
#[derive(Properties, PartialEq)]
pub struct RiskEditorProps {
    /// The risk being edited (id 0: new).
    pub risk: Risk,
    /// A validation message.
    pub error: Option<String>,
    /// Called on every change of the draft.
    pub onchange: Callback<Risk>,
    /// Called to save.
    pub onsave: Callback<Risk>,
    /// Called to cancel.
    pub oncancel: Callback<()>,
}

/// The risk form: identification, threat, vulnerabilities, likelihood,
/// computed impact with its explanation, override, existing controls and
/// the current level.
#[function_component]
pub fn RiskEditor(p: &RiskEditorProps) -> Html {
    let store = use_store();
    // The threat and vulnerability prose (search, recommendation reasons).
    crate::store::use_prose();
    let a = &store.assessment;
    let d = &p.risk;
    let (impact, basis) = inherent_impact(a, d);
    let form = RiskForm {
        a,
        d,
        onchange: &p.onchange,
        impact,
    };
    let save = submit(&p.onsave, d);
    let cancel = emit_unit(&p.oncancel);
    // Opened (or switched to another risk): into view, focus in the title.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(d.id, move |_| {
            crate::platform::scroll_into_view_and_focus(&node)
        });
    }
    html! {
        <form ref={node} class="editor" onsubmit={save} aria-label={if d.id.0 == 0 { "New risk" } else { "Edit risk" }}>
            <h2>{ if d.id.0 == 0 { "New risk".to_owned() } else { format!("Edit {}", d.id) } }</h2>
            { identification(&form) }
            { likelihood_and_impact(&form, &basis) }
            { existing_and_current(&form) }
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ "Save risk" }</button>
            <button type="button" onclick={cancel}>{ "Cancel" }</button>
        </form>
    }
}
