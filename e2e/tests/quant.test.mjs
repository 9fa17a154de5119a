// Quantify: FAIR estimates on two risks, a simulation in the Web Worker with
// a progress bar and Cancel, the loss exceedance curve and the table; inline
// validation; no serious accessibility violations on #/quant.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, newPage, ready, artifact } from '../harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

async function quantify(page, id, { rate, low, high, residualRate }) {
  await page.getByRole('button', { name: `Treat ${id}` }).click();
  await page.getByLabel('Quantify this risk (FAIR)').check();
  const before = page.getByRole('group', { name: 'Before treatment' });
  await before.getByLabel('Loss events per year', { exact: true }).fill(String(rate));
  await before.getByLabel('Primary loss per event, low end (5th percentile)').fill(String(low));
  await before.getByLabel('Primary loss per event, high end (95th percentile)').fill(String(high));
  if (residualRate !== undefined) {
    await page.getByLabel('Estimate the risk after treatment separately').check();
    const after = page.getByRole('group', { name: 'After treatment' });
    await after.getByLabel('Loss events per year', { exact: true }).fill(String(residualRate));
  }
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await page.getByRole('button', { name: 'Save treatment' }).waitFor({ state: 'detached' });
}

test('quantify two risks, run, see the curve and the table; progress and cancel', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await nav(page, 'Treatment').click();

  // Inline validation: low above high is an error next to the field, and
  // the risk is not saved until it is fixed.
  await page.getByRole('button', { name: 'Treat R-01' }).click();
  await page.getByLabel('Quantify this risk (FAIR)').check();
  const group = page.getByRole('group', { name: 'Before treatment' });
  await group.getByLabel('Primary loss per event, high end (95th percentile)').fill('5000');
  await group.locator('.field-error', { hasText: 'must be above the low end' }).waitFor();
  assert.equal(await group.getByLabel('Primary loss per event, high end (95th percentile)').getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Loss events: estimate').first().selectOption('three_point');
  await group.getByLabel('Minimum loss events').fill('3');
  await group.getByLabel('Most likely loss events').fill('2');
  await group.locator('#q-inh-lef-min-error', { hasText: 'min ≤ most likely ≤ max' }).waitFor();
  await page.getByRole('button', { name: 'Save treatment' }).click();
  assert.equal(await page.getByRole('button', { name: 'Save treatment' }).count(), 1, 'an invalid estimate is not saved');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  await quantify(page, 'R-01', { rate: 0.5, low: 10000, high: 500000, residualRate: 0.1 });
  await quantify(page, 'R-02', { rate: 2, low: 2000, high: 80000 });

  await nav(page, 'Quantify').click();
  await page.getByRole('heading', { name: 'Quantify', level: 1 }).waitFor();
  await page.getByLabel('Currency (ISO code)').fill('GBP');
  await page.getByRole('button', { name: 'Add tolerance point' }).click();
  await page.getByRole('button', { name: 'Add tolerance point' }).click();

  // A long run: the progress bar appears, the page still takes input, and
  // Cancel stops it.
  await page.getByLabel('Simulated years (trials)').selectOption('10000000');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.locator('progress#q-progress').waitFor();
  await page.waitForFunction(() => Number(document.querySelector('progress#q-progress')?.value) > 0);
  const typed = await page.evaluate(async () => {
    const t0 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  });
  assert.ok(typed < 500, `a frame during the run took ${typed} ms`);
  await page.getByLabel('Random seed').fill('7');
  assert.equal(await page.getByLabel('Random seed').inputValue(), '7');
  await page.screenshot({ path: artifact('quant-running.png'), fullPage: true });
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Simulation cancelled.' }).waitFor();
  assert.equal(await page.locator('progress#q-progress').count(), 0);
  assert.equal(await page.locator('.quant-results').count(), 0);

  // A short run to the end: the curve and the table.
  await page.getByLabel('Simulated years (trials)').selectOption('100000');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await page.locator('.quant-results').waitFor({ timeout: 60_000 });
  const svg = page.getByRole('img', { name: 'Loss exceedance curve' });
  await svg.waitFor();
  assert.equal(await page.locator('.lec polyline.lec-inherent').count(), 1);
  assert.equal(await page.locator('.lec polyline.lec-residual').count(), 1);
  assert.equal(await page.locator('.lec polyline.lec-tolerance').count(), 1);
  const points = (await page.locator('.lec polyline.lec-inherent').getAttribute('points')).trim().split(' ');
  assert.ok(points.length > 50, `curve has ${points.length} points`);
  const rows = page.locator('table.quant-stats tbody tr');
  assert.equal(await rows.count(), 6, 'two risks and the portfolio, before and after');
  const portfolio = await page.locator('table.quant-stats tbody tr').nth(4).locator('td').allTextContents();
  const mean = Number(portfolio[1].replace(/,/g, ''));
  // Analytic mean: 0.5 × E[LN(10k–500k)] + 2 × E[LN(2k–80k)].
  const ln = (lo, hi) => { const mu = (Math.log(lo) + Math.log(hi)) / 2; const s = (Math.log(hi) - Math.log(lo)) / (2 * 1.6448536269514722); return Math.exp(mu + s * s / 2); };
  const expected = 0.5 * ln(10000, 500000) + 2 * ln(2000, 80000);
  assert.ok(Math.abs(mean - expected) / expected < 0.05, `portfolio mean ${mean} vs analytic ${expected}`);
  assert.match(await page.locator('.quant-results').textContent(), /seed 7, amounts in GBP/);
  await page.screenshot({ path: artifact('quant-results.png'), fullPage: true });

  // The settings are saved with the assessment.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Currency (ISO code)').inputValue(), 'GBP');
  assert.equal(await page.getByLabel('Random seed').inputValue(), '7');
  assert.deepEqual(problems, []);
  await context.close();
});

/** The example, with R-03 quantified, on the Quantify page. */
async function quantifyExample(page) {
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await nav(page, 'Treatment').click();
  await quantify(page, 'R-03', { rate: 1, low: 1000, high: 100000, residualRate: 0.3 });
  await nav(page, 'Quantify').click();
}

/** Runs 100,000 years (two blocks) on R-03 with `cores` as navigator.hardwareConcurrency, twice; returns the results' text (the first run's is the one to compare: the page keeps showing the last results while a run goes) and the simulation workers started after each run. */
async function runTwice(cores) {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript((cores) => {
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => cores });
    const Base = window.Worker;
    window.__simWorkers = 0;
    window.Worker = class extends Base {
      constructor(url, options) {
        super(url, options);
        // The simulation's pool, not the autosave's check (the same
        // program, named apart).
        if (String(url).includes('annexa-worker') && options?.name === 'annexa-simulation') window.__simWorkers += 1;
      }
    };
  }, cores);
  await quantifyExample(page);
  await page.getByLabel('Simulated years (trials)').selectOption('100000');
  const texts = [];
  const started = [];
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.locator('progress#q-progress').waitFor({ state: 'detached', timeout: 60_000 });
    await page.locator('.quant-results').waitFor({ timeout: 60_000 });
    texts.push(await page.locator('.quant-results').textContent());
    started.push(await page.evaluate(() => window.__simWorkers));
  }
  assert.deepEqual(problems, []);
  await context.close();
  return { texts, started };
}

test('a run shared by two workers shows what one worker shows; the second run reuses the warm pool', async () => {
  const one = await runTwice(1);
  const two = await runTwice(2);
  assert.deepEqual(one.started, [1, 1], 'one core: one worker, kept warm');
  assert.deepEqual(two.started, [2, 2], 'two cores, two blocks: two workers, kept warm');
  assert.equal(two.texts[0], one.texts[0], 'the same results whatever the number of workers');
});

for (const scheme of ['light', 'dark']) {
  test(`axe on #/quant with results, ${scheme}`, async () => {
    const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
    await quantifyExample(page);
    await page.getByRole('button', { name: 'Add tolerance point' }).click();
    await page.getByLabel('Simulated years (trials)').selectOption('10000');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.locator('.quant-results').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: artifact(`page-quant-${scheme}.png`), fullPage: true });
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert.deepEqual(bad, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
