//! The simulation shared between workers through the worker protocol, as
//! the browser runs it (issue 17, item 4): each share a [`ShareWorker`]
//! fed JSON requests, the other shares' losses relayed as raw
//! little-endian bytes to the lead, which merges. The results must equal a
//! single run's exactly, whatever the number of workers.
#![cfg(not(target_arch = "wasm32"))]
// Tests may use serde_json's own writers (clippy.toml keeps them out of
// the app and the core).
#![allow(clippy::disallowed_methods)]

use annexa_core::quant::{
    bench_job, run_json, share_requests, split_years, Job, PartHeader, Progress, QuantResults,
    ShareWorker, Simulation, WorkerReport, WorkerRequest, BLOCK_YEARS,
};

mod support {
    pub mod quant;
}
use support::quant::scenario;

/// What crossed the page: the bytes of a transferred `ArrayBuffer`.
fn to_bytes(data: &[f32]) -> Vec<u8> {
    data.iter().flat_map(|v| v.to_le_bytes()).collect()
}

fn from_bytes(bytes: &[u8]) -> Vec<f32> {
    bytes
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

/// Runs `job` as the page does with `workers` workers: worker 0 (the lead)
/// gets the first share and merges; the others' parts are relayed to it as
/// bytes, in reverse order. Returns the lead's result and the progress
/// summed over the shares' last reports.
fn through_workers(job: &Job, workers: usize) -> (QuantResults, Progress) {
    let requests = share_requests(job, workers);
    let count = requests.len();
    let mut pool: Vec<ShareWorker> = (0..count).map(|_| ShareWorker::new()).collect();
    let mut last = vec![None::<Progress>; count];
    let mut result = None;
    let mut relay: Vec<(String, Vec<u8>)> = Vec::new();
    let order = std::iter::once(0).chain((1..count).rev());
    for k in order {
        let text = serde_json::to_string(&requests[k]).expect("a request writes");
        let mut on_report = |r: &WorkerReport, data: Option<Vec<f32>>| match r {
            WorkerReport::Progress(p) => last[k] = Some(*p),
            WorkerReport::Part(h) => {
                let data = to_bytes(&data.expect("a part carries its losses"));
                let merge = WorkerRequest::Merge(h.clone());
                relay.push((serde_json::to_string(&merge).expect("writes"), data));
            }
            WorkerReport::Done(res) => result = Some((**res).clone()),
            WorkerReport::Failed(e) => panic!("share {k} of {count}: {e}"),
            WorkerReport::Fault(f) => panic!("share {k} of {count}: {}", f.message()),
            WorkerReport::Ready | WorkerReport::Measured(_) => {}
        };
        pool[k].handle(&text, None, &|| 0.0, &|| 0.0, &mut on_report);
        // The page hands each part on to the lead as it comes.
        for (text, bytes) in relay.drain(..) {
            let data = from_bytes(&bytes);
            pool[0].handle(&text, Some(&data), &|| 0.0, &|| 0.0, |r, _| match r {
                WorkerReport::Done(res) => result = Some((**res).clone()),
                WorkerReport::Failed(e) => panic!("the lead: {e}"),
                WorkerReport::Fault(f) => panic!("the lead: {}", f.message()),
                _ => {}
            });
        }
    }
    let progress = last.iter().fold(Progress { done: 0, total: 0 }, |a, p| {
        let p = p.expect("every share reports progress");
        Progress {
            done: a.done + p.done,
            total: a.total + p.total,
        }
    });
    (result.expect("the lead merged every share"), progress)
}

/// The single run through the protocol's whole-job request.
fn single_run(job: &Job) -> QuantResults {
    let text = serde_json::to_string(&WorkerRequest::Run(job.clone())).expect("writes");
    let mut out = None;
    run_json(&text, |r| {
        if let WorkerReport::Done(res) = r {
            out = Some((**res).clone());
        }
    });
    out.expect("the run finished")
}

fn assert_same_for_every_split(job: &Job, blocks: usize) {
    // Every worker reads the job from JSON, whose floats serde_json reads
    // back to the nearest bits only most of the time: compare runs of the
    // job as the workers see it.
    let text = serde_json::to_string(job).expect("writes");
    let job: &Job = &serde_json::from_str(&text).expect("reads");
    let whole = single_run(job);
    assert_eq!(whole, Simulation::new(job.clone()).run());
    let years_per_pass = job.risks.len() as u64 * u64::from(job.trials);
    let passes = if job.has_residual() { 2 } else { 1 };
    for workers in 1..=4 {
        let (merged, progress) = through_workers(job, workers);
        assert_eq!(split_years(job.trials, workers).len(), workers.min(blocks));
        assert_eq!(merged, whole, "{workers} worker(s)");
        assert_eq!(
            progress.done,
            passes * years_per_pass,
            "{workers} worker(s)"
        );
        assert_eq!(progress.total, progress.done);
        let known: u64 = share_requests(job, workers)
            .iter()
            .map(|r| match r {
                WorkerRequest::Share(s) => s.scenario_years(),
                _ => 0,
            })
            .sum();
        assert_eq!(known, progress.total, "the bar's total is known up front");
    }
}

#[test]
fn a_run_shared_by_one_to_four_workers_equals_the_single_run_exactly() {
    // Five risks, one treated (a residual pass), over three blocks and
    // 1,000 years: not a multiple of BLOCK_YEARS.
    let trials = (3 * BLOCK_YEARS + 1_000) as u32;
    let mut job = bench_job(5, trials);
    job.risks[2].2.residual = Some(scenario(0.2, 1_000.0, 50_000.0));
    assert!(job.has_residual());
    assert_same_for_every_split(&job, 4);
    // A single risk: its statistics are the portfolio's.
    let one = bench_job(1, (2 * BLOCK_YEARS + 17) as u32);
    assert!(single_run(&one).portfolio_inherent.p_any > 0.5);
    assert_same_for_every_split(&one, 3);
    // Fewer years than a block: one share, whatever the pool.
    assert_same_for_every_split(&bench_job(3, 5_000), 1);
}

#[test]
fn a_part_travels_as_bytes_and_a_damaged_one_is_refused() {
    let job = bench_job(3, (BLOCK_YEARS + 10) as u32);
    let years = split_years(job.trials, 2).remove(1);
    let mut sim = Simulation::part(job.clone(), years);
    while !sim.finished() {
        sim.step(u64::MAX);
    }
    let part = sim.into_part().expect("a share keeps its losses");
    let (header, data) = part.to_wire();
    assert_eq!(header.lengths.len(), 4, "the portfolio and three risks");
    assert_eq!(
        data.len(),
        header.lengths.iter().map(|&l| l as usize).sum::<usize>()
    );
    let back = annexa_core::quant::PartLosses::from_wire(&header, &from_bytes(&to_bytes(&data)));
    assert_eq!(back.as_ref(), Ok(&part));
    // One value short: refused with a sentence, not merged.
    let e = annexa_core::quant::PartLosses::from_wire(&header, &data[1..]).expect_err("short");
    assert_eq!(e, annexa_core::quant::WorkerFault::ShareDamaged);
    assert!(e.message().contains("run it again"), "{}", e.message());
    // The lead refuses a part whose header lies about its shape.
    let mut w = ShareWorker::new();
    let bad = PartHeader {
        passes: 3,
        ..header
    };
    let text = serde_json::to_string(&WorkerRequest::Merge(bad)).expect("writes");
    let mut failed = None;
    w.handle(&text, Some(&data), &|| 0.0, &|| 0.0, |r, _| {
        if let WorkerReport::Fault(f) = r {
            failed = Some(f.clone());
        }
    });
    assert_eq!(
        failed,
        Some(annexa_core::quant::WorkerFault::ShareDamaged),
        "a damaged part is reported"
    );
}
