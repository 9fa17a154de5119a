#!/usr/bin/env bash
# `make run`: builds the app and serves it at http://127.0.0.1:$PORT (8080).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/tools.sh" build
source "$here/env.sh"
cd "$ANNEXA_ROOT"
port="${PORT:-8080}"
echo "Annexa: serving on http://127.0.0.1:$port (Ctrl-C stops)"
# No live reload: Trunk injects it as an inline script, which the strict
# Content-Security-Policy of index.html refuses (a console error on every
# page). Trunk still rebuilds on save; reload the page to see the change.
exec trunk serve --address 127.0.0.1 --port "$port" --no-autoreload true ${RELEASE:+--release}
