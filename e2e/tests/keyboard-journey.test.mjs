// Issue 14, done-when: a new user, keyboard only, adds a context, three
// assets and three risks (choosing each threat by typing part of its name
// in the threat combobox), treats them and reaches the SoA. Every key
// press is counted (a typed character is one press, Shift+Tab is one);
// the per-risk counts are printed for the closing note. Nothing is timed.
//
// The walker is honest about focus: `reach` presses Tab (or Shift+Tab
// when the target is above the focus, as a sighted keyboard user would)
// until the target has focus; it never calls focus() or click().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready, artifact } from '../harness.mjs';

// The goal: half of the 240 presses the three risks took before
// (the library pickers were selects whose type-ahead failed, and 12
// checkboxes sat between the likelihood and "Save risk"): at most 120.
// Reached: 34 + 35 + 32 = 101, at 1280 × 900 and at 390 × 844 alike
// (157 = 44 + 57 + 56 before the editor was put in the order a user fills
// it, with the rarely changed fields after "Save risk", the short asset
// list lost its filter box, and a save of a new risk returned focus to
// "Add risk" instead of the row, which had cost a Shift+Tab walk back past
// the heatmap; 205 while the heatmap's 25 cells were 25 tab stops).
const RISK_GOAL = 101;
// From the likelihood field to "Save risk": at most 8 Tabs (item 5);
// reached: 3 (the risk owner's "?", the risk owner, the button).
const TABS_LIKELIHOOD_TO_SAVE = 8;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/**
 * Counts key presses. `reach` also checks, at every control it reaches,
 * that the page needs no horizontal scrolling and that the control is
 * inside the viewport horizontally (issue 14: the journey at 390 × 844
 * "reaches every action without horizontal scrolling").
 */
function keyboard(page) {
  const k = { presses: 0, steps: [] };
  let mark = 0;
  /** Notes the presses since the last step, for the step log. */
  k.step = (name) => { k.steps.push(`${name} ${k.presses - mark}`); mark = k.presses; };
  k.press = async (key) => { k.presses += 1; await page.keyboard.press(key); };
  k.type = async (text) => { k.presses += [...text].length; await page.keyboard.type(text); };
  /** Tabs until the element matching `selector` (and containing `text`) has focus; returns the Tabs pressed. */
  k.reach = async (selector, text = '', max = 90) => {
    let tabs = 0;
    for (;;) {
      const where = await page.evaluate(([sel, txt]) => {
        const a = document.activeElement;
        const text = (el) => el.textContent + (el.getAttribute('aria-label') ?? '') + [...(el.labels ?? [])].map((l) => l.textContent).join(' ');
        const ok = (el) => el.matches(sel) && (!txt || text(el).includes(txt)) && el.offsetParent !== null;
        if (a && ok(a)) return 'here';
        const target = [...document.querySelectorAll(sel)].find(ok);
        if (!target) return 'missing';
        if (!a || a === document.body) return 'after';
        return a.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
      }, [selector, text]);
      if (where === 'here') break;
      if (where === 'missing') throw new Error(`${selector} ${text} is not on the page`);
      if (tabs >= max) throw new Error(`${selector} ${text} not reached in ${max} Tabs`);
      await k.press(where === 'before' ? 'Shift+Tab' : 'Tab');
      tabs += 1;
    }
    const fit = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return { page: document.documentElement.scrollWidth, view: innerWidth, left: r.left, right: r.right };
    });
    assert.ok(fit.page <= fit.view, `at ${selector} ${text}: the page is ${fit.page} px wide in a ${fit.view} px viewport`);
    assert.ok(fit.left >= 0 && fit.right <= fit.view, `${selector} ${text} spans ${fit.left}–${fit.right} px, outside the ${fit.view} px viewport`);
    return tabs;
  };
  return k;
}

const NAV_LINK = 'nav[aria-label="Workflow"] a';
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
/** A table cell (a card's field on a phone) that reads exactly `name`. */
const cell = (page, name) => page.waitForFunction((n) => [...document.querySelectorAll('td')].some((td) => td.textContent.trim() === n), name);

/** Goes to a page by the navigation: through the menu button where the links are folded (a phone). */
async function go(page, k, label, hash) {
  const folded = await page.evaluate(() => {
    const t = document.querySelector('nav[aria-label="Workflow"] .menu-toggle');
    return t != null && t.offsetParent !== null;
  });
  if (folded) {
    await k.reach('nav[aria-label="Workflow"] .menu-toggle');
    await k.press('Enter');
    await page.locator('nav[aria-label="Workflow"] .menu-toggle[aria-expanded="true"]').waitFor();
  }
  await k.reach(NAV_LINK, label);
  await k.press('Enter');
  await page.waitForFunction((h) => location.hash === h, hash);
}

/**
 * The journey: a context, three assets, three risks (each threat chosen by
 * typing part of its name), a treatment of each, the SoA. Returns the
 * counts; asserts what a save must do on the way.
 */
async function journey(viewport, shot) {
  const { page, problems } = await newPage(env.browser, { viewport });
  await page.goto(env.server.url);
  await ready(page);
  const k = keyboard(page);

  // Start a new assessment.
  await k.reach('button', 'Start new assessment');
  await k.press('Enter');
  await page.waitForFunction(() => location.hash === '#/context');
  await page.locator('#org').waitFor();

  // The context: the organisation and its scope.
  await k.reach('#org');
  await k.type('Ledger & Co');
  await k.reach('#scope');
  await k.type('Accounts and payroll for clients');
  const contextKeys = k.presses;

  // Three assets.
  await go(page, k, 'Assets', '#/assets');
  const assets = [['Client ledgers', 'i', '5'], ['Laptops', 'h', '3'], ['Backup NAS', 'h', '4']];
  for (const [name, typeKey, rating] of assets) {
    await k.reach('button', 'Add asset');
    await k.press('Enter');
    await page.locator('#asset-name').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'asset-name');
    await k.type(name);
    await k.reach('#asset-type');
    await k.type(typeKey);
    for (const id of ['#asset-c', '#asset-i', '#asset-a']) {
      await k.reach(id);
      await k.type(rating);
    }
    await k.reach('button[type=submit]', 'Save asset');
    await k.press('Enter');
    await cell(page, name);
  }
  const assetKeys = k.presses - contextKeys;

  // Three risks, each threat chosen by typing part of its name.
  await go(page, k, 'Risks', '#/risks');
  const risks = [
    ['Laptop stolen', 'Laptops', 'Theft', 'T11 Theft of laptop or mobile phone', '3', 'Enter'],
    ['Ledgers phished', 'Client ledgers', 'Phish', 'T02 Phishing', '4', 'Enter'],
    // Tab also accepts the active match (automatic selection) and moves on.
    ['NAS disk dies', 'Backup NAS', 'Hardw', 'T31 Hardware failure', '3', 'Tab'],
  ];
  const perRisk = [];
  const tabsToSave = [];
  for (const [n, [title, asset, typed, threat, likelihood, accept]] of risks.entries()) {
    const before = k.presses;
    k.step(`(risk ${n + 1})`);
    await k.reach('button', 'Add risk');
    await k.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'risk-title');
    k.step('open');
    await k.type(title);
    k.step('title');
    // Three assets: their checkboxes are in view; Tab to the right one.
    await k.reach('input[type=checkbox][id^="risk-assets-"]', asset);
    await k.press('Space');
    k.step('asset');
    await k.reach('#risk-threat');
    await k.type(typed);
    // The best match is active as soon as one types: Enter chooses it.
    const combo = page.getByRole('combobox', { name: 'Threat', exact: true });
    await page.locator('#risk-threat[aria-expanded="true"][aria-activedescendant]').waitFor();
    const active = await combo.getAttribute('aria-activedescendant');
    assert.match(await page.locator(`#${active}`).textContent(), new RegExp(`^${threat}`));
    assert.equal(await page.locator(`#${active}`).getAttribute('role'), 'option');
    if (shot && n === 0) await page.screenshot({ path: artifact(`${shot}-risk-threat.png`) });
    await k.press(accept);
    await page.waitForFunction((v) => document.querySelector('#risk-threat')?.value === v, threat);
    assert.equal(await combo.getAttribute('aria-expanded'), 'false');
    if (accept === 'Enter') assert.equal(await focused(page), 'risk-threat', 'Enter chose; it did not submit the form');
    k.step('threat');
    await k.reach('#risk-likelihood');
    await k.type(likelihood);
    k.step('likelihood');
    tabsToSave.push(await k.reach('button[type=submit]', 'Save risk'));
    await k.press('Enter');
    await cell(page, title);
    k.step('save');
    // The save: announced, focus back on "Add risk" (never on <body>), and
    // the new row brought into view and highlighted.
    const id = `R-0${n + 1}`;
    await page.locator('.saved-note[role=status]', { hasText: `Risk ${id} saved.` }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'risk-add');
    const row = page.locator(`#risk-row-${id}`);
    assert.match(await row.getAttribute('class'), /row-saved/);
    await page.waitForFunction((sel) => { const r = document.querySelector(sel).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }, `#risk-row-${id}`);
    perRisk.push(k.presses - before);
  }
  await page.screenshot({ path: artifact(`keyboard-journey-risks-${viewport.width}.png`), fullPage: true });
  const riskKeys = perRisk.reduce((a, b) => a + b, 0);

  // Treat each: mitigate with the first recommended control.
  await go(page, k, 'Treatment', '#/treatment');
  const treatBefore = k.presses;
  for (const id of ['R-01', 'R-02', 'R-03']) {
    await k.reach('button', `Treat ${id}`);
    await k.press('Enter');
    await page.locator('form.editor').waitFor();
    await k.reach('#t-option');
    await k.type('m');
    assert.equal(await page.locator('#t-option').inputValue(), 'mitigate');
    await k.reach('.recs input[type=checkbox]');
    await k.press('Space');
    await k.reach('button[type=submit]', 'Save treatment');
    await k.press('Enter');
    await page.locator('form.editor').waitFor({ state: 'detached' });
  }
  const treatKeys = k.presses - treatBefore;

  // The SoA.
  await go(page, k, 'SoA', '#/soa');
  await ready(page);
  const fit = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(fit[0] <= fit[1], `the SoA is ${fit[0]} px wide in a ${fit[1]} px viewport`);

  console.log(`keyboard journey at ${viewport.width} × ${viewport.height}: context ${contextKeys} presses, assets ${assetKeys}, risks ${perRisk.join(' + ')} = ${riskKeys}, treatment ${treatKeys}, total ${k.presses}; Tabs from likelihood to "Save risk": ${tabsToSave.join(', ')}`);
  console.log(`  risk steps: ${k.steps.join(', ')}`);
  assert.deepEqual(problems, []);
  await page.context().close();
  return { riskKeys, tabsToSave };
}

test('keyboard only at 1280 × 900: context, three assets, three risks by typing the threat, treatment, SoA', async () => {
  const { riskKeys, tabsToSave } = await journey({ width: 1280, height: 900 });
  for (const t of tabsToSave) assert.ok(t <= TABS_LIKELIHOOD_TO_SAVE, `${t} Tabs from the likelihood to Save risk`);
  assert.ok(riskKeys <= RISK_GOAL, `the three risks took ${riskKeys} key presses (goal ≤ ${RISK_GOAL})`);
});

test('keyboard only at 390 × 844 (a phone): the same journey, every control reached without horizontal scrolling', async () => {
  const { riskKeys, tabsToSave } = await journey({ width: 390, height: 844 });
  for (const t of tabsToSave) assert.ok(t <= TABS_LIKELIHOOD_TO_SAVE, `${t} Tabs from the likelihood to Save risk`);
  assert.ok(riskKeys <= RISK_GOAL, `the three risks took ${riskKeys} key presses at 390 px (goal ≤ ${RISK_GOAL})`);
});
