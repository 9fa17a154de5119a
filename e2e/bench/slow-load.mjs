// Slow-load benchmark (not a test; issue 14): the first visit on a slow
// phone. Chromium's network is throttled through CDP to 1.6 Mbit/s down
// (MBPS=4 for issue 17's profile), 750 kbit/s up and 150 ms latency, its
// CPU slowed 4×, with the cache off.
// It measures, from the start of navigation:
//   - first paint: the first contentful paint (the static shell of
//     index.html: the name, the promise and "Loading…");
//   - working start page: the WebAssembly app mounted and its "Start new
//     assessment" button visible and enabled (clickable).
// The files are served brotli-compressed when the browser asks (as any
// production host would), from a small server on 127.0.0.1.
//
// Usage: [MBPS=1.6] node bench/slow-load.mjs [dist-dir] [runs]   (default ../dist, 3)
// Prints each run and the median of both times; nothing is asserted.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { launch } from '../harness.mjs';

const DIST = resolve(process.argv[2] || resolve(import.meta.dirname, '..', '..', 'dist'));
const RUNS = Number(process.argv[3] || process.env.RUNS || 3);
// Download speed in Mbit/s: 1.6 (a slow 3G phone, issue 14) unless MBPS says.
const MBPS = Number(process.env.MBPS || 1.6);
if (!(MBPS > 0)) throw new Error(`MBPS must be a positive number of Mbit/s, not ${process.env.MBPS}`);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};
const compressed = new Map();
let sent = 0;

const server = createServer(async (req, res) => {
  try {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    let file = normalize(join(DIST, decodeURIComponent(path)));
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    if (/\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      const br = compressed.get(file);
      sent += br.length;
      res.writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': br.length }).end(br);
    } else {
      sent += body.length;
      res.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
    }
  } catch {
    res.writeHead(404).end('not found');
  }
});
// Compress every file before the first run, so no run waits for it.
for (const entry of await readdir(DIST, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  compressed.set(file, brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await launch();
const results = [];
for (let run = 1; run <= RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (MBPS * 1000 * 1000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  sent = 0;
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  // The app is working when its start button is rendered, visible and enabled.
  const startMs = await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('.annexa main button')]
      .find((x) => x.textContent.includes('Start new assessment'));
    return b && !b.disabled && b.offsetParent !== null ? performance.now() : false;
  }, null, { timeout: 180_000, polling: 'raf' }).then((h) => h.jsonValue());
  const firstPaintMs = await page.evaluate(() => {
    const p = performance.getEntriesByType('paint');
    return (p.find((e) => e.name === 'first-contentful-paint') || p.find((e) => e.name === 'first-paint'))?.startTime ?? null;
  });
  const shell = await page.evaluate(() => document.body.innerText.slice(0, 60).replace(/\s+/g, ' '));
  results.push({ firstPaintMs, startMs, sent });
  console.log(`run ${run}: first paint ${Math.round(firstPaintMs)} ms, working start page ${Math.round(startMs)} ms, ${(sent / 1024).toFixed(0)} KiB transferred (page now reads "${shell}…")`);
  await context.close();
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`slow load (${DIST}; ${MBPS} Mbit/s, 150 ms, CPU ×4; median of ${RUNS}): first paint ${Math.round(median(results.map((r) => r.firstPaintMs)))} ms, working start page ${Math.round(median(results.map((r) => r.startMs)))} ms`);
