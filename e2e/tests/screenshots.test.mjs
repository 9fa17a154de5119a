// Issue 14, done-when: the closing note shows the start page, a risk being
// added (the editor open, the threat combobox showing its matches) and the
// SoA, on a phone (390 × 844) and on a laptop (1280 × 800), light theme.
// Written to target/e2e-artifacts/shot-<size>-<what>.png; each view is
// also checked for what a screenshot would hide: horizontal scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, ready, artifact } from '../harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const SIZES = [['phone', { width: 390, height: 844 }], ['laptop', { width: 1280, height: 800 }]];

async function noSideways(page, what) {
  const [w, v] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(w <= v, `${what}: ${w} px wide in a ${v} px viewport`);
}

for (const [size, viewport] of SIZES) {
  test(`screenshots on a ${size} (${viewport.width} × ${viewport.height}): start, adding a risk, SoA`, async () => {
    const { page, problems, context } = await newPage(env.browser, { viewport, colorScheme: 'light' });
    await page.goto(env.server.url);
    await ready(page);
    await noSideways(page, 'start');
    await page.screenshot({ path: artifact(`shot-${size}-start.png`) });

    await page.getByRole('button', { name: 'Load example' }).click();
    await page.goto(`${env.server.url}#/risks`);
    await ready(page);
    await page.getByRole('button', { name: 'Add risk' }).click();
    await page.locator('#risk-title').fill('Laptop stolen from a car');
    await page.locator('input[type=checkbox][id^="risk-assets-"]').first().check();
    const threat = page.getByRole('combobox', { name: 'Threat', exact: true });
    await threat.fill('Theft');
    await page.getByRole('option', { name: /^T11 Theft/ }).waitFor();
    await threat.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('#risk-threat').scrollIntoView({ block: 'start' }));
    await noSideways(page, 'adding a risk');
    await page.screenshot({ path: artifact(`shot-${size}-risk.png`) });

    await page.goto(`${env.server.url}#/soa`);
    await ready(page);
    await page.locator('.soa-theme').first().waitFor();
    await noSideways(page, 'SoA');
    await page.screenshot({ path: artifact(`shot-${size}-soa.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  });
}
