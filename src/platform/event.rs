//! What a form event carries: the text of an input, a text area or a select,
//! a checkbox's state, the file a file input picked. The pages and
//! components read events only through these, so they never name `web_sys`.

use yew::prelude::*;

/// The text of the input, text area or select the event came from (empty
/// when the target is none of those).
pub fn value(e: &Event) -> String {
    if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
        t.value()
    } else if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
        s.value()
    } else if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
        i.value()
    } else {
        String::new()
    }
}

/// Whether the checkbox the event came from is ticked.
pub fn checked(e: &Event) -> bool {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

/// Selects the whole text of the input the event came from (for a field
/// whose text the user will copy).
pub fn select_text(e: &Event) {
    if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
        i.select();
    }
}

/// The first file a file input picked, and the input cleared, so that
/// picking the same file again fires another change.
pub fn take_file(e: &Event) -> Option<super::upload::PickedFile> {
    let input = e.target_dyn_into::<web_sys::HtmlInputElement>()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file.map(super::upload::PickedFile)
}
