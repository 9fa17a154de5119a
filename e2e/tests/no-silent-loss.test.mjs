// Nothing is destroyed silently. The risk criteria (27001 6.1.2 a): each
// scale step has a definition the user can edit, and a scale change says
// what it will do before it does it, can be undone, and restores every
// rating when the old size comes back. Deleting an asset that risks use
// lists those risks and asks first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function registers(page) {
  const out = [];
  for (const route of ['assets', 'risks']) {
    await page.goto(`${env.server.url}#/${route}`);
    await ready(page);
    out.push(await page.locator('main table').first().innerText());
  }
  await page.goto(`${env.server.url}#/context`);
  await ready(page);
  return out;
}

test('impact scale 5 → 4 → 5: previewed, undoable, and every rating comes back', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  const before = await registers(page);

  // Each step has an editable definition.
  const def = page.getByLabel('Definition of Severe (Impact 5)');
  await def.fill('A loss above EUR 250k, or a regulator must be told');
  await def.blur();

  await page.getByLabel('Impact scale').selectOption('4');
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  const preview = await dialog.innerText();
  assert.match(preview, /Changing the impact scale to 4 steps changes these ratings:/);
  assert.match(preview, /asset ratings?: Severe \(5 of 5\) → Severe \(4 of 4\)/);
  await page.screenshot({ path: artifact('scale-change-preview.png') });
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '5');

  await page.getByLabel('Impact scale').selectOption('4');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Apply the change' }).click();
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '4');
  await page.getByText(/^Changed the scales:/).waitFor();
  // Undo brings everything back at once.
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '5');
  assert.deepEqual(await registers(page), before, 'undo restores every rating');
  assert.equal(await page.getByLabel('Definition of Severe (Impact 5)').inputValue(), 'A loss above EUR 250k, or a regulator must be told');

  // Apply, then go back to 5 steps: the ratings and the definition return.
  await page.getByLabel('Impact scale').selectOption('4');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Apply the change' }).click();
  await page.getByLabel('Impact scale').selectOption('5');
  const back = await page.getByRole('alertdialog').innerText();
  assert.match(back, /restored: Severe \(4 of 4\) → Severe \(5 of 5\)/);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Apply the change' }).click();
  assert.equal(await page.getByLabel('Impact scale').inputValue(), '5');
  assert.deepEqual(await registers(page), before, 'every rating as it was');
  assert.equal(await page.getByLabel('Definition of Severe (Impact 5)').inputValue(), 'A loss above EUR 250k, or a regulator must be told');
  assert.deepEqual(problems, []);
});

test('deleting an asset that risks use lists them and asks first; an unused one goes at once, with undo', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.goto(env.server.url + '#/assets');
  await ready(page);
  const rows = () => page.locator('main table.register tbody tr').count();
  const n = await rows();
  await page.getByRole('button', { name: 'Delete A-03 Cloud telephony' }).click();
  const ask = page.getByRole('alertdialog');
  await ask.waitFor();
  const text = await ask.innerText();
  assert.match(text, /A-03 Cloud telephony is used by 2 risks:/);
  assert.match(text, /R-06 Cloud telephony outage stops the support lines \(its only asset: its impact becomes unknown/);
  await page.screenshot({ path: artifact('asset-delete-confirm.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await rows(), n, 'cancel keeps it');
  await page.getByRole('button', { name: 'Delete A-03 Cloud telephony' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete A-03 Cloud telephony' }).click();
  assert.equal(await rows(), n - 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await rows(), n, 'undo brings it back');
  // An asset no risk names goes without a question.
  await page.getByRole('button', { name: 'Add asset' }).click();
  await page.getByLabel('Name').first().fill('Spare printer');
  await page.getByRole('button', { name: /^Save/ }).click();
  await page.getByRole('cell', { name: 'Spare printer', exact: true }).waitFor();
  await page.getByRole('button', { name: /^Delete A-\d+ Spare printer$/ }).click();
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  assert.equal(await page.getByRole('cell', { name: 'Spare printer', exact: true }).count(), 0);
  assert.deepEqual(problems, []);
});

test('a name typed on the gap check and left at once by a link is kept (saved as typed, not on change)', async () => {
  const { page, problems } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url + '#/gap-check');
  await ready(page);
  const org = page.getByLabel('Organisation name');
  await org.click();
  // Typed key by key and never blurred: no change event fires before the
  // page goes away.
  await org.pressSequentially('Ledger & Co Accountants ');
  await page.evaluate(() => { location.hash = '#/context'; });
  await ready(page);
  assert.equal(await page.getByLabel('Organisation name').first().inputValue(), 'Ledger & Co Accountants ',
    'the context page shows the name exactly as typed');
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Organisation name').first().inputValue(), 'Ledger & Co Accountants ',
    'and it was saved');
  assert.deepEqual(problems, []);
});
