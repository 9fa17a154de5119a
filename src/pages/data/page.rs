//! The Data & reports page.

use yew::prelude::*;

use super::backups::Backups;
use super::import::ImportState;
use super::import_view::import_section;
use super::offline::OfflineUse;
use super::print::{PrintReport, Report};
use super::render::use_renderer;
use super::sections::{clear_section, documents_section, export_section, print_section};
use crate::domain::documents;
use crate::domain::summary;
use crate::domain::text::{msg, text};
use crate::platform::{self, upload};
use crate::store::{use_config, use_store};

/// The Data & reports page.
#[function_component]
pub fn DataPage() -> Html {
    let store = use_store();
    let config = use_config();
    let import = use_state(|| ImportState::Idle);
    let confirm_clear = use_state(|| false);
    let message = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<upload::FileReader>);
    let report = use_state(|| None::<Report>);
    let renderer = use_renderer();
    use_effect_with(*report, {
        let report = report.clone();
        let store = store.clone();
        move |r| {
            if let Some(r) = r {
                // The document's page rules, for this print only.
                let doc = documents::document(&store.assessment, r.kind(), platform::now().date());
                platform::set_print_rules(&documents::print_page_css(&doc));
                platform::print();
                platform::set_print_rules("");
                report.set(None);
            }
        }
    });

    html! {
        <section class="page data">
            <h1>{ text(msg::UI_DATA_REPORTS) }</h1>
            <p class="lead">{ text(msg::UI_YOUR_ASSESSMENT_LIVES_IN_THIS_BROWSERS) }</p>
            <p class="current" data-testid="data-summary">{ summary(&store.assessment) }</p>
            { export_section(&store, &config, &message, &renderer) }
            { print_section(&report) }
            { documents_section(&store, &config, &renderer) }
            if let Some(m) = &*message {
                <p role="status">{ m.clone() }</p>
            }
            if config.import_export {
                { import_section(&store, &import, &reader) }
            }
            <OfflineUse />
            <h2>{ text(msg::UI_CLEAR) }</h2>
            { clear_section(&store, &confirm_clear) }
            <Backups />
            if let Some(r) = *report {
                <PrintReport which={r} />
            }
        </section>
    }
}
