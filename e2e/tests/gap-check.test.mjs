// The quick gap check as a new user meets it: answer the short mode, stop
// and resume after a reload, read the score and charts, print the report,
// then continue into the full assessment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { start, newPage, ready, artifact } from '../harness.mjs';

const require = createRequire(import.meta.url);
const ORG = 'Northwind Test Ltd';

// Every short question is answered Yes except these.
const ANSWERS = {
  'q-6.2-objectives': "Don't know",
  'q-9.2-internal-audit': 'No',
  'q-a-mfa': 'No',
  'q-a-backups': 'Partly',
  'q-a-awareness': 'No',
  'q-a-secure-dev': 'Not applicable',
  // q-10.1-improvement is answered with the keyboard: Yes, then → to Partly.
  'q-10.1-improvement': 'Partly',
};
// Worked by hand from the weights in core/src/gap/: 28 questions with
// Σ weight 65; the secure-development N/A is left out (weight 2), so
// Σ weight = 63 and Σ weight × value = 63 − 2 − 3 − 3 − 1.5 − 2 − 0.5 = 51;
// 100 × 51 / 63 = 80.95, rounded 81.
const EXPECTED_OVERALL = '81';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const question = (page, id) => page.locator(`fieldset[data-question="${id}"]`);

async function answer(page, id) {
  const label = ANSWERS[id] ?? 'Yes';
  await question(page, id).getByLabel(label, { exact: true }).check();
}

async function answered(page) {
  return page.getByTestId('gap-answered').textContent();
}

test('short gap check: answer, resume after reload, results, print, continue', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await page.goto(env.server.url + '#/gap-check');
  await ready(page);
  assert.equal(await page.locator('main h1').textContent(), 'Quick gap check');

  await page.getByLabel('Organisation name').fill(ORG);
  await page.getByLabel('Organisation name').press('Tab');
  await page.getByLabel('Organisation size').selectOption({ label: '11–50 people' });
  assert.ok(await page.getByLabel(/^Short/).isChecked(), 'short mode is the default');

  const ids = await page.locator('fieldset.gap-question').evaluateAll(
    (els) => els.map((e) => e.getAttribute('data-question')),
  );
  assert.equal(ids.length, 28);
  assert.equal(await answered(page), '0 of 28 answered');

  // The first half, one question by keyboard alone.
  const half = 14;
  for (const id of ids.slice(0, half)) {
    if (id === 'q-10.1-improvement') continue;
    await answer(page, id);
  }
  const improvement = question(page, 'q-10.1-improvement');
  await improvement.getByLabel('Yes', { exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  assert.ok(await improvement.getByLabel('Partly', { exact: true }).isChecked());
  const done = ids.slice(0, half).includes('q-10.1-improvement') ? half : half + 1;
  assert.equal(await answered(page), `${done} of 28 answered`);
  assert.equal(await page.locator('progress#gap-progress').getAttribute('value'), String(done));
  await page.screenshot({ path: artifact('gap-check-half.png'), fullPage: true });

  // Stop here; come back later: the autosave kept everything.
  await page.reload();
  await ready(page);
  assert.equal(await answered(page), `${done} of 28 answered`);
  assert.equal(await page.getByLabel('Organisation name').inputValue(), ORG);
  assert.equal(await page.getByLabel('Organisation size').inputValue(), '1');
  assert.ok(await question(page, ids[0]).getByLabel(ANSWERS[ids[0]] ?? 'Yes', { exact: true }).isChecked());
  assert.ok(await question(page, 'q-10.1-improvement').getByLabel('Partly', { exact: true }).isChecked());

  for (const id of ids.slice(half)) {
    if (id === 'q-10.1-improvement') continue;
    await answer(page, id);
  }
  assert.equal(await answered(page), '28 of 28 answered');

  // Results: the score, two charts with a number on every bar.
  await page.getByRole('button', { name: 'See results' }).click();
  assert.equal(await page.getByTestId('gap-overall').textContent(), EXPECTED_OVERALL);
  const clauseChart = page.getByTestId('gap-clause-chart');
  const themeChart = page.getByTestId('gap-theme-chart');
  assert.equal(await clauseChart.locator('rect.bar').count(), 7);
  assert.equal(await themeChart.locator('rect.bar').count(), 4);
  const clauseValues = await clauseChart.locator('text.bar-value').allTextContents();
  assert.equal(clauseValues.length, 7);
  assert.ok(clauseValues.every((v) => /^\d{1,3}$/.test(v)), clauseValues.join(','));
  assert.match(await page.locator('.gap-top').textContent(), /Turn on multi-factor authentication/);
  assert.match(await page.locator('.gap-docs').textContent(), /Statement of Applicability/);
  assert.match(await page.locator('.gap-roadmap').textContent(), /Stage 1 and stage 2 audit/);
  assert.match(await page.locator('.gap-timeline').textContent(), /6 to 9 months/);
  await page.screenshot({ path: artifact('gap-check-results.png'), fullPage: true });

  // The results file agrees with the page.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export results (JSON)' }).click(),
  ]);
  const resultsFile = artifact('gap-check-results.json');
  await download.saveAs(resultsFile);
  assert.match(download.suggestedFilename(), /^annexa-northwind-test-ltd-\d{4}-\d{2}-\d{2}-gap-check-results\.json$/);
  const results = JSON.parse(await readFile(resultsFile, 'utf8'));
  assert.equal(String(results.overall), EXPECTED_OVERALL);
  assert.deepEqual(results.clauses.map((c) => String(c.score)), clauseValues);
  assert.equal(results.answered, 28);

  // Print report opens the browser's print dialog (stubbed here).
  await page.evaluate(() => { window.print = () => { window.__annexaPrinted = true; }; });
  await page.getByRole('button', { name: 'Print report' }).click();
  assert.equal(await page.evaluate(() => window.__annexaPrinted), true);

  // Print preview: one page with organisation, date and scores; no navigation.
  const today = new Date().toISOString().slice(0, 10);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Workflow' }).isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Print report' }).isVisible(), false);
  assert.equal(await page.locator('.gap-settings').isVisible(), false);
  const meta = page.getByTestId('gap-report-meta');
  assert.ok(await meta.isVisible());
  assert.match(await meta.textContent(), new RegExp(`${ORG}.*${today}`));
  assert.ok(await page.getByTestId('gap-overall').isVisible());
  assert.ok(await clauseChart.isVisible() && await themeChart.isVisible());
  await page.screenshot({ path: artifact('gap-check-print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  assert.equal(pages.length, 1, 'the printed report fits on one page');
  await page.emulateMedia({ media: 'screen' });

  // Continue into the full assessment.
  await page.getByRole('button', { name: 'Continue to full assessment' }).click();
  await page.waitForFunction(() => location.hash === '#/soa');
  // 13 control questions evidence 31 controls; the 4 of secure development are N/A.
  await page.getByRole('status').filter({ hasText: '27 SoA statuses pre-filled' }).waitFor();
  assert.match(await page.getByRole('status').filter({ hasText: 'pre-filled' }).textContent(), /2 suggested risks added/);

  const nav = page.getByRole('navigation', { name: 'Workflow' });
  await nav.getByRole('link', { name: 'Data', exact: true }).click();
  assert.equal(await page.getByTestId('data-summary').textContent(), `${ORG} — 0 asset(s), 2 risk(s), 27 SoA entries`);
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const file = artifact('gap-check-export.json');
  await exported.saveAs(file);
  const a = JSON.parse(await readFile(file, 'utf8')).assessment;
  assert.equal(Object.keys(a.gap_check.answers).length, 28);
  assert.equal(a.gap_check.mode, 'short');
  assert.equal(a.gap_check.size, '11-50');
  const status = (id) => a.soa.entries[id]?.status;
  assert.equal(status('8.5'), 'not_started', 'MFA answered No');
  assert.equal(status('8.13'), 'partially_implemented', 'backups answered Partly');
  assert.equal(status('8.8'), 'implemented', 'patching answered Yes');
  assert.equal(status('8.28'), undefined, 'secure development N/A is left alone');
  assert.deepEqual(a.risks.map((r) => r.title).sort(), [
    'Accounts taken over with stolen or guessed passwords',
    'Staff fall for phishing and other scams',
  ]);

  // A second run adds no duplicate risks.
  await nav.getByRole('link', { name: 'Gap check', exact: true }).click();
  await page.getByRole('button', { name: 'Results', exact: true }).click();
  await page.getByRole('button', { name: 'Continue to full assessment' }).click();
  await page.waitForFunction(() => location.hash === '#/soa');
  await nav.getByRole('link', { name: 'Data', exact: true }).click();
  assert.match(await page.getByTestId('data-summary').textContent(), /0 asset\(s\), 2 risk\(s\), 27 SoA entries/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('thorough mode asks about every Annex A control', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await page.goto(env.server.url + '#/gap-check');
  await ready(page);
  await page.getByLabel(/^Thorough/).check();
  const total = await page.locator('fieldset.gap-question').count();
  assert.equal(await answered(page), `0 of ${total} answered`);
  assert.ok(total > 80, `${total} questions`);
  await question(page, 'q-a-5.5').getByLabel('Yes', { exact: true }).check();
  assert.equal(await answered(page), `1 of ${total} answered`);
  await page.getByLabel(/^Short/).check();
  assert.equal(await answered(page), '0 of 28 answered', 'answers of the other mode do not count');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the gap check has no axe-detectable accessibility violations', async () => {
  const { page, context } = await newPage(env.browser, { bypassCSP: true });
  await page.goto(env.server.url + '#/gap-check');
  await ready(page);
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const check = async (what) => {
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() => globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    assert.deepEqual(found, [], what);
  };
  await check('questions');
  await question(page, 'q-a-mfa').getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Results', exact: true }).click();
  await check('results');
  await context.close();
});
