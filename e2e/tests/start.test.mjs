// The first visit: a static first paint before the WebAssembly runs (under
// the same strict CSP), each way in says whom it is for, and someone coming
// back is offered Continue with the organisation, the last save and the
// next step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready, recordCsp, cspViolations, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('index.html paints the name, the promise and "Loading…" before the WebAssembly runs', async () => {
  const { page, context } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await recordCsp(context);
  // Hold the app's module back: what shows is index.html alone.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/annexa-wasm-.*\.js$/, async (route) => { await held; await route.continue(); });
  // Not "load": the held module keeps the load event back.
  await page.goto(env.server.url, { waitUntil: 'commit' });
  const boot = page.locator('#annexa-boot');
  await boot.waitFor();
  assert.equal(await boot.locator('h1').textContent(), 'Annexa: ISO/IEC 27001 risk workbench');
  assert.match(await boot.textContent(), /Your data never leaves this browser\./);
  assert.equal(await page.getByRole('status').textContent(), 'Loading…');
  // Styled by page.css (no inline style): the header has its background.
  const bg = await boot.locator('.boot-header').evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'the first paint is styled');
  await page.screenshot({ path: artifact('first-paint.png') });
  release();
  await ready(page);
  assert.equal(await page.locator('#annexa-boot').count(), 0, 'the first paint gives way to the app');
  assert.equal(await page.locator('h1').count(), 1, 'one heading: the app\'s');
  assert.deepEqual(await cspViolations(page), []);
});

test('each way in says whom it is for; coming back offers Continue with the last save and the next step', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  const ways = page.getByRole('list', { name: 'Ways to begin' });
  assert.equal(await ways.getByRole('listitem').count(), 3);
  const start = page.getByRole('button', { name: 'Start new assessment' });
  assert.match(await start.getAttribute('aria-describedby'), /for-new/);
  assert.match(await page.locator('#for-new').textContent(), /^For an owner or IT lead/);
  assert.equal(await page.getByRole('link', { name: /^Continue/ }).count(), 0, 'nothing to continue on a first visit');

  await start.click();
  await page.getByLabel('Organisation name').fill('Ledger & Co Accountants');
  await page.getByLabel('Organisation name').blur();
  // The autosave writes, then a reload comes back to the start page.
  await page.waitForTimeout(600);
  await page.goto(env.server.url + '#/');
  await page.reload();
  await ready(page);
  const cont = page.getByRole('link', { name: 'Continue Ledger & Co Accountants' });
  await cont.waitFor();
  const detail = await page.locator('.continue .current').textContent();
  assert.match(detail, /^Last saved \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Next step: Context\.$/, detail);
  await page.screenshot({ path: artifact('start-continue.png') });
  await cont.click();
  await page.getByRole('heading', { level: 1, name: /Context/ }).waitFor();
  assert.deepEqual(problems, []);
});

test('a route change opens the page at its top with focus on its heading', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 700 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.goto(env.server.url + '#/soa');
  await ready(page);
  await page.getByRole('button', { name: 'Open all themes' }).click();
  await page.locator('#control-8-34').waitFor(); // the last card: the rest follow the first paint
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  assert.ok(await page.evaluate(() => window.scrollY) > 500, 'the SoA is long');
  // A link low on the page: the last control's link to a risk.
  const low = page.locator('main a[href*="risks"]').last();
  await low.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => window.scrollY) > 500, 'the link is low on the page');
  await low.click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'opens at the top');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Risks');
  assert.deepEqual(problems, []);
});
