// The autosave's load-again check runs in a worker (platform::save_check):
// the page stores the text only when the worker says it loads, and it
// never loses data waiting for that answer. A worker that never answers,
// then a reload: the closing page checks and saves on its own thread; the
// same worker and steady edits: the page stops waiting 10 s after the
// first. A worker that cannot load: every save is checked on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready } from '../harness.mjs';

const KEY = 'annexa.v1.assessment';
const LOADER = '**/annexa-worker_loader.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A page whose requests the test can route (no service worker between). */
async function routedPage() {
  return newPage(env.browser, { serviceWorkers: 'block' });
}

async function loadExample(page) {
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
}

/** Renames R-01, waits until the autosave stored it, reloads and finds it. */
async function retitleSaveReload(page, title) {
  await page.getByRole('button', { name: 'Edit R-01' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save risk' }).click();
  await page.waitForFunction(([key, title]) => localStorage.getItem(key).includes(title), [KEY, title]);
  await page.reload();
  await ready(page);
  await page.getByRole('cell', { name: title, exact: true }).waitFor();
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

test('the check runs in the worker: nothing is stored before its answer, and a page closed meanwhile saves anyway', async () => {
  const { page, problems, context } = await routedPage();
  // A worker that says it is ready and then never answers.
  await page.route(LOADER, (route) => route.fulfill({
    contentType: 'text/javascript',
    body: 'postMessage(JSON.stringify("ready")); onmessage = () => {};',
  }));
  await loadExample(page);
  // Far past the autosave's 250 ms: the save waits for the check.
  await page.waitForTimeout(1500);
  assert.equal(await stored(page), null, 'stored before the worker answered');
  await page.reload();
  await ready(page);
  const text = await stored(page);
  assert.ok(text, 'the closing page saved');
  assert.equal(JSON.parse(text).assessment.risks.length, 8);
  await page.getByRole('cell', { name: 'R-01', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a worker that never answers cannot put saves off: steady edits are stored 10 s after the first, then at once', async () => {
  const { page, problems, context } = await routedPage();
  await page.route(LOADER, (route) => route.fulfill({
    contentType: 'text/javascript',
    body: 'postMessage(JSON.stringify("ready")); onmessage = () => {};',
  }));
  await page.goto(`${env.server.url}#/context`);
  await ready(page);
  const name = page.getByLabel('Organisation name');
  const organisation = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.assessment.context.organisation ?? null, KEY);
  // An edit every 2 s: each save replaces the check in flight, which must
  // keep the first one's deadline.
  for (let i = 0; i < 7; i++) {
    await name.fill(`Steady ${i}`);
    await name.blur();
    await page.waitForTimeout(2000);
  }
  const stored = await organisation();
  assert.ok(stored?.startsWith('Steady '), `stored within the deadline: ${stored}`);
  // The late worker was given up: the next edit is stored at once.
  await name.fill('After the deadline');
  await name.blur();
  await page.waitForFunction((key) => localStorage.getItem(key).includes('After the deadline'), KEY, { timeout: 2000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a worker that cannot load: the autosave checks on the page and saves', async () => {
  const { page, problems, context } = await routedPage();
  await page.route(LOADER, (route) => route.fulfill({ status: 404, body: '' }));
  await loadExample(page);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  // The next edit's save goes straight to the page's own check.
  await retitleSaveReload(page, 'Checked on the page');
  // The failed load is the only console error (the browser's own).
  assert.deepEqual(problems.filter((p) => !/annexa-worker_loader|404|Failed to load resource/.test(p)), []);
  await context.close();
});

test('with the real worker an edit is saved, and the worker is the one that checked it', async () => {
  const { page, problems, context } = await routedPage();
  const requests = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await loadExample(page);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, KEY);
  const wasm = requests.filter((p) => /annexa-worker-wasm-/.test(p));
  assert.equal(wasm.length, 1, `the save worker loaded its wasm once: ${requests.join(' ')}`);
  await retitleSaveReload(page, 'Checked in the worker');
  assert.deepEqual(problems, []);
  await context.close();
});
