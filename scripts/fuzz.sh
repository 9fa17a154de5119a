#!/usr/bin/env bash
# Coverage-guided fuzzing (fuzz/, cargo-fuzz + libFuzzer on nightly Rust) of
# the import path, the CSV/XLSX exports and the spreadsheet import.
#
#   scripts/fuzz.sh smoke          30 s per target, no sanitizer (make test)
#   scripts/fuzz.sh long [SECONDS] SECONDS per target (default 3600) with
#                                  AddressSanitizer (make fuzz)
#
# Without cargo-fuzz or a nightly toolchain it says so and exits 0: the
# stable-Rust fuzz loop in core/tests/reliability.rs covers the same entry points
# in every `cargo test`. Install both with
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

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: SKIPPED, cargo-fuzz is not installed (cargo install cargo-fuzz --locked); core/tests/reliability.rs ran the stable fuzz loop instead"
  exit 0
fi
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz: SKIPPED, no nightly Rust toolchain (rustup toolchain install nightly); core/tests/reliability.rs ran the stable fuzz loop instead"
  exit 0
fi

# Outside the clone, so the instrumented build survives fresh checkouts (CI).
target_dir="${ANNEXA_FUZZ_TARGET:-$ANNEXA_TOOLS/fuzz-target}"
summary=()
for t in import csv_export spreadsheet; do
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
