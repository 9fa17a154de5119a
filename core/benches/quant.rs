//! The quantitative simulation's native benchmark (`cargo bench --bench
//! quant`, or `make bench-quant` with the browser runs): 1 scenario × 1M
//! trials, 100 × 100k, 100 × 1M, and the percentiles plus curve of 1M
//! annual losses. Prints a table of medians, scenario-years per second and
//! working memory per trial (peak heap over the run, measured by a counting
//! allocator), and writes target/bench/quant-native.json and the jobs the
//! browser bench runs (target/bench/quant-jobs.json).
// Tests and benches may sort with std (clippy.toml: the app and the core use annexa_core::sort).
#![allow(clippy::disallowed_methods)]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    use std::time::Instant;

    use annexa_core::quant::{bench_job, exceedance, log_grid, summarize, Simulation};

    /// Counts live and peak heap bytes.
    struct Counting;

    static LIVE: AtomicUsize = AtomicUsize::new(0);
    static PEAK: AtomicUsize = AtomicUsize::new(0);

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
            // SAFETY: forwarded to the system allocator with the same layout.
            unsafe { System.alloc(l) }
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            LIVE.fetch_sub(l.size(), Relaxed);
            // SAFETY: `p` came from `alloc` with this layout.
            unsafe { System.dealloc(p, l) }
        }
    }

    #[global_allocator]
    static ALLOC: Counting = Counting;

    struct Row {
        name: String,
        runs: usize,
        median_ms: f64,
        scenario_years_per_s: Option<f64>,
        bytes_per_trial: Option<f64>,
    }

    fn median(mut xs: Vec<f64>) -> f64 {
        xs.sort_by(f64::total_cmp);
        xs[xs.len() / 2]
    }

    fn simulate(scenarios: usize, trials: u32, runs: usize) -> Row {
        let mut times = Vec::new();
        let mut bytes = 0.0;
        for _ in 0..runs {
            let job = bench_job(scenarios, trials);
            let base = LIVE.load(Relaxed);
            PEAK.store(base, Relaxed);
            let t = Instant::now();
            let r = Simulation::new(job).run();
            times.push(t.elapsed().as_secs_f64() * 1e3);
            bytes = (PEAK.load(Relaxed) - base) as f64 / f64::from(trials);
            std::hint::black_box(r);
        }
        let ms = median(times);
        Row {
            name: format!("{scenarios} scenario(s) × {trials} trials"),
            runs,
            median_ms: ms,
            scenario_years_per_s: Some(scenarios as f64 * f64::from(trials) / (ms / 1e3)),
            bytes_per_trial: Some(bytes),
        }
    }

    fn summary(trials: u32, runs: usize) -> Row {
        // The 1M annual losses of the one-scenario job, summarised again
        // and again (select percentiles, tail mean, 200-point curve).
        let job = bench_job(1, trials);
        let c = annexa_core::quant::Compiled::new(&job.risks[0].2.inherent);
        let mut rng = annexa_core::quant::stream(job.seed, job.risks[0].0);
        let losses: Vec<f32> = c
            .sample_years(&mut rng, trials as usize)
            .into_iter()
            .map(|v| v as f32)
            .filter(|v| *v > 0.0)
            .collect();
        let n = trials as usize;
        let mut times = Vec::new();
        for _ in 0..runs {
            let mut work = losses.clone();
            let t = Instant::now();
            let (lo, hi) = work
                .iter()
                .fold((f32::INFINITY, 0f32), |(a, b), &v| (a.min(v), b.max(v)));
            let grid = log_grid(f64::from(lo), f64::from(hi), 200);
            let curve = exceedance(&work, n, &grid);
            let s = summarize(&mut work, n);
            times.push(t.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box((curve, s));
        }
        Row {
            name: format!("percentiles + curve of {trials} annual losses"),
            runs,
            median_ms: median(times),
            scenario_years_per_s: None,
            bytes_per_trial: None,
        }
    }

    pub fn main() {
        let quick = std::env::args().any(|a| a == "--quick");
        let runs = if quick { 1 } else { 5 };
        let rows = [
            simulate(1, 1_000_000, runs),
            simulate(100, 100_000, runs),
            simulate(100, 1_000_000, if quick { 1 } else { 3 }),
            summary(1_000_000, runs),
        ];
        println!("Annexa quantitative simulation, native (cargo bench profile), single thread");
        println!(
            "{:<44} {:>5} {:>11} {:>22} {:>14}",
            "run", "runs", "median ms", "scenario-years/s", "bytes/trial"
        );
        for r in &rows {
            println!(
                "{:<44} {:>5} {:>11.1} {:>22} {:>14}",
                r.name,
                r.runs,
                r.median_ms,
                r.scenario_years_per_s
                    .map_or("–".into(), |v| format!("{:.3e}", v)),
                r.bytes_per_trial.map_or("–".into(), |v| format!("{v:.2}")),
            );
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
        if std::fs::create_dir_all(&root).is_ok() {
            let json: Vec<_> = rows
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "run": r.name, "runs": r.runs, "median_ms": r.median_ms,
                        "scenario_years_per_s": r.scenario_years_per_s,
                        "bytes_per_trial": r.bytes_per_trial,
                    })
                })
                .collect();
            let text = serde_json::to_string_pretty(&json).unwrap_or_default();
            if let Err(e) = std::fs::write(root.join("quant-native.json"), text) {
                eprintln!("could not write target/bench/quant-native.json: {e}");
            }
            let jobs = serde_json::json!({
                "one_1m": bench_job(1, 1_000_000),
                "hundred_100k": bench_job(100, 100_000),
                "hundred_1m": bench_job(100, 1_000_000),
            });
            if let Err(e) = std::fs::write(root.join("quant-jobs.json"), jobs.to_string()) {
                eprintln!("could not write target/bench/quant-jobs.json: {e}");
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
