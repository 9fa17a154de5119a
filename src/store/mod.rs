//! The app's one store and its vocabulary: the state, the typed actions and
//! the reducer (which only calls the domain), the routes, the configuration
//! an embedding host gives, start-up from storage and the host's handle.
//!
//! Floor: below the pages and components, above `platform` and the domain.
//! It never imports `shell`, `pages` or `components`
//! (`scripts/check-layers.sh`).

mod config;
mod fragment;
mod host;
mod routes;
mod save;
mod startup;
mod state;

pub use config::{
    Config, ConfigError, Host, LanguageTag, MethodConfig, Mode, Namespace, RawConfig, ScaleConfig,
    Theme, ThemeConfig, ThemeVar, ToleranceConfig, MAX_NAMESPACE,
};
pub use fragment::{config_fragment, parse_fragment, FragmentParams};
pub use host::HostLink;
pub use routes::{ControlQuery, Route};
pub use save::{checked_save, SaveRefusal};
pub use startup::{initial_state, read_stored, Stored};
pub use state::{
    use_prose, use_store, Action, Draft, DraftKind, Drafts, Persistence, ProseStatus, Recovery,
    State, Store,
};

use std::rc::Rc;

use yew::prelude::*;

/// The configuration the app runs with. Outside a provider (a page rendered
/// on its own, as in a test) it is the standalone page's.
#[hook]
pub fn use_config() -> Rc<Config> {
    use_context::<Rc<Config>>().unwrap_or_default()
}
