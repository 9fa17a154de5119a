//! Annexa: an ISO/IEC 27001 risk workbench that runs entirely in the browser.
//!
//! - [`domain`] is the pure core (catalogue, method, scoring, recommendation,
//!   SoA, lint, file format). The `annexa` CLI and the web app both use it.
//! - [`app`], [`pages`] and [`components`] are the Yew user interface.
//! - [`platform`] is the only code that touches the browser (storage,
//!   downloads, uploads, the embedding API).

#![warn(missing_docs)]

pub mod app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod platform;
