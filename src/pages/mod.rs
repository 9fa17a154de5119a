//! The pages, one per route. Pages read the store; components take props.

pub mod data;
mod gap_check;
mod home;
mod placeholder;

pub use data::DataPage;
pub use gap_check::{GapCheckPage, GapReport, GapReportProps};
pub use home::HomePage;
pub use placeholder::Placeholder;

use yew::prelude::*;

use crate::app::Route;

/// Renders the page of a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Data => html! { <DataPage /> },
        Route::Context => {
            html! { <Placeholder title="Context & scope" intro="Who you are, what the ISMS covers, and how you rate risks." /> }
        }
        Route::Assets => {
            html! { <Placeholder title="Assets" intro="The information, systems, people and suppliers that matter, with their C, I and A ratings." /> }
        }
        Route::Risks => {
            html! { <Placeholder title="Risks" intro="The risk register: threats and vulnerabilities against your assets, scored with your method." /> }
        }
        Route::Treatment => {
            html! { <Placeholder title="Treatment" intro="What you will do about each risk, and which Annex A controls help most." /> }
        }
        Route::Soa => {
            html! { <Placeholder title="Statement of Applicability" intro="All 93 Annex A controls: applicable or not, why, and how far implemented." /> }
        }
        Route::GapCheck => html! { <GapCheckPage /> },
        Route::NotFound => {
            html! { <Placeholder title="Page not found" intro="That address is not part of Annexa. Use the navigation above." /> }
        }
    }
}
