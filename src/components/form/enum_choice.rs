//! A labelled select over an enum's values.

use yew::prelude::*;

use crate::components::Choice;
use crate::domain::catalogue::{snake, AssetType, Effort};
use crate::domain::{TreatmentOption, TreatmentStatus};

/// An enum a select can offer: every value, each with a label. The
/// option values are the snake-case names, as in saved files.
pub trait ChoiceEnum: Copy + PartialEq + serde::Serialize + 'static {
    /// Every value, in the order offered.
    fn all() -> &'static [Self];
    /// What the user reads.
    fn text(self) -> String;
}

impl ChoiceEnum for AssetType {
    fn all() -> &'static [Self] {
        &AssetType::ALL
    }
    fn text(self) -> String {
        self.label()
    }
}

impl ChoiceEnum for TreatmentOption {
    fn all() -> &'static [Self] {
        &TreatmentOption::ALL
    }
    fn text(self) -> String {
        self.label()
    }
}

impl ChoiceEnum for TreatmentStatus {
    fn all() -> &'static [Self] {
        &TreatmentStatus::ALL
    }
    fn text(self) -> String {
        self.label()
    }
}

impl ChoiceEnum for Effort {
    fn all() -> &'static [Self] {
        &Effort::ALL
    }
    fn text(self) -> String {
        self.label()
    }
}

/// Props of [`EnumChoice`].
#[derive(Properties, PartialEq)]
pub struct EnumChoiceProps<T: ChoiceEnum> {
    /// Unique id of the select.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The chosen value, if any.
    pub value: Option<T>,
    /// The text of a first "none" option; without it a value is required.
    #[prop_or_default]
    pub none: Option<AttrValue>,
    /// Called with the chosen value (none for the "none" option).
    pub onchange: Callback<Option<T>>,
    /// A glossary term the label uses: a "?" after the label opens it.
    #[prop_or_default]
    pub help: Option<crate::domain::glossary::Term>,
}

/// A labelled select over the values of `T`.
#[function_component]
pub fn EnumChoice<T: ChoiceEnum>(p: &EnumChoiceProps<T>) -> Html {
    let options: Vec<(String, String)> = p
        .none
        .iter()
        .map(|n| (String::new(), n.to_string()))
        .chain(T::all().iter().map(|x| (snake(x), x.text())))
        .collect();
    let onchange = p
        .onchange
        .reform(|v: String| T::all().iter().copied().find(|x| snake(x) == v));
    html! {
        <Choice id={p.id.clone()} label={p.label.clone()} {options}
            value={p.value.map(|x| snake(&x)).unwrap_or_default()} {onchange} help={p.help} />
    }
}
