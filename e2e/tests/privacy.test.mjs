// Privacy and robustness of the shipped build: zero data egress over the
// whole workflow, the strict CSP with no violation, offline use after one
// visit, serving under a sub-path, and a clean update to a new deploy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { start, newPage, ready, recordCsp, cspViolations, artifact, DIST } from '../harness.mjs';
import { serve } from '../serve.mjs';

// The app's own static files: every file in dist/, with its path under it
// (wasm-bindgen's JavaScript snippets sit in snippets/<crate>/), and the
// directory itself (index.html).
const FILES = new Set(
  readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(DIST, join(e.parentPath ?? e.path, e.name)).split(sep).join('/')),
);
// The files worker's static files (loader, glue, wasm script), fetched
// only when the user asks for an XLSX or DOCX file or imports a sheet, and
// the simulation worker's (loader, glue, wasm script), fetched on the first
// autosave, whose load-again check it runs, or the first simulation run.
// The modules loaded on demand: the files worker, the simulation engine and
// the catalogue prose (annexa-prose-<hash>.js, imported by the risk and
// treatment editors through annexa-prose.js, a small re-export that the
// service worker precaches and asks the network for first, as it does for
// every stable name).
const ON_DEMAND = /\/annexa-((files|worker)(_loader|-wasm-[0-9a-f]+)?|prose-[0-9a-f]{16})\.js$/;
const PROSE_STUB = /\/annexa-prose\.js$/;

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
  // The context sees the page's and the service worker's requests.
  context.on('request', (r) => requests.push(r.url()));
  const served = env.server.requests.length;
  await page.goto(env.server.url);
  await ready(page);
  await swReady(page);
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  const servedAtLoad = env.server.requests.length;

  await workflow(page);

  // Not one request, of any kind (downloads are blob: URLs made in the
  // page, and Chromium reports none for them either), but the files
  // worker's own static files: the XLSX and DOCX writers load on demand,
  // when the user first asks for such a file, never on the first visit.
  const onDemand = (u) => ON_DEMAND.test(new URL(u, env.server.url).pathname);
  const later = (u) => onDemand(u) || PROSE_STUB.test(new URL(u, env.server.url).pathname);
  assert.deepEqual(requests.slice(0, loaded).filter(onDemand), [], 'the first visit loads no document writer, no simulation engine and no catalogue prose');
  assert.deepEqual(requests.slice(loaded).filter((u) => !later(u)), [], 'requests after the initial page load');
  assert.deepEqual(env.server.requests.slice(servedAtLoad).filter((u) => !later(u)), [], 'the server saw no request during the workflow');
  const foreign = requests.map((u) => ownFile(u, env.server.url)).filter(Boolean);
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

test('offline: "Keep everything for offline use" keeps the modules loaded on demand; then exports and catalogue texts work with the network off', async () => {
  const server = await serve(DIST);
  const { page, problems, context } = await newPage(env.browser);
  try {
    await page.goto(server.url);
    await ready(page);
    await swReady(page);
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.waitForFunction(() => location.hash === '#/risks');
    await nav(page, 'Data').click();
    const status = page.getByTestId('offline-status');
    await status.filter({ hasText: 'load the first time you use them' }).waitFor();
    const before = server.requests.length;
    await page.getByRole('button', { name: 'Keep everything for offline use' }).click();
    await status.filter({ hasText: 'Everything is kept on this device' }).waitFor({ timeout: 120_000 });
    const fetched = server.requests.slice(before).map((u) => new URL(u, server.url).pathname);
    for (const kind of [/^\/annexa-files-wasm-[0-9a-f]+\.js$/, /^\/annexa-files_loader\.js$/, /^\/annexa-worker-wasm-[0-9a-f]+\.js$/, /^\/annexa-prose-[0-9a-f]{16}\.js$/]) {
      assert.ok(fetched.some((p) => kind.test(p)), `kept ${kind}: ${fetched.join(' ')}`);
    }

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await nav(page, 'Data').click();
    await status.filter({ hasText: 'Everything is kept on this device' }).waitFor();
    // The files worker (never used online) writes the workbook offline.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export XLSX workbook' }).click(),
    ]);
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    // The catalogue texts (never loaded online) arrive in the treatment editor.
    await nav(page, 'Treatment').click();
    await page.getByRole('button', { name: /^Treat R-/ }).first().click();
    await page.locator('form.editor').waitFor();
    await page.waitForFunction(() => !document.querySelector('form.editor').innerText.includes('Loading…'), null, { timeout: 30_000 });
    assert.doesNotMatch(await page.locator('body').innerText(), /could not be loaded/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close().catch(() => {});
  }
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

test('update: after a new deploy, a returning visitor gets the new build whole (no stale module, no integrity failure)', async () => {
  const dir = artifact('update-dist');
  await rm(dir, { recursive: true, force: true });
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const { page, problems, context } = await newPage(env.browser);
  try {
    await page.goto(server.url);
    await ready(page);
    await swReady(page);
    // "Deploy" a new build: the stable annexa-embed.js changes, index.html
    // carries its new integrity, and sw-assets.js a new version.
    const embed = (await readFile(join(dir, 'annexa-embed.js'), 'utf8')) + '// build 2\n';
    await writeFile(join(dir, 'annexa-embed.js'), embed);
    const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
    const index = await readFile(join(dir, 'index.html'), 'utf8');
    const oldSri = /href="\.\/annexa-embed\.js" integrity="([^"]+)"/.exec(index)[1];
    await writeFile(join(dir, 'index.html'), index.replace(oldSri, sri(embed)));
    const assets = await readFile(join(dir, 'sw-assets.js'), 'utf8');
    await writeFile(join(dir, 'sw-assets.js'), assets.replace(/version: '([0-9a-f]+)'/, "version: 'build2'"));
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.waitForFunction(() => location.hash === '#/risks');
    for (let visit = 1; visit <= 2; visit += 1) {
      await page.reload();
      await ready(page);
      await nav(page, 'Data').click();
      assert.match(await page.getByTestId('data-summary').textContent(), /8 asset\(s\), 8 risk\(s\)/, `visit ${visit}`);
    }
    // The new service worker took over with the new cache.
    await page.waitForFunction(() => caches.keys().then((k) => k.length === 1 && k[0].endsWith(':build2')));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});
