// Reliability and security in the built app: hostile text in every field
// and through import never runs (0 scripts, no dialog, no outbound request),
// a full storage keeps what was saved and offers Export JSON, corrupt saved
// data is kept aside with a recovery view, blocked storage works in memory,
// and two tabs never overwrite each other silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, newPage, ready, artifact } from '../harness.mjs';
import { readWorkbook, sharedStrings, textCells, WORKBOOK_SHEETS } from '../xlsx.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PAYLOADS = (await readFile(resolve(here, '../fixtures/xss-payloads.txt'), 'utf8'))
  .split('\n').filter((l) => l.length > 0);
const EXAMPLE = resolve(here, '../../core/tests/fixtures/v1-example.json');
const KEY = 'annexa.v1.assessment';
const ROUTES = ['', 'context', 'assets', 'risks', 'treatment', 'soa', 'gap-check', 'data'];
// What a spreadsheet reads as a formula (OWASP CSV injection).
const FORMULA = /^[=+\-@\t\r]/;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

/** Records every dialog, every request off the app's origin (aborted before
 *  it leaves) and every CSP violation; payloads set window.__xss if they run. */
async function guard(context) {
  const seen = { dialogs: [], outbound: [] };
  const origin = new URL(env.server.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    seen.outbound.push(url);
    return route.abort();
  });
  const watch = (p) => p.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

const INJECTED = [
  'script:not([src])', 'main script', 'iframe', 'object', 'embed', 'img', 'video', 'audio', 'marquee', 'details',
  'base', 'main meta', 'main link', 'main style', 'x', 'math', 'form[action]', 'a[href^="javascript"]',
  '[onerror]', '[onload]', '[onfocus]', '[onmouseover]', '[ontoggle]', '[onstart]', '[onblur]', '[contenteditable]',
  '[srcdoc]', '[style]',
].join(', ');

async function assertClean(page, seen, where) {
  const state = await page.evaluate((sel) => ({
    xss: window.__xss ?? null,
    violations: window.__violations ?? [],
    injected: [...document.querySelectorAll(sel)].map((e) => e.outerHTML.slice(0, 80)),
  }), INJECTED);
  assert.equal(state.xss, null, `${where}: a payload ran`);
  assert.deepEqual(seen.dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(seen.outbound, [], `${where}: an outbound request`);
  assert.deepEqual(state.violations, [], `${where}: CSP violations (something was injected)`);
  assert.deepEqual(state.injected, [], `${where}: elements made from user text`);
}

/** Fills every visible text field inside `scope` with the next payloads. */
async function fillAll(page, scope, next) {
  const fields = page.locator(`${scope} :is(input[type=text], input:not([type]), textarea):visible:not([id*=filter])`);
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const f = fields.nth(i);
    await f.fill(next());
    await f.blur();
  }
  return n;
}

/** RFC 4180: rows of fields, quotes taken off. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function visitAll(page, seen, label) {
  for (const route of ROUTES) {
    await page.goto(`${env.server.url}#/${route}`);
    await ready(page);
    await assertClean(page, seen, `${label} #/${route}`);
  }
  // The printed reports: capture what would go on paper.
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => window.__printed.push(document.querySelector('.print-report')?.textContent ?? '');
  });
  await page.getByRole('button', { name: 'Print SoA' }).click();
  await page.getByRole('button', { name: 'Print risk report' }).click();
  await page.waitForFunction(() => window.__printed.length === 2);
  await assertClean(page, seen, `${label} print`);
  return page.evaluate(() => window.__printed.join('\n'));
}

test(`the ${PAYLOADS.length} XSS payloads typed into every text field never run, even without the CSP`, async () => {
  assert.ok(PAYLOADS.length >= 30, 'the corpus has at least 30 payloads');
  // bypassCSP: escaping alone must hold; the CSP is a second wall.
  const { page, context, problems } = await newPage(env.browser, { bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const seen = await guard(context);
  let used = 0;
  const next = () => PAYLOADS[used++ % PAYLOADS.length];
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');

  await nav(page, 'Context').click();
  await page.getByRole('button', { name: 'Add interested party' }).click();
  await fillAll(page, 'main', next);
  await assertClean(page, seen, 'context');

  await nav(page, 'Risks').click();
  for (const id of ['R-01', 'R-02']) {
    await page.getByRole('button', { name: `Edit ${id}` }).click();
    await fillAll(page, 'form.editor', next);
    await page.getByRole('button', { name: 'Save risk' }).click();
    await page.locator('form.editor').waitFor({ state: 'detached' });
  }
  await assertClean(page, seen, 'risks');

  await nav(page, 'Treatment').click();
  await page.getByRole('button', { name: 'Treat R-03' }).click();
  await page.getByLabel('Treatment option').selectOption('accept');
  await page.getByLabel('Record a risk acceptance').check();
  await fillAll(page, 'form.editor', next);
  await page.getByRole('button', { name: 'Save treatment' }).click();
  await assertClean(page, seen, 'treatment');

  await nav(page, 'SoA').click();
  for (const id of ['#soa-version', '#soa-approver']) {
    await page.locator(id).fill(next());
    await page.locator(id).blur();
  }
  await page.getByRole('button', { name: 'Open all themes' }).click();
  // The first cards come at once, the rest after the paint.
  await page.locator('#control-8-8').waitFor();
  await fillAll(page, '#control-5-1', next);
  await fillAll(page, '#control-8-8', next);
  await assertClean(page, seen, 'soa');

  await nav(page, 'Gap check').click();
  const organisation = PAYLOADS[used % PAYLOADS.length];
  assert.equal(await fillAll(page, 'main', next), 1, 'the organisation name');

  // Assets last, until every payload has gone into at least one field.
  await nav(page, 'Assets').click();
  const names = [];
  do {
    await page.getByRole('button', { name: 'Add asset' }).click();
    const name = PAYLOADS[used % PAYLOADS.length];
    names.push(name);
    await fillAll(page, 'form.editor', next);
    await page.getByRole('button', { name: 'Save asset' }).click();
    await page.locator('form.editor').waitFor({ state: 'detached' });
  } while (used < PAYLOADS.length);
  // The text is shown as text.
  const shown = await page.locator('main').textContent();
  for (const name of names) assert.ok(shown.includes(name), `asset name shown as text: ${name}`);
  await assertClean(page, seen, 'assets');
  await page.screenshot({ path: artifact('xss-fields-assets.png'), fullPage: true });

  const printed = await visitAll(page, seen, 'fields');
  assert.ok(printed.includes(organisation), 'the reports were printed, the name as text');

  // The guard itself works: markup injected on purpose is caught.
  await page.evaluate(() => document.querySelector('main')
    .insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=99;alert(99)">'));
  await page.waitForFunction(() => window.__xss === 99);
  await assert.rejects(assertClean(page, seen, 'control'), /a payload ran/);
  assert.deepEqual(seen.dialogs, ['99']);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The example with every user text replaced by the payloads, in turn. */
async function hostileFile() {
  const file = JSON.parse(await readFile(EXAMPLE, 'utf8'));
  let n = 0;
  const next = () => PAYLOADS[n++ % PAYLOADS.length];
  const TEXT = new Set(['organisation', 'scope', 'name', 'owner', 'location', 'description', 'title', 'requirements',
    'reason', 'by', 'justification', 'exclusion_justification', 'version', 'approver']);
  const LISTS = new Set(['sites', 'services', 'teams', 'evidence']);
  const walk = (v) => {
    if (Array.isArray(v)) { v.forEach(walk); return; }
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (TEXT.has(k) && typeof x === 'string') v[k] = next();
        else if (LISTS.has(k) && Array.isArray(x)) v[k] = [next(), next()];
        else walk(x);
      }
    }
  };
  walk(file.assessment);
  for (const e of Object.values(file.assessment.soa.entries)) {
    if (e.justification == null) e.justification = next();
    e.evidence = [next()];
    e.owner = next();
  }
  assert.ok(n >= PAYLOADS.length, `every payload is in the file (${n} fields)`);
  const path = artifact('xss-import.json');
  await writeFile(path, JSON.stringify(file, null, 2));
  return { path, organisation: file.assessment.context.organisation };
}

test('the payloads through import never run, with the CSP on; exports neutralise formulas', async () => {
  const { path, organisation } = await hostileFile();
  const { page, context, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  const seen = await guard(context);
  await page.goto(env.server.url + '#/data');
  await ready(page);
  await page.getByLabel('Import JSON').setInputFiles(path);
  await page.getByRole('region', { name: 'Import preview' }).waitFor();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  assert.ok((await page.getByTestId('data-summary').textContent()).startsWith(organisation));
  await assertClean(page, seen, 'import');
  const printed = await visitAll(page, seen, 'import');
  assert.ok(printed.includes(organisation), 'the print header shows the name as text');
  await page.screenshot({ path: artifact('xss-import-data.png'), fullPage: true });

  for (const button of ['Export risk register (CSV)', 'Export SoA (CSV)']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const text = await readFile(await download.path(), 'utf8');
    const fields = parseCsv(text).flat();
    const bad = fields.filter((f) => FORMULA.test(f));
    assert.deepEqual(bad, [], `${button}: cells a spreadsheet would run`);
    assert.ok(fields.some((f) => /^'[=+\-@]/.test(f)), `${button}: formulas are kept as text`);
    assert.match(download.suggestedFilename(), /^[A-Za-z0-9._-]+$/, 'a safe file name');
  }
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX workbook' }).click()]);
  const buf = await readFile(await xlsx.path());
  assert.deepEqual(Object.keys(readWorkbook(buf)), WORKBOOK_SHEETS);
  const strings = sharedStrings(buf);
  assert.ok(strings.length > 50);
  // The text is kept as typed, in string cells with the quote-prefix format
  // (no literal ' in front), and no cell is a formula.
  const { cells, formulas } = textCells(buf);
  assert.equal(formulas, 0, 'no XLSX cell is a formula');
  const risky = cells.filter((c) => FORMULA.test(c.text));
  assert.ok(risky.length > 0, 'formula-like names are kept as text');
  assert.deepEqual(risky.filter((c) => !c.quotePrefix), [], 'XLSX cells a spreadsheet would run once edited');
  assert.deepEqual(cells.filter((c) => /^'[=+\-@]/.test(c.text)), [], 'no literal quote in front of the text');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage: the banner offers Export JSON, nothing saved is lost', async () => {
  const { page, context, problems } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Brightline'), KEY);
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  // Fill localStorage to the last byte.
  const fillers = await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try { localStorage.setItem(`filler.${i}`, chunk); i++; } catch { chunk = chunk.slice(0, chunk.length >> 1); }
    }
    return i;
  });
  assert.ok(fillers > 0);
  await nav(page, 'Assets').click();
  await page.getByRole('button', { name: 'Add asset' }).click();
  await page.getByLabel('Name').fill('Asset added while storage was full');
  await page.getByRole('button', { name: 'Save asset' }).click();
  const banner = page.getByTestId('banner-not-saved');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Your latest changes are not saved\. The browser's storage is full.*export JSON.*data\. Nothing already saved was lost\./s);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), saved, 'the saved data is intact');
  await page.screenshot({ path: artifact('storage-full.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.ok(exported.assessment.assets.some((a) => a.name === 'Asset added while storage was full'), 'the export has the unsaved change');

  // Room again: the next change saves and the banner goes.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k); });
  await page.getByRole('button', { name: 'Add asset' }).click();
  await page.getByLabel('Name').fill('Asset added after freeing space');
  await page.getByRole('button', { name: 'Save asset' }).click();
  await banner.waitFor({ state: 'detached' });
  const now = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.ok(now.includes('Asset added while storage was full') && now.includes('Asset added after freeing space'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('corrupt saved data is kept aside, offered for download, and the app starts empty', async () => {
  const { page, context, problems } = await newPage(env.browser);
  const corrupt = '{"format": "annexa", "schema_version": 1, "assessment": {"assets": [{"id": "A-01"';
  await page.goto(env.server.url);
  await ready(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, corrupt]);
  await page.reload();
  await ready(page);
  const banner = page.getByTestId('banner-recovery');
  await banner.waitFor();
  assert.match(await banner.textContent(), /could not be read.*annexa\.v1\.backup\..*ends too early/s);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((k) => k.startsWith('annexa.v1.backup.'));
  assert.ok(backup, `a backup key in ${keys}`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), corrupt, 'kept byte for byte');
  assert.ok(!keys.includes(KEY), 'the unreadable text moved out of the way');

  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the unreadable data' }).click()]);
  assert.equal(await readFile(await download.path(), 'utf8'), corrupt);
  await page.goto(env.server.url + '#/data');
  await ready(page);
  assert.match(await page.getByTestId('data-summary').textContent(), /Unnamed organisation — 0 asset\(s\)/);
  await page.getByRole('heading', { name: 'Recovered data' }).waitFor();
  await page.screenshot({ path: artifact('recovery.png'), fullPage: true });
  // Problems logged by the app itself would show here; the corrupt text is not one.
  assert.deepEqual(problems, []);
  await context.close();
});

test('blocked storage: the app works in this tab with a banner and Export JSON', async () => {
  const { page, context, problems } = await newPage(env.browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await page.goto(env.server.url);
  await ready(page);
  const banner = page.getByTestId('banner-memory-only');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Not saved in this browser\. This browser does not let Annexa store data/s);
  await page.getByRole('button', { name: 'Load example' }).click();
  await nav(page, 'Data').click();
  assert.match(await page.getByTestId('data-summary').textContent(), /Brightline/);
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export JSON' }).click()]);
  assert.equal(JSON.parse(await readFile(await download.path(), 'utf8')).assessment.risks.length, 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs: another tab\'s save is never silently overwritten', async () => {
  const { page: a, context, problems } = await newPage(env.browser);
  await a.goto(env.server.url);
  await ready(a);
  await a.getByRole('button', { name: 'Load example' }).click();
  await a.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Brightline'), KEY);
  const stored = () => a.evaluate((k) => JSON.parse(localStorage.getItem(k)).assessment.context.organisation, KEY);

  const b = await context.newPage();
  await b.goto(env.server.url + '#/context');
  await ready(b);
  await b.getByLabel('Organisation name').fill('Edited in tab B');
  await b.waitForFunction((k) => localStorage.getItem(k).includes('Edited in tab B'), KEY);

  // Tab A is told, and stops saving.
  const conflict = a.getByTestId('banner-conflict');
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /changed in another tab.*stopped saving here/s);
  await nav(a, 'Context').click();
  await a.getByLabel('Organisation name').fill('Edited in tab A');
  await a.waitForTimeout(500);
  assert.equal(await stored(), 'Edited in tab B', 'tab A did not overwrite tab B');
  await a.screenshot({ path: artifact('two-tabs-conflict.png') });

  // Keep mine: tab A's data is saved, and now tab B is told.
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await a.waitForFunction((k) => localStorage.getItem(k).includes('Edited in tab A'), KEY);
  await conflict.waitFor({ state: 'detached' });
  const other = b.getByTestId('banner-conflict');
  await other.waitFor();
  await b.getByLabel('Organisation name').fill('Edited in tab B again');
  await b.waitForTimeout(500);
  assert.equal(await stored(), 'Edited in tab A', 'tab B did not overwrite tab A');

  // Reload: tab B takes tab A's version.
  await other.getByRole('button', { name: "Reload the other tab's version" }).click();
  await b.waitForLoadState('load');
  await ready(b);
  await b.getByLabel('Organisation name').waitFor();
  assert.equal(await b.getByLabel('Organisation name').inputValue(), 'Edited in tab A');
  assert.equal(await b.getByTestId('banner-conflict').count(), 0);
  // And it saves normally again.
  await b.getByLabel('Organisation name').fill('Saved from B after reload');
  await b.waitForFunction((k) => localStorage.getItem(k).includes('Saved from B after reload'), KEY);
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 18 §1: what the app saves always loads again. For each trigger of
// shared/cases/, reload: the data is still there, or a banner says why
// nothing was saved (and what was saved before is still there).
const CASES = resolve(here, '../../../shared/cases');
const stored = (page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const organisationOf = (text) => JSON.parse(text).assessment.context?.organisation ?? '';

/** Reloads and checks start-up read the stored data: no recovery view. */
async function reloadKeeps(page, label) {
  await page.reload();
  await ready(page);
  await page.waitForTimeout(300);
  assert.equal(await page.getByTestId('banner-recovery').count(), 0, `${label}: start-up could not read what was saved`);
}

test('a 20,001-character organisation name: the field stops at the limit and says so, and a reload keeps the data', async () => {
  const { page, context, problems } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Brightline'), KEY);
  await nav(page, 'Context').click();
  const field = page.getByLabel('Organisation name');
  assert.equal(await field.getAttribute('maxlength'), '20000');
  await field.focus();
  await field.selectText();
  // What a paste does: one insertion of the whole text.
  await page.keyboard.insertText('x'.repeat(20_001));
  await page.waitForTimeout(800);
  const typed = await field.inputValue();
  const refused = await page.getByTestId('banner-not-saveable').count();
  if (refused) {
    // Nothing was written: the example is still what is stored.
    assert.match(await page.getByTestId('banner-not-saveable').textContent(), /context\.organisation/);
    assert.match(organisationOf(await stored(page)), /Brightline/);
  } else {
    assert.equal(typed.length, 20_000, 'the field keeps 20,000 characters');
    await page.getByTestId('field-limit').first().waitFor();
    assert.match(await page.getByTestId('field-limit').first().textContent(), /at most 20000 characters/);
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).assessment.context.organisation.length === 20_000, KEY);
  }
  const before = await stored(page);
  await reloadKeeps(page, 'organisation');
  await nav(page, 'Data').click();
  assert.match(await page.getByTestId('data-summary').textContent(), /8 risk\(s\)|8 risks/);
  assert.equal(organisationOf(await stored(page)), organisationOf(before), 'the same name after the reload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a risk added after R-999999 gets an id that loads again after a reload', async () => {
  const { page, context, problems } = await newPage(env.browser);
  await page.goto(env.server.url + '#/data');
  await ready(page);
  await page.getByLabel('Import JSON').setInputFiles(resolve(CASES, 'R-999999.json'));
  await page.getByRole('region', { name: 'Import preview' }).waitFor();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await nav(page, 'Risks').click();
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByLabel('Title').fill('Added after the largest id');
  await page.getByLabel('How is it identified?').selectOption('event');
  await page.getByRole('button', { name: 'Save risk' }).click();
  await page.getByRole('cell', { name: 'Added after the largest id', exact: true }).waitFor();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Added after the largest id'), KEY);
  const ids = JSON.parse(await stored(page)).assessment.risks.map((r) => r.id);
  assert.ok(ids.every((id) => /^R-\d{2,6}$/.test(id)), `ids in the format: ${ids}`);
  await reloadKeeps(page, 'R-999999');
  await nav(page, 'Risks').click();
  await page.getByRole('cell', { name: 'Added after the largest id', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'Largest id', exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 25,000-character level name in #config= is refused with the path, and the saved data stays', async () => {
  const { page, context, problems } = await newPage(env.browser);
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('Brightline'), KEY);
  const before = await stored(page);
  const config = JSON.stringify({ method: { levels: [
    { name: 'Low', colour: '#2e7d32' },
    { name: 'L'.repeat(25_000), colour: '#c62828' },
  ] } });
  const hash = '#config=' + Buffer.from(config).toString('base64url');
  // Set in the open tab: the app reloads itself to read the fragment (the
  // router never sees it), and refuses the config with its path.
  await page.goto(env.server.url + hash);
  await page.getByText(/method\.levels\[1\]\.name: a level name needs 1 to 40 characters/).waitFor();
  // A reload reads it the same way.
  await page.reload();
  await page.getByText(/method\.levels\[1\]\.name: a level name needs 1 to 40 characters/).waitFor();
  assert.equal(await stored(page), before, 'nothing was written');
  // Without the bad config, the data is all there.
  await page.goto(env.server.url + '#/');
  await reloadKeeps(page, 'level name');
  await nav(page, 'Data').click();
  assert.match(await page.getByTestId('data-summary').textContent(), /Brightline/);
  assert.deepEqual(problems.filter((p) => !/level name/.test(p)), []);
  await context.close();
});

test('saved data past the limit opens repaired on request, with what changed, and the original kept', async () => {
  const { page, context, problems } = await newPage(env.browser);
  const original = await readFile(resolve(CASES, 'org-20001-what-the-app-saves.json'), 'utf8');
  await page.goto(env.server.url);
  await ready(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, original]);
  await page.reload();
  await ready(page);
  const banner = page.getByTestId('banner-recovery');
  await banner.waitFor();
  const changes = banner.getByTestId('repair-changes');
  assert.match(await changes.textContent(), /assessment\.context\.organisation: the text was 20001 characters long.*cut off/s);
  const backup = (await page.evaluate(() => Object.keys(localStorage))).find((k) => k.startsWith('annexa.v1.backup.'));
  assert.ok(backup, 'a backup key');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), original, 'the original, byte for byte');
  // A reload before choosing offers it again, with no second copy.
  await page.reload();
  await ready(page);
  await banner.waitFor();
  const backups = (await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.startsWith('annexa.v1.backup.'));
  assert.equal(backups.length, 1, `one backup: ${backups}`);
  await banner.getByRole('button', { name: 'Load it anyway, repaired' }).click();
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).assessment.context.organisation.length === 20_000, KEY);
  await reloadKeeps(page, 'repaired');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), original, 'still kept');
  await page.screenshot({ path: artifact('recovery-repaired.png') });
  assert.deepEqual(problems, []);
  await context.close();
});
