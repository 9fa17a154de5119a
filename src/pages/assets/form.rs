//! The asset form.

use yew::prelude::*;

use crate::components::{edit, emit_unit, submit, Choice, ScaleChoice, TextField};
use crate::domain::catalogue::{snake, AssetType};
use crate::domain::{Asset, Cia, Impact};
use crate::store::use_store;

/// Props of [`AssetForm`].
#[derive(Properties, PartialEq)]
pub struct AssetFormProps {
    /// The asset being edited (id 0: new).
    pub asset: Asset,
    /// A validation message.
    pub error: Option<String>,
    /// Called on every change of the draft.
    pub onchange: Callback<Asset>,
    /// Called to save.
    pub onsave: Callback<Asset>,
    /// Called to cancel.
    pub oncancel: Callback<()>,
}

/// The asset form: name, type, owner, location, description and ratings.
#[function_component]
pub fn AssetForm(p: &AssetFormProps) -> Html {
    let store = use_store();
    let d = &p.asset;
    let set = |f: fn(&mut Asset, String)| edit(d, &p.onchange, f);
    let rate = |f: fn(&mut Cia, Impact)| {
        edit(d, &p.onchange, move |x, v: u8| f(&mut x.ratings, Impact(v)))
    };
    let types: Vec<(String, String)> = AssetType::ALL
        .iter()
        .map(|t| (snake(t), t.label().to_owned()))
        .collect();
    let scale = store.assessment.method.impact.clone();
    html! {
        <form class="editor" onsubmit={submit(&p.onsave, d)} aria-label={if d.id.0 == 0 { "New asset" } else { "Edit asset" }}>
            <h2>{ if d.id.0 == 0 { "New asset".to_owned() } else { format!("Edit {}", d.id) } }</h2>
            <div class="form-grid">
                <TextField id="asset-name" label="Name" required=true autofocus=true value={d.name.clone()} oninput={set(|x, v| x.name = v)} />
                <Choice id="asset-type" label="Type" options={types} value={snake(&d.asset_type)}
                    onchange={set(|x, v| x.asset_type = AssetType::ALL.iter().copied().find(|t| snake(t) == v).unwrap_or(x.asset_type))} />
                <TextField id="asset-owner" label="Owner" value={d.owner.clone()} oninput={set(|x, v| x.owner = v)} />
                <TextField id="asset-location" label="Location" value={d.location.clone()} oninput={set(|x, v| x.location = v)} />
            </div>
            <TextField id="asset-description" label="Description" multiline=true value={d.description.clone()} oninput={set(|x, v| x.description = v)} />
            <div class="form-grid">
                <ScaleChoice id="asset-c" label="Confidentiality" scale={scale.clone()} value={d.ratings.confidentiality.0} onchange={rate(|c, v| c.confidentiality = v)} />
                <ScaleChoice id="asset-i" label="Integrity" scale={scale.clone()} value={d.ratings.integrity.0} onchange={rate(|c, v| c.integrity = v)} />
                <ScaleChoice id="asset-a" label="Availability" scale={scale} value={d.ratings.availability.0} onchange={rate(|c, v| c.availability = v)} />
            </div>
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ "Save asset" }</button>
            <button type="button" onclick={emit_unit(&p.oncancel)}>{ "Cancel" }</button>
        </form>
    }
}
