//! The SoA page's hooks: the SoA drafts committed when the page opens and
//! closes, the control a link asks for, and the themes the user opened
//! (a theme chosen in the filter, or a linked control's theme, opens).

use std::collections::BTreeSet;

use yew::prelude::*;
use yew_router::prelude::*;

use super::filter::SoaFilter;
use super::list::control_card_id;
use crate::components::Register;
use crate::domain::catalogue::{self, ControlId, Theme};
use crate::platform::Pending;
use crate::store::{Action, Store};

/// How long after a link to a control arrives it is revealed: after the
/// theme opened and after the route's own focus on the page heading.
const REVEAL_DELAY_MS: u32 = 80;

/// Typed text not saved yet (a reload, or leaving mid-word) is saved when
/// the page opens and when it closes.
#[hook]
pub(super) fn use_commit_soa_drafts(store: &Store) {
    let store = store.clone();
    use_effect_with((), move |_| {
        store.dispatch(Action::CommitSoaDrafts);
        move || store.dispatch(Action::CommitSoaDrafts)
    });
}

/// What a link's `?control=` asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum ControlLink {
    /// No control asked for.
    None,
    /// A control of Annex A (`#/soa?control=7.4`).
    Known(ControlId),
    /// Text that names no control of Annex A, as the link gave it.
    Unknown(String),
}

impl ControlLink {
    /// The control to open, if the link names one.
    pub(super) fn target(&self) -> Option<ControlId> {
        match self {
            ControlLink::Known(c) => Some(*c),
            ControlLink::None | ControlLink::Unknown(_) => None,
        }
    }
}

/// How much of a link's text naming no control is shown.
const SHOWN_CHARS: usize = 40;

/// The control a link asks for (`#/soa?control=7.4`).
#[hook]
pub(super) fn use_control_link() -> ControlLink {
    // The query's pairs as text, so that a link naming no control is told
    // apart from one naming none at all; the first `control` counts (a
    // link may repeat it).
    let given = use_location()
        .and_then(|l| l.query::<Vec<(String, String)>>().ok())
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "control"))
        .map(|(_, v)| v)
        .filter(|v| !v.trim().is_empty());
    match given {
        None => ControlLink::None,
        Some(given) => match given
            .parse::<ControlId>()
            .ok()
            .filter(|c| catalogue::control(*c).is_some())
        {
            Some(c) => ControlLink::Known(c),
            // Shown as given, up to a length that fits a sentence.
            None if given.chars().count() > SHOWN_CHARS => {
                ControlLink::Unknown(given.chars().take(SHOWN_CHARS).chain(['…']).collect())
            }
            None => ControlLink::Unknown(given),
        },
    }
}

/// The themes the user opened. Choosing a theme in the filter opens it; a
/// link to a control opens its theme (dropping filters that hide it), then
/// scrolls the control into view and focuses it.
#[hook]
pub(super) fn use_open_themes(
    reg: &Register<(), SoaFilter>,
    target: Option<ControlId>,
) -> UseStateHandle<BTreeSet<Theme>> {
    let open = use_state(BTreeSet::<Theme>::new);
    {
        let open = open.clone();
        use_effect_with(reg.filter.theme, move |theme| {
            if let Some(t) = theme {
                if !open.contains(t) {
                    let mut next = (*open).clone();
                    next.insert(*t);
                    open.set(next);
                }
            }
        });
    }
    let pending = use_mut_ref(|| None::<Pending>);
    {
        let (open, filter) = (open.clone(), reg.filter.clone());
        use_effect_with(target, move |target| {
            if let Some(c) = *target {
                if let Some(t) = Theme::of(c) {
                    let mut next = (*open).clone();
                    next.insert(t);
                    open.set(next);
                }
                if *filter != SoaFilter::default() {
                    filter.set(SoaFilter::default());
                }
                let id = control_card_id(c);
                *pending.borrow_mut() = Some(crate::platform::after(REVEAL_DELAY_MS, move || {
                    crate::platform::reveal_by_id_at_top(&id)
                }));
            }
        });
    }
    open
}

/// The open themes whose cards are all rendered. A theme that opens shows
/// its first [`super::list::FIRST_CARDS`] cards at once and the rest after
/// the next paint (a closed theme leaves the set, so opening it again
/// does the same).
#[hook]
pub(super) fn use_whole_themes(open: &BTreeSet<Theme>) -> BTreeSet<Theme> {
    let whole = use_mut_ref(BTreeSet::<Theme>::new);
    let refresh = use_force_update();
    {
        let whole = whole.clone();
        use_effect_with(open.clone(), move |open| {
            let mut pending = None;
            if open.is_subset(&whole.borrow()) {
                whole.borrow_mut().retain(|t| open.contains(t));
            } else {
                let open = open.clone();
                pending = Some(crate::platform::after_paint(move || {
                    *whole.borrow_mut() = open;
                    refresh.force_update();
                }));
            }
            move || drop(pending)
        });
    }
    let now = whole.borrow().clone();
    now
}
