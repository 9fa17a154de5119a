//! The gap check's results view: the report and its actions (continue to
//! the full assessment, print, export).

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::GapReport;
use crate::components::make_callback;
use crate::domain::file_stem;
use crate::domain::text::{msg, text, text_with};
use crate::domain::{self, report, GapResults};
use crate::platform::{self, download, print};
use crate::store::{Action, Config, Mode, Route, Store};

/// A message for the user (the outcome of an export or print).
type Message = UseStateHandle<Option<String>>;

/// The report of the current answers and its actions.
pub fn results_view(
    store: &Store,
    config: &Config,
    navigator: &Option<Navigator>,
    message: &Message,
) -> Html {
    let a = &store.assessment;
    let results = Rc::new(domain::gap_results(&a.gap_check));
    let date = platform::now().date().to_string();
    let on_print = make_callback(message, |message, _: MouseEvent| {
        if let Err(e) = print::print_page() {
            message.set(Some(e));
        }
    });
    let on_continue = make_callback(
        &(store.clone(), navigator.clone()),
        |(store, navigator), _: MouseEvent| {
            store.dispatch(Action::ContinueFromGap);
            if let Some(n) = navigator {
                n.push(&Route::Soa);
            }
        },
    );
    html! {
        <>
            <GapReport results={results.clone()} organisation={a.context.organisation.clone()} {date} />
            <div class="gap-actions">
                if config.mode == Mode::Full {
                    <button type="button" class="primary" onclick={on_continue}>{ text(msg::UI_CONTINUE_TO_FULL_ASSESSMENT) }</button>
                }
                <button type="button" onclick={on_print}>{ text(msg::UI_PRINT_REPORT) }</button>
                if config.import_export {
                    <button type="button" onclick={export_assessment(store, message)}>{ text(msg::UI_EXPORT_JSON) }</button>
                    <button type="button" onclick={export_results(store, message, &results)}>{ text(msg::UI_EXPORT_RESULTS_JSON) }</button>
                }
            </div>
            if config.mode == Mode::Full {
                <p class="gap-note">{ text(msg::UI_CONTINUE_TO_FULL_ASSESSMENT_PRE_FILLS) }</p>
            }
        </>
    }
}

/// Export JSON: downloads the whole assessment.
fn export_assessment(store: &Store, message: &Message) -> Callback<MouseEvent> {
    make_callback(
        &(store.clone(), message.clone()),
        |(store, message), _: MouseEvent| {
            let now = platform::now();
            let text = domain::export(&store.assessment, now);
            let name = format!("{}.json", file_stem(&store.assessment, now.date()));
            message.set(Some(
                download::download(&name, "application/json", text.as_bytes()).map_or_else(
                    |e| e,
                    |()| text_with(msg::UI_DATA_EXPORTED, &[("file", name.as_str().into())]),
                ),
            ));
        },
    )
}

/// Export results (JSON): downloads the gap check's results.
fn export_results(
    store: &Store,
    message: &Message,
    results: &Rc<GapResults>,
) -> Callback<MouseEvent> {
    make_callback(
        &(store.clone(), message.clone(), results.clone()),
        |(store, message, results), _: MouseEvent| {
            let now = platform::now();
            let text = report::to_json(&**results);
            let name = format!(
                "{}-gap-check-results.json",
                file_stem(&store.assessment, now.date())
            );
            message.set(Some(
                download::download(&name, "application/json", text.as_bytes()).map_or_else(
                    |e| e,
                    |()| text_with(msg::UI_DATA_EXPORTED, &[("file", name.as_str().into())]),
                ),
            ));
        },
    )
}
