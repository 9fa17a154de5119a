#!/usr/bin/env bash
# Coverage-guided fuzzing (fuzz/, cargo-fuzz + libFuzzer on nightly Rust) of
# the import path, the CSV/XLSX exports, the spreadsheet import, the
# embedding config, share links, encrypted files and the Stage 1 documents.
#
#   scripts/fuzz.sh smoke          30 s per target, no sanitizer (make test)
#   scripts/fuzz.sh long [SECONDS] SECONDS per target (default 3600) with
#                                  AddressSanitizer (make fuzz)
#
# Without cargo-fuzz or a nightly toolchain it runs the stable-Rust fuzz
# loops instead (core/tests/reliability.rs: import and exports, encrypted
# files, documents; tests/fuzz_config.rs: embedding config, share links),
# each for a fixed number of executions: FUZZ_EXECUTIONS, default 20,000 per
# target for smoke and 1,000,000 for long. It checks each loop reached that
# number and prints the executions per target. Install both with
#   rustup toolchain install nightly && cargo install cargo-fuzz --locked
# A crash fails the run and leaves its input in fuzz/artifacts/<target>/;
# replay it with `cargo +nightly fuzz run <target> <file>`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
cd "$ANNEXA_ROOT"
mode="${1:-smoke}"
case "$mode" in
  smoke) seconds=30; sanitizer=none ;;
  long) seconds="${2:-3600}"; sanitizer=address ;;
  *) echo "usage: scripts/fuzz.sh smoke | long [SECONDS]" >&2; exit 2 ;;
esac

# The stable loops: "<package> <test file> <test name> <target>" each.
STABLE_LOOPS=(
  "annexa-core reliability stable_fuzz_loop_over_import_and_exports import"
  "annexa-core reliability stable_fuzz_loop_over_encrypted_files sealed"
  "annexa-core reliability stable_fuzz_loop_over_the_documents documents"
  "annexa fuzz_config stable_fuzz_loop_over_the_embedding_config config"
  "annexa fuzz_config stable_fuzz_loop_over_share_links share"
)

stable() {
  local why="$1" executions
  case "$mode" in
    smoke) executions="${FUZZ_EXECUTIONS:-20000}" ;;
    long) executions="${FUZZ_EXECUTIONS:-1000000}" ;;
  esac
  echo "fuzz: $why; running the stable fuzz loops, $executions executions per target"
  local summary=() line pkg file name target log runs start took
  for line in "${STABLE_LOOPS[@]}"; do
    read -r pkg file name target <<<"$line"
    log="$(mktemp)"
    start=$(date +%s)
    if ! ANNEXA_FUZZ_ITERATIONS="$executions" cargo test -q -p "$pkg" --test "$file" -- \
        --exact "$name" --nocapture >"$log" 2>&1; then
      tail -60 "$log"
      rm -f "$log"
      echo "fuzz: $target FAILED (stable loop $name)" >&2
      exit 1
    fi
    took=$(( $(date +%s) - start ))
    runs="$(sed -n 's/^.*fuzz loop: \([0-9]*\) executions.*$/\1/p' "$log" | tail -1)"
    rm -f "$log"
    if [ "${runs:-0}" != "$executions" ]; then
      echo "fuzz: $target ran ${runs:-no} executions, not $executions" >&2
      exit 1
    fi
    summary+=("fuzz: $target: $runs executions in ${took}s (stable loop), 0 crashes")
  done
  printf '%s\n' "${summary[@]}"
}

if ! cargo fuzz --version >/dev/null 2>&1; then
  stable "cargo-fuzz is not installed (cargo install cargo-fuzz --locked)"
  exit 0
fi
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  stable "no nightly Rust toolchain (rustup toolchain install nightly)"
  exit 0
fi

# Outside the clone, so the instrumented build survives fresh checkouts (CI).
target_dir="${ANNEXA_FUZZ_TARGET:-$ANNEXA_TOOLS/fuzz-target}"
summary=()
for t in import csv_export spreadsheet config share sealed documents; do
  corpus="fuzz/corpus/$t"
  mkdir -p "$corpus" "fuzz/artifacts/$t"
  seeds=()
  [ "$t" = import ] && seeds=(core/tests/fixtures)
  [ "$t" = spreadsheet ] && seeds=(e2e/fixtures)
  log="$(mktemp)"
  echo "fuzz: $t for ${seconds}s (sanitizer: $sanitizer)"
  status=0
  cargo +nightly fuzz run --fuzz-dir fuzz --target-dir "$target_dir" --sanitizer "$sanitizer" "$t" \
    "$corpus" "${seeds[@]}" -- \
    -max_total_time="$seconds" -dict=fuzz/annexa.dict -max_len=65536 -timeout=10 \
    -print_final_stats=1 -close_fd_mask=1 >"$log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  if [ "$status" != 0 ]; then
    tail -60 "$log"
    rm -f "$log"
    echo "fuzz: $t FAILED after ${runs:-?} executions; the input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  rm -f "$log"
  summary+=("fuzz: $t: ${runs:-?} executions in ${seconds}s, 0 crashes")
done
printf '%s\n' "${summary[@]}"
