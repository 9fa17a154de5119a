//! The pages, one per route. Pages read the store; components take props.

mod assets;
mod context;
pub mod data;
mod gap_check;
mod help;
mod home;
mod placeholder;
mod quant;
mod risks;
mod soa;
mod treatment;

pub use assets::AssetsPage;
pub use context::{ContextPage, MethodEditor};
pub use data::DataPage;
pub use gap_check::{GapCheckPage, GapReport, GapReportProps};
pub use help::HelpPage;
pub use home::HomePage;
pub use placeholder::Placeholder;
pub use quant::QuantPage;
pub use risks::{RiskEditor, RisksPage};
pub use soa::{SoaControl, SoaPage};
pub use treatment::{TreatmentEditor, TreatmentPage};

use yew::prelude::*;

use crate::domain::text::{msg, text};
use crate::store::Route;

/// Renders the page of a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Context => html! { <ContextPage /> },
        Route::Assets => html! { <AssetsPage /> },
        Route::Risks => html! { <RisksPage /> },
        Route::Treatment => html! { <TreatmentPage /> },
        Route::Soa => html! { <SoaPage /> },
        Route::Quant => html! { <QuantPage /> },
        Route::GapCheck => html! { <GapCheckPage /> },
        Route::Data => html! { <DataPage /> },
        Route::Help => html! { <HelpPage /> },
        Route::NotFound => html! {
            <Placeholder title={text(msg::PG_PAGE_NOT_FOUND)} intro={text(msg::PG_THAT_ADDRESS_IS_NOT_PART_OF)} />
        },
    }
}
