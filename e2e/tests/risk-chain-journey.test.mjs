// Issue 13, done-when: the risk chain as a new user builds it, from an
// empty assessment (fresh storage, not the example), through the UI only,
// on one page: an accounting firm's context, three assets, three risks,
// then
// - ticking a recommended control lowers the proposed residual, with its
//   reason;
// - the risk treatment plan (the page and its print) lists that risk's
//   owner and due date;
// - choosing Accept asks for the acceptance record and refuses to save
//   without who and why;
// - the SoA opens with controls "to be decided" and no "excluded without
//   justification" finding; a bulk decision clears a theme; "done" shows
//   only once no finding is left;
// - an impact-scale round trip 5 → 4 → 5, previewed before it applies,
//   leaves every asset rating and every risk level as it was.
// Screenshots (heatmap before/after treatment, SoA at the start and when
// done) are the closing note's before/after pictures. Nothing is timed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// ---- helpers -------------------------------------------------------------

/** The workflow navigation's link to a page ("Assets", "Risks", "SoA"…). */
const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

/** Opens a workflow page by its link, as a user clicks it. */
async function open(page, name, hash) {
  await nav(page, name).click();
  await page.waitForFunction((h) => location.hash === h, hash);
}

/** Adds an asset through the form: name, type and C/I/A ratings. */
async function addAsset(page, { name, type, owner, c, i, a }) {
  await page.getByRole('button', { name: 'Add asset' }).click();
  await page.locator('#asset-name').fill(name);
  await page.locator('#asset-type').selectOption(type);
  await page.locator('#asset-owner').fill(owner);
  await page.locator('#asset-c').selectOption(String(c));
  await page.locator('#asset-i').selectOption(String(i));
  await page.locator('#asset-a').selectOption(String(a));
  await page.getByRole('button', { name: 'Save asset' }).click();
  await page.getByRole('cell', { name, exact: true }).waitFor();
}

/** Adds a risk through the form, choosing its threat by typing part of
 * its name in the threat combobox, as a user does. */
async function addRisk(page, { title, owner, asset, typed, threat, likelihood }) {
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Risk owner').fill(owner);
  await page.getByLabel(new RegExp(`A-\\d+ ${asset}`)).check();
  const combo = page.getByRole('combobox', { name: 'Threat', exact: true });
  await combo.fill(typed);
  await page.getByRole('option', { name: new RegExp('^' + threat) }).click();
  await page.waitForFunction((v) => document.querySelector('#risk-threat')?.value.startsWith(v), threat);
  await page.getByLabel('Likelihood (inherent)').selectOption(String(likelihood));
  await page.getByRole('button', { name: 'Save risk' }).click();
  await page.getByRole('cell', { name: title, exact: true }).waitFor();
}

/** What the asset register, the risk register and the risk treatment
 * plan show, row by row (the ratings and levels a user reads), each
 * opened from the navigation. */
async function registers(page) {
  const read = async (name, hash) => {
    await open(page, name, hash);
    await page.locator('main table.register tbody tr').first().waitFor();
    return page.locator('main table.register tbody tr').evaluateAll((rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
  };
  return {
    assets: await read('Assets', '#/assets'),
    risks: await read('Risks', '#/risks'),
    plan: await read('Treatment', '#/treatment'),
  };
}

/** The start page's list of steps, one line each ("5. SoA ✓ done"),
 * opened from the navigation's Start link. */
async function stepper(page) {
  await open(page, 'Start', '#/');
  const items = page.getByRole('list', { name: 'Steps of an assessment' }).getByRole('listitem');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
}

/** Screenshot of one element (or the page), written to target/e2e-artifacts. */
async function shot(target, name) {
  await target.screenshot({ path: artifact(name) });
}

/** Screenshot of the SoA's decisions: its themes closed, the page at its
 * end, so the bulk decision and each theme's counts are in the picture. */
async function shotSoa(page, name) {
  const close = page.getByRole('button', { name: 'Close all themes' });
  if (await close.count()) await close.click();
  await page.getByRole('button', { name: 'Open all themes' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.screenshot({ path: artifact(name) });
}

// ---- the journey ----------------------------------------------------------

test('a new user builds a register from scratch and the risk chain holds together', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Start new assessment' }).click();
  await page.waitForFunction(() => location.hash === '#/context');

  // Context: a 15-person accounting firm, with its sector's impact
  // definitions (the risk criteria, 6.1.2 a).
  await page.getByLabel('Organisation name').fill('Ledger & Co Accountants');
  await page.getByLabel('Sector').selectOption({ label: 'Professional services (accounting, legal, consulting)' });
  await page.getByLabel('Scope statement').fill('Bookkeeping, payroll and tax returns for small business clients, from one office.');
  await page.locator('#use-sector-impact').click();
  await page.locator('#use-sector-impact').waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '5', 'a new assessment rates impact on 5 steps');

  // Three assets with ratings.
  await open(page, 'Assets', '#/assets');
  await addAsset(page, { name: 'Client files server', type: 'hardware', owner: 'Office Manager', c: 5, i: 4, a: 4 });
  await addAsset(page, { name: 'Staff laptops', type: 'hardware', owner: 'Office Manager', c: 4, i: 2, a: 3 });
  await addAsset(page, { name: 'Backup NAS', type: 'hardware', owner: 'IT contractor', c: 5, i: 3, a: 2 });

  // Three risks, each threat chosen by typing part of its name.
  await open(page, 'Risks', '#/risks');
  await addRisk(page, { title: 'Ransomware encrypts the client files', owner: 'Managing Partner', asset: 'Client files server', typed: 'Ransom', threat: 'T01 Ransomware', likelihood: 3 });
  await addRisk(page, { title: 'Laptop stolen', owner: 'Office Manager', asset: 'Staff laptops', typed: 'Theft', threat: 'T11 Theft of laptop', likelihood: 3 });
  await addRisk(page, { title: 'Backups fail', owner: 'Managing Partner', asset: 'Backup NAS', typed: 'Hardware', threat: 'T31 Hardware failure', likelihood: 3 });
  await page.getByRole('group', { name: 'Heatmap shows' }).getByRole('button', { name: 'Residual' }).click();
  await shot(page.locator('main figure.heatmap').first(), 'journey-heatmap-before.png');
  assert.match(await page.locator('#risk-row-R-01').innerText(), /High L3×I5\s+High L3×I5\s+High L3×I5/, 'untreated, R-01 is High at every stage');

  // Treatment of R-01: nothing planned, the residual is the current level;
  // ticking a recommended control lowers it, with its reason.
  await open(page, 'Treatment', '#/treatment');
  await page.getByRole('button', { name: 'Treat R-01' }).click();
  const editor = page.locator('form.editor');
  await editor.waitFor();
  const proposal = page.locator('#t-proposal');
  const residual = page.locator('#t-residual');
  assert.match(await proposal.textContent(), /No control changes the rating\./, 'with nothing planned the proposal says no control changes the rating');
  assert.match(await residual.textContent(), /High L3×I5/, 'with nothing planned the residual is the current level');
  await page.getByLabel('8.7 Protection against malware').check();
  await proposal.filter({ hasText: '8.7' }).waitFor();
  assert.match(await proposal.textContent(), /L3 → L2, I5 → I4: 8\.7 likelihood −1, impact −1/, 'the proposal names the control and its effect');
  assert.match(await residual.textContent(), /Medium L2×I4/, 'the residual drops from High to Medium');
  await page.getByLabel('Treatment option').selectOption('mitigate');
  await page.getByLabel('Treatment owner').fill('IT contractor');
  await page.getByLabel('Due date').fill('2027-03-31');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await editor.waitFor({ state: 'detached' });
  // The risk treatment plan lists R-01 with its owner and due date.
  const planRow = (id) => page.locator(`#plan-row-${id}`);
  assert.equal(await planRow('R-01').locator('.plan-owner').textContent(), 'IT contractor', 'the plan shows the treatment owner typed for R-01');
  assert.match(await planRow('R-01').locator('.plan-due').textContent(), /^2027-03-31/, 'the plan shows the due date typed for R-01');
  assert.match(await planRow('R-01').textContent(), /8\.7/, 'the plan lists the ticked control');

  // R-02, the laptop: mitigate with its first recommended control.
  await page.getByRole('button', { name: 'Treat R-02' }).click();
  await editor.waitFor();
  await page.getByLabel('Treatment option').selectOption('mitigate');
  await page.locator('.recs input[type=checkbox]').first().check();
  await proposal.filter({ hasText: '→' }).waitFor();
  await page.getByLabel('Due date').fill('2027-01-31');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await editor.waitFor({ state: 'detached' });

  // R-03, backups fail: Accept asks for the record; saving without who
  // and why is refused with a message that says what to fill in.
  await page.getByRole('button', { name: 'Treat R-03' }).click();
  await editor.waitFor();
  await page.getByLabel('Treatment option').selectOption('accept');
  await page.getByLabel('Accepted by').waitFor();
  await page.getByRole('button', { name: 'Save treatment' }).click();
  const refusal = editor.locator('.error[role=alert]');
  await refusal.waitFor();
  assert.match(await refusal.textContent(), /acceptance of R-03 is not complete: fill in who accepted it \(Accepted by\) and why it is acceptable/,
    'saving an acceptance without approver and reason is refused, naming both fields');
  assert.equal(await editor.count(), 1, 'the refused treatment stays open: nothing typed is lost');
  await page.getByLabel('Accepted by').fill('Managing Partner');
  await page.getByLabel('Why it is acceptable').fill('The NAS is the second copy; the cloud copy restores within a day.');
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await editor.waitFor({ state: 'detached' });
  assert.match(await planRow('R-03').textContent(), /Accept/, 'the plan shows R-03 accepted');

  // The risk treatment plan's print (Data page) lists the owner and due date too.
  await open(page, 'Data', '#/data');
  await page.evaluate(() => {
    window.__printed = null;
    // What the print dialog would get: the rows of the printed document.
    window.print = () => { window.__printed = [...document.querySelectorAll('.print-report tr')].map((tr) => tr.innerText.replace(/\s+/g, ' ')); };
  });
  await page.getByRole('button', { name: 'Print risk treatment plan' }).click();
  await page.waitForFunction(() => window.__printed !== null);
  const printed = await page.evaluate(() => window.__printed);
  const printedRow = (...words) => printed.find((r) => words.every((w) => r.includes(w)));
  assert.ok(printedRow('R-01', 'Mitigate', '8.7 Protection against malware', 'IT contractor', '2027-03-31'),
    `the printed plan lists R-01 with its control, treatment owner and due date: ${printed.join(' | ')}`);
  assert.ok(printedRow('R-03', 'Managing Partner', 'The NAS is the second copy'),
    'the printed plan records the risk owner\'s acceptance of R-03 and why');

  // The heatmap after treatment.
  await open(page, 'Risks', '#/risks');
  await page.getByRole('group', { name: 'Heatmap shows' }).getByRole('button', { name: 'Residual' }).click();
  await shot(page.locator('main figure.heatmap').first(), 'journey-heatmap-after.png');

  // The SoA opens undecided: controls to decide, no exclusion finding.
  assert.deepEqual(await stepper(page), ['1. Context ✓ done', '2. Assets ✓ done', '3. Risks ✓ done', '4. Treatment ✓ done', '5. SoA'],
    'every step but the SoA is done once the risks are treated');
  await open(page, 'SoA', '#/soa');
  const lead = await page.locator('main .lead').first().textContent();
  const toDecide = Number(lead.match(/(\d+) to be decided/)?.[1]);
  assert.ok(toDecide > 0, `the SoA opens with controls to be decided (${lead})`);
  assert.match(await nav(page, 'SoA').textContent(), new RegExp(`^SoA: ${toDecide} controls to decide, 0 findings`), 'the navigation counts the controls to decide, with no alarm');
  await page.getByRole('button', { name: 'Open all themes' }).click();
  await page.locator('#control-8-34').waitFor(); // the last card: the rest follow the first paint
  const findings = (code) => page.locator('main .finding', { hasText: code }).count();
  assert.equal(await findings('SOA-003'), toDecide, 'each undecided control says "decide"');
  assert.equal(await findings('SOA-001'), 0, 'no control is "excluded without justification"');
  await shotSoa(page, 'journey-soa-start.png');
  assert.match(await page.locator('.theme-toggle', { hasText: 'Physical' }).textContent(), /14 controls, 14 to decide, 0 findings/, 'the physical theme starts undecided, with no finding');
  assert.doesNotMatch((await stepper(page)).join('|'), /SoA ✓ done/, 'the start page does not call the SoA done while controls are undecided');

  // One bulk decision clears the physical theme: the firm has an office.
  await open(page, 'SoA', '#/soa');
  await page.locator('#f-theme').selectOption('physical');
  await page.locator('#f-decision').selectOption('to_decide');
  await page.getByRole('button', { name: 'Mark the 14 shown applicable' }).click();
  await page.getByText('Decided 14 controls of the SoA.').waitFor();
  await page.locator('#f-theme').selectOption('');
  await page.locator('#f-decision').selectOption('');
  assert.match(await page.locator('.theme-toggle', { hasText: 'Physical' }).textContent(), /14 controls, 0 to decide, 0 findings/, 'the physical theme has nothing left to decide');
  assert.doesNotMatch((await stepper(page)).join('|'), /SoA ✓ done/, 'still not done: other themes are undecided');

  // The rest, one decision: every control still to be decided applicable.
  await open(page, 'SoA', '#/soa');
  const rest = toDecide - 14;
  assert.match(await nav(page, 'SoA').textContent(), new RegExp(`^SoA: ${rest} controls to decide, 0 findings`), 'the navigation counts what is left');
  await page.locator('#f-decision').selectOption('to_decide');
  await page.getByRole('button', { name: `Mark the ${rest} shown applicable` }).click();
  await page.getByText(`Decided ${rest} controls of the SoA.`).waitFor();
  await page.locator('#f-decision').selectOption('');
  const leadDone = await page.locator('main .lead').first().textContent();
  assert.match(leadDone, /93 applicable, 0 to be decided/, 'every control decided');
  assert.match(await nav(page, 'SoA').textContent(), /^SoA$/, 'the navigation shows no count left on the SoA');
  await page.getByRole('button', { name: 'Open all themes' }).click();
  await page.locator('#control-8-34').waitFor(); // the last card: the rest follow the first paint
  assert.equal(await page.locator('main .finding').count(), 0, 'no finding is left on any control');
  assert.match(await page.locator('label[for=f-findings]').textContent(), /Only controls with findings \(0\)/);
  await page.getByRole('button', { name: 'Close all themes' }).click();
  for (const t of ['Organizational', 'People', 'Physical', 'Technological']) {
    assert.match(await page.locator('.theme-toggle', { hasText: t }).textContent(), /, 0 to decide, 0 findings$/, `${t} controls: nothing to decide, no finding`);
  }
  await shotSoa(page, 'journey-soa-done.png');
  const done = await stepper(page);
  await shot(page.getByRole('list', { name: 'Steps of an assessment' }), 'journey-steps-done.png');
  assert.ok(done.includes('5. SoA ✓ done'), 'the start page calls the SoA done once no finding is left');

  // The impact scale 5 → 4 → 5: the change is previewed before it applies,
  // and coming back restores every rating.
  const was = await registers(page);
  assert.match(was.assets[0], /A-01 Client files server .*5 Severe 4 Major 4 Major/, 'A-01 is rated on the 5-step scale');
  await open(page, 'Context', '#/context');
  const criteria = () => page.locator('.scale-steps').locator('input, textarea').evaluateAll((els) => els.map((e) => `${e.id}=${e.value}`));
  const criteriaWere = await criteria();
  assert.ok(criteriaWere.some((c) => /^imp-def-4=Over €250k/.test(c)), `the sector's definition of Severe is in use: ${criteriaWere}`);
  await page.getByLabel('Impact scale').selectOption('4');
  const ask = page.getByRole('alertdialog');
  await ask.waitFor();
  const preview = await ask.innerText();
  assert.match(preview, /Changing the impact scale to 4 steps changes these ratings:/, 'the change is previewed before it applies');
  assert.match(preview, /2 asset ratings: Severe \(5 of 5\) → Severe \(4 of 4\)/, 'the preview says which ratings move, and to what');
  await shot(ask, 'journey-scale-preview.png');
  await ask.getByRole('button', { name: 'Apply the change' }).click();
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '4');
  const mid = await registers(page);
  assert.match(mid.assets[0], /A-01 Client files server .*4 Severe 3 Major 3 Major/, 'on 4 steps the ratings keep their names');
  assert.notDeepEqual(mid, was, 'the 4-step scale did move the ratings');
  await open(page, 'Context', '#/context');
  await page.getByLabel('Impact scale').selectOption('5');
  const back = await page.getByRole('alertdialog').innerText();
  assert.match(back, /2 asset ratings restored: Severe \(4 of 4\) → Severe \(5 of 5\)/, 'going back says the ratings are restored');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Apply the change' }).click();
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '5');
  assert.deepEqual(await registers(page), was, 'every asset rating and every risk level is as it was');
  await open(page, 'Context', '#/context');
  assert.deepEqual(await criteria(), criteriaWere, 'the impact steps and their definitions are as they were');

  assert.deepEqual(problems, [], 'no error in the page or the console');
  await context.close();
});
