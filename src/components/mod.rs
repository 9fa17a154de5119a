//! Reusable UI pieces. Components take props; only [`Nav`] and [`Banners`]
//! read the store, as parts of the shell.

mod badge;
mod banners;
mod fields;
mod heatmap;
mod nav;
mod picker;
mod quant;
mod table;

pub use badge::{badge, LevelBadge};
pub use banners::Banners;
pub use fields::{edit_text, scale_options, Check, Choice, Edit, ScaleChoice, TextField};
pub use heatmap::Heatmap;
pub use nav::Nav;
pub use picker::Picker;
pub use quant::{LossCurve, NumField, Problems, QuantifyPanel, ScenarioForm};
pub use table::{Pager, SortHeader, PAGE};
