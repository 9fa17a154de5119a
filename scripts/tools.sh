#!/usr/bin/env bash
# Installs whatever Annexa's build (and, with `test`, its tests) needs and is
# missing, under a cached prefix outside the clone. Idempotent: when all is
# there it only checks versions and returns in about a second.
#
#   scripts/tools.sh build   wasm32 target, Trunk, wasm-bindgen-cli, wasm-opt
#   scripts/tools.sh test    the above + Chromium, ChromeDriver, npm dev deps
#
# Source scripts/env.sh to get the same PATH in your shell.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/env.sh
source "$here/env.sh"
mode="${1:-build}"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk: ~8 minutes to compile once on 2 cores; the profile overrides halve it.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION into $ANNEXA_TOOLS/cargo (once, ~8 min)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    env -u CARGO_TARGET_DIR cargo install "trunk@$TRUNK_VERSION" --locked --ignore-rust-version \
    --no-default-features --features rustls --root "$ANNEXA_TOOLS/cargo"
fi

# wasm-bindgen-cli must equal the `wasm-bindgen = "=X"` pin in Cargo.toml.
# Not --locked: its lockfile names a crate version the registry lacks.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION into $ANNEXA_TOOLS/cargo (once, ~5 min)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    env -u CARGO_TARGET_DIR cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" --force --root "$ANNEXA_TOOLS/cargo"
fi

# wasm-opt from npm binaryen: the first release that reads what this
# wasm-bindgen emits (Debian's binaryen is too old).
if [ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version $BINARYEN_VERSION (version_$BINARYEN_VERSION)" ]; then
  say "installing binaryen@$BINARYEN_VERSION (wasm-opt) into $ANNEXA_TOOLS/npm"
  mkdir -p "$ANNEXA_TOOLS/npm"
  npm install --no-audit --no-fund --prefix "$ANNEXA_TOOLS/npm" "binaryen@$BINARYEN_VERSION"
fi

if [ "$mode" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
  # npm dev dependencies of the end-to-end tests, from the committed lockfile.
  lock="$ANNEXA_ROOT/e2e/package-lock.json"
  stamp="$ANNEXA_ROOT/e2e/node_modules/.annexa-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
    say "installing the e2e npm dependencies (npm ci)"
    (cd "$ANNEXA_ROOT/e2e" && npm ci --no-audit --no-fund)
    cp "$lock" "$stamp"
  fi
fi

# Trunk builds offline: every crate must already be in cargo's cache.
cargo fetch --manifest-path "$ANNEXA_ROOT/Cargo.toml" --quiet
