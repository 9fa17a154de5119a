//! Kept copies of stored data.

use yew::prelude::*;

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
                    html! { <li><button type="button" {onclick}>{ format!("Download {k}") }</button></li> }
                }) }
            </ul>
        }
    };
    html! {
        <>
            if !unreadable.is_empty() {
                <h2>{ "Recovered data" }</h2>
                <p>{ "These copies of saved data could not be read when Annexa started. Download them to inspect or repair them." }</p>
                { list(&unreadable) }
            }
            if !premigration.is_empty() {
                <h2>{ "Data from an older Annexa" }</h2>
                <p>{ "Annexa updated your saved data to its current format and kept the original. Download it if you need the old file." }</p>
                { list(&premigration) }
            }
        </>
    }
}
