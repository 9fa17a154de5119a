//! What confirms a save: a polite live region that says what was saved,
//! and the saved row brought into view, briefly highlighted and focused
//! (or, for a new item, focus back on the button that opened the editor).

use yew::prelude::*;

/// A save just made: the sentence to announce (from the text layer, e.g.
/// "Risk R-08 saved.") and the `id` of the row it shows in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The sentence the live region reads.
    pub message: String,
    /// The HTML id of the saved row, e.g. `risk-row-R-08`.
    pub row: String,
    /// Counts the saves, so saving the same row again reveals it again.
    pub seq: u32,
    /// The HTML id of the control that gets focus instead of the row (e.g.
    /// `risk-add`, the "Add risk" button that opened the editor of a new
    /// risk); `None`: the row gets focus.
    pub focus: Option<String>,
}

impl Saved {
    /// The next save after `previous`.
    pub fn next(previous: Option<&Saved>, message: String, row: String) -> Saved {
        Saved {
            message,
            row,
            seq: previous.map_or(1, |p| p.seq.wrapping_add(1)),
            focus: None,
        }
    }

    /// The same save, with focus going back to the control with this HTML
    /// id (the one that opened the editor) instead of to the row; the row
    /// is still brought into view and highlighted.
    pub fn focusing(self, control: &str) -> Saved {
        Saved {
            focus: Some(control.to_owned()),
            ..self
        }
    }

    /// The class of a row: `row-saved` (a brief highlight) for the row just
    /// saved, none for the others.
    pub fn class_for(saved: Option<&Saved>, row: &str) -> Option<&'static str> {
        saved.filter(|s| s.row == row).map(|_| "row-saved")
    }
}

/// Props of [`SavedNote`].
#[derive(Properties, PartialEq)]
pub struct SavedNoteProps {
    /// The last save, if any.
    pub saved: Option<Saved>,
    /// True when the saved row is on the page shown (a register may have to
    /// turn its page or drop a filter first; the row is revealed then).
    #[prop_or(true)]
    pub shown: bool,
}

/// A polite live region (`role="status"`, always rendered so screen
/// readers notice its change) with the last save's sentence; on each new
/// save it brings the saved row into view and moves focus to it, or to
/// the control named by [`Saved::focus`].
#[function_component]
pub fn SavedNote(p: &SavedNoteProps) -> Html {
    let key = p
        .saved
        .as_ref()
        .map(|s| (s.seq, s.row.clone(), s.focus.clone(), p.shown));
    use_effect_with(key, |key| match key {
        Some((_, row, Some(control), true)) => {
            crate::platform::reveal_by_id_focus_other(row, control);
        }
        Some((_, row, None, true)) => crate::platform::reveal_by_id(row),
        _ => {}
    });
    html! {
        <p class="saved-note" role="status" aria-live="polite">
            { p.saved.as_ref().map(|s| s.message.clone()).unwrap_or_default() }
        </p>
    }
}
