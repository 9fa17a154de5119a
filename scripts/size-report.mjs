// Prints the release bundle's sizes: wasm raw, gzip and brotli; JS; CSS.
// Usage: node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] || 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const rows = [];
const totals = { raw: 0, gzip: 0, brotli: 0 };
for (const name of readdirSync(dist).sort()) {
  // annexa-wasm-*.js is the WebAssembly module wrapped in a JS module (see
  // scripts/post-build.py), so it counts as wasm.
  const kind = name.endsWith('.wasm') || name.startsWith('annexa-wasm-') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : name.endsWith('.html') ? 'html' : null;
  if (!kind) continue;
  const data = readFileSync(join(dist, name));
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push([kind, name, data.length, gz, br]);
  totals.raw += data.length; totals.gzip += gz; totals.brotli += br;
}
console.log('Size report (release build)');
console.log(`${'kind'.padEnd(5)} ${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
for (const [kind, name, raw, gz, br] of rows) {
  console.log(`${kind.padEnd(5)} ${name.padEnd(44)} ${kb(raw).padStart(11)} ${kb(gz).padStart(11)} ${kb(br).padStart(11)}`);
}
console.log(`${'total'.padEnd(50)} ${kb(totals.raw).padStart(11)} ${kb(totals.gzip).padStart(11)} ${kb(totals.brotli).padStart(11)}`);
