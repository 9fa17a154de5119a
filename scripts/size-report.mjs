// Prints the release bundle's sizes (raw, gzip -9, brotli -q 11) in three
// parts, so that a first visit's bytes can be watched:
//
// - first visit: index.html, the service worker (sw.js, sw-assets.js) and
//   every file sw-assets.js lists (scripts/post-build.py writes it): the
//   page's own chain and the service worker's precache, which a first
//   visit downloads whether or not the page needs it yet;
// - each module loaded on demand, apart: the simulation worker
//   (annexa-worker*: its wasm loads on the first run) and the files worker
//   (annexa-files*: the XLSX/DOCX writers and spreadsheet readers) and the
//   catalogue prose (annexa-prose-*: threat and vulnerability texts);
// - the embedding example (embed-example*), which the app never loads.
//
// A file that the first visit loads counts there even when its name looks
// like a module's (e.g. the simulation worker's small loader and glue, which
// the service worker precaches so that the simulation works offline).
// Usage: node scripts/size-report.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

// The service worker's precache list: the `'./name'` entries of the
// `assets: [...]` list of sw-assets.js (its `onDemand` list is kept only
// when used, or when the user asks).
const listed = new Set(['index.html', 'sw.js', 'sw-assets.js']);
const swAssets = join(dist, 'sw-assets.js');
if (existsSync(swAssets)) {
  const precache = /assets: \[([^\]]*)\]/.exec(readFileSync(swAssets, 'utf8'));
  if (!precache) throw new Error(`${swAssets} has no "assets: [...]" list; rebuild (scripts/post-build.py writes it)`);
  for (const m of precache[1].matchAll(/'\.\/([^']+)'/g)) listed.add(m[1]);
} else {
  console.warn('sw-assets.js is missing: the first visit is guessed from the file names');
}
const MODULES = [
  ['on demand: simulation worker', /^annexa-worker/],
  ['on demand: files worker', /^annexa-files/],
  // The catalogue prose (annexa-prose-<hash>.js): loaded by the risk
  // editor and the treatment pages; its stable re-export is precached.
  ['on demand: catalogue prose', /^annexa-prose-/],
  ['not loaded: embedding example', /^embed-example/],
];
const groupOf = (name) => {
  if (listed.has(name) && (existsSync(swAssets) || !/worker|files/.test(name))) return 'first visit';
  const m = MODULES.find(([, re]) => re.test(name));
  return m ? m[0] : 'first visit';
};

const groups = new Map([['first visit', []], ...MODULES.map(([g]) => [g, []])]);
// Every file, in subfolders too (wasm-bindgen's snippets/), named by its
// path from dist/ as sw-assets.js names it.
const files = readdirSync(dist, { recursive: true })
  .map((name) => name.split('\\').join('/'))
  .filter((name) => statSync(join(dist, name)).isFile())
  .sort();
for (const name of files) {
  // annexa-wasm-*.js is the WebAssembly module wrapped in a JS module (see
  // scripts/post-build.py), so it counts as wasm.
  const wasm = name.endsWith('.wasm') || /-wasm-/.test(name);
  const kind = wasm ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css'
    : name.endsWith('.html') ? 'html' : name.endsWith('.svg') || name.endsWith('.webmanifest') ? 'other' : null;
  if (!kind) continue;
  const data = readFileSync(join(dist, name));
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  groups.get(groupOf(name)).push([kind, name, data.length, gz, br]);
}
console.log('Size report (release build)');
const line = (a, b, raw, gz, br) => console.log(`${a.padEnd(5)} ${b.padEnd(44)} ${kb(raw).padStart(11)} ${kb(gz).padStart(11)} ${kb(br).padStart(11)}`);
console.log(`${'kind'.padEnd(5)} ${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
const summary = [];
for (const [group, rows] of groups) {
  if (rows.length === 0) continue;
  console.log(`-- ${group}`);
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, name, raw, gz, br] of rows) {
    line(kind, name, raw, gz, br);
    sum.raw += raw; sum.gzip += gz; sum.brotli += br;
  }
  line('', `${group} total`, sum.raw, sum.gzip, sum.brotli);
  summary.push([group, sum]);
}
console.log('-- summary (brotli)');
for (const [group, sum] of summary) console.log(`${group.padEnd(50)} ${kb(sum.brotli).padStart(11)}`);
