// Shared set-up for the end-to-end tests: Debian's Chromium through
// playwright-core (no browser download), a static server on 127.0.0.1,
// and an artifacts folder under target/.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// ANNEXA_DIST serves another build (e.g. an older one, to compare in a benchmark).
export const DIST = process.env.ANNEXA_DIST || resolve(here, '..', 'dist');
export const ARTIFACTS = resolve(here, '..', 'target', 'e2e-artifacts');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function start({ base = '/' } = {}) {
  const server = await serve(DIST, { base });
  const browser = await launch();
  return { server, browser, async close() { await browser.close(); await server.close(); } };
}

/** A new page that fails the test on any page error or console error. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Waits until the Yew app has rendered its shell. */
export async function ready(page) {
  await page.waitForSelector('.annexa main h1', { timeout: 30_000 });
}

export function artifact(name) {
  return join(ARTIFACTS, name);
}

/** Records Content-Security-Policy violations in every page and frame of
 * `context`; read them with cspViolations(page or frame). */
export async function recordCsp(context) {
  await context.addInitScript(() => {
    window.__annexaCsp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__annexaCsp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    }, true);
  });
}

export async function cspViolations(pageOrFrame) {
  return pageOrFrame.evaluate(() => window.__annexaCsp ?? ['CSP recorder missing']);
}
