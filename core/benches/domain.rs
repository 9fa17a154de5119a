//! The domain's throughput benchmark (`cargo bench -p annexa-core --bench
//! domain`, run by `make bench`): the JSON parse (`import`), score, SoA,
//! lint and `recommend` (the CLI's JSON report: every risk's controls and
//! the plan, written without a JSON tree) on synthetic registers of 1,000, 10,000 and 50,000 risks (one
//! asset per five risks), and on a "wide" register whose 150 risks each
//! name 2,000 assets (about 6 MB). Prints the median of RUNS (default 3)
//! per step in milliseconds and the scaling exponent between sizes
//! (log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic). SIZES=1000,10000
//! picks other register sizes. Then the edit path of the web app at 1k
//! and 5k risks: the reducer's copy, the edit and the derived views, as
//! the app ran them (the lint twice) and as the store now does (once per
//! revision). It is a benchmark, not a test: nothing here fails on time.
// Tests and benches may sort with std (clippy.toml: the app and the core use annexa_core::sort).
#![allow(clippy::disallowed_methods)]

use std::hint::black_box;
use std::time::Instant;

use annexa_core::{
    export, export_checked, export_compact, generate_soa, import, lint, lint_with, report,
    synthetic, synthetic_wide, upsert_risk, Assessment, Date, ScoredRegister, Timestamp,
};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

const STEPS: [&str; 5] = ["parse", "score", "soa", "lint", "recommend"];

fn measure(a: &Assessment, runs: usize) -> [f64; 5] {
    let today = Date::new(2026, 11, 30).expect("date");
    let bytes = export(a, Timestamp(0)).into_bytes();
    // A file over the import limit is refused: no parse time (NaN).
    let parse = if import(&bytes).is_ok() {
        time(runs, || {
            black_box(import(&bytes).ok());
        })
    } else {
        f64::NAN
    };
    [
        parse,
        time(runs, || {
            black_box(ScoredRegister::new(a));
        }),
        time(runs, || {
            black_box(generate_soa(a));
        }),
        time(runs, || {
            black_box(lint(a, today));
        }),
        time(runs, || {
            // What `annexa recommend` writes (it streams the same text).
            black_box(report::recommend_json_text(a));
        }),
    ]
}

/// The reducer's copy of the assessment with one edit: the middle risk's
/// title, as the user would type it.
fn edited(a: &Assessment) -> Assessment {
    let mut next = a.clone();
    let mut r = next.risks[next.risks.len() / 2].clone();
    r.title.push('!');
    upsert_risk(&mut next, r);
    next
}

/// One edit of a risk as the web app handled it before the store kept the
/// derived results: the reducer's copy of the assessment, the edit, then
/// the navigation badge's lint, and the SoA page's SoA and lint, and the
/// risk register's scores.
fn edit_twice(a: &Assessment, today: Date) {
    let next = edited(a);
    black_box(lint(&next, today));
    black_box(generate_soa(&next));
    black_box(lint(&next, today));
    black_box(ScoredRegister::new(&next));
}

/// The same edit with the register scored afresh, then the SoA and the
/// lint, each computed once for the new version and shared by every view.
fn edit_once(a: &Assessment, today: Date) {
    let next = edited(a);
    let scored = ScoredRegister::new(&next);
    let soa = generate_soa(&next);
    black_box(lint_with(&next, &soa, &scored, today));
}

/// The same edit as the store now handles it: only the edited risk is
/// scored again (`ScoredRegister::rescored`, from the version before's
/// scores), then the SoA and the lint once.
fn edit_rescored(a: &Assessment, before: &ScoredRegister, today: Date) {
    let next = edited(a);
    let scored = before.rescored(a, &next);
    let scored = scored.as_ref().unwrap_or(before);
    let soa = generate_soa(&next);
    black_box(lint_with(&next, &soa, scored, today));
}

/// The web app's autosave at 1k and 5k risks: the text it stores
/// (`export_compact`, the file without indentation), read back as the
/// check that it loads again (`import`), and both as the autosave runs
/// them (`export_checked`); all on the page's main thread today. The
/// pretty file (`export`, what "Export JSON" downloads) is timed beside.
fn autosave(runs: usize) {
    println!(
        "autosave (the stored text, the load-again check, both; the pretty file), milliseconds"
    );
    for (assets, risks) in [(200, 1_000), (1_000, 5_000)] {
        let a = synthetic(assets, risks);
        let text = export_compact(&a, Timestamp(0));
        let pretty = export(&a, Timestamp(0));
        let write = time(runs, || {
            black_box(export_compact(&a, Timestamp(0)));
        });
        let check = time(runs, || {
            black_box(import(text.as_bytes()).is_ok());
        });
        let both = time(runs, || {
            black_box(export_checked(&a, Timestamp(0)).map(|t| t.len()).ok());
        });
        let file = time(runs, || {
            black_box(export(&a, Timestamp(0)));
        });
        println!(
            "{risks:>8} risks {assets:>6} assets: {:>5.1} MB stored ({:>5.1} MB file)  export {write:>8.1}   import {check:>8.1}   export_checked {both:>8.1}   file export {file:>8.1}",
            text.len() as f64 / 1e6,
            pretty.len() as f64 / 1e6
        );
    }
}

fn edit_path(runs: usize) {
    let today = Date::new(2026, 11, 30).expect("date");
    println!("edit path (reducer copy + edit + derived views), milliseconds");
    for (assets, risks) in [(200, 1_000), (1_000, 5_000)] {
        let a = synthetic(assets, risks);
        let twice = time(runs, || edit_twice(&a, today));
        let once = time(runs, || edit_once(&a, today));
        let before = ScoredRegister::new(&a);
        let rescored = time(runs, || edit_rescored(&a, &before, today));
        println!(
            "{risks:>8} risks {assets:>6} assets: two lints {twice:>8.1}   once per revision {once:>8.1}   one risk rescored {rescored:>8.1}"
        );
    }
}

/// One step alone at SIZES' first size, for a peak-memory measurement
/// (`MEMORY=recommend-stream SIZES=25000 /usr/bin/time -v target/…/domain`):
/// `base` (the register and its file only), `recommend-tree` (the JSON
/// tree), `recommend-stream`, `import` (a current file, read straight into
/// the model) or `import-tree` (a 2013-edition file, which goes through
/// the JSON tree).
fn memory(step: &str, n: usize) {
    let mut a = synthetic(n / 5, n);
    if step == "import-tree" {
        a.context.edition = annexa_core::Edition::Iso2013;
    }
    let bytes = export(&a, Timestamp(0)).into_bytes();
    let out = match step {
        "recommend-tree" => report::to_json(&report::recommend_json(&a)).len(),
        "recommend-stream" => report::recommend_json_text(&a).len(),
        "import" | "import-tree" => import(&bytes).map_or(0, |e| e.assessment.risks.len()),
        _ => bytes.len(),
    };
    println!("{step} at {n} risks: {out}");
}

fn main() {
    if let Ok(step) = std::env::var("MEMORY") {
        let n = std::env::var("SIZES")
            .ok()
            .and_then(|s| s.split(',').next().and_then(|n| n.trim().parse().ok()))
            .unwrap_or(25_000);
        memory(&step, n);
        return;
    }
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    let sizes: Vec<usize> = std::env::var("SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 50_000]);
    println!("domain benchmark: median of {runs} run(s), milliseconds");
    println!(
        "{:>8} {:>8} {:>9}  {}",
        "risks",
        "assets",
        "file MB",
        STEPS.map(|s| format!("{s:>10}")).join("")
    );
    let mut rows: Vec<(usize, [f64; 5])> = Vec::new();
    for &n in &sizes {
        let a = synthetic(n / 5, n);
        let mb = export(&a, Timestamp(0)).len() as f64 / 1_048_576.0;
        let t = measure(&a, runs);
        println!(
            "{n:>8} {:>8} {mb:>9.1}  {}",
            n / 5,
            t.map(|x| format!("{x:>10.1}")).join("")
        );
        rows.push((n, t));
    }
    for pair in rows.windows(2) {
        let ((n1, t1), (n2, t2)) = (pair[0], pair[1]);
        let exp: Vec<String> = (0..STEPS.len())
            .map(|i| {
                let e = (t2[i].max(1e-3) / t1[i].max(1e-3)).ln() / (n2 as f64 / n1 as f64).ln();
                format!("{e:>10.2}")
            })
            .collect();
        println!("{:>27}  {}", format!("exponent {n1}→{n2}"), exp.join(""));
    }
    let wide = synthetic_wide(2_000, 150, 2_000);
    let mb = export(&wide, Timestamp(0)).len() as f64 / 1_048_576.0;
    let t = measure(&wide, runs);
    println!(
        "{:>8} {:>8} {mb:>9.1}  {}   (wide: 2,000 assets per risk)",
        150,
        2_000,
        t.map(|x| format!("{x:>10.1}")).join("")
    );
    edit_path(runs);
    autosave(runs);
}
