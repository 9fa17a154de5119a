// The app shell: every route by clicking, Back, export → clear → import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, newPage, ready, artifact } from '../harness.mjs';

const ROUTES = [
  ['Start', '#/', 'Annexa: ISO/IEC 27001 risk workbench'],
  ['Context', '#/context', 'Context & scope'],
  ['Assets', '#/assets', 'Assets'],
  ['Risks', '#/risks', 'Risks'],
  ['Treatment', '#/treatment', 'Treatment'],
  ['SoA', '#/soa', 'Statement of Applicability'],
  ['Gap check', '#/gap-check', 'Quick gap check'],
  ['Data', '#/data', 'Data & reports'],
];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('every route is reachable by clicking, with its heading, and Back works', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  for (const [label, hash, heading] of ROUTES) {
    await page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + label) }).click();
    await page.waitForFunction((h) => location.hash === h, hash);
    assert.equal(await page.locator('main h1').textContent(), heading, `heading of ${hash}`);
    await page.screenshot({ path: artifact(`route-${hash.replace(/[#/]/g, '') || 'start'}.png`), fullPage: true });
  }
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/gap-check');
  assert.equal(await page.locator('main h1').textContent(), 'Quick gap check');
  assert.deepEqual(problems, []);
  await context.close();
});

test('navigation works with the keyboard alone', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  const assets = page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: 'Assets', exact: true });
  await assets.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/assets');
  assert.equal(await page.locator('main h1').textContent(), 'Assets');
  assert.deepEqual(problems, []);
  await context.close();
});

test('export JSON, clear all data, import it back: the same data', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: 'Data', exact: true }).click();
  const summary = page.getByTestId('data-summary');
  const before = await summary.textContent();
  assert.match(before, /Brightline Client Services Ltd — 8 asset\(s\), 8 risk\(s\)/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const file = artifact('export.json');
  await download.saveAs(file);
  assert.match(download.suggestedFilename(), /^annexa-brightline-client-services-ltd-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.format, 'annexa');
  assert.equal(exported.schema_version, 1);
  assert.equal(exported.assessment.risks.length, 8);

  await page.getByRole('button', { name: 'Clear all data' }).click();
  await page.getByRole('button', { name: 'Yes, clear all data' }).click();
  assert.match(await summary.textContent(), /Unnamed organisation — 0 asset\(s\), 0 risk\(s\)/);

  await page.getByLabel('Import JSON').setInputFiles(file);
  await page.getByRole('region', { name: 'Import preview' }).waitFor();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  assert.equal(await summary.textContent(), before);

  // The autosave keeps it across a reload.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId('data-summary').textContent(), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a malformed import is refused and leaves the data unchanged', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url + '#/data');
  await ready(page);
  const before = await page.getByTestId('data-summary').textContent();
  await page.getByLabel('Import JSON').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "annexa", "schema_version": 1, "assessment": {'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /ends too early/);
  assert.equal(await page.getByTestId('data-summary').textContent(), before);
  await context.close();
});
