#!/usr/bin/env python3
"""Trunk post-build hook: make the build CSP-strict, embeddable and offline.

Runs on every `trunk build` and `trunk serve` (Trunk.toml [[hooks]]) on
Trunk's staging directory, after Trunk has hashed the file names:

1. Removes Trunk's inline boot <script> (the CSP forbids 'unsafe-inline')
   and its <link rel="preload" as="fetch"> of the .wasm.
2. Wraps the .wasm in a JavaScript module, annexa-wasm-<hash>.js, whose
   default export is the bytes as a Latin-1 string, and deletes the .wasm.
   www/annexa.js compiles it with WebAssembly.compile, so nothing is ever
   fetched with fetch(): the page's CSP can say connect-src 'none' (and a
   host page needs no connect-src either). Brotli makes it about 3 % larger
   than the raw .wasm; streaming compilation is given up. The simulation
   worker's wasm is wrapped the same way, in a classic script that its
   loader (annexa-worker_loader.js) imports.
3. Writes annexa-embed.js (a stable name) that re-exports this build's
   hashed wasm-bindgen glue, the wasm module and the stylesheet URL for
   www/annexa.js (copied by Trunk, the public embedding module).
4. Writes boot-<hash>.js (`startPage()` through annexa.js) and references
   it from index.html with subresource integrity, plus <link
   rel="modulepreload"> with integrity for every module of the chain.
4b. Writes annexa-prose-<hash>.js (the catalogue prose, on demand) and
   annexa-prose.js (a stable re-export of it).
5. Writes sw-assets.js: the cache list and version for www/sw.js (the
   service worker, copied by Trunk), i.e. every file of the app shell.
"""
import base64
import hashlib
import json
import os
import re
import sys

NAME = "post-build"
staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit(f"{NAME}: TRUNK_STAGING_DIR is not set; run this from Trunk's post_build hook")


def fail(message):
    sys.exit(f"{NAME}: {message}")


def path(name):
    return os.path.join(staging, name)


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


index_path = path("index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

# 1. Trunk's inline boot script names the glue and the wasm.
boot_pattern = re.compile(r'<script type="module">(.*?)</script>', re.S)
boots = boot_pattern.findall(html)
if len(boots) != 1:
    fail(f"expected one inline module script in index.html, found {len(boots)}")
glue_match = re.search(r"from '\./([\w.-]+\.js)'", boots[0])
wasm_match = re.search(r"module_or_path: '\./([\w.-]+\.wasm)'", boots[0])
if not glue_match or not wasm_match:
    fail("Trunk's boot script no longer names the glue and the .wasm as expected; update this hook")
glue, wasm_name = glue_match.group(1), wasm_match.group(1)
html = boot_pattern.sub("", html, count=1)
preload = re.compile(r'<link rel="preload" href="\./' + re.escape(wasm_name) + r'"[^>]*>')
html, n = preload.subn("", html)
if n != 1:
    fail(f"expected one <link rel=preload> of {wasm_name}, found {n}")

css_match = re.search(r'<link rel="stylesheet" href="\./(annexa-[0-9a-f]+\.css)"', html)
if not css_match:
    fail("index.html does not link annexa-<hash>.css; keep www/annexa.css as a data-trunk css link")
stylesheet = css_match.group(1)
if not os.path.exists(path("annexa.js")):
    fail('annexa.js is missing; index.html must copy it with <link data-trunk rel="copy-file" href="www/annexa.js">')

# 2. The wasm as a module of Latin-1 text: one character per byte, with only
# the characters a JavaScript string literal cannot hold as they are escaped.
ESCAPES = {0x5C: "\\\\", 0x22: '\\"', 0x0A: "\\n", 0x0D: "\\r"}


def wrap_wasm(wasm_path, what, assignment, prefix):
    """Replaces the .wasm at wasm_path by a script whose text is
    `<assignment>"<the bytes as Latin-1>";`, named <prefix>-<hash>.js."""
    with open(wasm_path, "rb") as f:
        literal = "".join(ESCAPES.get(b) or chr(b) for b in f.read())
    script = (
        f"// {what} as a Latin-1 string (one character per byte),\n"
        "// so that loading it needs script-src only, never connect-src.\n"
        f'{assignment}"{literal}";\n'
    ).encode("utf-8")
    name = f"{prefix}-{short_hash(script)}.js"
    write(name, script)
    os.remove(wasm_path)
    return name


wasm_js = wrap_wasm(path(wasm_name), "Annexa's WebAssembly module", "export default ", "annexa-wasm")

# 2b. The simulation worker (Trunk: data-type="worker" data-loader-shim) the
# same way: its wasm becomes a classic script that sets a Latin-1 string,
# and the loader (a stable name) imports the glue and that script and
# instantiates the bytes, so the worker never fetches either, whatever
# connect-src the server sends with it.
WORKERS = [
    ("annexa-worker", "The simulation worker's WebAssembly", "ANNEXA_WORKER_WASM"),
    # The files worker (spreadsheet import): created only when the user
    # picks a spreadsheet, and left out of the service worker's precache.
    ("annexa-files", "The files worker's WebAssembly", "ANNEXA_FILES_WASM"),
]
for WORKER, what, global_name in WORKERS:
    worker_wasm_path = path(f"{WORKER}_bg.wasm")
    if not os.path.exists(worker_wasm_path):
        fail(f"{WORKER}_bg.wasm is missing; index.html must build the worker (data-bin=\"{WORKER}\" data-type=\"worker\")")
    worker_wasm_js = wrap_wasm(worker_wasm_path, what, f"self.{global_name} = ", f"{WORKER}-wasm")
    loader = (
        f"// Generated by scripts/post-build.py: the {WORKER} worker's loader.\n"
        f"importScripts('./{WORKER}.js', './{worker_wasm_js}');\n"
        "(() => {\n"
        f"  const text = self.{global_name};\n"
        f"  delete self.{global_name};\n"
        "  const bytes = new Uint8Array(text.length);\n"
        "  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);\n"
        "  wasm_bindgen({ module_or_path: bytes });\n"
        "})();\n"
    ).encode("utf-8")
    write(f"{WORKER}_loader.js", loader)

# 2c. The catalogue prose (threat and vulnerability descriptions, control
# rationales), which the main wasm leaves out (annexa-core without the
# `embedded-prose` feature): annexa-prose-<hash>.js, whose default export
# is core/data/prose.en.json as one JSON string, and a stable
# annexa-prose.js that re-exports it. The app imports the stable name with
# import() when a page needs the prose (platform::prose), so it needs
# script-src only. The service worker precaches only the small stable
# module; the hashed one is cached when first used.
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
prose_path = os.path.join(repo, "core", "data", "prose.en.json")
try:
    with open(prose_path, encoding="utf-8") as f:
        prose_text = json.dumps(json.load(f), ensure_ascii=False, separators=(",", ":"))
except (OSError, ValueError) as e:
    fail(f"cannot read the catalogue prose {prose_path}: {e}")
prose_module = (
    "// Generated by scripts/post-build.py from core/data/prose.en.json:\n"
    "// the catalogue prose, loaded on demand (platform::prose).\n"
    f"export default {json.dumps(prose_text, ensure_ascii=False)};\n"
).encode("utf-8")
prose_name = f"annexa-prose-{short_hash(prose_module)}.js"
write(prose_name, prose_module)
write("annexa-prose.js", (
    "// Generated by scripts/post-build.py: this build's catalogue prose.\n"
    f"export {{ default }} from './{prose_name}';\n"
).encode("utf-8"))

# 3. The stable module that names this build's hashed files.
embed = (
    "// Generated by scripts/post-build.py: this build's hashed files, for annexa.js.\n"
    f"export {{ default as init, mount, startPage }} from './{glue}';\n"
    f"export {{ default as wasm }} from './{wasm_js}';\n"
    f"export const stylesheet = new URL('./{stylesheet}', import.meta.url).href;\n"
).encode("utf-8")
write("annexa-embed.js", embed)

# 4. The boot script and the module preloads, all with integrity.
boot = b"import { startPage } from './annexa.js';\n\nstartPage();\n"
boot_name = f"boot-{short_hash(boot)}.js"
write(boot_name, boot)


def read(name):
    with open(path(name), "rb") as f:
        return f.read()


tags = [f'<script type="module" src="./{boot_name}" integrity="{sri(boot)}" crossorigin="anonymous"></script>']
for name in ("annexa.js", "annexa-embed.js", wasm_js):
    tags.append(f'<link rel="modulepreload" href="./{name}" integrity="{sri(read(name))}" crossorigin="anonymous">')
html = html.replace("</head>", "\n    ".join(["", *tags]) + "\n  </head>", 1)
# Trunk leaves blank lines where its data-trunk links were.
html = re.sub(r"\n(?:[ \t]*\n)+", "\n", html)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

# 5. The service worker's cache lists: every file of the app shell (not the
# service worker itself, nor the embedding example), and apart the modules
# loaded on demand (the files worker, the simulation worker's wasm, the
# catalogue prose): sw.js keeps those when they are first used, or all of
# them when the user asks, so a first visit does not download them.
skip = {"sw.js", "sw-assets.js"}
assets = []
on_demand = []
for root, dirs, files in os.walk(staging):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for name in files:
        rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
        # The files worker and the simulation worker (loader, glue and wasm)
        # load on demand (a spreadsheet, a document, a simulation run), so
        # a first visit does not download them for the cache either; each
        # is kept when first used, so it then works offline. (The
        # simulation worker's loader and glue were precached alone before:
        # 3.4 KiB brotli that could not run offline without the wasm.)
        # The catalogue prose (annexa-prose-<hash>.js) likewise: only its
        # small stable re-export is precached.
        if name.startswith(".") or rel in skip or rel.startswith("embed-example"):
            continue
        if rel.startswith(("annexa-files", "annexa-worker", "annexa-prose-")):
            # Kept when first used, or all at once when the user asks
            # (Data page, "Keep everything for offline use").
            on_demand.append(rel)
            continue
        assets.append(rel)
assets.sort()
on_demand.sort()
version = hashlib.sha256()
for rel in assets + on_demand:
    version.update(rel.encode() + b"\0" + read(rel) + b"\0")


def listing(files):
    return "".join(f"    './{rel}',\n" for rel in files)


sw_assets = (
    "// Generated by scripts/post-build.py: the files sw.js caches for offline use\n"
    "// (assets: on install; onDemand: when first used, or all when asked).\n"
    "self.ANNEXA_BUILD = {\n"
    f"  version: '{version.hexdigest()[:16]}',\n"
    "  assets: [\n"
    f"{listing(assets)}"
    "  ],\n"
    "  onDemand: [\n"
    f"{listing(on_demand)}"
    "  ],\n"
    "};\n"
).encode("utf-8")
write("sw-assets.js", sw_assets)
if not os.path.exists(path("sw.js")):
    fail('sw.js is missing; index.html must copy it with <link data-trunk rel="copy-file" href="www/sw.js">')
