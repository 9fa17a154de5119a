//! The autosave's load-again check, off the page's thread.
//!
//! What the autosave stores must load again, so it reads the text it is
//! about to store through the same `import` every file meets (issue 18).
//! At 5,000 risks that read takes 30–40 ms of WebAssembly, long enough to
//! hold up a key typed meanwhile. [`check`] hands the text's bytes (a
//! transferred buffer: no copy into a JavaScript string) to an
//! `annexa-worker` of its own, the simulation's program started once more,
//! which reads them and answers whether they load. The page keeps the text
//! and gets it back in [`Checked::Loads`], ready to write.
//!
//! Nothing waits on the worker to keep data. The check is done on the
//! page's thread instead ([`check_here`]) when:
//! - the page is hiding or closing (no message would arrive in time), and
//!   for a check still in flight when it starts to hide;
//! - the worker has not answered [`CHECK_TIMEOUT_MS`] after the oldest
//!   change not stored yet (a newer check replaces the one in flight but
//!   keeps its deadline, so steady typing cannot put a save off): the late
//!   worker is stopped, and every later check of this page is done here;
//! - the browser cannot start the worker (a host page on another origin,
//!   a file that did not load) or the worker fails: from then on every
//!   check of this page is done here.
//!
//! One check is in flight at a time: a newer one replaces it, and the
//! older answer is dropped (its text is out of date). Native builds (tests,
//! server-side rendering) check at once on the calling thread.
//!
//! Messages: the page posts `[id, ArrayBuffer]`; the worker answers `[id]`
//! when the text loads and `[id, path, problem]` when it does not (the
//! path is `null` when the problem has no place).

use crate::domain;

/// The name the save worker carries (the browser's developer tools show
/// it; the simulation's workers are `annexa-simulation`).
pub const SAVE_CHECK_WORKER_NAME: &str = "annexa-save-check";

/// How long the page waits for the worker's answer before it checks on
/// its own thread.
pub const CHECK_TIMEOUT_MS: u32 = 10_000;

/// The answer of a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checked {
    /// The text loads again: here it is, to store.
    Loads(String),
    /// The text would not load again: the JSON path of the field at fault
    /// (`assessment.context.organisation`), when it has one, and what is
    /// wrong.
    Refused {
        /// Where the problem is, counted from the file's root.
        path: Option<String>,
        /// What is wrong and what to do.
        problem: String,
    },
}

/// Checks `text` on this thread: `import`, the same read every file meets.
pub fn check_here(text: String) -> Checked {
    match refusal(text.as_bytes()) {
        None => Checked::Loads(text),
        Some((path, problem)) => Checked::Refused { path, problem },
    }
}

/// Why `bytes` would not load again (the path, when known, and the
/// problem), or `None` when they load. The worker's side of [`check`].
pub fn refusal(bytes: &[u8]) -> Option<(Option<String>, String)> {
    domain::import(bytes).err().map(|e| (e.path, e.message))
}

/// Checks `text` in the save worker, then calls `done` with the answer
/// (see the module's documentation for when the check is done on this
/// thread instead). `done` is not called when a newer check replaces this
/// one first.
#[cfg(target_arch = "wasm32")]
pub fn check(text: String, done: impl FnOnce(Checked) + 'static) {
    worker::check(text, Box::new(done));
}

/// Checks `text` at once (native builds have no workers).
#[cfg(not(target_arch = "wasm32"))]
pub fn check(text: String, done: impl FnOnce(Checked) + 'static) {
    done(check_here(text));
}

/// The worker's side: answers a check (`[id, ArrayBuffer]`) and returns
/// true, or returns false for any other message (a simulation's).
#[cfg(target_arch = "wasm32")]
pub fn answer(scope: &web_sys::DedicatedWorkerGlobalScope, data: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    if !js_sys::Array::is_array(data) {
        return false;
    }
    let message: &js_sys::Array = data.unchecked_ref();
    let (id, buffer) = (message.get(0), message.get(1));
    if id.as_f64().is_none() || !buffer.is_instance_of::<js_sys::ArrayBuffer>() {
        return false;
    }
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let reply = match refusal(&bytes) {
        None => js_sys::Array::of1(&id),
        Some((path, problem)) => js_sys::Array::of3(
            &id,
            &path.map_or(JsValue::NULL, |p| JsValue::from_str(&p)),
            &JsValue::from_str(&problem),
        ),
    };
    scope.post_message(&reply).ok();
    true
}

#[cfg(target_arch = "wasm32")]
mod worker {
    //! The page's side: the worker, started on the first check and kept,
    //! and the check in flight.

    use std::cell::RefCell;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    use super::{check_here, Checked, CHECK_TIMEOUT_MS};
    use crate::platform::{after, hiding, quant_worker, Pending};

    type Done = Box<dyn FnOnce(Checked)>;
    type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;
    type OnError = Closure<dyn FnMut(web_sys::Event)>;

    /// The check in flight.
    struct InFlight {
        id: u32,
        text: String,
        done: Done,
        /// The check on this thread, run when the page hides or the
        /// worker is late; dropped (cancelled) when the answer comes.
        fallback: Option<Pending>,
    }

    /// The worker, once started.
    struct Checker {
        worker: web_sys::Worker,
        /// True once the worker listens (its first message).
        ready: bool,
        _listeners: (OnMessage, OnError),
    }

    #[derive(Default)]
    struct Slot {
        checker: Option<Checker>,
        /// The worker could not start, failed or was late: check here from
        /// now on ([`give_up`]).
        broken: bool,
        in_flight: Option<InFlight>,
        /// The fallback that ran, kept until the next check: a timer's or
        /// listener's closure is not dropped from inside its own call.
        spent: Option<Pending>,
        next_id: u32,
    }

    thread_local! {
        static SLOT: RefCell<Slot> = RefCell::new(Slot::default());
    }

    pub(super) fn check(text: String, done: Done) {
        if hiding() || SLOT.with(|s| s.borrow().broken) {
            done(check_here(text));
            return;
        }
        let (id, kept) = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            s.next_id = s.next_id.wrapping_add(1);
            // A newer check replaces the one in flight but keeps its
            // deadline: the oldest change not stored yet waits at most
            // CHECK_TIMEOUT_MS, however often the user edits meanwhile.
            let kept = s.in_flight.take().and_then(|mut f| f.fallback.take());
            (s.next_id, kept)
        });
        let fallback = kept.unwrap_or_else(|| after(CHECK_TIMEOUT_MS, late));
        SLOT.with(|s| {
            s.borrow_mut().in_flight = Some(InFlight {
                id,
                text,
                done,
                fallback: Some(fallback),
            })
        });
        if !started() {
            finish_here();
            return;
        }
        send();
    }

    /// The deadline of the check in flight: the page is hiding, or the
    /// worker has not answered in time. A late worker is stopped, and this
    /// page checks on its own thread from now on.
    fn late() {
        if !hiding() {
            give_up();
        }
        finish_here();
    }

    /// Stops the worker for good: every later check of this page is done
    /// on its own thread.
    fn give_up() {
        let checker = SLOT.with(|s| {
            let mut s = s.borrow_mut();
            s.broken = true;
            s.checker.take()
        });
        if let Some(c) = checker {
            c.worker.terminate();
        }
    }

    /// Starts the worker unless it runs; false when the browser refuses.
    fn started() -> bool {
        if SLOT.with(|s| s.borrow().checker.is_some()) {
            return true;
        }
        let Ok(worker) = quant_worker::new_worker(super::SAVE_CHECK_WORKER_NAME) else {
            give_up();
            return false;
        };
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                heard(&e.data())
            });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| failed());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        SLOT.with(|s| {
            s.borrow_mut().checker = Some(Checker {
                worker,
                ready: false,
                _listeners: (on_message, on_error),
            })
        });
        true
    }

    /// Posts the check in flight once the worker listens.
    fn send() {
        SLOT.with(|s| {
            let s = s.borrow();
            let (Some(checker), Some(flight)) = (&s.checker, &s.in_flight) else {
                return;
            };
            if !checker.ready {
                return;
            }
            let bytes = js_sys::Uint8Array::new_with_length(flight.text.len() as u32);
            bytes.copy_from(flight.text.as_bytes());
            let buffer = bytes.buffer();
            let message = js_sys::Array::of2(&JsValue::from(flight.id), &buffer);
            checker
                .worker
                .post_message_with_transfer(&message, &js_sys::Array::of1(&buffer))
                .ok();
        });
    }

    /// A message from the worker: `ready` (a string), or an answer.
    fn heard(data: &JsValue) {
        if data.is_string() {
            SLOT.with(|s| {
                if let Some(c) = s.borrow_mut().checker.as_mut() {
                    c.ready = true;
                }
            });
            send();
            return;
        }
        if !js_sys::Array::is_array(data) {
            return;
        }
        let answer: &js_sys::Array = data.unchecked_ref();
        let Some(id) = answer.get(0).as_f64() else {
            return;
        };
        let Some(flight) = take(|f| f64::from(f.id) == id) else {
            return;
        };
        let checked = if answer.length() < 2 {
            Checked::Loads(flight.text)
        } else {
            Checked::Refused {
                path: answer.get(1).as_string(),
                problem: answer.get(2).as_string().unwrap_or_default(),
            }
        };
        (flight.done)(checked);
    }

    /// The worker failed (its script did not load, or its code stopped):
    /// check here, now and from now on.
    fn failed() {
        give_up();
        finish_here();
    }

    /// Finishes the check in flight on this thread (called by its
    /// fallback, [`late`], or when the worker cannot start).
    fn finish_here() {
        if let Some(mut flight) = take(|_| true) {
            let spent = flight.fallback.take();
            SLOT.with(|s| s.borrow_mut().spent = spent);
            (flight.done)(check_here(flight.text));
        }
    }

    /// Takes the check in flight out of the slot when `which` holds for it,
    /// so that `done` runs with the slot free.
    fn take(which: impl Fn(&InFlight) -> bool) -> Option<InFlight> {
        SLOT.with(|s| {
            let mut s = s.borrow_mut();
            match &s.in_flight {
                Some(f) if which(f) => s.in_flight.take(),
                _ => None,
            }
        })
    }
}
