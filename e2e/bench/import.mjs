// Spreadsheet import benchmark in Chromium (not a test): the release build
// reads target/bench/import-60k.xlsx (written by `cargo bench -p
// annexa-core --features spreadsheets --bench import`: 10,000 assets and
// 50,000 risks) through the Data page as a user would. It times, from the
// file choice to the preview on screen: the asset sheet (proposed mapping,
// 10,000 new), then, after Merge, the risk register sheet (50,000 new).
// Run: node e2e/bench/import.mjs (after trunk build --release).
import { resolve } from 'node:path';
import { start, newPage, ready } from '../harness.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FILE = resolve(ROOT, 'target', 'bench', 'import-60k.xlsx');

const env = await start();
const { page, problems } = await newPage(env.browser);
await page.goto(env.server.url + '#/data');
await ready(page);
const preview = page.getByTestId('sheet-preview');

let t = Date.now();
await page.getByTestId('import-file').setInputFiles(FILE);
await preview.getByText(/10000 new, 0 updated, 0 rejected/).waitFor({ timeout: 600_000 });
const assets = Date.now() - t;
t = Date.now();
await page.getByTestId('sheet-merge').click();
await page.getByText(/Imported import-60k\.xlsx: 10000 new/).waitFor({ timeout: 600_000 });
const merge = Date.now() - t;

t = Date.now();
await page.getByTestId('import-file').setInputFiles(FILE);
await preview.getByText(/10000 (new|updated)/).waitFor({ timeout: 600_000 });
await page.locator('#sheet-pick').selectOption('Risk register');
await page.waitForFunction(() => {
  const m = /(\d+) new, (\d+) updated, (\d+) rejected/.exec(document.querySelector('[data-testid="sheet-preview"]')?.textContent || '');
  return m && Number(m[1]) + Number(m[2]) + Number(m[3]) === 50000;
}, null, { timeout: 600_000 });
const risks = Date.now() - t;
const counts = await preview.locator('p[role="status"]').textContent();

console.log('Spreadsheet import in Chromium (release build), file choice to preview:');
console.log(`  10,000 assets (XLSX sheet "Assets"):           ${(assets / 1000).toFixed(1)} s`);
console.log(`  merge of the 10,000 assets:                    ${(merge / 1000).toFixed(1)} s`);
console.log(`  50,000 risks (the same file, sheet picked):    ${(risks / 1000).toFixed(1)} s (${counts})`);
if (problems.length) console.log('page problems:', problems);
await env.close();
