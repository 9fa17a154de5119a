//! Calls made later: after a delay (a debounced save, never lost when the
//! page closes) or after the next paint (work the frame does not show).

use super::IN_BROWSER;

/// A pending call made by [`after`]; dropping it cancels the call.
pub struct Pending {
    _timeout: Option<gloo::timers::callback::Timeout>,
    _listener: Option<gloo::events::EventListener>,
}

thread_local! {
    /// True from the page's `pagehide` until a `pageshow` (a page restored
    /// from the back/forward cache): see [`after`].
    static HIDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The listeners that keep [`HIDING`], added once.
    static HIDING_LISTENERS: std::cell::OnceCell<[gloo::events::EventListener; 2]> =
        const { std::cell::OnceCell::new() };
}

/// Keeps [`HIDING`]. Added before any pending call's own listener, so it
/// runs first of them when the page hides.
fn watch_hiding(window: &web_sys::Window) {
    HIDING_LISTENERS.with(|l| {
        l.get_or_init(|| {
            [
                gloo::events::EventListener::new(window, "pagehide", |_| {
                    HIDING.with(|h| h.set(true))
                }),
                gloo::events::EventListener::new(window, "pageshow", |_| {
                    HIDING.with(|h| h.set(false))
                }),
            ]
        });
    });
}

/// True while the page is being hidden or closed (from its `pagehide`
/// until a `pageshow`): work started now must finish in this task, since
/// no timer, worker message or frame will come before the page goes.
pub fn hiding() -> bool {
    HIDING.with(|h| h.get())
}

/// Calls `f` once, `ms` milliseconds from now, or at once if the page is
/// being hidden or closed first (so a debounced save is never lost).
///
/// While the page is hiding, `f` runs at once: a save that one pending
/// call's `pagehide` starts (typed SoA text committed into the assessment,
/// say) renders again before the next listener runs, and that render
/// replaces the other pending saves; a listener added during the event
/// would never run, so the replacements save now instead.
/// Outside the browser it does nothing.
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Pending {
    let none = || Pending {
        _timeout: None,
        _listener: None,
    };
    if !IN_BROWSER {
        return none();
    }
    let Some(window) = web_sys::window() else {
        return none();
    };
    watch_hiding(&window);
    if hiding() {
        f();
        return none();
    }
    let f = std::rc::Rc::new(std::cell::RefCell::new(Some(f)));
    let run = {
        let f = f.clone();
        move || {
            if let Some(f) = f.borrow_mut().take() {
                f();
            }
        }
    };
    let run2 = run.clone();
    let listener = gloo::events::EventListener::new(&window, "pagehide", move |_| run2());
    Pending {
        _timeout: Some(gloo::timers::callback::Timeout::new(ms, run)),
        _listener: Some(listener),
    }
}

/// A call made by [`after_paint`]; dropping it cancels the call.
pub struct AfterPaint {
    frame: Option<(i32, wasm_bindgen::closure::Closure<dyn FnMut()>)>,
    timeout: std::rc::Rc<std::cell::RefCell<Option<gloo::timers::callback::Timeout>>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let (Some((id, _)), Some(w)) = (&self.frame, web_sys::window()) {
            w.cancel_animation_frame(*id).ok();
        }
        self.timeout.borrow_mut().take();
    }
}

/// Calls `f` once, after the browser has painted the next frame: work
/// that the frame does not show (a count in the navigation, say) waits
/// until what the user did is on screen. A task queued from an animation
/// frame callback runs after that frame's paint. Outside the browser it
/// does nothing.
pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    use wasm_bindgen::JsCast;
    let timeout = std::rc::Rc::new(std::cell::RefCell::new(None));
    let mut pending = AfterPaint {
        frame: None,
        timeout: timeout.clone(),
    };
    if !IN_BROWSER {
        return pending;
    }
    let Some(window) = web_sys::window() else {
        return pending;
    };
    let mut f = Some(f);
    let queue = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            *timeout.borrow_mut() = Some(gloo::timers::callback::Timeout::new(0, f));
        }
    });
    if let Ok(id) = window.request_animation_frame(queue.as_ref().unchecked_ref()) {
        pending.frame = Some((id, queue));
    }
    pending
}
