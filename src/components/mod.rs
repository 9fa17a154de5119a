//! Reusable UI pieces: they take props and never import pages or the
//! shell (`scripts/check-layers.sh`).

mod badge;
mod calculator;
pub mod callback;
mod combobox;
mod disclosure;
mod document;
mod document_control;
mod fields;
pub mod form;
mod heatmap;
mod picker;
mod quant;
pub mod register;
mod saved;
mod step_nav;
mod term;

pub use badge::{badge, LevelBadge};
pub use calculator::Calculator;
pub use callback::{
    dispatch, dispatch_on, edit, edit_dispatch, edit_on, emit_unit, make_callback, set_state,
    set_to, submit, Same,
};
pub use combobox::{control_option, control_search, ComboOption, Combobox, ComboboxProps};
pub use disclosure::{Disclosure, DisclosureProps};
pub use document::{DocumentView, DocumentViewProps};
pub use document_control::{DocumentControlForm, DocumentControlFormProps};
pub use fields::{
    at_limit, edit_text, limit_message, on_input, scale_options, text_value, Check, Choice, Edit,
    ScaleChoice, TextField,
};
pub use form::{use_draft, ChoiceEnum, DraftHandle, EnumChoice};
pub use heatmap::Heatmap;
pub use picker::Picker;
pub use quant::{problem, LossCurve, NumField, Problems, QuantifyPanel, ScenarioForm};
pub use register::{
    use_register, use_reveal_saved, Pager, Register, RowActions, SortHeader, SortKey, PAGE,
};
pub use saved::{Saved, SavedNote};
pub use step_nav::{StepNav, StepNavProps};
pub use term::{TermHelp, TermHelpProps};
