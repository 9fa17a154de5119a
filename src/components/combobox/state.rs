//! The combobox's state as a hook: what is typed, whether the list is open
//! and which option is active, with the callbacks that change them.

use yew::prelude::*;

use super::keys::{on_key, Key, ListState};
use super::ComboboxProps;
use crate::components::make_callback;

/// How long after the input loses focus its list closes (ms): longer
/// than a click, so the click lands where the pointer was pressed.
const BLUR_CLOSE_MS: u32 = 300;

/// The three handles of a combobox's state: what is typed (`None`: not
/// typing, the input shows the choice), whether the list is open, and the
/// active option.
type Handles = (
    UseStateHandle<Option<String>>,
    UseStateHandle<bool>,
    UseStateHandle<Option<usize>>,
);

/// A combobox's state and its callbacks.
pub(super) struct Combo {
    /// What is typed, if the user is typing.
    pub(super) query: UseStateHandle<Option<String>>,
    /// Whether the list is open.
    pub(super) open: UseStateHandle<bool>,
    /// The active option (an index into the options shown), if any.
    pub(super) active: UseStateHandle<Option<usize>>,
    /// Chooses an option by key (one choice: closes the list).
    pub(super) pick: Callback<String>,
    /// Typing filters and opens the list, the first match active.
    pub(super) oninput: Callback<InputEvent>,
    /// Leaving the input closes the list a moment later.
    pub(super) onblur: Callback<FocusEvent>,
    /// Coming back cancels that close.
    pub(super) onfocus: Callback<FocusEvent>,
    /// A click opens the list.
    pub(super) onclick: Callback<MouseEvent>,
}

impl Combo {
    /// The key handler, for the options shown now (their keys, in order).
    pub(super) fn onkeydown(&self, shown: Vec<String>, multi: bool) -> Callback<KeyboardEvent> {
        let state = ListState {
            active: *self.active,
            shown: shown.len(),
            open: *self.open,
            multi,
            typed: self.query.as_ref().is_some_and(|q| !q.trim().is_empty()),
        };
        make_callback(
            &(self.handles(), self.pick.clone(), shown),
            move |((query, open, active), pick, shown), e: KeyboardEvent| {
                let Some(key) = Key::of(&e.key()) else {
                    return;
                };
                let fx = on_key(key, state);
                if fx.prevent_default {
                    e.prevent_default();
                }
                if let Some(o) = fx.open {
                    open.set(o);
                }
                if let Some(a) = fx.active {
                    active.set(a);
                }
                if fx.clear_query {
                    query.set(None);
                }
                if let Some(k) = fx.pick.and_then(|n| shown.get(n)) {
                    pick.emit(k.clone());
                }
            },
        )
    }

    fn handles(&self) -> Handles {
        (self.query.clone(), self.open.clone(), self.active.clone())
    }
}

/// The state of the combobox `p`.
#[hook]
pub(super) fn use_combo(p: &ComboboxProps) -> Combo {
    let query = use_state(|| None::<String>);
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);
    let state: Handles = (query.clone(), open.clone(), active.clone());
    let pick = make_callback(
        &(state.clone(), p.onpick.clone(), p.multi),
        |((query, open, active), onpick, multi), key: String| {
            onpick.emit(key);
            if !*multi {
                query.set(None);
                open.set(false);
                active.set(None);
            }
        },
    );
    let oninput = make_callback(&state, |(query, open, active), e: InputEvent| {
        let v = crate::platform::event::value(&e);
        let typed = !v.trim().is_empty();
        query.set(Some(v));
        open.set(true);
        active.set(typed.then_some(0));
    });
    // The list closes a moment after the input loses focus, not at once:
    // a pointer press elsewhere blurs the input before its click lands, and
    // closing the list then would move the form under the pointer, so the
    // click would hit another field (or nothing). Focus coming back
    // cancels the close.
    let closing = use_mut_ref(|| None::<crate::platform::Pending>);
    let onblur = make_callback(
        &(state, closing.clone()),
        |((query, open, active), closing), _: FocusEvent| {
            let (query, open, active) = (query.clone(), open.clone(), active.clone());
            *closing.borrow_mut() = Some(crate::platform::after(BLUR_CLOSE_MS, move || {
                open.set(false);
                active.set(None);
                query.set(None);
            }));
        },
    );
    let onfocus = make_callback(&closing, |closing, _: FocusEvent| {
        closing.borrow_mut().take();
    });
    let onclick = make_callback(&open, |open, _: MouseEvent| open.set(true));
    Combo {
        query,
        open,
        active,
        pick,
        oninput,
        onblur,
        onfocus,
        onclick,
    }
}
