// A new user's walk with screenshots: an accounting firm built from
// scratch (context, 3 assets, 3 risks), then Treatment, SoA and Start, on
// a laptop and a phone. Not a test: it records what a newcomer sees.
// Usage: node e2e/walk.mjs OUTDIR [tag]   (after `trunk build --release`)
import { start, newPage, ready } from './harness.mjs';
const out = process.argv[2] || '/tmp/shots';
const tag = process.argv[3] || 'x';
const env = await start();
const log = [];
const say = (s) => { log.push(s); console.log(s); };
async function run(viewport, dev) {
  const { page, problems } = await newPage(env.browser, { viewport });
  const shot = (n) => page.screenshot({ path: `${out}/${tag}-${dev}-${n}.png`, fullPage: false });
  await page.goto(env.server.url);
  await ready(page);
  await shot('01-start');
  await page.getByRole('button', { name: 'Start new assessment' }).click();
  await ready(page);
  await page.getByLabel('Organisation name').fill('Ledger & Co Accountants');
  await page.getByLabel('Organisation name').blur();
  await page.goto(env.server.url + '#/assets'); await ready(page);
  for (const [name, type, c, i, a] of [['Client ledgers', 'information', '5', '4', '3'], ['Practice laptops', 'hardware', '3', '2', '3'], ['Backup NAS', 'hardware', '4', '4', '4']]) {
    await page.getByRole('button', { name: 'Add asset' }).click();
    await page.getByLabel('Name').first().fill(name);
    await page.getByLabel('Type').selectOption(type);
    await page.getByLabel('Owner').fill('Senior Partner');
    await page.getByLabel('Confidentiality').selectOption(c);
    await page.getByLabel('Integrity').selectOption(i);
    await page.getByLabel('Availability').selectOption(a);
    await page.getByRole('button', { name: 'Save asset' }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();
  }
  await shot('02-assets');
  await page.goto(env.server.url + '#/risks'); await ready(page);
  for (const [title, asset, threat, lik] of [['Laptop stolen from a car', 'Practice laptops', /Theft/, '3'], ['Backups fail silently', 'Backup NAS', /backup|Backup/, '3'], ['Phishing opens client ledgers', 'Client ledgers', /Phishing/, '4']]) {
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('group', { name: /Assets/ }).getByLabel('Search Assets').fill(asset.split(' ')[1]);
    await page.getByLabel(new RegExp(asset)).check();
    const combo = page.getByRole('combobox', { name: 'Threat', exact: true });
    await combo.fill(threat.source.split('|')[0]);
    await combo.press('Enter');
    await page.getByLabel('Likelihood (inherent)').selectOption(lik);
    await page.getByRole('button', { name: 'Save risk' }).click();
    await page.getByRole('cell', { name: title, exact: true }).waitFor();
  }
  await shot('03-risks');
  await page.goto(env.server.url + '#/treatment'); await ready(page);
  await shot('04-treatment');
  await page.goto(env.server.url + '#/soa'); await ready(page);
  await shot('05-soa');
  const badge = await page.getByRole('navigation', { name: 'Workflow' }).innerText();
  say(`${dev}: nav = ${badge.replace(/\s+/g, ' ')}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  say(`${dev}: soa scrollWidth ${width}, height ${await page.evaluate(() => document.documentElement.scrollHeight)}`);
  await page.goto(env.server.url + '#/'); await ready(page);
  await shot('06-start-again');
  say(`${dev}: problems ${JSON.stringify(problems)}`);
}
try {
  await run({ width: 1280, height: 900 }, 'laptop');
  await run({ width: 390, height: 844 }, 'phone');
} catch (e) { console.error('walk failed:', e.message); }
await env.close();
