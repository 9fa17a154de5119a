// The Stage 1 pack in the browser: the document control values a user
// types reach the printed documents and the XLSX workbook (read back with
// a zip reader), whose page setup makes it print as a document, and the
// DOCX files the files worker writes; and every
// document's print view, saved as PDF by Chromium, for the closing note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, newPage, ready, artifact } from '../harness.mjs';
import { readWorkbook, sharedStrings, WORKBOOK_SHEETS } from '../xlsx.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const nav = (page, name) => page.getByRole('navigation', { name: 'Workflow' }).getByRole('link', { name: new RegExp('^' + name) });

async function type(page, id, value) {
  await page.locator(id).fill(value);
  await page.locator(id).blur();
}

test('typed document control values reach the prints and the workbook', async () => {
  const { page, problems, context } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url);
  await ready(page);
  await page.getByRole('button', { name: 'Load example' }).click();
  await page.waitForFunction(() => location.hash === '#/risks');

  // The SoA's block on the SoA page.
  await nav(page, 'SoA').click();
  await type(page, '#soa-version', '0.3');
  await type(page, '#soa-author', 'Ali Author');
  await type(page, '#soa-approver', 'Dana Approver');
  await type(page, '#soa-approved-on', '2026-11-27');

  // The risk treatment plan's block on the Data page, with a change.
  await nav(page, 'Data').click();
  await page.locator('section.document-control', { hasText: 'Risk treatment plan' }).getByRole('button', { name: /Risk treatment plan/ }).click();
  await type(page, '#risk-treatment-plan-version', '0.3');
  await type(page, '#risk-treatment-plan-author', 'Ali Author');
  await type(page, '#risk-treatment-plan-approver', 'Dana Approver');
  await page.locator('section.document-control', { hasText: 'Risk treatment plan' }).getByRole('button', { name: 'Add a change' }).click();
  await type(page, '#risk-treatment-plan-history-0-change', 'Ready for Stage 1');

  // Prints: each document's view holds the typed values and its page rules.
  const printed = {};
  // The stub keeps what the print dialog would get: the view and the page
  // rules in force (a constructed stylesheet: the CSP allows no inline style).
  await page.evaluate(() => {
    window.print = () => {
      window.__rules = [...document.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      window.__printed = document.querySelector('.print-report')?.innerHTML ?? '';
    };
  });
  for (const [button, name] of [['Print SoA', 'soa'], ['Print risk treatment plan', 'rtp'], ['Print risk report', 'risks']]) {
    await page.evaluate(() => { window.__printed = null; });
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction(() => window.__printed !== null);
    printed[name] = await page.evaluate(() => window.__printed);
    printed[name + 'Rules'] = await page.evaluate(() => window.__rules);
  }
  assert.match(printed.soaRules, /size: a4 landscape/i, 'the SoA prints landscape');
  assert.match(printed.soaRules, /counter\(pages\)/, 'page x of y');
  assert.match(printed.soaRules, /version 0\.3/, 'the running header with the typed version');
  assert.equal(await page.evaluate(() => [...document.adoptedStyleSheets].map((s) => s.cssRules.length).reduce((a, b) => a + b, 0)), 0, 'the rules are gone after the print');
  for (const html of [printed.soa, printed.rtp]) {
    assert.match(html, /<td>0\.3<\/td>/, 'the typed version');
    assert.ok(html.includes('Dana Approver') && html.includes('Ali Author'));
    assert.ok(!html.includes('1.0'), 'a version nobody typed');
  }
  assert.ok(printed.soa.includes('Not applicable') && printed.soa.includes('5 Organizational controls'));
  assert.ok(printed.rtp.includes('Ready for Stage 1'), 'the change history');
  assert.equal((printed.risks.match(/heatmap-print/g) || []).length, 2, 'inherent and residual heatmaps');

  // The workbook: the cover carries the typed values; every sheet prints
  // landscape, one page wide, with its header row repeated.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX workbook' }).click()]);
  const path = artifact('documents.xlsx');
  await xlsx.saveAs(path);
  const buf = await readFile(path);
  const book = readWorkbook(buf);
  assert.deepEqual(Object.keys(book), WORKBOOK_SHEETS);
  const strings = sharedStrings(buf);
  for (const v of ['0.3', 'Ali Author', 'Dana Approver', 'Ready for Stage 1']) assert.ok(strings.includes(v), v);
  for (const [name, sheet] of Object.entries(book)) {
    assert.match(sheet.xml, /orientation="landscape"/, `${name}: landscape`);
    assert.match(sheet.xml, /<pageSetUpPr fitToPage="1"\/>/, `${name}: fit to page`);
    assert.match(sheet.xml, /fitToHeight="0"/, `${name}: one page wide`);
    assert.match(sheet.xml, /<oddFooter>&amp;CPage &amp;P of &amp;N<\/oddFooter>/, `${name}: page x of y`);
  }
  const workbookXml = (await import('../xlsx.mjs')).zipText(buf).get('xl/workbook.xml');
  assert.match(workbookXml, /_xlnm\.Print_Titles/, 'header rows repeated');
  assert.deepEqual(problems, []);

  // DOCX from the files worker (loaded on this first click): the risk
  // treatment plan is a zip whose word/document.xml holds the typed
  // document control values; the Stage 1 pack holds the SoA's.
  const docxButton = page.getByRole('button', { name: 'Download DOCX: Risk treatment plan' });
  const [docx] = await Promise.all([page.waitForEvent('download'), docxButton.click()]);
  assert.match(docx.suggestedFilename(), /-risk-treatment-plan\.docx$/, docx.suggestedFilename());
  const docxPath = artifact('documents-rtp.docx');
  await docx.saveAs(docxPath);
  const docxBuf = await readFile(docxPath);
  assert.equal(docxBuf.subarray(0, 2).toString('latin1'), 'PK', 'a zip archive');
  const documentXml = (await import('../xlsx.mjs')).zipText(docxBuf).get('word/document.xml');
  assert.ok(documentXml, 'word/document.xml is in the file');
  for (const v of ['0.3', 'Ali Author', 'Dana Approver', 'Ready for Stage 1']) assert.ok(documentXml.includes(`>${v}<`), `${v} in the DOCX`);
  await page.getByText(/^Exported .*-risk-treatment-plan\.docx\.$/).waitFor();
  const [pack] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the Stage 1 pack (DOCX)' }).click()]);
  assert.match(pack.suggestedFilename(), /-stage-1-pack\.docx$/);
  const packXml = (await import('../xlsx.mjs')).zipText(await readFile(await pack.path())).get('word/document.xml');
  assert.ok(packXml.includes('Statement of Applicability') && packXml.includes('>Dana Approver<'), 'the pack holds the SoA and its approver');
  assert.deepEqual(problems, []);

  // Chromium's "Save as PDF" of each print view (what the print dialog
  // gets), for the closing note: the captured view with the app's styles.
  const styles = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href));
  for (const button of ['Print scope statement', 'Print methodology', 'Print risk report', 'Print risk treatment plan', 'Print SoA', 'Print gap-check report']) {
    await page.evaluate(() => { window.__printed = null; });
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction(() => window.__printed !== null);
    const html = await page.evaluate(() => window.__printed);
    const rules = await page.evaluate(() => window.__rules);
    const sheet = await context.newPage();
    await sheet.setContent(`<!doctype html><html><head>${styles.map((h) => `<link rel="stylesheet" href="${h}">`).join('')}<style>${rules}</style></head><body><div class="annexa"><div class="print-report">${html}</div></div></body></html>`, { waitUntil: 'load' });
    await sheet.emulateMedia({ media: 'print' });
    await sheet.pdf({ path: artifact(`print-${button.slice(6).replace(/ /g, '-')}.pdf`), preferCSSPageSize: true, printBackground: true });
    await sheet.close();
  }
  await context.close();
});
