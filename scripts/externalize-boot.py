#!/usr/bin/env python3
"""Trunk post-build hook: move Trunk's inline boot script into a file.

Trunk writes a small inline <script type="module"> that loads the wasm. The
shipped Content-Security-Policy forbids inline scripts ('unsafe-inline'), so
this hook moves that script into boot-<hash>.js next to index.html and
references it with a subresource-integrity hash. It runs on every
`trunk build` and `trunk serve` through Trunk.toml's [[hooks]].
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("externalize-boot: TRUNK_STAGING_DIR is not set; run this from Trunk's post_build hook")
index = os.path.join(staging, "index.html")
with open(index, encoding="utf-8") as f:
    html = f.read()

pattern = re.compile(r'<script type="module">(.*?)</script>', re.S)
matches = pattern.findall(html)
if len(matches) != 1:
    sys.exit(f"externalize-boot: expected one inline module script in index.html, found {len(matches)}")
body = "\n".join(line for line in matches[0].strip().splitlines() if line.strip()) + "\n"
data = body.encode("utf-8")
name = f"boot-{hashlib.sha256(data).hexdigest()[:16]}.js"
with open(os.path.join(staging, name), "wb") as f:
    f.write(data)
sri = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
tag = f'<script type="module" src="./{name}" integrity="{sri}" crossorigin="anonymous"></script>'
html = pattern.sub(lambda _: tag, html, count=1)
with open(index, "w", encoding="utf-8") as f:
    f.write(html)
