#!/usr/bin/env python3
"""Side-by-side: Annexa's simulation against pyfair and riskquant's model.

Creates a throwaway virtualenv under target/bench/venv, installs pyfair and
numpy from PyPI into it, and runs at 1,000,000 trials:

* pyfair's LEF x LM model: loss event frequency PERT(0.5, 1, 3) a year times
  loss magnitude PERT(10,000; 100,000; 1,000,000);
* riskquant's model, vectorised with numpy: Poisson(1) events a year, each
  a lognormal loss whose 90 % range is 10,000-1,000,000 (5th/95th
  percentiles);
* Annexa natively (`annexa quant`, built with the `worker` profile, the
  same optimisation as the browser's worker) on both models;
* Annexa in WebAssembly: the riskquant-model row of
  target/bench/quant-wasm.json, which `make bench-quant` measures in
  Chromium (the same model as the benchmark's "1 scenario x 1M trials").

Each run is its own process, five of each (the table gives the median
and the range, so the ratios come from one invocation); the time is the
model's (imports,
process start and file reading excluded for Python; the whole command for
the CLI) and the process's peak resident memory. The means are compared
with the analytic ones: E[LEF] x E[LM] for pyfair's model and
rate x exp(mu + sigma^2/2) for riskquant's.

Usage: python3 benches/compare.py [--trials N]   (or `make bench-compare`)
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "target", "bench")
VENV = os.path.join(BENCH, "venv")
PY = os.path.join(VENV, "bin", "python")

LEF = (0.5, 1.0, 3.0)
LM = (10_000.0, 100_000.0, 1_000_000.0)
RATE, LOW, HIGH = 1.0, 10_000.0, 1_000_000.0
Z95 = 1.6448536269514722
# Runs of each implementation per invocation (the table gives the median).
REPEATS = 5

PYFAIR = """
import json, sys, time
from pyfair import FairModel
n = int(sys.argv[1])
t = time.perf_counter()
m = FairModel(name="compare", n_simulations=n, random_seed=42)
m.input_data("Loss Event Frequency", low=%r, mode=%r, high=%r)
m.input_data("Loss Magnitude", low=%r, mode=%r, high=%r)
m.calculate_all()
risk = m.export_results()["Risk"]
mean = float(risk.mean())
print(json.dumps({"seconds": time.perf_counter() - t, "mean": mean}))
""" % (*LEF, *LM)

NUMPY = """
import json, sys, time
import numpy as np
n = int(sys.argv[1])
rate, low, high, z95 = %r, %r, %r, %r
t = time.perf_counter()
rng = np.random.default_rng(42)
mu = (np.log(low) + np.log(high)) / 2
sigma = (np.log(high) - np.log(low)) / (2 * z95)
events = rng.poisson(rate, n)
losses = rng.lognormal(mu, sigma, int(events.sum()))
years = np.repeat(np.arange(n), events)
annual = np.bincount(years, weights=losses, minlength=n)
pct = np.percentile(annual, [10, 50, 90, 95, 99])
mean = float(annual.mean())
print(json.dumps({"seconds": time.perf_counter() - t, "mean": mean}))
""" % (RATE, LOW, HIGH, Z95)


def run_measured(cmd, stdin=None):
    """Runs cmd; returns (stdout, wall seconds, peak RSS in MiB) via wait4."""
    t = time.perf_counter()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.dup2(w, 1)
        os.close(r)
        if stdin is not None:
            fd, path = tempfile.mkstemp()
            os.write(fd, stdin)
            os.lseek(fd, 0, 0)
            os.dup2(fd, 0)
        os.execvp(cmd[0], cmd)
    os.close(w)
    chunks = []
    while True:
        b = os.read(r, 1 << 16)
        if not b:
            break
        chunks.append(b)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"compare: {' '.join(cmd)} failed")
    return b"".join(chunks), wall, usage.ru_maxrss / 1024


def ensure_venv():
    if not os.path.exists(PY):
        print("creating", VENV, "and installing pyfair and numpy from PyPI …", file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    try:
        subprocess.check_call([PY, "-c", "import pyfair, numpy"], stderr=subprocess.DEVNULL)
    except subprocess.CalledProcessError:
        subprocess.check_call([PY, "-m", "pip", "install", "-q", "pyfair", "numpy"])


def annexa_file(model, trials):
    """An Annexa file whose one quantified risk is `model`."""
    out = subprocess.check_output([CLI, "example"])
    doc = json.loads(out)
    a = doc["assessment"]
    if model == "pyfair":
        scenario = {
            "frequency": {"kind": "direct", "lef": {"kind": "three_point", "min": LEF[0], "most_likely": LEF[1], "max": LEF[2]}},
            "primary": {"kind": "three_point", "min": LM[0], "most_likely": LM[1], "max": LM[2]},
        }
    else:
        scenario = {
            "frequency": {"kind": "direct", "lef": {"kind": "fixed", "value": RATE}},
            "primary": {"kind": "range90", "low": LOW, "high": HIGH},
        }
    a["risks"][0]["quant"] = {"inherent": scenario}
    a["quant_settings"] = {"seed": 42, "trials": trials, "currency": "USD"}
    return json.dumps(doc).encode()


def pert_mean(lo, mode, hi):
    return (lo + 4 * mode + hi) / 6


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=1_000_000)
    args = ap.parse_args()
    n = args.trials
    os.makedirs(BENCH, exist_ok=True)
    ensure_venv()
    global CLI
    subprocess.check_call(["cargo", "build", "--quiet", "--profile", "worker", "-p", "annexa-cli", "--bin", "annexa"], cwd=ROOT)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    CLI = os.path.join(target, "worker", "annexa")

    sigma = (math.log(HIGH) - math.log(LOW)) / (2 * Z95)
    mu = (math.log(LOW) + math.log(HIGH)) / 2
    analytic = {
        "pyfair": pert_mean(*LEF) * pert_mean(*LM),
        "riskquant": RATE * math.exp(mu + sigma * sigma / 2),
    }
    # Monte Carlo standard error of the mean, for the agreement check.
    ex2 = math.exp(2 * mu + 2 * sigma * sigma)
    se = {"riskquant": math.sqrt(RATE * ex2 / n)}

    # Every implementation runs REPEATS times, each in its own process, in
    # this one invocation: the table gives the median time (and the range),
    # so that its ratios come from one run of the script. pyfair's own time
    # varies a lot from run to run (215-574 ms seen on one machine), so one
    # sample of it is not a ratio to quote.
    rows = []
    spread = {}

    def median_of(samples):
        samples = sorted(samples, key=lambda x: x[0])
        spread[len(rows)] = (samples[0][0], samples[-1][0])
        return samples[len(samples) // 2]

    for label, model, script in (("pyfair (LEF x LM, PERT x PERT)", "pyfair", PYFAIR),
                                 ("numpy, riskquant's model (Poisson x lognormal)", "riskquant", NUMPY)):
        samples = []
        for _ in range(REPEATS):
            out, wall, rss = run_measured([PY, "-c", script, str(n)])
            r = json.loads(out)
            samples.append((r["seconds"], rss, r["mean"]))
        secs, rss, mean = median_of(samples)
        rows.append((label, model, secs, rss, mean))
    for model, label in (("pyfair", "Annexa native, pyfair's inputs (Poisson x PERT)"), ("riskquant", "Annexa native, riskquant's model")):
        data = annexa_file(model, n)
        samples = []
        for _ in range(REPEATS):
            out, wall, rss = run_measured([CLI, "quant", "-", "--format", "json"], stdin=data)
            samples.append((wall, rss, json.loads(out)["portfolio_inherent"]["mean"]))
        secs, rss, mean = median_of(samples)
        rows.append((label, model, secs, rss, mean))
    wasm_path = os.path.join(BENCH, "quant-wasm.json")
    if os.path.exists(wasm_path):
        with open(wasm_path) as f:
            wasm = json.load(f)
        one = next((x for x in wasm if x["run"].startswith("1 scenario")), None)
        if one:
            rows.append(("Annexa WASM in Chromium, riskquant's model", "riskquant", one["median_ms"] / 1000,
                         None, one.get("mean")))
            wasm_mem = one.get("memory_bytes_per_trial")
    else:
        wasm_mem = None
        print("(no target/bench/quant-wasm.json: run `make bench-quant` for the WASM row)", file=sys.stderr)

    print(f"Side by side, {n:,} trials, one scenario, single thread")
    print(f"{'implementation':<50} {'time ms':>9} {'peak RSS MiB':>13} {'mean':>12} {'analytic':>12} {'vs numpy':>9}")
    numpy_s = next(r[2] for r in rows if r[1] == "riskquant")
    pyfair_s = rows[0][2]
    result = []
    for label, model, secs, rss, mean in rows:
        ref = pyfair_s if model == "pyfair" else numpy_s
        ratio = ref / secs if secs else float("nan")
        mem = "–" if rss is None else f"{rss:.1f}"
        if rss is None and wasm_mem is not None:
            mem = f"+{wasm_mem * n / 1048576:.1f} (heap)"
        lo, hi = spread.get(len(result), (secs, secs))
        print(f"{label:<50} {secs * 1000:>9.1f} {mem:>13} {mean:>12,.0f} {analytic[model]:>12,.0f} {ratio:>8.1f}x"
              f"  ({lo * 1000:.0f}-{hi * 1000:.0f} ms)")
        result.append({"implementation": label, "model": model, "ms": secs * 1000, "peak_rss_mib": rss,
                       "min_ms": lo * 1000, "max_ms": hi * 1000,
                       "mean": mean, "analytic_mean": analytic[model]})
    print(f"(time: the median of {REPEATS} runs, with their range; ratio: the Python implementation of the")
    print(" same model's median ÷ this row's median, all from this one run of the script; the WASM row")
    print(" comes from target/bench/quant-wasm.json, i.e. the last `make bench-quant`)")
    # The means agree within Monte Carlo error.
    for label, model, secs, rss, mean in rows:
        if mean is None:
            continue
        tol = 4 * se["riskquant"] if model == "riskquant" else 0.01 * analytic[model]
        ok = abs(mean - analytic[model]) < tol
        print(f"{'ok ' if ok else 'BAD'} {label}: mean {mean:,.0f} vs analytic {analytic[model]:,.0f} (tolerance {tol:,.0f})")
    with open(os.path.join(BENCH, "compare.json"), "w") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
