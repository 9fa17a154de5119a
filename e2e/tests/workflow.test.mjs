// The risk workflow as a new user would do it, plus accessibility (axe-core)
// on every route and screenshots in light and dark, desktop and phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { start, newPage, ready, artifact } from '../harness.mjs';
import { readWorkbook, WORKBOOK_SHEETS } from '../xlsx.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const ROUTES = ['', 'context', 'assets', 'risks', 'treatment', 'soa', 'quant', 'gap-check', 'data'];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

async function cellCount(page, l, i) {
  const label = await page.locator('.heatmap g.cell').filter({ has: page.locator('text') })
    .evaluateAll((cells, [l, i]) => cells.map((c) => c.getAttribute('aria-label'))
      .find((a) => a.includes(`likelihood ${l} `) && a.includes(`, impact ${i} `)), [l, i]);
  return Number(/(\d+) risk\(s\)/.exec(label)[1]);
}

test('a new user: example, add asset and risk, heatmap, accept, SoA lint, reload, exports', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');

  // Add an asset.
  await nav(page, 'Assets').click();
  await page.getByRole('button', { name: 'Add asset' }).click();
  await page.getByLabel('Name').fill('Payroll spreadsheet');
  await page.getByLabel('Type').selectOption('information');
  await page.getByLabel('Owner').fill('Finance Manager');
  await page.getByLabel('Confidentiality').selectOption('5');
  await page.getByRole('button', { name: 'Save asset' }).click();
  await page.getByRole('cell', { name: 'Payroll spreadsheet', exact: true }).waitFor();
  assert.equal(await page.locator('table.register tbody tr').count(), 9);

  // Add a risk on it: the heatmap count of its cell goes up by one.
  await nav(page, 'Risks').click();
  await page.getByRole('group', { name: 'Heatmap shows' }).getByRole('button', { name: 'Inherent' }).click();
  const before = await cellCount(page, 4, 5);
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByLabel('Title').fill('Payroll file leaks');
  await page.getByRole('group', { name: /Assets/ }).getByLabel('Search Assets').fill('Payroll');
  await page.getByLabel(/A-09 Payroll spreadsheet/).check();
  // The threat is a combobox: typing part of its name makes the best
  // match active, Enter chooses it.
  const threat = page.getByRole('combobox', { name: 'Threat', exact: true });
  await threat.fill('Insider');
  await page.getByRole('option', { name: /^T06 Insider data theft/ }).waitFor();
  await threat.press('Enter');
  await page.waitForFunction(() => document.querySelector('#risk-threat')?.value === 'T06 Insider data theft');
  assert.equal(await threat.inputValue(), 'T06 Insider data theft');
  await page.getByLabel('Likelihood (inherent)').selectOption('4');
  assert.match(await page.locator('.explain').textContent(), /Inherent impact: 5 .*High-water mark/);
  await page.getByRole('button', { name: 'Save risk' }).click();
  await page.getByRole('cell', { name: 'Payroll file leaks', exact: true }).waitFor();
  assert.equal(await cellCount(page, 4, 5), before + 1);
  // Clicking the cell filters the register.
  await page.locator('.heatmap g.cell[aria-label*="— likelihood 4 "][aria-label*=", impact 5 "]').click();
  assert.equal(await page.locator('table.register tbody tr').count(), before + 1);
  await page.screenshot({ path: artifact('workflow-risks.png'), fullPage: true });

  // Accept the new risk on the Treatment page.
  await nav(page, 'Treatment').click();
  await page.getByRole('button', { name: 'Treat R-09' }).click();
  await page.getByLabel('Treatment option').selectOption('accept');
  await page.getByLabel('Record a risk acceptance').check();
  await page.getByLabel('Accepted by').fill('Managing Director');
  await page.getByLabel('Why it is acceptable').fill('Short-lived file, deleted after the audit.');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await page.getByRole('row', { name: /R-09 Payroll file leaks .* Accept/ }).waitFor();

  // Exclude a control without a justification: the lint appears, then goes.
  await nav(page, 'SoA').click();
  await page.getByRole('button', { name: /^Physical controls/ }).click();
  const control = page.locator('#control-7-4');
  await control.getByLabel('Applicability').selectOption('no');
  await control.locator('.finding', { hasText: 'SOA-001' }).waitFor();
  await control.getByLabel('Exclusion justification (required)').fill('We have no premises of our own to monitor.');
  await control.getByLabel('Exclusion justification (required)').blur();
  await control.locator('.finding').waitFor({ state: 'detached' });
  // Every card, with every theme open (a closed theme renders none).
  const allCards = async (page) => {
    await page.getByRole('button', { name: 'Open all themes' }).click();
    await page.locator('article.soa-control').nth(92).waitFor();
    return page.locator('article.soa-control').evaluateAll((els) => els.map((e) => e.textContent));
  };
  const soaBefore = await allCards(page);
  assert.equal(soaBefore.length, 93);

  // Reload: everything is still there.
  await page.reload();
  await ready(page);
  await page.getByRole('button', { name: /^Physical controls/ }).click();
  assert.equal(await page.locator('#control-7-4').getByLabel('Exclusion justification (required)').inputValue(), 'We have no premises of our own to monitor.');
  await nav(page, 'Risks').click();
  await page.getByRole('cell', { name: 'Payroll file leaks', exact: true }).waitFor();

  // Export JSON and XLSX.
  await nav(page, 'Data').click();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const jsonPath = artifact('workflow.json');
  await json.saveAs(jsonPath);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX workbook' }).click()]);
  const xlsxPath = artifact('workflow.xlsx');
  await xlsx.saveAs(xlsxPath);
  const book = readWorkbook(await readFile(xlsxPath));
  assert.deepEqual(Object.keys(book), WORKBOOK_SHEETS);
  assert.equal(book.SoA.rows, 94, '93 SoA rows and a header');
  assert.equal(book['Risk register'].rows, 10, '9 risks and a header');
  assert.match(book.SoA.xml, /<pane [^>]*ySplit="1"/, 'frozen header');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export risk register (CSV)' }).click()]);
  const csvPath = artifact('workflow-risks.csv');
  await csv.saveAs(csvPath);
  const csvText = await readFile(csvPath, 'utf8');
  assert.ok(csvText.startsWith('\uFEFF'), 'a UTF-8 byte order mark, so Excel reads non-ASCII names');
  const header = csvText.slice(1).split('\r\n')[0];
  assert.ok(header.startsWith('ref_id,name,description,inherent_impact,inherent_proba'), header);
  assert.deepEqual(problems, []);
  await context.close();

  // A fresh browser profile imports the JSON and shows the same SoA.
  const fresh = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await fresh.page.goto(env.server.url + '#/data');
  await ready(fresh.page);
  await fresh.page.getByLabel('Import JSON').setInputFiles(jsonPath);
  await fresh.page.getByRole('button', { name: 'Replace my data' }).click();
  await nav(fresh.page, 'SoA').click();
  const soaAfter = await allCards(fresh.page);
  assert.deepEqual(soaAfter, soaBefore);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test('the workflow works with the keyboard alone', async () => {
  const { page, context } = await newPage(env.browser);
  await page.goto(env.server.url + '#/assets');
  await ready(page);
  await page.getByRole('button', { name: 'Add asset' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Keyboard asset');
  // Submit the form with Enter from the name field.
  await page.keyboard.press('Enter');
  await page.getByRole('cell', { name: 'Keyboard asset', exact: true }).waitFor();
  // Heatmap cells are reachable and activate with Enter.
  await page.goto(env.server.url + '#/context');
  await ready(page);
  const cell = page.locator('.heatmap g.cell').first();
  const label = await cell.getAttribute('aria-label');
  await cell.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((l) => document.querySelector('.heatmap g.cell').getAttribute('aria-label') !== l, label);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
    test(`axe: no serious or critical violations, ${scheme} ${device}`, async () => {
      // axe is injected as an inline script, which the app's CSP rightly blocks.
      const { page, problems, context } = await newPage(env.browser, { viewport, colorScheme: scheme, bypassCSP: true });
      await page.goto(env.server.url);
      await ready(page);
      await page.getByRole('button', { name: 'Load example' }).click();
      for (const route of ROUTES) {
        await page.goto(`${env.server.url}#/${route}`);
        await ready(page);
        await page.screenshot({ path: artifact(`page-${route || 'start'}-${scheme}-${device}.png`), fullPage: device === 'phone' });
        {
          await page.addScriptTag({ path: AXE });
          const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
          const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          assert.deepEqual(bad, [], `#/${route} ${scheme} ${device}`);
        }
      }
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
