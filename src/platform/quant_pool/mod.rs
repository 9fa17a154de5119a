//! The warm pool of simulation workers, and a run shared between them
//! (issue 17, item 4).
//!
//! A run takes N = min(`navigator.hardwareConcurrency`, [`warm::MAX_WORKERS`],
//! the run's blocks of years) workers: the pool's idle ones first, so that
//! a run on a warm pool starts no cold engine; new ones join the pool while
//! it has room. Worker 0 is the lead: it simulates the first share and
//! merges. Each other worker posts its share's losses as a JSON header and
//! a transferable `ArrayBuffer` of `f32`s (`[header, buffer]`); the page
//! hands the pair on to the lead, transferring the buffer again, without
//! reading it, so the main thread only relays (no copy, no sort). The
//! lead's own request goes first, so a part never reaches a worker whose
//! WebAssembly is not listening yet. The progress of every share adds up
//! to one bar; the first failure is reported once and stops the others.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::Array;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

mod warm;

use super::quant_worker::describe;
use crate::domain::quant::{
    share_requests, Job, PartHeader, Progress, WorkerReport, WorkerRequest,
};
use crate::domain::text::{msg, text, text_with};
use warm::{cores, give_back, lend, Member, OnError, OnMessage};

/// What the workers' listeners share during a run.
struct Shared {
    on_report: Callback<WorkerReport>,
    /// Per worker: its share's request (JSON), its progress, and whether
    /// it is done with the run (its worker can go back to the pool).
    requests: Vec<String>,
    workers: Vec<web_sys::Worker>,
    progress: Vec<Progress>,
    idle: Vec<bool>,
    /// The lead has its request: parts may go to it.
    lead_sent: bool,
    /// Parts waiting for the lead's request to go first.
    pending: Vec<(JsValue, JsValue)>,
    /// The progress last shown, in thousandths.
    shown: u64,
    /// The run ended (done or failed): nothing more is reported.
    over: bool,
}

/// A simulation shared between pooled workers; dropping it stops every
/// worker still at work and gives the others back to the pool.
pub(super) struct PoolRun {
    members: Vec<Member>,
    shared: Rc<RefCell<Shared>>,
}

impl PoolRun {
    /// Starts `job` on the pool; `on_report` hears the summed progress,
    /// the result, or the first failure.
    pub(super) fn start(job: &Job, on_report: Callback<WorkerReport>) -> Result<PoolRun, String> {
        let shares = share_requests(job, cores());
        // Each share's total is known now: the bar never steps back.
        let progress = shares
            .iter()
            .map(|r| Progress {
                done: 0,
                total: match r {
                    WorkerRequest::Share(s) => s.scenario_years(),
                    _ => 0,
                },
            })
            .collect();
        let requests = shares
            .iter()
            .map(|s| crate::domain::json::try_to_string(s, crate::domain::json::Layout::Compact))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| {
                crate::domain::text::text_with(
                    crate::domain::text::msg::QUANT_JOB_NOT_WRITTEN,
                    &[("why", e.to_string().into())],
                )
            })?;
        let mut members = lend(requests.len())?;
        let n = members.len();
        let shared = Rc::new(RefCell::new(Shared {
            on_report,
            requests,
            workers: members.iter().map(|m| m.worker.clone()).collect(),
            progress,
            idle: vec![false; n],
            lead_sent: false,
            pending: Vec::new(),
            shown: 0,
            over: false,
        }));
        for (k, m) in members.iter_mut().enumerate() {
            m._listeners = Some(listen(&shared, &m.worker, m.ready.clone(), k));
        }
        // Warm workers listen already: their shares go at once.
        for (k, m) in members.iter().enumerate() {
            if m.ready.get() {
                send_share(&shared, k);
            }
        }
        Ok(PoolRun { members, shared })
    }
}

/// Sets worker `k`'s listeners for this run.
fn listen(
    shared: &Rc<RefCell<Shared>>,
    worker: &web_sys::Worker,
    ready: Rc<Cell<bool>>,
    k: usize,
) -> (OnMessage, OnError) {
    let on_message = {
        let shared = shared.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            on_message(&shared, &ready, k, e.data())
        })
    };
    let on_error = {
        let shared = shared.clone();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            let n = shared.borrow().workers.len();
            // A worker that failed this way is not reused.
            shared.borrow_mut().idle[k] = false;
            let m = text_with(
                msg::QUANT_WORKER_FAILED,
                &[("count", n.into()), ("error", e.message().into())],
            );
            fail(&shared, m);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    (on_message, on_error)
}

/// A message from worker `k`: a JSON report, or `[header, buffer]`.
fn on_message(shared: &Rc<RefCell<Shared>>, ready: &Cell<bool>, k: usize, data: JsValue) {
    let (json, buffer) = if Array::is_array(&data) {
        let a: Array = data.unchecked_into();
        (a.get(0).as_string(), Some(a.get(1)))
    } else {
        (data.as_string(), None)
    };
    let report = json.and_then(|s| serde_json::from_str::<WorkerReport>(&s).ok());
    match report {
        None => fail(shared, text(msg::QUANT_WORKER_UNREADABLE)),
        Some(WorkerReport::Ready) => {
            ready.set(true);
            send_share(shared, k);
        }
        Some(WorkerReport::Progress(p)) => progress(shared, k, p),
        Some(WorkerReport::Part(header)) => {
            shared.borrow_mut().idle[k] = true;
            match buffer {
                Some(buffer) => forward(shared, header, buffer),
                None => fail(shared, text(msg::QUANT_SHARE_LOST)),
            }
        }
        Some(WorkerReport::Done(results)) => {
            let cb = {
                let mut s = shared.borrow_mut();
                s.idle.iter_mut().for_each(|i| *i = true);
                s.over = true;
                s.on_report.clone()
            };
            cb.emit(WorkerReport::Done(results));
        }
        Some(WorkerReport::Failed(m)) => {
            // The worker answered: it is sound and can be reused.
            shared.borrow_mut().idle[k] = true;
            fail(shared, m);
        }
        Some(WorkerReport::Fault(f)) => {
            shared.borrow_mut().idle[k] = true;
            fail(shared, f.message());
        }
        Some(m @ WorkerReport::Measured(_)) => {
            let cb = shared.borrow().on_report.clone();
            cb.emit(m);
        }
    }
}

/// Posts worker `k`'s share; after the lead's, the parts that waited.
fn send_share(shared: &Rc<RefCell<Shared>>, k: usize) {
    let (worker, request) = {
        let s = shared.borrow();
        match (s.workers.get(k), s.requests.get(k)) {
            (Some(w), Some(r)) => (w.clone(), r.clone()),
            _ => return,
        }
    };
    if let Err(e) = worker.post_message(&JsValue::from_str(&request)) {
        return fail(
            shared,
            text_with(msg::QUANT_WORKER_SEND, &[("error", describe(&e).into())]),
        );
    }
    if k == 0 {
        let pending = {
            let mut s = shared.borrow_mut();
            s.lead_sent = true;
            std::mem::take(&mut s.pending)
        };
        for (message, buffer) in pending {
            post_to_lead(shared, &message, &buffer);
        }
    }
}

/// Hands a part on to the lead (or keeps it until the lead has its share).
fn forward(shared: &Rc<RefCell<Shared>>, header: PartHeader, buffer: JsValue) {
    let Ok(json) = crate::domain::json::try_to_string(
        &WorkerRequest::Merge(header),
        crate::domain::json::Layout::Compact,
    ) else {
        return fail(shared, text(msg::QUANT_SHARE_DAMAGED));
    };
    let message: JsValue = Array::of2(&JsValue::from_str(&json), &buffer).into();
    let waiting = !shared.borrow().lead_sent;
    if waiting {
        shared.borrow_mut().pending.push((message, buffer));
    } else {
        post_to_lead(shared, &message, &buffer);
    }
}

/// Posts `[header, buffer]` to the lead, moving the buffer (no copy).
fn post_to_lead(shared: &Rc<RefCell<Shared>>, message: &JsValue, buffer: &JsValue) {
    let lead = shared.borrow().workers.first().cloned();
    let Some(lead) = lead else { return };
    if let Err(e) = lead.post_message_with_transfer(message, &Array::of1(buffer)) {
        fail(
            shared,
            text_with(msg::QUANT_WORKER_SEND, &[("error", describe(&e).into())]),
        );
    }
}

/// Records worker `k`'s progress and shows the sum when it moved by at
/// least a thousandth (many workers, one bar, few renders).
fn progress(shared: &Rc<RefCell<Shared>>, k: usize, p: Progress) {
    let report = {
        let mut s = shared.borrow_mut();
        if s.over {
            return;
        }
        s.progress[k] = p;
        let sum = s
            .progress
            .iter()
            .fold((0, 0), |a, p| (a.0 + p.done, a.1 + p.total));
        let sum = Progress {
            done: sum.0,
            total: sum.1,
        };
        let permille = (sum.fraction() * 1000.0) as u64;
        if permille == s.shown && sum.done != sum.total {
            return;
        }
        s.shown = permille;
        (s.on_report.clone(), sum)
    };
    report.0.emit(WorkerReport::Progress(report.1));
}

/// Reports the first failure of a run, once, and stops the workers still
/// at work (dropping the run then drops them from the pool).
fn fail(shared: &Rc<RefCell<Shared>>, message: String) {
    let cb = {
        let mut s = shared.borrow_mut();
        if s.over {
            return;
        }
        s.over = true;
        for (w, idle) in s.workers.iter().zip(&s.idle) {
            if !idle {
                w.terminate();
            }
        }
        s.on_report.clone()
    };
    cb.emit(WorkerReport::Failed(message));
}

impl Drop for PoolRun {
    fn drop(&mut self) {
        let idle = self.shared.borrow().idle.clone();
        for (k, m) in self.members.iter().enumerate() {
            m.worker.set_onmessage(None);
            m.worker.set_onerror(None);
            give_back(m, idle.get(k).copied().unwrap_or(false));
        }
    }
}
