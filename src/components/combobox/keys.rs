//! The combobox's keys as a pure function: what Up, Down, Enter, Tab and
//! Escape do to the list, given where it stands (the WAI-ARIA combobox
//! pattern), so the rule is tested without a browser.

/// A key the combobox handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Key {
    /// Down: the next option (the first when none is active).
    Down,
    /// Up: the option before (the last when none is active).
    Up,
    /// Enter: choose the active option, or open the list.
    Enter,
    /// Tab: with one choice typed and matched, accept the active option.
    Tab,
    /// Escape: close the list, or clear what was typed.
    Escape,
}

impl Key {
    /// The key of a `KeyboardEvent::key` name, if the combobox handles it.
    pub(super) fn of(name: &str) -> Option<Key> {
        match name {
            "ArrowDown" => Some(Key::Down),
            "ArrowUp" => Some(Key::Up),
            "Enter" => Some(Key::Enter),
            "Tab" => Some(Key::Tab),
            "Escape" => Some(Key::Escape),
            _ => None,
        }
    }
}

/// Where the list stands when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ListState {
    /// The active option (an index into the options shown), if any.
    pub(super) active: Option<usize>,
    /// How many options are shown.
    pub(super) shown: usize,
    /// Whether the list is open.
    pub(super) open: bool,
    /// Many choices (else one).
    pub(super) multi: bool,
    /// Whether something other than spaces is typed.
    pub(super) typed: bool,
}

/// What a key does; `None` fields leave that part as it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct KeyEffect {
    /// The browser's own handling is stopped (no form submit, no caret move).
    pub(super) prevent_default: bool,
    /// The list opens (`Some(true)`) or closes (`Some(false)`).
    pub(super) open: Option<bool>,
    /// The new active option (`Some(None)`: none).
    pub(super) active: Option<Option<usize>>,
    /// The option chosen, as an index into the options shown.
    pub(super) pick: Option<usize>,
    /// What was typed is dropped (the input shows the choice again).
    pub(super) clear_query: bool,
}

/// What `key` does to the list in state `s`.
pub(super) fn on_key(key: Key, s: ListState) -> KeyEffect {
    let last = s.shown.saturating_sub(1);
    let active = s.active.filter(|n| *n < s.shown);
    match key {
        Key::Down => KeyEffect {
            prevent_default: true,
            open: Some(true),
            active: Some(Some(match active {
                Some(n) if s.open => (n + 1).min(last),
                _ => 0,
            })),
            ..KeyEffect::default()
        },
        Key::Up => KeyEffect {
            prevent_default: true,
            open: Some(true),
            active: Some(Some(match active {
                Some(n) if s.open => n.saturating_sub(1),
                _ => last,
            })),
            ..KeyEffect::default()
        },
        // Never submit the form from here.
        Key::Enter => {
            let pick = active.filter(|_| s.open);
            KeyEffect {
                prevent_default: true,
                open: pick.is_none().then_some(true),
                pick,
                ..KeyEffect::default()
            }
        }
        // One choice, typed and matched: Tab accepts the active option
        // (automatic selection) and moves on.
        Key::Tab if !s.multi && s.open && s.typed => KeyEffect {
            pick: active,
            ..KeyEffect::default()
        },
        Key::Tab => KeyEffect::default(),
        Key::Escape if s.open => KeyEffect {
            prevent_default: true,
            open: Some(false),
            active: Some(None),
            ..KeyEffect::default()
        },
        Key::Escape => KeyEffect {
            clear_query: true,
            ..KeyEffect::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(active: Option<usize>, open: bool) -> ListState {
        ListState {
            active,
            shown: 3,
            open,
            multi: false,
            typed: true,
        }
    }

    #[test]
    fn down_and_up_move_within_the_list_and_open_it() {
        assert_eq!(on_key(Key::Down, list(None, false)).active, Some(Some(0)));
        assert_eq!(on_key(Key::Down, list(Some(1), true)).active, Some(Some(2)));
        assert_eq!(on_key(Key::Down, list(Some(2), true)).active, Some(Some(2)));
        assert_eq!(on_key(Key::Up, list(None, true)).active, Some(Some(2)));
        assert_eq!(on_key(Key::Up, list(Some(0), true)).active, Some(Some(0)));
        // Closed, Down starts from the first option and Up from the last.
        assert_eq!(
            on_key(Key::Down, list(Some(1), false)).active,
            Some(Some(0))
        );
        let fx = on_key(Key::Up, list(Some(1), false));
        assert_eq!(
            (fx.open, fx.active, fx.prevent_default),
            (Some(true), Some(Some(2)), true)
        );
    }

    #[test]
    fn enter_chooses_the_active_option_or_opens_the_list() {
        let fx = on_key(Key::Enter, list(Some(1), true));
        assert_eq!(
            (fx.pick, fx.open, fx.prevent_default),
            (Some(1), None, true)
        );
        let fx = on_key(Key::Enter, list(Some(1), false));
        assert_eq!((fx.pick, fx.open), (None, Some(true)));
        // An active index past the options shown is no choice.
        let fx = on_key(Key::Enter, list(Some(5), true));
        assert_eq!((fx.pick, fx.open), (None, Some(true)));
    }

    #[test]
    fn tab_accepts_only_a_typed_single_choice() {
        assert_eq!(on_key(Key::Tab, list(Some(0), true)).pick, Some(0));
        assert!(!on_key(Key::Tab, list(Some(0), true)).prevent_default);
        let multi = ListState {
            multi: true,
            ..list(Some(0), true)
        };
        assert_eq!(on_key(Key::Tab, multi), KeyEffect::default());
        let untyped = ListState {
            typed: false,
            ..list(Some(0), true)
        };
        assert_eq!(on_key(Key::Tab, untyped), KeyEffect::default());
    }

    #[test]
    fn escape_closes_the_list_then_clears_the_typing() {
        let fx = on_key(Key::Escape, list(Some(1), true));
        assert_eq!(
            (fx.open, fx.active, fx.clear_query),
            (Some(false), Some(None), false)
        );
        let fx = on_key(Key::Escape, list(None, false));
        assert_eq!(
            (fx.open, fx.clear_query, fx.prevent_default),
            (None, true, false)
        );
    }

    #[test]
    fn other_keys_are_not_the_comboboxs() {
        assert_eq!(Key::of("ArrowDown"), Some(Key::Down));
        assert_eq!(Key::of("a"), None);
        assert_eq!(Key::of("escape"), None);
    }
}
