//! The hash routes of the workflow.

use yew_router::prelude::*;

use crate::domain::Step;

/// Every page of the app, in workflow order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// Start.
    #[at("/")]
    Home,
    /// Context and scope, and the risk method.
    #[at("/context")]
    Context,
    /// Asset register.
    #[at("/assets")]
    Assets,
    /// Risk register and heatmap.
    #[at("/risks")]
    Risks,
    /// Treatment.
    #[at("/treatment")]
    Treatment,
    /// Statement of Applicability.
    #[at("/soa")]
    Soa,
    /// Quantitative risk: the FAIR Monte Carlo of the portfolio.
    #[at("/quant")]
    Quant,
    /// Quick gap check.
    #[at("/gap-check")]
    GapCheck,
    /// Data and reports.
    #[at("/data")]
    Data,
    /// Help: the glossary of the words Annexa uses.
    #[at("/help")]
    Help,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The pages shown in the navigation, in order.
    pub const NAV: [Route; 9] = [
        Route::Home,
        Route::Context,
        Route::Assets,
        Route::Risks,
        Route::Treatment,
        Route::Soa,
        Route::Quant,
        Route::GapCheck,
        Route::Data,
    ];

    /// The page of a step of the guided assessment.
    pub fn of_step(step: Step) -> Route {
        match step {
            Step::Context => Route::Context,
            Step::Assets => Route::Assets,
            Step::Risks => Route::Risks,
            Step::Treatment => Route::Treatment,
            Step::Soa => Route::Soa,
        }
    }

    /// The navigation label.
    pub fn label(self) -> String {
        crate::domain::text::text(match self {
            Route::Home => crate::domain::text::msg::PG_ROUTE_HOME,
            Route::Context => crate::domain::text::msg::PG_ROUTE_CONTEXT,
            Route::Assets => crate::domain::text::msg::PG_ROUTE_ASSETS,
            Route::Risks => crate::domain::text::msg::PG_ROUTE_RISKS,
            Route::Treatment => crate::domain::text::msg::PG_ROUTE_TREATMENT,
            Route::Soa => crate::domain::text::msg::PG_ROUTE_SOA,
            Route::Quant => crate::domain::text::msg::PG_ROUTE_QUANT,
            Route::GapCheck => crate::domain::text::msg::PG_ROUTE_GAP_CHECK,
            Route::Data => crate::domain::text::msg::PG_ROUTE_DATA,
            Route::Help => crate::domain::text::msg::PG_ROUTE_HELP,
            Route::NotFound => crate::domain::text::msg::PG_ROUTE_NOT_FOUND,
        })
    }
}

/// The query that opens one control of the SoA (`#/soa?control=7.4`): the
/// SoA page opens its theme, scrolls it into view, highlights and focuses
/// it. A link to a control from a risk or the treatment plan carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ControlQuery {
    /// The Annex A control to open.
    pub control: crate::domain::catalogue::ControlId,
}
