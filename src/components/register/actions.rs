//! The action buttons of a register row.

use yew::prelude::*;

use crate::domain::text::{msg, text, text_with};

/// Props of [`RowActions`].
#[derive(Properties, PartialEq)]
pub struct RowActionsProps {
    /// What the buttons act on, for their accessible names ("Edit R1").
    pub name: AttrValue,
    /// Opens the row in its editor.
    pub onedit: Callback<MouseEvent>,
    /// Deletes the row; no Delete button without it.
    #[prop_or_default]
    pub ondelete: Option<Callback<MouseEvent>>,
    /// The edit button's text.
    #[prop_or_else(edit_label)]
    pub edit_label: AttrValue,
    /// The cell's classes.
    #[prop_or(classes!("row-actions"))]
    pub classes: Classes,
}

/// The last cell of a register row: Edit (or another verb) and Delete.
#[function_component]
pub fn RowActions(p: &RowActionsProps) -> Html {
    html! {
        <td class={p.classes.clone()}>
            <button type="button" class="link" onclick={p.onedit.clone()} aria-label={format!("{} {}", p.edit_label, p.name)}>{ p.edit_label.clone() }</button>
            if let Some(ondelete) = &p.ondelete {
                <button type="button" class="link danger" onclick={ondelete.clone()} aria-label={text_with(msg::PG_DELETE_ROW, &[("row", p.name.to_string().into())])}>{ text(msg::PG_DELETE) }</button>
            }
        </td>
    }
}

/// The edit button's default text.
fn edit_label() -> AttrValue {
    text(msg::PG_EDIT).into()
}
