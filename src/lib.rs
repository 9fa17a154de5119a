//! Annexa: an ISO/IEC 27001 risk workbench that runs entirely in the browser.
//!
//! - [`domain`] is the pure core, the `annexa-core` crate (catalogue, method,
//!   scoring, recommendation, SoA, lint, file format). The `annexa` CLI
//!   (`annexa-cli`) and this web app both use it.
//! - [`app`], [`pages`] and [`components`] are the Yew user interface.
//! - [`platform`] is the only code that touches the browser (storage,
//!   downloads, uploads, the embedding API).

#![warn(missing_docs)]

pub mod app;
pub mod components;
pub use annexa_core as domain;
pub mod pages;
pub mod platform;
