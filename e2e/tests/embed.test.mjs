// Embedding: two instances on one host page (embed-example.html), style
// isolation both ways, the host's handle (export/import/unmount), bad
// configs, and the iframe with #config=.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, newPage, recordCsp, cspViolations, artifact, DIST } from '../harness.mjs';
import { serve } from '../serve.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const b64url = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');

async function openExample(page) {
  await page.goto(env.server.url + 'embed-example.html');
  await page.getByText('Both instances are ready.').waitFor({ timeout: 30_000 });
}

const workflowNav = (root, name) => root.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

test('embed-example.html: two instances with their own namespaces; editing one leaves the other alone', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await recordCsp(context);
  await openExample(page);
  const href = page.url();
  const a = page.locator('#annexa-a');
  const b = page.locator('#annexa-b');
  // Each instance lives in its own shadow root.
  assert.deepEqual(await page.evaluate(() => ['annexa-a', 'annexa-b'].map((id) => document.getElementById(id).shadowRoot?.mode)), ['open', 'open']);
  assert.equal(await a.locator('.annexa h1').textContent(), 'Annexa: ISO/IEC 27001 risk workbench');

  await workflowNav(a, 'Context').click();
  await a.getByLabel('Organisation name').fill('Team A Ltd');
  await a.getByLabel('Organisation name').blur();
  await workflowNav(b, 'Context').click();
  assert.equal(await b.getByLabel('Organisation name').inputValue(), '', 'B is untouched');
  // B starts from its configured method (4 × 4) and sector; A from the default 5 × 5.
  assert.equal(await b.getByLabel('Likelihood scale').inputValue(), '4');
  assert.equal(await b.locator('.heatmap g.cell').count(), 16);
  assert.equal(await b.getByLabel('Sector').inputValue(), 'healthcare');
  assert.equal(await a.locator('.heatmap g.cell').count(), 25);
  await b.getByLabel('Organisation name').fill('Team B Ltd');
  await b.getByLabel('Organisation name').blur();
  assert.equal(await a.getByLabel('Organisation name').inputValue(), 'Team A Ltd');
  // Routing happened in memory: the host's address never changed.
  assert.equal(page.url(), href);

  // Autosave runs a moment after the last change; each namespace has its
  // own assessment key (and save counter).
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.endsWith('.assessment')).length === 2
    && Object.keys(localStorage).every((k) => !k.endsWith('.assessment') || localStorage.getItem(k).includes(' Ltd')));
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.endsWith('.assessment')).sort().map((k) => [k, JSON.parse(localStorage.getItem(k)).assessment.context.organisation])));
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.revision')).sort()), ['annexa.v1.ns.team-a.revision', 'annexa.v1.ns.team-b.revision']);
  assert.deepEqual(stored, { 'annexa.v1.ns.team-a.assessment': 'Team A Ltd', 'annexa.v1.ns.team-b.assessment': 'Team B Ltd' });
  await page.screenshot({ path: artifact('embed-example.png'), fullPage: true });

  // A reload brings each instance back with its own data.
  await page.reload();
  await page.getByText('Both instances are ready.').waitFor();
  await workflowNav(a, 'Context').click();
  await workflowNav(b, 'Context').click();
  assert.equal(await a.getByLabel('Organisation name').inputValue(), 'Team A Ltd');
  assert.equal(await b.getByLabel('Organisation name').inputValue(), 'Team B Ltd');

  // B hides import and export; A shows them.
  await workflowNav(a, 'Data').click();
  await workflowNav(b, 'Data').click();
  assert.equal(await a.getByRole('button', { name: 'Export JSON' }).count(), 1);
  assert.equal(await b.getByRole('button', { name: 'Export JSON' }).count(), 0);
  assert.equal(await b.getByLabel('Import JSON').count(), 0);

  // The host's handle: export A, import into B (validated), through the page's own button.
  await page.getByRole('button', { name: "Copy team A's data to team B" }).click();
  await page.getByText(/^Copied: Team A Ltd — 0 asset\(s\)/).waitFor();
  assert.match(await b.getByTestId('data-summary').textContent(), /^Team A Ltd — /);
  const refused = await page.evaluate(() => {
    try { window.annexaExample.teamB.importJson('{"format": "annexa", "schema_version": 1}'); return 'imported'; } catch (e) { return e.message; }
  });
  assert.match(refused, /^importJson: the JSON was not imported and the data is unchanged: /);
  assert.match(await b.getByTestId('data-summary').textContent(), /^Team A Ltd — /);

  // Unmount A: its shadow root empties and its namespace is free again;
  // mounting it again brings its saved data back.
  await page.evaluate(() => window.annexaExample.teamA.unmount());
  assert.equal(await page.evaluate(() => document.getElementById('annexa-a').shadowRoot.childElementCount), 0);
  const again = await page.evaluate(async () => {
    const app = await window.annexaExample.Annexa.mount(document.getElementById('annexa-a'), { namespace: 'team-a' });
    return JSON.parse(app.exportJson()).assessment.context.organisation;
  });
  assert.equal(again, 'Team A Ltd');
  assert.equal(await a.locator('.annexa h1').textContent(), 'Annexa: ISO/IEC 27001 risk workbench');

  assert.deepEqual(await cspViolations(page), []);
  // importJson logs why it refused the file; nothing else went to the console.
  assert.deepEqual(problems.filter((p) => !p.startsWith('console: importJson:')), []);
  await context.close();
});

const HOST_ELEMENTS = ['html', 'body', 'h1.host-title', 'p.host-note', '.host-nav a', 'h2#team-a', 'section.host-section', 'button.host-button', 'code', '#host-status'];
const PROPS = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing',
  'margin-top', 'margin-bottom', 'padding-top', 'padding-left', 'border-top-style', 'border-bottom-width', 'box-sizing', 'display'];

function hostStyles(page) {
  return page.evaluate(([elements, props]) => Object.fromEntries(elements.map((sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return [sel, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
  })), [HOST_ELEMENTS, PROPS]);
}

test('isolation: the host page looks the same with Annexa in it, and Annexa keeps its own look', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  // The same host page without Annexa: the example minus its script.
  const html = await readFile(join(DIST, 'embed-example.html'), 'utf8');
  const bare = html.replace(/<script type="module" src="\.\/embed-example\.js"><\/script>/, '');
  assert.notEqual(bare, html);
  await page.route(env.server.url + 'host-only.html', (route) => route.fulfill({ contentType: 'text/html', body: bare }));
  await page.goto(env.server.url + 'host-only.html');
  const alone = await hostStyles(page);
  await openExample(page);
  const withAnnexa = await hostStyles(page);
  assert.deepEqual(withAnnexa, alone);
  assert.equal(alone['button.host-button']['background-color'], 'rgb(255, 105, 180)', 'the host styles are in force');

  // The host's loud rules (button, p, h1, body font) do not reach in.
  const look = (sel, prop) => page.locator(sel).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
  assert.match(await look('#annexa-a .annexa', 'font-family'), /^system-ui/);
  assert.equal(await look('#annexa-a .annexa', 'background-color'), 'rgb(247, 248, 250)');
  assert.equal(await look('#annexa-a .annexa button.primary', 'background-color'), 'rgb(31, 95, 191)');
  assert.equal(await look('#annexa-a .annexa .lead', 'line-height') === await look('p.host-note', 'line-height'), false);
  // B's theme came in through the CSSOM (custom properties), not a style attribute.
  assert.match(await look('#annexa-b .annexa', 'font-family'), /^Georgia/);
  assert.equal(await look('#annexa-b .annexa button.primary', 'background-color'), 'rgb(11, 110, 79)');
  assert.equal(await page.locator('#annexa-b .annexa').evaluate((el) => el.style.getPropertyValue('--ax-accent')), '#0b6e4f');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad config rejects with a readable message (and logs it); nothing panics', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await openExample(page);
  const messages = await page.evaluate(async () => {
    const { Annexa } = window.annexaExample;
    const el = document.createElement('div');
    document.body.append(el);
    const tries = [
      [el, { colour: 'red' }],
      [el, { mode: 'wizard' }],
      [el, { theme: { accent: 'red' } }],
      [el, { theme: { accentColour: '#fff' } }],
      [el, { method: { likelihood: 9 } }],
      [el, { method: { tolerance: 'Severe' } }],
      [el, { namespace: 'no spaces please' }],
      [el, { lang: 'de-DE' }],
      [el, { importExport: 'yes' }],
      [el, { namespace: 'team-a' }],
      [null, {}],
      [el, 'calculator'],
    ];
    const out = [];
    for (const [target, config] of tries) {
      try {
        await Annexa.mount(target, config);
        out.push('mounted');
      } catch (e) {
        out.push(e instanceof Error ? e.message : `not an Error: ${e}`);
      }
    }
    // After all that, a good config still mounts in the same element.
    const app = await Annexa.mount(el, { mode: 'calculator', namespace: 'calc' });
    out.push(app.namespace);
    app.unmount();
    return out;
  });
  const expected = [
    /^Annexa\.mount: invalid Annexa config: unknown field "colour", expected one of "mode", "method", "sector", "theme", "namespace", "importExport", "lang"$/,
    /^Annexa\.mount: invalid Annexa config at mode: unknown variant "wizard", expected one of "full", "gap-check", "calculator"$/,
    /^Annexa\.mount: invalid Annexa config at theme\.accent: "red" is not a colour like "#1f5fbf"/,
    /^Annexa\.mount: invalid Annexa config at theme(\.accentColour)?: unknown field "accentColour", expected one of "bg", /,
    /^Annexa\.mount: invalid Annexa config at method\.likelihood: a scale needs 3 to 6 steps, this one has 9$/,
    /^Annexa\.mount: invalid Annexa config at method\.tolerance: there is no level "Severe"; the levels are Low, Medium, High, Critical$/,
    /^Annexa\.mount: invalid Annexa config at namespace: "no spaces please" is not a namespace/,
    /^Annexa\.mount: invalid Annexa config at lang: Annexa's interface is only in English so far/,
    /^Annexa\.mount: invalid Annexa config at importExport: invalid type: string "yes", expected a boolean$/,
    /^Annexa\.mount: the storage namespace "team-a" is already used by another Annexa instance on this page/,
    /^Annexa\.mount needs a DOM element as its first argument/,
    /^Annexa\.mount: invalid Annexa config: the config must be an object such as \{ "mode": "calculator" \}, not a string$/,
    /^calc$/,
  ];
  assert.equal(messages.length, expected.length, messages.join('\n'));
  messages.forEach((m, i) => assert.match(m, expected[i]));
  // Each message also went to the console, and nothing else did.
  assert.deepEqual(problems, messages.slice(0, -1).map((m) => `console: ${m}`));
  // The two instances of the page still work.
  await workflowNav(page.locator('#annexa-a'), 'Assets').click();
  assert.equal(await page.locator('#annexa-a .annexa h1').textContent(), 'Assets');
  await context.close();
});

test('hostile configs (shared/cases/embed-hostile-config.js) and handle arguments reject with readable messages; the page keeps working', async () => {
  const { page, problems, context } = await newPage(env.browser);
  await openExample(page);
  const result = await page.evaluate(async () => {
    const { Annexa } = window.annexaExample;
    const div = () => document.body.appendChild(document.createElement('div'));
    const cyclic = { mode: 'full' };
    cyclic.method = cyclic;
    let deep = {};
    for (let i = 0; i < 10_000; i += 1) deep = { method: deep };
    const revocable = Proxy.revocable({ mode: 'full' }, {});
    revocable.revoke();
    const tries = [
      ['getter', { get mode() { throw new Error('getter'); } }],
      ['cycle', cyclic],
      ['deep', deep],
      ['proxy that throws', new Proxy({}, { ownKeys() { throw new Error('no keys here'); } })],
      ['revoked proxy', revocable.proxy],
      ['large', { namespace: 'x'.repeat(200_000) }],
      ['many keys', Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i]))],
      ['a function', { mode: () => 'full' }],
      ['a date', { method: new Date(0) }],
      ['NaN', { method: { likelihood: NaN } }],
    ];
    const out = [];
    for (const [name, config] of tries) {
      const settled = await Promise.race([
        Annexa.mount(div(), config).then(() => 'mounted', (e) => (e instanceof Error ? e.message : `not an Error: ${e}`)),
        new Promise((resolve) => { setTimeout(() => resolve('never settled'), 10_000); }),
      ]);
      out.push(`${name}: ${settled}`);
    }
    // A Proxy of a good config mounts, and each of its traps runs at most once per key.
    const calls = {};
    const counting = new Proxy({ namespace: 'proxied', mode: 'calculator' }, new Proxy({}, {
      get(_, trap) { calls[trap] = (calls[trap] ?? 0) + 1; return Reflect[trap]; },
    }));
    const proxied = await Annexa.mount(div(), counting);
    const proxiedNamespace = proxied.namespace;
    proxied.unmount();
    // The handle refuses what is not a string, and keeps working.
    const el = div();
    const app = await Annexa.mount(el, { namespace: 'after-hostile' });
    const handleErrors = [];
    for (const bad of [42, {}, null, undefined, ['{}']]) {
      try {
        app.importJson(bad);
        handleErrors.push('accepted');
      } catch (e) {
        handleErrors.push(e instanceof Error ? e.message : `not an Error: ${e}`);
      }
    }
    // A real file still imports (the instance may need a moment to start).
    const file = window.annexaExample.teamA.exportJson();
    let summary = '';
    for (let i = 0; i < 50 && !summary; i += 1) {
      try {
        summary = app.importJson(file);
      } catch (e) {
        if (!/not running/.test(e.message)) throw e;
        await new Promise((resolve) => { setTimeout(resolve, 100); });
      }
    }
    const organisation = JSON.parse(app.exportJson()).assessment.context.organisation;
    const namespace = app.namespace;
    app.unmount();
    return { out, calls, proxiedNamespace, handleErrors, summary, organisation, namespace, shadow: el.shadowRoot !== null };
  });
  const expected = [
    /^getter: Annexa\.mount: invalid Annexa config at mode: this key is a getter or setter, which Annexa does not call; write the value itself/,
    /^cycle: Annexa\.mount: invalid Annexa config at method: the config contains itself here \(a cycle\); write the value out/,
    /^deep: Annexa\.mount: invalid Annexa config at method\.method\.method\.method\.method\.method\.method\.method: the config is nested more than 8 levels deep here; write it as plain data/,
    /^proxy that throws: Annexa\.mount: invalid Annexa config: this object cannot be read \(no keys here\); pass plain data such as/,
    /^revoked proxy: Annexa\.mount: invalid Annexa config: this value cannot be read \(.*revoked\); pass plain data such as/,
    /^large: Annexa\.mount: invalid Annexa config: the config is larger than 100 KB as JSON; a config is a few keys/,
    /^many keys: Annexa\.mount: invalid Annexa config: the config has more than 1000 keys and array items/,
    /^a function: Annexa\.mount: invalid Annexa config at mode: a function is not a config value; write a string/,
    /^a date: Annexa\.mount: invalid Annexa config at method: only plain objects and arrays can be config values, not this object \(a Date\)/,
    /^NaN: Annexa\.mount: invalid Annexa config at method\.likelihood: NaN is not a number a config can hold; write a finite number/,
  ];
  assert.equal(result.out.length, expected.length, result.out.join('\n'));
  result.out.forEach((m, i) => assert.match(m, expected[i]));
  assert.equal(result.proxiedNamespace, 'proxied');
  assert.deepEqual(result.calls, { getPrototypeOf: 1, ownKeys: 1, getOwnPropertyDescriptor: 2 });
  const kinds = ['a number', 'an object', 'null', 'undefined', 'an array'];
  assert.deepEqual(result.handleErrors, kinds.map((k) => `importJson: takes the text of an Annexa JSON file (a string), not ${k}; read a file with await file.text(), or pass the result of exportJson()`));
  assert.ok(result.summary.length > 0);
  assert.equal(result.organisation, await page.evaluate(() => JSON.parse(window.annexaExample.teamA.exportJson()).assessment.context.organisation));
  assert.equal(result.namespace, 'after-hostile');
  assert.equal(result.shadow, true);
  // Each refusal went to the console once, and nothing else did.
  const logged = [...result.out.map((m) => m.slice(m.indexOf(': ') + 2)), ...result.handleErrors];
  assert.deepEqual(problems.filter((p) => !/not running/.test(p)), logged.map((m) => `console: ${m}`));
  // The page's two instances still work.
  await workflowNav(page.locator('#annexa-a'), 'Assets').click();
  assert.equal(await page.locator('#annexa-a .annexa h1').textContent(), 'Assets');
  await context.close();
});

/** Opens a page of another site (a second server, reached as localhost)
 * whose only content is iframes of index.html with the given fragments. */
async function hostWithFrames(page, frames) {
  const origin = new URL(env.server.url).origin;
  const dir = artifact('iframe-host');
  await mkdir(dir, { recursive: true });
  const body = frames.map(([title, fragment]) => `<iframe title="${title}" src="${env.server.url}index.html${fragment}"
      sandbox="allow-scripts allow-same-origin allow-downloads allow-modals" referrerpolicy="no-referrer" width="1000" height="700"></iframe>`).join('\n');
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; frame-src ${origin}">
      <title>Another site</title></head><body><h1>Another site</h1>${body}</body></html>`);
  const host = await serve(dir);
  await page.goto(host.url.replace('127.0.0.1', 'localhost'));
  return host;
}

test('iframe: #config= sets the matrix size and the mode; the frame stays inside its frame', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1100, height: 900 } });
  await recordCsp(context);
  const host = await hostWithFrames(page, [
    ['Annexa', '#config=' + b64url({ method: { likelihood: 3, impact: 4 }, namespace: 'framed' })],
    ['Risk calculator', '#config=' + b64url({ mode: 'calculator', method: { likelihood: ['Low', 'Medium', 'High'], impact: 3, tolerance: 'Low' } })],
  ]);
  const full = page.frameLocator('iframe[title="Annexa"]');
  await full.locator('.annexa main h1').waitFor({ timeout: 30_000 });
  await workflowNav(full, 'Context').click();
  assert.equal(await full.locator('main h1').textContent(), 'Context & scope');
  assert.equal(await full.locator('.heatmap g.cell').count(), 12, '3 × 4 matrix');
  assert.equal(await full.getByLabel('Likelihood scale').inputValue(), '3');
  assert.equal(await full.getByLabel('Impact scale').inputValue(), '4');
  const frame = page.frames().find((f) => f.url().startsWith(env.server.url));
  // Routes live in memory: the frame's #config= stays, and the top page is untouched.
  assert.match(await frame.evaluate(() => location.hash), /^#config=/);
  assert.equal(page.url(), host.url.replace('127.0.0.1', 'localhost'));

  const calc = page.frameLocator('iframe[title="Risk calculator"]');
  await calc.locator('.annexa main h1').waitFor();
  assert.equal(await calc.locator('main h1').textContent(), 'Risk calculator');
  assert.equal(await calc.locator('.heatmap g.cell').count(), 9);
  assert.equal(await calc.getByRole('navigation', { name: 'Workflow' }).count(), 0);
  await calc.getByLabel('Likelihood', { exact: true }).selectOption('3');
  await calc.getByLabel('Impact', { exact: true }).selectOption('3');
  assert.match(await calc.getByTestId('calc-result').textContent(), /Risk level: Critical L3×I3 = 9.*Above the risk tolerance \(Low and below\)/);
  await calc.locator('.heatmap g.cell[aria-label*="likelihood 1 "][aria-label*="impact 1 "]').click();
  assert.match(await calc.getByTestId('calc-result').textContent(), /Risk level: Low L1×I1 = 1.*Within the risk tolerance/);
  await page.screenshot({ path: artifact('iframe-config.png'), fullPage: true });

  for (const f of page.frames().filter((f) => f.url().startsWith(env.server.url))) {
    assert.deepEqual(await cspViolations(f), [], f.url());
  }
  assert.deepEqual(problems, []);
  await context.close();
  await host.close();
});

test('iframe: a bad #config= shows what is wrong instead of the app', async () => {
  const { page, problems, context } = await newPage(env.browser);
  const host = await hostWithFrames(page, [['Annexa', '#config=' + b64url({ mode: 'calculator', matrix: 5 })]]);
  const frame = page.frameLocator('iframe');
  const alert = frame.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.textContent(), /^Annexa cannot start: invalid Annexa config: unknown field "matrix", expected one of .*Fix the #config= part of the address/);
  assert.equal(await frame.locator('.annexa').count(), 0);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^console: Annexa cannot start: invalid Annexa config/);
  await context.close();
  await host.close();
});
