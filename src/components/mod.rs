//! Reusable UI pieces. Components take props; only [`Nav`] and [`Banners`]
//! read the store, as parts of the shell.

mod badge;
mod banners;
mod calculator;
mod fields;
mod heatmap;
mod nav;
mod picker;
mod quant;
mod table;

pub use badge::{badge, LevelBadge};
pub use banners::Banners;
pub use calculator::Calculator;
pub use fields::{
    edit_text, on_commit, scale_options, text_value, Check, Choice, Edit, ScaleChoice, TextField,
};
pub use heatmap::Heatmap;
pub use nav::Nav;
pub use picker::Picker;
pub use quant::{LossCurve, NumField, Problems, QuantifyPanel, ScenarioForm};
pub use table::{Pager, SortHeader, PAGE};
