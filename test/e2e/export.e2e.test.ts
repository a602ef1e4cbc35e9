import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const expected = readExpected(CLAIM_PAGE);
// Values on the sample page that identify the patient or the claim: the report leaves them out by default.
const RENDERING_NPI = '1765432100';
const PATIENT_NAME = 'Sample, Alex Q';

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

async function downloadReport(): Promise<{ fileName: string; report: { findings: { message: string }[] } }> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), report: JSON.parse(await readFile(path, 'utf8')) };
}

describe('exporting a review of a served CMS-1500 page', () => {
  it('the sample page quotes the rendering NPI in a finding, so there is something to withhold', async () => {
    expect(await popup.locator('[data-group="fail"]').innerText()).toContain(RENDERING_NPI);
  });

  it('prints a report with the gaps and their sources, without the patient\'s values', async () => {
    const [report] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Print report' }).click(),
    ]);
    await report.waitForLoadState();
    expect(new URL(report.url()).pathname).toBe('/report.html');
    const missing = report.locator('[data-group="fail"]');
    await expect.poll(() => missing.locator('[data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const referringNpi = missing.locator('[data-status="fail"]').filter({ hasText: /referring provider NPI/i }).first();
    expect(await referringNpi.innerText()).toMatch(/Source:/);
    expect(await missing.innerText()).toMatch(/diagnosis pointer/i);
    const text = await report.locator('body').innerText();
    expect(text).toMatch(/ClaimLint review/);
    expect(text).not.toContain(RENDERING_NPI);
    expect(text).not.toContain(PATIENT_NAME);
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
    expect(text).not.toContain(RENDERING_NPI);
    expect(text).not.toContain(PATIENT_NAME);
  });

  it('includes the patient\'s values when the user ticks "Include patient details"', async () => {
    await popup.getByLabel('Include patient details').check();
    const { report } = await downloadReport();
    expect(JSON.stringify(report)).toContain(RENDERING_NPI);
  });
});
