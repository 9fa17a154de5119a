// A register longer than a page: the rows shown change (first render,
// another page, a heatmap cell) in two steps, the first screenful at once
// and the rest of the page after the paint; the page always ends whole,
// and turning the page from below the list shows the new page's first row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { start, newPage, ready, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const RISKS = 250;
const rows = (page) => page.locator('main table.register tbody tr');

/** The example's file with its risks copied until there are `n`. */
async function longRegister(page, n) {
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await page.goto(env.server.url + '#/data');
  await ready(page);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const file = JSON.parse(await readFile(await json.path(), 'utf8'));
  const risks = file.assessment.risks;
  file.assessment.risks = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(risks[i % risks.length]),
    id: `R-${String(i + 1).padStart(2, '0')}`,
    title: `${risks[i % risks.length].title} (copy ${i + 1})`,
  }));
  const path = artifact('register-long.json');
  await writeFile(path, JSON.stringify(file));
  return path;
}

/** Waits until the register shows `count` rows, the first being `first`. */
async function shows(page, count, first) {
  await page.waitForFunction(([count, first]) => {
    const rows = document.querySelectorAll('main table.register tbody tr');
    return rows.length === count && rows[0].querySelector('td').textContent.trim() === first;
  }, [count, first], { timeout: 10_000 });
}

test('a long register: whole pages, a heatmap cell, and the next page read from its first row', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const path = await longRegister(page, RISKS);
  await page.getByLabel('Import JSON').setInputFiles(path);
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await page.getByTestId('data-summary').filter({ hasText: `${RISKS} risk(s)` }).waitFor();

  await page.goto(env.server.url + '#/risks');
  await ready(page);
  await shows(page, 100, 'R-01');
  assert.equal(await page.locator('nav.pager span').textContent(), `Rows 1–100 of ${RISKS}`);
  // The rows stay whole: nothing takes them back after the paint.
  await page.waitForTimeout(300);
  assert.equal(await rows(page).count(), 100);

  // Next, from below the list: the new page, read from its first row.
  const next = page.locator('nav.pager').getByRole('button', { name: 'Next' });
  await next.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => document.querySelector('main table.register').getBoundingClientRect().top < 0),
    'the list starts above the window before the click');
  await next.click();
  await shows(page, 100, 'R-101');
  const top = await page.evaluate(() => document.querySelector('main table.register').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 900, `the new page's start is in view (top ${top})`);
  await page.screenshot({ path: artifact('register-next-page.png') });

  // The last page holds the rest.
  await page.locator('nav.pager').getByRole('button', { name: 'Next' }).click();
  await shows(page, RISKS - 200, 'R-201');
  assert.equal(await page.locator('nav.pager span').textContent(), `Rows 201–250 of ${RISKS}`);

  // A heatmap cell filters the register, from its first page, whole.
  const cell = await page.locator('.heatmap g.cell').evaluateAll((cells) => {
    const counts = cells.map((c, i) => [i, Number(/(\d+) risk\(s\)/.exec(c.getAttribute('aria-label') || '')?.[1] || 0)]);
    return counts.sort((a, b) => b[1] - a[1])[0];
  });
  assert.ok(cell[1] > 30, `the fullest cell holds more than a first screenful (${cell[1]})`);
  await page.locator('.heatmap g.cell').nth(cell[0]).dispatchEvent('click');
  await page.locator('.filter-note').waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('main table.register tbody tr').length === n, Math.min(cell[1], 100));
  assert.deepEqual(problems, []);
});
