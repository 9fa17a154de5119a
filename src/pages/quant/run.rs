//! The simulation run of the Quantify page: its state (running, progress,
//! results, message) and the Run and Cancel callbacks that drive a
//! [`QuantRun`] in a Web Worker.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::make_callback;
use crate::domain::quant::{Job, QuantResults, WorkerReport};
use crate::domain::text::{msg, text, text_with};
use crate::domain::{Assessment, RiskId};
use crate::platform::quant_worker::QuantRun;

/// The state of the simulation run, from [`use_quant_run`].
#[derive(Clone)]
pub struct RunState {
    /// A run is under way.
    pub running: UseStateHandle<bool>,
    /// The fraction of the trials done, 0 to 1.
    pub progress: UseStateHandle<f64>,
    /// The results of the last finished run.
    pub results: UseStateHandle<Option<Rc<QuantResults>>>,
    /// A message for the user (an error, or the run was cancelled).
    pub message: UseStateHandle<Option<String>>,
    /// The live run; replaced by the next run, dropped (worker terminated)
    /// on Cancel or when the page goes away.
    handle: Rc<RefCell<Option<QuantRun>>>,
}

/// The state of the Quantify page's simulation run.
#[hook]
pub fn use_quant_run() -> RunState {
    let running = use_state(|| false);
    let progress = use_state(|| 0.0f64);
    let results = use_state(|| None::<Rc<QuantResults>>);
    let message = use_state(|| None::<String>);
    let handle = use_mut_ref(|| None::<QuantRun>);
    RunState {
        running,
        progress,
        results,
        message,
        handle,
    }
}

impl RunState {
    /// Run starts a simulation of the `selected` risks of `a`, ending any
    /// earlier run.
    pub fn run(&self, a: &Rc<Assessment>, selected: &[RiskId]) -> Callback<MouseEvent> {
        make_callback(
            &(
                (a.clone(), selected.to_vec()),
                (
                    self.running.clone(),
                    self.progress.clone(),
                    self.results.clone(),
                    self.message.clone(),
                ),
                self.handle.clone(),
            ),
            |((a, selected), status, handle), _: MouseEvent| {
                let (running, progress, _, message) = status;
                let job = match Job::from_assessment(a, selected, None) {
                    Ok(j) => j,
                    Err(e) => {
                        message.set(Some(text_with(
                            msg::UI_QUANT_CANNOT_RUN,
                            &[("error", e.to_string().into())],
                        )));
                        return;
                    }
                };
                handle.borrow_mut().take();
                message.set(None);
                progress.set(0.0);
                running.set(true);
                let on_report = make_callback(
                    status,
                    |(running, progress, results, message), r: WorkerReport| match r {
                        WorkerReport::Ready | WorkerReport::Measured(_) | WorkerReport::Part(_) => {
                        }
                        WorkerReport::Progress(p) => progress.set(p.fraction()),
                        WorkerReport::Done(res) => {
                            results.set(Some(Rc::new(*res)));
                            progress.set(1.0);
                            running.set(false);
                        }
                        WorkerReport::Failed(m) => {
                            message.set(Some(m));
                            running.set(false);
                        }
                        WorkerReport::Fault(f) => {
                            message.set(Some(f.message()));
                            running.set(false);
                        }
                    },
                );
                match QuantRun::start(&job, on_report) {
                    Ok(h) => *handle.borrow_mut() = Some(h),
                    Err(e) => {
                        message.set(Some(e));
                        running.set(false);
                    }
                }
            },
        )
    }

    /// Cancel ends the live run and says so.
    pub fn cancel(&self) -> Callback<MouseEvent> {
        make_callback(
            &(
                self.running.clone(),
                self.message.clone(),
                self.handle.clone(),
            ),
            |(running, message, handle), _: MouseEvent| {
                if let Some(h) = handle.borrow_mut().take() {
                    h.cancel();
                }
                running.set(false);
                message.set(Some(text(msg::UI_QUANT_CANCELLED)));
            },
        )
    }
}
