//! The risk editor.

use yew::prelude::*;

use super::assess::{existing_and_current, harms_and_override, likelihood_and_impact};
use super::form::RiskForm;
use super::identify::{identification, kind_and_scenario};
use crate::components::{emit_unit, submit};
use crate::domain::text::{msg, text, text_with};
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

/// The risk form, in the order a user fills it (issue 14: at most 8 Tabs
/// from the likelihood to "Save risk"): title, assets, threat,
/// vulnerabilities, likelihood, risk owner, the computed impact with its
/// explanation, "Save risk"; then, optional and after the button, how the
/// risk is identified, the scenario, what it harms, the override, existing
/// controls and the current level.
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
    let heading = if d.id.0 == 0 {
        text(msg::RISK_EDITOR_NEW)
    } else {
        text_with(msg::RISK_EDITOR_EDIT, &[("risk", d.id.to_string().into())])
    };
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
        <form ref={node} class="editor" onsubmit={save} aria-labelledby="risk-editor-heading">
            <h2 id="risk-editor-heading">{ heading }</h2>
            { identification(&form) }
            { likelihood_and_impact(&form, &basis) }
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <div class="actions">
                <button type="submit" class="primary">{ text(msg::RISK_SAVE) }</button>
                <button type="button" onclick={cancel}>{ text(msg::UI_CANCEL) }</button>
            </div>
            <section class="risk-more" aria-labelledby="risk-more-heading">
                <h3 id="risk-more-heading">{ text(msg::RISK_MORE) }</h3>
                <p class="hint">{ text(msg::RISK_MORE_HINT) }</p>
                { kind_and_scenario(&form) }
                { harms_and_override(&form) }
                { existing_and_current(&form) }
            </section>
        </form>
    }
}
