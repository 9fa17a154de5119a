#!/usr/bin/env bash
# `make test`: everything, in order, failing on the first red step:
# format, the layer check (scripts/check-layers.sh), clippy (native and wasm32), native tests (domain, CLI, SSR,
# reliability with its stable fuzz loop), a 60-second cargo-fuzz smoke run
# (skipped with a message where cargo-fuzz or nightly Rust is missing),
# wasm-bindgen tests in headless Chromium, the release build, the end-to-end
# tests against dist/, and a size report.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/tools.sh" test
source "$here/env.sh"
cd "$ANNEXA_ROOT"

timings=()
step() {
  local name="$1"; shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  local t0=$SECONDS
  "$@"
  timings+=("$(printf '%-34s %4ds' "$name" $((SECONDS - t0)))")
}

step "cargo fmt --check" cargo fmt --all -- --check
step "layers (floors look down)" "$here/check-layers.sh"
step "clippy (native)" cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32)" cargo clippy --workspace --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "cargo test (native)" cargo test --workspace --locked
step "fuzz smoke (cargo fuzz 30 s per target, else the stable loops)" "$here/fuzz.sh" smoke
step "wasm-bindgen-test (Chromium)" env \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$(command -v chromedriver)" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked -p annexa --target wasm32-unknown-unknown --test browser
step "trunk build --release" trunk build --release
step "end-to-end (Playwright)" npm --prefix e2e test --silent
step "size report" node scripts/size-report.mjs dist

printf '\n\033[1m== timings\033[0m\n'
printf '%s\n' "${timings[@]}"
