#!/usr/bin/env bash
# Floors that only look down. Fails (exit 1, one line per fault) when:
#   1. a module of the web app imports a floor above its own;
#   2. code outside src/platform names web_sys or gloo;
#   3. annexa-core's manifest or dependency tree holds a web crate.
#
# The floors of the web app, top to bottom (ARCHITECTURE.md):
#   shell  >  pages  >  components  >  store  >  platform  >  domain
# A module may import its own floor and any floor below it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

faults=0
fault() { printf 'check-layers: %s\n' "$*"; faults=$((faults + 1)); }

rank() {
  case "$1" in
    shell) echo 5 ;; pages) echo 4 ;; components) echo 3 ;;
    store) echo 2 ;; platform) echo 1 ;; domain) echo 0 ;; *) echo -1 ;;
  esac
}

# 1. Upward imports. Every `crate::<floor>` path counts, also inside a
# grouped `use crate::{a::X, b::Y}` and in fully qualified calls.
while IFS= read -r file; do
  floor="${file#src/}"; floor="${floor%%/*}"; floor="${floor%.rs}"
  own=$(rank "$floor")
  [ "$own" -lt 0 ] && continue
  while IFS=: read -r line target; do
    [ -z "$target" ] && continue
    their=$(rank "$target")
    if [ "$their" -gt "$own" ]; then
      fault "$file:$line: the $floor floor imports crate::$target, a floor above it"
    fi
  done < <(perl -ne '
      next if m{^\s*//};
      while (m{crate::(\w+)}g) { print "$.:$1\n" }
      if (m/crate::\{([^}]*)/) { for my $p (split /,/, $1) { print "$.:$1\n" if $p =~ m/^\s*(\w+)::/ } }
    ' "$file")
  # `super::super::` climbs out of a floor without naming it.
  if grep -nE '^[^/]*super::super::' "$file" >/dev/null; then
    fault "$file: uses super::super; name the floor with crate:: instead"
  fi
done < <(find src -name '*.rs' -not -path 'src/bin/*' -not -name 'main.rs' -not -name 'lib.rs' | sort)

# 2. Only the platform floor touches the browser's APIs.
while IFS= read -r hit; do
  fault "$hit: web_sys/gloo outside src/platform"
done < <(grep -rnE '\b(web_sys|gloo)::' src --include='*.rs' | grep -v '^src/platform/' | grep -vE '^[^:]+:[0-9]+:\s*//' || true)

# 3. The core stays pure.
web_crates='yew|yew-router|web-sys|gloo|js-sys|wasm-bindgen|wasm-bindgen-futures|serde-wasm-bindgen'
if grep -nE "^\s*($web_crates)\s*=" core/Cargo.toml; then
  fault "core/Cargo.toml names a web crate"
fi
# Natively no web crate at all. On wasm32, rust_xlsxwriter's zip brings
# getrandom, which brings wasm-bindgen for its entropy source: allowed there,
# but still no UI crate.
ui_crates='yew|yew-router|web-sys|gloo|js-sys'
for target in "" "--target wasm32-unknown-unknown"; do
  banned="$web_crates"
  [ -n "$target" ] && banned="$ui_crates"
  # shellcheck disable=SC2086
  if tree=$(cargo tree -q --locked -p annexa-core -e normal --prefix none $target 2>/dev/null); then
    if bad=$(printf '%s\n' "$tree" | grep -E "^($banned) " | sort -u) && [ -n "$bad" ]; then
      fault "annexa-core depends on web crates ${target:+($target)}: $(echo $bad | tr '\n' ' ')"
    fi
  else
    fault "cargo tree -p annexa-core failed ${target:+($target)}"
  fi
done

# 4. The web app's main wasm (the annexa package without the `files`
# feature) links no document writer nor spreadsheet reader: those load on
# demand in the files worker (issues 15 and 17).
writers='rust_xlsxwriter|docx-rs|zip|calamine'
if tree=$(cargo tree -q --locked -p annexa -e normal --prefix none --target wasm32-unknown-unknown 2>/dev/null); then
  if bad=$(printf '%s\n' "$tree" | grep -E "^($writers) " | sort -u) && [ -n "$bad" ]; then
    fault "the main web app links the files worker's crates: $(echo $bad | tr '\n' ' '); put them behind the files feature"
  fi
else
  fault "cargo tree -p annexa failed (wasm32)"
fi

if [ "$faults" -gt 0 ]; then
  echo "check-layers: $faults fault(s); see ARCHITECTURE.md for the floors"
  exit 1
fi
echo "check-layers: floors look down only; web APIs only in src/platform; annexa-core is pure"
