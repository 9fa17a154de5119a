//! Annexa: an ISO/IEC 27001 risk workbench that runs entirely in the browser.
//!
//! - [`domain`] is the pure core, the `annexa-core` crate (catalogue, method,
//!   scoring, recommendation, SoA, lint, file format). The `annexa` CLI
//!   (`annexa-cli`) and this web app both use it.
//! - The Yew user interface, in floors that only import downward:
//!   [`shell`] (App, Shell, banners, navigation, theme, embedding entry) →
//!   [`pages`] → [`components`] → [`store`] (state, typed actions, routes,
//!   config) → [`platform`] → [`domain`]. `scripts/check-layers.sh` fails
//!   the build on an upward import; `ARCHITECTURE.md` explains each floor.
//! - [`platform`] is the only code that touches the browser (storage,
//!   downloads, uploads, the host element, the simulation worker).

#![warn(missing_docs)]

pub mod components;
pub use annexa_core as domain;
pub mod pages;
pub mod platform;
pub mod shell;
pub mod store;
