//! The pool itself: warm simulation workers kept between runs, lent to a
//! run and given back (or terminated) when it ends.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;

use crate::platform::quant_worker::{new_worker, SIMULATION_WORKER_NAME};

/// At most this many workers, whatever the number of cores.
pub const MAX_WORKERS: usize = 8;

/// A pooled worker, and whether it has said `ready`.
struct Warm {
    id: u32,
    worker: web_sys::Worker,
    ready: Rc<Cell<bool>>,
    /// A run holds it.
    busy: bool,
}

thread_local! {
    static POOL: RefCell<Vec<Warm>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

pub(super) type OnMessage = Closure<dyn FnMut(web_sys::MessageEvent)>;
pub(super) type OnError = Closure<dyn FnMut(web_sys::ErrorEvent)>;

/// A worker lent to a run.
pub(super) struct Member {
    pub(super) worker: web_sys::Worker,
    pub(super) ready: Rc<Cell<bool>>,
    /// Its id in the pool; `None` when the pool was full (not kept).
    pooled: Option<u32>,
    /// Its listeners for the run that holds it.
    pub(super) _listeners: Option<(OnMessage, OnError)>,
}

/// How many workers the browser's cores call for (1 to [`MAX_WORKERS`]).
pub(super) fn cores() -> usize {
    let n = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency());
    (n as usize).clamp(1, MAX_WORKERS)
}

/// Lends `n` workers: idle pooled ones first, then new ones (pooled while
/// the pool has room).
pub(super) fn lend(n: usize) -> Result<Vec<Member>, String> {
    let mut members: Vec<Member> = POOL.with(|p| {
        let mut pool = p.borrow_mut();
        pool.iter_mut()
            .filter(|w| !w.busy)
            .take(n)
            .map(|w| {
                w.busy = true;
                Member {
                    worker: w.worker.clone(),
                    ready: w.ready.clone(),
                    pooled: Some(w.id),
                    _listeners: None,
                }
            })
            .collect()
    });
    while members.len() < n {
        let worker = match new_worker(SIMULATION_WORKER_NAME) {
            Ok(w) => w,
            Err(e) => {
                // Give back what was lent (idle, warm).
                members.iter().for_each(|m| give_back(m, true));
                return Err(e);
            }
        };
        let ready = Rc::new(Cell::new(false));
        let pooled = POOL.with(|p| {
            let mut pool = p.borrow_mut();
            (pool.len() < MAX_WORKERS).then(|| {
                let id = NEXT_ID.with(|i| i.replace(i.get() + 1));
                pool.push(Warm {
                    id,
                    worker: worker.clone(),
                    ready: ready.clone(),
                    busy: true,
                });
                id
            })
        });
        members.push(Member {
            worker,
            ready,
            pooled,
            _listeners: None,
        });
    }
    Ok(members)
}

/// Returns a worker to the pool when it is `idle` (done with its run and
/// sound); otherwise (still at work, broken, or not pooled) terminates it.
pub(super) fn give_back(m: &Member, idle: bool) {
    let keep = m.pooled.is_some() && idle;
    if !keep {
        m.worker.terminate();
    }
    let Some(id) = m.pooled else { return };
    POOL.with(|p| {
        let mut pool = p.borrow_mut();
        if keep {
            pool.iter_mut()
                .filter(|w| w.id == id)
                .for_each(|w| w.busy = false);
        } else {
            pool.retain(|w| w.id != id);
        }
    });
}
