//! Every route change opens the new page at its top, with focus on its
//! heading (WCAG 2.4.3 focus order): without it a link low on one page
//! lands in the middle of the next, and focus falls to `<body>`.

use yew::prelude::*;
use yew_router::prelude::*;

/// After each change of route (not on the first render), scrolls to the
/// top (standalone page only) and focuses the page's `h1` inside `main`.
#[hook]
pub fn use_route_focus(main: NodeRef, embedded: bool) {
    let path = use_location().map(|l| l.path().to_owned());
    let first = use_mut_ref(|| true);
    use_effect_with(path, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        crate::platform::focus_page_heading(&main, !embedded);
    });
}
