// axe-clean at every impact level (issue 14, item 7): axe-core on every
// route and every opened state (the risk editor, the treatment editor with
// the FAIR panel, the import preview, the gap results, the phone menu), in
// light and dark, on a laptop (1280 × 800) and a phone (390 × 844), with 0
// violations of any impact, touch targets included (WCAG 2.2 2.5.8). Also:
// nothing needs horizontal scrolling at 360 px, and the screenshots of the
// closing note (start page, a risk being added, the SoA; phone and laptop).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, newPage, ready, artifact } from '../harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ROUTES = ['', 'context', 'assets', 'risks', 'treatment', 'soa', 'quant', 'gap-check', 'data'];
const SIZES = [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

/** Every violation axe finds, whatever its impact, with up to 3 nodes each. */
async function violations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => await window.axe.run(document, {
    resultTypes: ['violations'],
    rules: { 'target-size': { enabled: true } },
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3)
    .map((n) => `${n.target.join(' ')} ${(n.failureSummary || '').split('\n').slice(1, 2).join('').trim()}`).join(' | ')}`);
}

/** Goes to a route of the app and waits for its heading. */
async function open(page, route) {
  await page.goto(`${env.server.url}#/${route}`);
  await ready(page);
}

/** The opened states, each reached from a fresh route; `check` runs after each. */
const STATES = [
  ['risk editor', async (page) => {
    await open(page, 'risks');
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.locator('form.editor').waitFor();
  }],
  ['treatment editor with the FAIR panel', async (page) => {
    await open(page, 'treatment');
    await page.getByRole('button', { name: 'Treat R-01' }).click();
    await page.getByLabel('Quantify this risk (FAIR)').check();
    await page.getByLabel('Estimate the risk after treatment separately').check();
    await page.getByRole('group', { name: 'After treatment' }).waitFor();
  }],
  ['import preview', async (page) => {
    await open(page, 'data');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const path = artifact('axe-import.json');
    await json.saveAs(path);
    await page.getByLabel('Import JSON').setInputFiles(path);
    await page.getByRole('region', { name: 'Import preview' }).waitFor();
  }],
  ['gap results', async (page) => {
    await open(page, 'gap-check');
    await page.locator('fieldset[data-question="q-a-mfa"]').getByLabel('No', { exact: true }).check();
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await page.locator('.gap-report').waitFor();
  }],
  ['SoA with every theme open', async (page) => {
    await open(page, 'soa');
    await page.getByRole('button', { name: 'Open all themes' }).click();
    await page.locator('#control-8-8').waitFor();
  }],
];

for (const scheme of ['light', 'dark']) {
  for (const [device, viewport] of SIZES) {
    test(`axe: 0 violations of any impact on every route and opened state, ${scheme} ${device}`, async () => {
      // axe is injected as a script, which the app's CSP rightly blocks.
      const { page, problems, context } = await newPage(env.browser, { viewport, colorScheme: scheme, bypassCSP: true, acceptDownloads: true });
      await page.goto(env.server.url);
      await ready(page);
      const found = {};
      const check = async (what) => {
        const v = await violations(page);
        if (v.length) found[what] = v;
      };
      await check('start (empty)');
      await page.getByRole('button', { name: 'Load example' }).click();
      await page.waitForFunction(() => location.hash === '#/risks');
      for (const route of ROUTES) {
        await open(page, route);
        await check(`#/${route}`);
      }
      for (const [what, reach] of STATES) {
        await reach(page);
        await check(what);
      }
      if (device === 'phone') {
        await open(page, 'risks');
        await page.getByRole('button', { name: 'Menu' }).click();
        await nav(page, 'SoA').waitFor();
        await check('the open menu');
      }
      assert.deepEqual(found, {}, `${scheme} ${device}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('nothing needs horizontal scrolling at 360 px, on any route or opened state', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 360, height: 740 }, acceptDownloads: true });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  const wide = {};
  const measure = async (what) => {
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    if (w > 360) {
      wide[what] = `${w} px; widest: ${await page.evaluate(() => [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > 361).slice(-3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`).join(', '))}`;
    }
  };
  for (const route of ROUTES) {
    await open(page, route);
    await measure(`#/${route}`);
  }
  for (const [what, reach] of STATES) {
    await reach(page);
    await measure(what);
  }
  assert.deepEqual(wide, {});
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the registers are cards with their actions in view, and the menu is a disclosure', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  // Every row's Edit button lies inside the viewport's width.
  const edit = page.getByRole('button', { name: 'Edit R-01' });
  const box = await edit.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `Edit R-01 at ${JSON.stringify(box)}`);
  assert.ok(box.height >= 24 && box.width >= 24, 'a touch target of at least 24 × 24 px');
  assert.match(await page.locator('#risk-row-R-01 td[data-label="Residual"]').textContent(), /\S/);
  // The menu: a button that says whether it is open and what it controls.
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav(page, 'SoA').isVisible(), false, 'closed, the links are hidden');
  const controls = await menu.getAttribute('aria-controls');
  assert.equal(await page.locator(`#${controls}`).count(), 1);
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  // Escape closes it and returns focus to the button.
  await nav(page, 'SoA').focus();
  await page.keyboard.press('Escape');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'menu-toggle');
  // Choosing a page closes it.
  await menu.click();
  await nav(page, 'SoA').click();
  await page.waitForFunction(() => location.hash === '#/soa');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a planned control in the risk treatment plan opens that control in the SoA', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await open(page, 'treatment');
  const link = page.locator('table.risk-treatment-plan td[data-label="Planned controls"] a').last();
  const control = (await link.textContent()).trim();
  await link.click();
  await page.waitForFunction(() => location.hash.startsWith('#/soa'));
  const id = `control-${control.replace('.', '-')}`;
  // Its theme opened, it is in view, highlighted and focused.
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  const card = page.locator(`#${id}`);
  assert.ok(await card.isVisible());
  assert.match(await card.getAttribute('class'), /targeted/);
  const top = await card.evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 800, `in view (top ${top})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots for the closing note: start, a risk being added, the SoA', async () => {
  for (const [device, viewport] of [['laptop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    const { page, problems, context } = await newPage(env.browser, { viewport });
    await page.goto(env.server.url);
    await ready(page);
    await page.screenshot({ path: artifact(`issue14-${device}-1-start.png`) });
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.waitForFunction(() => location.hash === '#/risks');
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.getByLabel('Title').fill('Client ledgers leak by e-mail');
    await page.locator('form.editor').screenshot({ path: artifact(`issue14-${device}-2-risk-editor.png`) });
    await page.screenshot({ path: artifact(`issue14-${device}-2-adding-a-risk.png`) });
    await open(page, 'soa');
    await page.screenshot({ path: artifact(`issue14-${device}-3-soa.png`) });
    await page.getByRole('button', { name: /^Organizational controls/ }).click();
    await page.screenshot({ path: artifact(`issue14-${device}-4-soa-theme-open.png`) });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${device}: the SoA with one theme open is ${height} px tall`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
