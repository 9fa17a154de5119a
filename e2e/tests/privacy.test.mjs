// Privacy and robustness of the shipped build: zero data egress over the
// whole workflow, the strict CSP with no violation, offline use after one
// visit, and serving under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { start, newPage, ready, recordCsp, cspViolations, DIST } from '../harness.mjs';
import { serve } from '../serve.mjs';

// The app's own static files: everything in dist/ (flat), and the
// directory itself (index.html).
const FILES = new Set(readdirSync(DIST).filter((f) => !f.startsWith('.')));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

/** Where a request went, or why it is not one of the app's own files. */
function ownFile(url, base) {
  const u = new URL(url);
  const app = new URL(base);
  if (u.origin !== app.origin) return `another origin: ${url}`;
  if (!u.pathname.startsWith(app.pathname)) return `outside the app's path: ${url}`;
  const rel = u.pathname.slice(app.pathname.length);
  if (rel !== '' && !FILES.has(rel)) return `not a file of the app: ${url}`;
  return null;
}

async function swReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Load the example, edit, export (JSON, XLSX, CSV), gap check. */
async function workflow(page) {
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await page.getByRole('button', { name: 'Edit R-01' }).click();
  await page.getByLabel('Title').fill('Edited under the egress recorder');
  await page.getByRole('button', { name: 'Save risk' }).click();
  await page.getByRole('cell', { name: 'Edited under the egress recorder', exact: true }).waitFor();
  await nav(page, 'Context').click();
  await page.getByLabel('Organisation name').fill('Egress Test Ltd');
  await page.getByLabel('Organisation name').blur();
  await nav(page, 'Data').click();
  for (const name of ['Export JSON', 'Export XLSX workbook', 'Export SoA (CSV)']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    assert.ok(download.suggestedFilename().startsWith('annexa-egress-test-ltd-'), download.suggestedFilename());
  }
  await nav(page, 'Gap check').click();
  await page.locator('fieldset[data-question="q-a-mfa"]').getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Results', exact: true }).click();
  await page.getByTestId('gap-overall').waitFor();
  await nav(page, 'Data').click();
  assert.match(await page.getByTestId('data-summary').textContent(), /^Egress Test Ltd — 8 asset\(s\), 8 risk\(s\)/);
}

test('zero egress: after the initial load the workflow makes no request, and every request is to the app\'s own files', async () => {
  const { page, problems, context } = await newPage(env.browser);
  const requests = [];
  let phase = 'initial load';
  // The context sees the page's and the service worker's requests.
  context.on('request', (r) => requests.push({ url: r.url(), phase }));
  const served = env.server.requests.length;
  await page.goto(env.server.url);
  await ready(page);
  await swReady(page);
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  const servedAtLoad = env.server.requests.length;
  phase = 'workflow';

  await workflow(page);

  const after = requests.slice(loaded);
  // A download's blob: URL is in-memory data of the page itself; it is
  // listed here if Chromium reports it, and must be the app's own blob.
  const network = after.filter((r) => !r.url.startsWith('blob:'));
  assert.deepEqual(network.map((r) => r.url), [], 'requests after the initial page load');
  for (const r of after.filter((x) => x.url.startsWith('blob:'))) {
    assert.equal(new URL(r.url.slice(5)).origin, new URL(env.server.url).origin, r.url);
  }
  assert.equal(env.server.requests.length, servedAtLoad, 'the server saw no request during the workflow');
  const foreign = requests.filter((r) => !r.url.startsWith('blob:')).map((r) => ownFile(r.url, env.server.url)).filter(Boolean);
  assert.deepEqual(foreign, [], 'every request is one of the app\'s static files');
  assert.ok(loaded > 0 && env.server.requests.length > served, 'the recorder saw the initial load');
  assert.deepEqual(problems, []);
  await context.close();
});

test('CSP: the app runs under the shipped policy (connect-src \'none\') with no violation', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await recordCsp(context);
  await page.goto(env.server.url);
  await ready(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'none'", "object-src 'none'"]) {
    assert.ok(policy.includes(directive), `${directive} in ${policy}`);
  }
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  assert.equal(await page.locator('[style]').count(), 0, 'no style attribute in the markup');
  await workflow(page);
  assert.deepEqual(await cspViolations(page), [], 'violations during the workflow');
  assert.deepEqual(problems, []);

  // The policy is really enforced: a fetch from the page is refused.
  const fetched = await page.evaluate(() => fetch('./index.html').then(() => 'sent', () => 'blocked'));
  assert.equal(fetched, 'blocked');
  await page.waitForFunction(() => window.__annexaCsp.length > 0);
  assert.match((await cspViolations(page))[0], /^connect-src blocked/);
  await context.close();
});

test('offline: after one visit the app loads and works with the network off', async () => {
  const server = await serve(DIST);
  const { page, problems, context } = await newPage(env.browser);
  await page.goto(server.url);
  await ready(page);
  await swReady(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.some((p) => /^\/annexa-wasm-[0-9a-f]+\.js$/.test(p)), cached.join(' '));
  assert.ok(cached.includes('/index.html'), cached.join(' '));

  // Take the network away: the server is gone and the context is offline.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  assert.equal(await page.locator('.heatmap g.cell').count(), 25);
  await nav(page, 'Data').click();
  assert.match(await page.getByTestId('data-summary').textContent(), /8 asset\(s\), 8 risk\(s\)/);
  // And a reload still comes back with the autosaved data.
  await page.reload();
  await ready(page);
  assert.match(await page.getByTestId('data-summary').textContent(), /8 asset\(s\), 8 risk\(s\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('sub-path: served under /tools/annexa/ the app, its service worker and its files stay there', async () => {
  const server = await serve(DIST, { base: '/tools/annexa/' });
  const { page, problems, context } = await newPage(env.browser);
  try {
    await page.goto(server.url);
    await ready(page);
    await swReady(page);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    assert.equal(scope, server.url);
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.waitForFunction(() => location.hash === '#/risks');
    await nav(page, 'SoA').click();
    await page.waitForFunction(() => location.hash === '#/soa');
    assert.equal(await page.locator('main h1').textContent(), 'Statement of Applicability');
    const outside = server.requests.filter((u) => !u.startsWith('/tools/annexa/'));
    assert.deepEqual(outside, [], 'requests outside the sub-path');
    const foreign = server.requests.map((u) => ownFile(new URL(u, server.url).href, server.url)).filter(Boolean);
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});
