// Issue 16, as a new user would: an asset register kept in a spreadsheet
// (foreign column names, foreign ids, type words, classification labels,
// criticality words) is uploaded on the Data page, mapped (one type the
// proposal does not know is mapped by hand in the value table), previewed,
// merged, and the merge undone. The spreadsheet reader is its own worker,
// loaded only now: the first visit did not fetch it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { start, newPage, ready } from '../harness.mjs';

const FIXTURE = fileURLToPath(new URL('../fixtures/asset-register.xlsx', import.meta.url));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('a new user: upload an XLSX asset register, map it, preview, merge, undo', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  assert.ok(!requested.some((p) => p.includes('annexa-files')), 'the first visit loads no spreadsheet reader');

  await page.goto(env.server.url + '#/data');
  await page.getByTestId('data-summary').waitFor();
  assert.match(await page.getByTestId('data-summary').textContent(), /8 asset\(s\)/);
  await page.getByTestId('import-file').setInputFiles(FIXTURE);

  // The proposal: rows are assets, Category is the type, Sensitivity the classification.
  const preview = page.getByTestId('sheet-preview');
  await preview.getByText(/4 new, 0 updated, 1 rejected/).waitFor({ timeout: 30_000 });
  assert.ok(requested.some((p) => p.includes('annexa-files')), 'the reader loads when a spreadsheet is picked');
  assert.equal(await page.locator('#sheet-kind').inputValue(), 'asset');
  assert.equal(await page.getByLabel('Field for column Category').inputValue(), 'asset_type');
  assert.equal(await page.getByLabel('Field for column Sensitivity').inputValue(), 'classification');
  assert.match(await preview.textContent(), /Line 6: "Gizmo" in asset_type has no Annexa value/);

  // Map the unknown type by hand: the row imports.
  await page.getByLabel('Value for Gizmo').selectOption({ label: 'Hardware' });
  await preview.getByText(/5 new, 0 updated, 0 rejected/).waitFor();

  await page.getByTestId('sheet-merge').click();
  await page.getByText('Imported asset-register.xlsx: 5 new, 0 updated.').waitFor();
  assert.match(await page.getByTestId('data-summary').textContent(), /13 asset\(s\), 8 risk\(s\)/);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText(/Restored the data before importing asset-register\.xlsx/).waitFor();
  assert.match(await page.getByTestId('data-summary').textContent(), /8 asset\(s\), 8 risk\(s\)/);
  assert.deepEqual(problems, []);
});
