// Prints the release bundle's sizes: wasm raw, gzip and brotli; JS; CSS.
// The files a first visit loads and the modules loaded on demand (the
// simulation worker, and any other `*-worker*` or `annexa-files*` module)
// are listed and totalled apart, so a first visit's bytes can be watched.
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
// A module loaded on demand: a worker's glue, loader or wasm, or the
// on-demand files module.
const onDemand = (name) => /(^|-)worker([-_.]|$)/.test(name) || name.startsWith('annexa-files');
const groups = { 'first visit': [], 'on demand': [] };
for (const name of readdirSync(dist).sort()) {
  // annexa-wasm-*.js is the WebAssembly module wrapped in a JS module (see
  // scripts/post-build.py), so it counts as wasm.
  const wasm = name.endsWith('.wasm') || /-wasm-/.test(name);
  const kind = wasm ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : name.endsWith('.html') ? 'html' : null;
  if (!kind) continue;
  const data = readFileSync(join(dist, name));
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  groups[onDemand(name) ? 'on demand' : 'first visit'].push([kind, name, data.length, gz, br]);
}
console.log('Size report (release build)');
const line = (a, b, raw, gz, br) => console.log(`${a.padEnd(5)} ${b.padEnd(44)} ${kb(raw).padStart(11)} ${kb(gz).padStart(11)} ${kb(br).padStart(11)}`);
console.log(`${'kind'.padEnd(5)} ${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
const totals = { raw: 0, gzip: 0, brotli: 0 };
for (const [group, rows] of Object.entries(groups)) {
  console.log(`-- ${group}`);
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, name, raw, gz, br] of rows) {
    line(kind, name, raw, gz, br);
    sum.raw += raw; sum.gzip += gz; sum.brotli += br;
  }
  line('', `${group} total`, sum.raw, sum.gzip, sum.brotli);
  totals.raw += sum.raw; totals.gzip += sum.gzip; totals.brotli += sum.brotli;
}
console.log(`${'total'.padEnd(50)} ${kb(totals.raw).padStart(11)} ${kb(totals.gzip).padStart(11)} ${kb(totals.brotli).padStart(11)}`);
