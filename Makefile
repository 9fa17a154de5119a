# The two commands of the README. Both install what is missing first.
PORT ?= 8080
# The recipes source scripts/env.sh, which is bash.
SHELL := /bin/bash

.PHONY: run test build cli bench bench-domain bench-quant bench-compare fuzz
run:            ## build and serve at http://127.0.0.1:$(PORT)
	PORT=$(PORT) scripts/run.sh

test:           ## fmt, clippy, native + browser tests, release build, e2e, size report
	scripts/test.sh

build:          ## release build into dist/
	scripts/tools.sh build && . scripts/env.sh && trunk build --release

cli:            ## the native command-line tool
	cargo build --release -p annexa-cli

bench: bench-domain ## the domain benchmark, then the render benchmark: 1,000 assets and 5,000 risks in the release build (Chromium)
	scripts/tools.sh test && . scripts/env.sh && cargo build --release -p annexa-cli && trunk build --release && node e2e/bench/render.mjs

bench-domain:   ## parse, score, SoA, lint, recommend at 1k/10k/50k risks with the scaling exponent, and the edit path (native)
	cargo bench -p annexa-core --bench domain

fuzz:           ## fuzzing of import, exports, config, share links, encrypted files, documents: an hour per target with cargo-fuzz and nightly (FUZZ_SECONDS=…), else the stable loops, 10^6 executions per target (FUZZ_EXECUTIONS=…)
	scripts/fuzz.sh long $(or $(FUZZ_SECONDS),3600)

bench-quant:    ## quantitative simulation: native (cargo bench) and WASM in Chromium (release build)
	scripts/tools.sh test && . scripts/env.sh && cargo bench -p annexa-core --bench quant && trunk build --release && node e2e/bench/quant.mjs

bench-compare:  ## Annexa next to pyfair and a numpy riskquant model (venv under target/bench)
	. scripts/env.sh && python3 benches/compare.py
