//! The action buttons of a register row.

use yew::prelude::*;

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
    #[prop_or(AttrValue::Static("Edit"))]
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
                <button type="button" class="link danger" onclick={ondelete.clone()} aria-label={format!("Delete {}", p.name)}>{ "Delete" }</button>
            }
        </td>
    }
}
