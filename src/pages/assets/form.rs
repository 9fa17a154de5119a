//! The asset form.

use yew::prelude::*;

use crate::components::{edit, emit_unit, submit, EnumChoice, ScaleChoice, TextField};
use crate::domain::catalogue::AssetType;
use crate::domain::text::{msg, text, text_with};
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
    let scale = store.assessment.method.impact.clone();
    html! {
        <form class="editor" onsubmit={submit(&p.onsave, d)} aria-label={if d.id.0 == 0 { text(msg::UI_NEW_ASSET) } else { text(msg::UI_EDIT_ASSET) }}>
            <h2>{ if d.id.0 == 0 { text(msg::UI_NEW_ASSET) } else { text_with(msg::UI_ASSET_EDIT_HEADING, &[("asset", d.id.to_string().into())]) } }</h2>
            <div class="form-grid">
                <TextField id="asset-name" label={text(msg::COL_NAME)} required=true autofocus=true value={d.name.clone()} oninput={set(|x, v| x.name = v)} />
                <EnumChoice<AssetType> id="asset-type" label={text(msg::COL_TYPE)} value={Some(d.asset_type)}
                    onchange={edit(d, &p.onchange, |x, v: Option<AssetType>| if let Some(t) = v { x.asset_type = t })} />
                <TextField id="asset-owner" label={text(msg::COL_OWNER)} value={d.owner.clone()} oninput={set(|x, v| x.owner = v)} />
                <TextField id="asset-location" label={text(msg::UI_LOCATION)} value={d.location.clone()} oninput={set(|x, v| x.location = v)} />
            </div>
            <TextField id="asset-description" label={text(msg::UI_DESCRIPTION)} multiline=true value={d.description.clone()} oninput={set(|x, v| x.description = v)} />
            <div class="form-grid">
                <ScaleChoice id="asset-c" label={text(msg::COL_CONFIDENTIALITY)} scale={scale.clone()} value={d.ratings.confidentiality.0} onchange={rate(|c, v| c.confidentiality = v)} />
                <ScaleChoice id="asset-i" label={text(msg::COL_INTEGRITY)} scale={scale.clone()} value={d.ratings.integrity.0} onchange={rate(|c, v| c.integrity = v)} />
                <ScaleChoice id="asset-a" label={text(msg::COL_AVAILABILITY)} scale={scale} value={d.ratings.availability.0} onchange={rate(|c, v| c.availability = v)} />
            </div>
            if let Some(e) = &p.error {
                <p class="error" role="alert">{ e.clone() }</p>
            }
            <button type="submit" class="primary">{ text(msg::UI_SAVE_ASSET) }</button>
            <button type="button" onclick={emit_unit(&p.oncancel)}>{ text(msg::UI_CANCEL) }</button>
        </form>
    }
}
