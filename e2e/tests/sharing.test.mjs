// Privacy-preserving sharing: an export encrypted with a passphrase
// (wrong passphrase and tampering refused), and a share link that carries
// the assessment in the URL fragment. Both end in the validated import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { start, newPage, ready, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });
const PASSPHRASE = 'correct horse battery staple';

async function exampleOnDataPage(page) {
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');
  await nav(page, 'Data').click();
  return page.getByTestId('data-summary').textContent();
}

test('encrypted export: a passphrase in, the same data out; a wrong passphrase or a changed file is refused', async () => {
  const { page, problems, context } = await newPage(env.browser);
  const before = await exampleOnDataPage(page);
  await page.getByRole('button', { name: 'Export encrypted JSON…' }).click();
  const form = page.getByRole('form', { name: 'Export encrypted JSON' });
  await form.getByLabel(/^Passphrase/).fill('short');
  await form.getByLabel('Repeat the passphrase').fill('short');
  await form.getByRole('button', { name: 'Encrypt and export' }).click();
  assert.match(await form.getByRole('alert').textContent(), /at least 12 characters/);
  await form.getByLabel(/^Passphrase/).fill(PASSPHRASE);
  await form.getByLabel('Repeat the passphrase').fill(PASSPHRASE + '!');
  await form.getByRole('button', { name: 'Encrypt and export' }).click();
  assert.match(await form.getByRole('alert').textContent(), /The two passphrases differ/);
  await form.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    form.getByRole('button', { name: 'Encrypt and export' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^annexa-brightline-client-services-ltd-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
  const file = artifact('export.encrypted.json');
  await download.saveAs(file);
  const text = await readFile(file, 'utf8');
  const sealed = JSON.parse(text);
  assert.equal(sealed.format, 'annexa-encrypted');
  assert.deepEqual({ name: sealed.kdf.name, iterations: sealed.kdf.iterations }, { name: 'PBKDF2-SHA256', iterations: 600000 });
  assert.equal(sealed.cipher.name, 'AES-256-GCM');
  assert.doesNotMatch(text, /Brightline/, 'nothing readable inside');
  await page.getByRole('status').filter({ hasText: 'encrypted. Keep the passphrase' }).waitFor();

  await page.getByRole('button', { name: 'Clear all data' }).click();
  await page.getByRole('button', { name: 'Yes, clear all data' }).click();
  const summary = page.getByTestId('data-summary');
  assert.match(await summary.textContent(), /^Unnamed organisation/);

  // A wrong passphrase: a clear error, the data unchanged, try again.
  await page.getByLabel('Import JSON').setInputFiles(file);
  const unlock = page.getByRole('form', { name: 'Decrypt the file' });
  await unlock.getByLabel('Passphrase').fill('wrong horse battery staple');
  await unlock.getByRole('button', { name: 'Decrypt' }).click();
  const alert = unlock.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /^Not decrypted, and your data is unchanged: the passphrase is wrong, or the file was changed after it was encrypted/);
  assert.match(await summary.textContent(), /^Unnamed organisation/);
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Decrypt' }).click();
  await page.getByRole('region', { name: 'Import preview' }).waitFor();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  assert.equal(await summary.textContent(), before);

  // One changed byte of ciphertext: GCM refuses it even with the right passphrase.
  const tampered = { ...sealed, ciphertext: (sealed.ciphertext[0] === 'A' ? 'B' : 'A') + sealed.ciphertext.slice(1) };
  const tamperedFile = artifact('tampered.encrypted.json');
  await writeFile(tamperedFile, JSON.stringify(tampered));
  await page.getByLabel('Import JSON').setInputFiles(tamperedFile);
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: 'Decrypt' }).click();
  await unlock.getByRole('alert').waitFor();
  assert.match(await unlock.getByRole('alert').textContent(), /the file was changed after it was encrypted/);
  assert.equal(await summary.textContent(), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('share link: the assessment travels in the fragment, never to the server, and opens after a preview', async () => {
  const { page, problems, context } = await newPage(env.browser);
  const before = await exampleOnDataPage(page);
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const link = await page.getByLabel(/^Share link/).inputValue();
  assert.ok(link.startsWith(env.server.url + '#share='), link);
  assert.ok(link.length < 16_000 + env.server.url.length + 7, `${link.length} characters`);
  await context.close();

  // Someone else opens it in a fresh browser profile.
  const fresh = await newPage(env.browser);
  const served = env.server.requests.length;
  await fresh.page.goto(link);
  await ready(fresh.page);
  const offer = fresh.page.getByRole('region', { name: 'Shared assessment' });
  await offer.waitFor();
  assert.match(await offer.textContent(), /Brightline Client Services Ltd — 8 asset\(s\), 8 risk\(s\)/);
  // The payload left the address bar once read, and never reached the server.
  assert.equal(await fresh.page.evaluate(() => location.hash), '#/');
  assert.ok(env.server.requests.slice(served).every((u) => !u.includes('share')), 'the server saw no share payload');
  await offer.getByRole('button', { name: 'Open the shared assessment' }).click();
  await nav(fresh.page, 'Data').click();
  assert.equal(await fresh.page.getByTestId('data-summary').textContent(), before);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();

  // A damaged link says so and changes nothing.
  const broken = await newPage(env.browser);
  await broken.page.goto(link.slice(0, link.length - 200));
  await ready(broken.page);
  const error = broken.page.getByRole('alert').filter({ hasText: 'The share link could not be opened.' });
  await error.waitFor();
  assert.match(await error.textContent(), /this share link is damaged/);
  await nav(broken.page, 'Data').click();
  assert.match(await broken.page.getByTestId('data-summary').textContent(), /^Unnamed organisation/);
  assert.deepEqual(problems, []);
  await broken.context.close();
});
