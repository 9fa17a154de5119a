# Sourced by the other scripts (and by you: `source scripts/env.sh`).
# Puts the tools that scripts/tools.sh installs first on PATH.
ANNEXA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ANNEXA_ROOT
export ANNEXA_TOOLS="${ANNEXA_TOOLS:-$HOME/.cache/annexa-tools}"
export TRUNK_VERSION=0.22.1
export BINARYEN_VERSION=132
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$ANNEXA_ROOT/Cargo.toml")"
export WASM_BINDGEN_VERSION
export PATH="$ANNEXA_TOOLS/npm/node_modules/.bin:$ANNEXA_TOOLS/cargo/bin:$HOME/.cargo/bin:$PATH"
# One shared target/ for every step.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ANNEXA_ROOT/target}"
