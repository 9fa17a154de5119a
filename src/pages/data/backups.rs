//! Kept copies of stored data.

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};
use crate::platform::{download, storage};
use crate::store::use_config;

/// Kept copies of stored data: text that could not be read at start-up,
/// and the original of data migrated from an older schema, to download.
#[function_component]
pub(super) fn Backups() -> Html {
    let config = use_config();
    let ns = &config.namespace;
    let unreadable = use_state(|| storage::keys_with_prefix(&ns.backup_prefix()));
    let premigration = use_state(|| storage::keys_with_prefix(&ns.premigration_prefix()));
    let list = |keys: &[String]| {
        html! {
            <ul>
                { for keys.iter().map(|k| {
                    let key = k.clone();
                    let onclick = Callback::from(move |_: MouseEvent| download::download_backup(&key));
                    html! { <li><button type="button" {onclick}>{ text_with(msg::UI_DATA_DOWNLOAD_BACKUP, &[("backup", k.to_string().into())]) }</button></li> }
                }) }
            </ul>
        }
    };
    html! {
        <>
            if !unreadable.is_empty() {
                <h2>{ text(msg::UI_RECOVERED_DATA) }</h2>
                <p>{ text(msg::UI_THESE_COPIES_OF_SAVED_DATA_COULD) }</p>
                { list(&unreadable) }
            }
            if !premigration.is_empty() {
                <h2>{ text(msg::UI_DATA_FROM_AN_OLDER_ANNEXA) }</h2>
                <p>{ text(msg::UI_ANNEXA_UPDATED_YOUR_SAVED_DATA_TO) }</p>
                { list(&premigration) }
            }
        </>
    }
}
