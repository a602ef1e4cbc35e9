import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const expected = readExpected(CLAIM_PAGE);
// Values on the sample page that identify the patient: the report leaves them out by default.
const PATIENT_NAME = 'Sample, Alex Q';
const MEMBER_ID = 'XZW900112233';
const BIRTH_DATE = '1984-03-15';
const ACCOUNT = 'ACCT-10442';
const IDENTIFIERS = [PATIENT_NAME, MEMBER_ID, BIRTH_DATE, ACCOUNT];
// A provider's NPI is no patient identifier: the finding about its check digit must still say which one.
const RENDERING_NPI = '1765432100';

let session: Session;
let page: Page;
let popup: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, idFor(expected, 'referring.npi')), 'the empty referring NPI box (17b) is marked');
  const tabId = await tabIdOf(session, page);
  popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
  await waitUntil(async () => (await popup.locator('[data-group="fail"] [data-status="fail"]').count()) > 0, 'the popup lists gaps');
});

afterAll(async () => {
  await session?.close();
});

/** How many pages Chromium prints the report on (US Letter), counted in the PDF it makes. */
async function printedPages(report: Page): Promise<number> {
  const bytes = await report.pdf({ format: 'Letter' });
  if (process.env.CLAIMLINT_SHOTS) {
    await writeFile(join(process.env.CLAIMLINT_SHOTS, 'report-print.pdf'), bytes);
    await report.screenshot({ path: join(process.env.CLAIMLINT_SHOTS, 'report-screen.png'), fullPage: true });
    // The printed page's text width (US Letter less 12 mm margins), as print media lays it out.
    const viewport = report.viewportSize();
    await report.emulateMedia({ media: 'print' });
    await report.setViewportSize({ width: 725, height: 960 });
    await report.screenshot({ path: join(process.env.CLAIMLINT_SHOTS, 'report-print.png'), fullPage: true });
    await report.emulateMedia({ media: 'screen' });
    if (viewport) await report.setViewportSize(viewport);
  }
  const pdf = bytes.toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

async function downloadReport(): Promise<{ fileName: string; report: { findings: { message: string }[] } }> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), report: JSON.parse(await readFile(path, 'utf8')) };
}

describe('exporting a review of a served CMS-1500 page', () => {
  it('prints a report with the gaps and their sources, without the patient\'s identifiers', async () => {
    const [report] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Print report' }).click(),
    ]);
    await report.waitForLoadState();
    expect(new URL(report.url()).pathname).toBe('/report.html');
    const missing = report.locator('[data-group="fail"]');
    await expect.poll(() => missing.locator('[data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const referringNpi = missing.locator('[data-status="fail"]').filter({ hasText: /referring provider NPI/i }).first();
    // Each gap refers to its policy by number; the policy is written out once, under Sources.
    const reference = /\[(\d+)\]/.exec(await referringNpi.innerText());
    expect(reference).not.toBeNull();
    expect(await report.locator(`#source-${reference![1]}`).innerText()).toMatch(/CMS|NUCC|1500/i);
    expect(await missing.innerText()).toMatch(/diagnosis pointer/i);
    const text = await report.locator('body').innerText();
    expect(text).toMatch(/ClaimLint review/);
    for (const identifier of IDENTIFIERS) expect(text).not.toContain(identifier);
    // The codes, the NPI and ClaimLint's own words stay, and the claim is named by its account number's end.
    expect(text).toContain(`Rendering NPI (24J), line 3 '${RENDERING_NPI}' fails the NPI check digit`);
    expect(text).toMatch(/Service line 1 \(97124\) is billed with 97140 \(line 2\)/);
    expect(text).toContain('Patient account …0442');
    const pages = await printedPages(report);
    expect(pages, 'the sample claim prints on one or two pages').toBeLessThanOrEqual(2);
    expect(await report.locator('button', { hasText: 'Print' }).isVisible()).toBe(true);
    await report.emulateMedia({ media: 'print' });
    expect(await report.locator('button', { hasText: 'Print' }).isVisible()).toBe(false);
    await report.close();
  });

  it('downloads the same findings as JSON, without the patient\'s values', async () => {
    const { fileName, report } = await downloadReport();
    expect(fileName).toMatch(/^claimlint-review-\d{4}-\d{2}-\d{2}\.json$/);
    expect(report.findings.length).toBe(await popup.locator('li.finding').count());
    const text = JSON.stringify(report);
    for (const identifier of IDENTIFIERS) expect(text).not.toContain(identifier);
    expect(text).toContain(RENDERING_NPI);
  });

  it('includes the patient\'s values when the user ticks "Include patient details"', async () => {
    await popup.getByLabel('Include patient details').check();
    const { report } = await downloadReport();
    expect(JSON.stringify(report)).toContain(ACCOUNT);
  });
});
