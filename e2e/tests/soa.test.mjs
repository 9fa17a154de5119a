// The SoA starts undecided: no alarm on an empty assessment, one undoable
// decision over the filtered controls, each control's summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/**
 * Clicks the button whose text contains `label` and returns how many
 * control cards the first paint after the click shows: a frame callback
 * asked for before the click runs before the app's own after-paint step,
 * so it sees the first paint's DOM.
 */
const cardsAtFirstPaint = (page, label) => page.evaluate((label) => new Promise((done) => {
  requestAnimationFrame(() => done(document.querySelectorAll('article.soa-control').length));
  [...document.querySelectorAll('button')].find((b) => b.textContent.includes(label)).click();
}), label);

/** A page on #/soa with Physical controls open; `physical` is its theme button (to open it again after a reload). */
async function soaWithPhysicalOpen() {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}#/soa`);
  await ready(page);
  const physical = page.getByRole('button', { name: /^Physical controls/ });
  await physical.click();
  return { page, problems, context, physical };
}

const soaLink = (page) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: /^SoA/ });

test('an empty SoA is to decide, not excluded; a bulk exclusion is one undoable change', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  // No alarm badge: 93 controls to decide, no finding.
  assert.equal(await page.locator('nav .count-badge').count(), 0);
  assert.match(await soaLink(page).textContent(), /SoA: 93 controls to decide, 0 findings/);
  await soaLink(page).click();
  await page.waitForFunction(() => location.hash === '#/soa');
  // The controls are folded by theme, each with its counts; a theme opens
  // with its button (a disclosure).
  const physical = page.getByRole('button', { name: /^Physical controls/ });
  assert.equal(await page.locator('.soa-theme').count(), 4, 'the four themes of ISO/IEC 27002:2022');
  assert.equal(await physical.getAttribute('aria-expanded'), 'false', 'closed at first');
  assert.match(await physical.textContent(), /14 controls, 14 to decide, 0 findings/);
  assert.equal(await page.locator('#control-7-4').isVisible(), false, 'a closed theme hides its controls');
  await physical.click();
  assert.equal(await physical.getAttribute('aria-expanded'), 'true');
  const card = page.locator('#control-7-4');
  await card.waitFor();
  assert.match(await card.locator('.pill').first().textContent(), /To be decided/);
  assert.ok((await card.locator('.summary').textContent()).length > 20, 'the control summary is shown');
  await card.locator('.finding', { hasText: 'SOA-003' }).waitFor();
  assert.equal(await page.locator('.finding', { hasText: 'SOA-001' }).count(), 0, 'nothing is excluded yet');

  // Physical controls: exclude the 14 shown with one justification.
  await page.getByLabel('Theme').selectOption('physical');
  await page.getByLabel('Justification for excluding').fill('Fully remote company: no premises of our own.');
  // The typed justification is a draft: a reload keeps it.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Justification for excluding').inputValue(), 'Fully remote company: no premises of our own.');
  await page.getByLabel('Theme').selectOption('physical');
  await page.getByRole('button', { name: 'Exclude the 14 shown' }).click();
  await page.getByText('Decided 14 controls of the SoA.').waitFor();
  assert.match(await card.locator('.pill').first().textContent(), /Excluded/);
  assert.equal(await page.getByLabel('Justification for excluding').inputValue(), '', 'the draft is used up');
  assert.match(await card.locator('.pill.status').textContent(), /Not applicable/);
  assert.match(await soaLink(page).textContent(), /79 controls to decide, 0 findings/);
  await page.screenshot({ path: artifact('soa-bulk.png'), fullPage: true });

  // One undo restores all 14.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText(/Restored the SoA as it was before deciding 14 controls/).waitFor();
  assert.match(await soaLink(page).textContent(), /93 controls to decide/);
  assert.match(await card.locator('.pill').first().textContent(), /To be decided/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page opens with its themes closed and no card built; a link to a control opens its theme and shows it', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}#/soa`);
  await ready(page);
  await page.locator('.soa-theme').first().waitFor();
  // A closed theme renders no cards: opening the page builds the headings,
  // not 93 cards (issue 17: "recreates all 4,700 elements on every visit").
  assert.equal(await page.locator('article.soa-control').count(), 0);
  // Opening a theme builds its first six cards before the next paint and
  // the rest after it.
  assert.equal(await cardsAtFirstPaint(page, 'Technological controls'), 6, 'the first screenful at the first paint');
  await page.locator('#control-8-34').waitFor();
  assert.equal(await page.locator('article.soa-control').count(), 34, 'the 34 controls of theme 8, after the paint');
  await page.getByRole('button', { name: /^Technological controls/ }).click();
  await page.locator('#control-8-1').waitFor({ state: 'detached' });

  // "Open all themes": six cards at the first paint, all 93 after it.
  assert.equal(await cardsAtFirstPaint(page, 'Open all themes'), 6, 'the first screenful at the first paint');
  await page.locator('#control-8-34').waitFor();
  assert.equal(await page.locator('article.soa-control').count(), 93);
  await page.getByRole('button', { name: 'Close all themes' }).click();
  await page.locator('#control-5-1').waitFor({ state: 'detached' });

  // The treatment plan's links go to #/soa?control=…: the theme opens and
  // the card is shown and focused.
  await page.goto(`${env.server.url}#/soa?control=7.4`);
  const card = page.locator('#control-7-4');
  await card.waitFor();
  assert.equal(await page.getByRole('button', { name: /^Physical controls/ }).getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'control-7-4');
  assert.ok(await card.isVisible());
  assert.equal(await page.locator('article.soa-control').count(), 14, 'only the linked theme is built');
  assert.deepEqual(problems, []);
  await context.close();
});

test('text typed in a card survives a reload that comes at once, before any save delay', async () => {
  const { page, problems, context, physical } = await soaWithPhysicalOpen();
  // Two cards, one after the other; the page reloads straight after the
  // last key (the card's own save waits 400 ms, the autosave 250 ms): the
  // card's save on `pagehide` must not cancel the autosave's.
  await page.locator('#soa-7-4-owner').click();
  await page.keyboard.type('Facilities manager');
  await page.locator('#soa-7-5-exclusion').click();
  await page.keyboard.type('No premises of our own.');
  await page.reload();
  await ready(page);
  await physical.click();
  assert.equal(await page.locator('#soa-7-4-owner').inputValue(), 'Facilities manager');
  assert.equal(await page.locator('#soa-7-5-exclusion').inputValue(), 'No premises of our own.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Only controls with findings" shows what its count says; with nothing shown there is no theme to open or close', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${env.server.url}#/soa`);
  await ready(page);
  // An empty assessment: 93 controls to decide, none with a finding to fix.
  const label = page.locator('label[for=f-findings]');
  assert.match(await label.textContent(), /Only controls with findings \(0\)/);
  await page.locator('#f-findings').check();
  await page.getByRole('status').filter({ hasText: 'of 93 controls shown' }).waitFor();
  assert.match(await page.locator('.soa-filters .count').textContent(), /^0 of 93 controls shown/);
  assert.equal(await page.locator('.soa-theme').count(), 0, 'no theme is listed');
  const all = page.locator('button.theme-all');
  assert.equal(await all.isDisabled(), true, 'nothing to open or close');
  assert.match(await all.textContent(), /Open all themes/);
  await page.locator('#f-findings').uncheck();
  await page.getByRole('status').filter({ hasText: '93 of 93 controls shown' }).waitFor();
  assert.equal(await all.isDisabled(), false);

  // A control excluded without a justification is a finding to fix: the
  // count says 1, and the filter shows that control alone.
  await page.getByRole('button', { name: /^Physical controls/ }).click();
  await page.locator('#soa-7-4-applicable').selectOption('no');
  await label.filter({ hasText: '(1)' }).waitFor();
  await page.locator('#f-findings').check();
  await page.getByRole('status').filter({ hasText: '1 of 93 controls shown' }).waitFor();
  assert.equal(await page.locator('article.soa-control').count(), 1);
  const codes = await page.locator('#control-7-4 .finding').allTextContents();
  assert.ok(codes.some((c) => /SOA-001/.test(c)), `the finding to fix: ${codes}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link to a control that Annex A does not have says so, and the page still lists every control', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  for (const given of ['9.99', '5.38', 'abc']) {
    await page.goto(`${env.server.url}#/soa?control=${given}`);
    await ready(page);
    const alert = page.getByRole('alert').filter({ hasText: 'The link asks for control' });
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(`control “${given}”, which is not one of the 93 controls`));
    assert.equal(await page.locator('.soa-theme').count(), 4, `${given}: the four themes are listed`);
    assert.match(await page.locator('.soa-filters .count').textContent(), /^93 of 93 controls shown/);
  }
  // A long text is cut to a sentence's length.
  await page.goto(`${env.server.url}#/soa?control=${'x'.repeat(5000)}`);
  await ready(page);
  const long = await page.getByRole('alert').filter({ hasText: 'The link asks for control' }).textContent();
  assert.ok(long.includes(`“${'x'.repeat(40)}…”`) && long.length < 300, long.length);
  // A repeated parameter: the first one counts.
  await page.goto(`${env.server.url}#/soa?control=9.99&control=9.98`);
  await ready(page);
  await page.getByRole('alert').filter({ hasText: 'control “9.99”' }).waitFor();
  // A control that exists opens, with no message; an empty one says nothing.
  for (const query of ['control=7.4', 'control=7.4&control=9.99', 'control=']) {
    await page.goto(`${env.server.url}#/soa?${query}`);
    await ready(page);
    if (query !== 'control=') await page.locator('#control-7-4').waitFor();
    else await page.locator('.soa-theme').first().waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: 'The link asks for control' }).count(), 0, query);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('evidence typed in a card is kept as typed: a pause keeps the new line, and a reload at once keeps the text', async () => {
  const { page, problems, context, physical } = await soaWithPhysicalOpen();
  const evidence = page.locator('#soa-7-4-evidence');
  await evidence.click();
  await page.keyboard.type('Visitor log');
  await page.keyboard.press('Enter');
  // Longer than the card's own save (400 ms) and the autosave (250 ms):
  // the line just begun stays, so the next reference goes on it.
  await page.waitForTimeout(900);
  await page.keyboard.type('CCTV policy');
  assert.equal(await evidence.inputValue(), 'Visitor log\nCCTV policy');
  await page.reload();
  await ready(page);
  await physical.click();
  assert.equal(await evidence.inputValue(), 'Visitor log\nCCTV policy', 'a reload at once keeps what was typed');
  assert.deepEqual(problems, []);
  await context.close();
});
