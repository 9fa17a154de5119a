// Quantitative simulation benchmark in Chromium (not a test): the release
// build's real worker (dist/annexa-worker_loader.js, single-threaded WASM)
// runs the same jobs as `cargo bench -p annexa-core --bench quant` (read from
// target/bench/quant-jobs.json, which that bench writes): 1 scenario × 1M
// trials, 100 × 100k, 100 × 1M, and the percentiles plus curve of 1M annual
// losses. Each run gets a fresh worker; the worker reports its own wall time
// and how much its WebAssembly memory grew. The page also records its
// longest frame during the 100 × 1M run (the worker must not block input).
// Then the same jobs on a warm pool of N = min(hardwareConcurrency, 8,
// blocks) workers, as the app runs them (issue 17, item 4): the years split
// at 65,536-year blocks, worker 0 the lead, every other share's losses
// relayed by the page to the lead as a transferred ArrayBuffer, the lead
// merging; timed on the page from the first post to the result, after one
// warm-up run (the pool stays warm between runs, as in the app). The pool
// rows also run with N = 1 (warm, one share) to tell the warm engine from
// the cores apart; the fresh-worker rows above are the app before the pool.
// Run it with `make bench-quant`; it prints a table and writes
// target/bench/quant-wasm.json.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { start, newPage, ready } from '../harness.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.RUNS || 5);
const jobs = JSON.parse(await readFile(resolve(ROOT, 'target', 'bench', 'quant-jobs.json'), 'utf8'));

const env = await start();
const { page, problems } = await newPage(env.browser);
await page.goto(env.server.url);
await ready(page);

/** Posts one request to a fresh worker; resolves with its measurement and the page's timings. */
async function measure(request) {
  return page.evaluate(async (request) => {
    const worker = new Worker('./annexa-worker_loader.js');
    let longestFrame = 0;
    let last = performance.now();
    let watching = true;
    const watch = () => {
      const t = performance.now();
      longestFrame = Math.max(longestFrame, t - last);
      last = t;
      if (watching) requestAnimationFrame(watch);
    };
    try {
      return await new Promise((done, fail) => {
        let t0 = 0;
        let measured = null;
        let progress = 0;
        worker.onerror = (e) => fail(new Error(e.message));
        worker.onmessage = (e) => {
          const m = JSON.parse(e.data);
          if (m === 'ready') {
            t0 = performance.now();
            last = t0;
            requestAnimationFrame(watch);
            worker.postMessage(JSON.stringify(request));
          } else if (m.progress) {
            progress += 1;
          } else if (m.measured) {
            measured = m.measured;
            if (request.bench_summary) done({ ...measured, page_ms: performance.now() - t0, progress, longestFrame });
          } else if (m.done) {
            done({ ...measured, page_ms: performance.now() - t0, progress, longestFrame, mean: m.done.portfolio_inherent.mean });
          } else if (m.failed) {
            fail(new Error(m.failed));
          }
        };
      });
    } finally {
      watching = false;
      worker.terminate();
    }
  }, request);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
async function bench(name, request, runs, trials, scenarios) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(request));
  const ms = median(results.map((r) => r.elapsed_ms));
  rows.push({
    run: name,
    runs,
    median_ms: ms,
    page_ms: median(results.map((r) => r.page_ms)),
    scenario_years_per_s: scenarios ? (scenarios * trials) / (ms / 1000) : null,
    memory_bytes_per_trial: Math.max(...results.map((r) => r.memory_bytes)) / trials,
    longest_frame_ms: Math.max(...results.map((r) => r.longestFrame)),
    mean: results[0].mean ?? null,
  });
}

await bench('1 scenario × 1000000 trials', { run: jobs.one_1m }, RUNS, 1_000_000, 1);
await bench('100 scenario(s) × 100000 trials', { run: jobs.hundred_100k }, RUNS, 100_000, 100);
await bench('100 scenario(s) × 1000000 trials', { run: jobs.hundred_1m }, Math.min(RUNS, 3), 1_000_000, 100);
await bench('percentiles + curve of 1000000 annual losses', { bench_summary: { trials: 1_000_000 } }, RUNS, 1_000_000, 0);


/** Runs `job` `runs` times (after one warm-up) on a warm pool of `want` workers; resolves with the page's median wall time. */
async function pooled(job, want, runs) {
  return page.evaluate(async ({ job, want, runs }) => {
    const BLOCK = 1 << 16;
    const split = (trials, parts) => {
      const blocks = Math.ceil(trials / BLOCK);
      parts = Math.min(Math.max(parts, 1), Math.max(blocks, 1));
      const out = [];
      for (let k = 0; k < parts; k++) {
        const a = Math.floor((blocks * k) / parts), b = Math.floor((blocks * (k + 1)) / parts);
        const start = Math.min(a * BLOCK, trials), end = Math.min(b * BLOCK, trials);
        if (end > start) out.push({ start, end });
      }
      return out;
    };
    const ranges = split(job.trials, Math.min(want, 8));
    const workers = await Promise.all(ranges.map(() => new Promise((ok, fail) => {
      const w = new Worker('./annexa-worker_loader.js');
      w.onerror = (e) => fail(new Error(e.message));
      w.onmessage = (e) => { if (JSON.parse(e.data) === 'ready') ok(w); };
    })));
    const once = () => new Promise((done, fail) => {
      const t0 = performance.now();
      let longestFrame = 0, last = t0, watching = true, bytes = 0;
      const watch = () => { const t = performance.now(); longestFrame = Math.max(longestFrame, t - last); last = t; if (watching) requestAnimationFrame(watch); };
      requestAnimationFrame(watch);
      workers.forEach((w, k) => {
        w.onmessage = (e) => {
          if (Array.isArray(e.data)) {
            const [json, buffer] = e.data;
            bytes += buffer.byteLength;
            workers[0].postMessage([JSON.stringify({ merge: JSON.parse(json).part }), buffer], [buffer]);
            return;
          }
          const m = JSON.parse(e.data);
          if (m.done) { watching = false; done({ ms: performance.now() - t0, longestFrame, bytes, mean: m.done.portfolio_inherent.mean }); }
          else if (m.failed) { watching = false; fail(new Error(m.failed)); }
        };
      });
      ranges.forEach((years, k) => workers[k].postMessage(JSON.stringify({ share: { job, years, lead: k === 0 ? ranges.length : null } })));
    });
    try {
      await once();
      const out = [];
      for (let i = 0; i < runs; i++) out.push(await once());
      return { workers: ranges.length, out };
    } finally {
      workers.forEach((w) => w.terminate());
    }
  }, { job, want, runs });
}

async function benchPool(name, job, want, runs, trials, scenarios) {
  const { workers, out } = await pooled(job, want, runs);
  const ms = median(out.map((r) => r.ms));
  rows.push({
    run: `${name}, pool of ${workers}`,
    runs,
    median_ms: ms,
    page_ms: ms,
    scenario_years_per_s: (scenarios * trials) / (ms / 1000),
    memory_bytes_per_trial: null,
    longest_frame_ms: Math.max(...out.map((r) => r.longestFrame)),
    relayed_bytes: out[0].bytes,
    mean: out[0].mean,
  });
}

const cores = await page.evaluate(() => navigator.hardwareConcurrency);
for (const n of [1, cores]) {
  await benchPool('1 scenario × 1000000 trials', jobs.one_1m, n, RUNS, 1_000_000, 1);
  await benchPool('100 scenario(s) × 1000000 trials', jobs.hundred_1m, n, Math.min(RUNS, 3), 1_000_000, 100);
}

const fmt = (v, d = 1) => (v === null || v === undefined ? '–' : typeof v === 'number' ? v.toFixed(d) : String(v));
console.log(`Annexa quantitative simulation, WASM in Chromium (release build; fresh single worker, then a warm pool; hardwareConcurrency ${cores})`);
console.log(`${'run'.padEnd(46)} ${'runs'.padStart(4)} ${'median ms'.padStart(10)} ${'page ms'.padStart(9)} ${'scenario-years/s'.padStart(17)} ${'mem B/trial'.padStart(11)} ${'longest frame ms'.padStart(16)}`);
for (const r of rows) {
  console.log(`${r.run.padEnd(46)} ${String(r.runs).padStart(4)} ${fmt(r.median_ms).padStart(10)} ${fmt(r.page_ms).padStart(9)} ${(r.scenario_years_per_s ? r.scenario_years_per_s.toExponential(3) : '–').padStart(17)} ${fmt(r.memory_bytes_per_trial, 2).padStart(11)} ${fmt(r.longest_frame_ms).padStart(16)}`);
}
await writeFile(resolve(ROOT, 'target', 'bench', 'quant-wasm.json'), JSON.stringify(rows, null, 2));
if (problems.length) console.error(problems.join('\n'));
await env.close();
