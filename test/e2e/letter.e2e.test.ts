import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean } from './support/axe';
import { startSession, tabIdOf, type Session } from './support/fixture';

const PLAN_PAGE = 'pt-plan-of-care.html';
/** On the sample plan of care: the patient's name, which the letter copies from the page. */
const PATIENT_NAME = 'Jordan Exampleton';
const TAB = { width: 1280, height: 800 };

let session: Session;
let page: Page;
let letter: Page;
let tabId: number;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${PLAN_PAGE}`);
  tabId = await tabIdOf(session, page);
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
  const draftButton = popup.getByRole('button', { name: 'Draft letter' });
  await draftButton.waitFor({ timeout: 15_000 });
  [letter] = await Promise.all([session.browser.context.waitForEvent('page'), draftButton.click()]);
  await letter.waitForLoadState();
  await letter.setViewportSize(TAB);
  await popup.close();
});

afterAll(async () => {
  await session?.close();
});

describe('drafting a letter of medical necessity from a served plan of care', () => {
  it('opens the letter page with the draft: the page\'s values, placeholders highlighted, the gaps listed', async () => {
    expect(new URL(letter.url()).pathname).toBe('/letter.html');
    await letter.locator('.letter-body').waitFor({ timeout: 15_000 });
    expect(await letter.locator('.letter-body').innerText()).toContain(PATIENT_NAME);
    // The official description comes from the packaged, gzip-compressed ICD-10-CM chunks, read in the letter page.
    expect(await letter.locator('.letter-body').innerText()).toContain('M17.12 — Unilateral primary osteoarthritis, left knee');
    const placeholders = letter.locator('mark.placeholder');
    expect(await placeholders.count()).toBeGreaterThan(0);
    expect(await placeholders.first().innerText()).toMatch(/^\[MISSING: .+ — [\w-]+\/[\w-]+\]$/);
    expect(await letter.locator('.gaps h2').innerText()).toMatch(/^\d+ placeholders? to fill$/);
    expect(await letter.locator('.gaps li').count()).toBe(await placeholders.count());
    if (process.env.CLAIMLINT_SHOTS) await letter.screenshot({ path: join(process.env.CLAIMLINT_SHOTS, 'letter-page.png'), fullPage: true });
  });

  it('copies the letter, as edited, to the clipboard as plain text', async () => {
    // Chromium grants no permission to an extension's origin from the test; the clipboard is the browser's, so
    // it is read back from the served page's origin.
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    await letter.bringToFront();
    const first = letter.locator('.letter-paragraph').first();
    await first.click();
    await letter.keyboard.press('End');
    await letter.keyboard.type(' (edited)');
    await letter.getByRole('button', { name: 'Copy to clipboard' }).click();
    await letter.getByText('Copied the letter as plain text.').waitFor();
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await letter.bringToFront();
    expect(copied).toContain(PATIENT_NAME);
    expect(copied).toContain('(edited)');
    expect(copied).toMatch(/\[MISSING: /);
    expect(copied).not.toMatch(/<mark|<span/);
  });

  it('downloads a Word file that holds the letter, placeholders highlighted', async () => {
    const [download] = await Promise.all([letter.waitForEvent('download'), letter.getByRole('button', { name: 'Download .docx' }).click()]);
    expect(download.suggestedFilename()).toBe('letter-of-medical-necessity.docx');
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain(PATIENT_NAME);
    expect(xml).toContain('(edited)');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[MISSING: /);
  });

  it('prints only the letter: no buttons, no gap list, placeholders still marked', async () => {
    await letter.emulateMedia({ media: 'print' });
    expect(await letter.locator('.letter-actions').isVisible()).toBe(false);
    expect(await letter.locator('.gaps').isVisible()).toBe(false);
    expect(await letter.locator('.drafted-from').isVisible()).toBe(false);
    expect(await letter.locator('.letter-body').isVisible()).toBe(true);
    expect(await letter.locator('mark.placeholder').first().evaluate((mark) => getComputedStyle(mark).borderTopStyle)).toBe('solid');
    if (process.env.CLAIMLINT_SHOTS) await letter.screenshot({ path: join(process.env.CLAIMLINT_SHOTS, 'letter-print.png'), fullPage: true });
    await letter.emulateMedia({ media: 'screen' });
  });

  it('is axe-clean in light and dark, at 100% and 200% zoom', async () => {
    await expectAxeClean(letter, 'letter', TAB);
  });

  it('drafts an appeal from a denial typed into the form, quoting the claim and the reason', async () => {
    const appeal = await session.browser.context.newPage();
    await appeal.setViewportSize(TAB);
    await appeal.goto(`chrome-extension://${session.browser.extensionId}/letter.html?tabId=${tabId}&type=appeal`);
    await appeal.getByLabel('Claim number').fill('EX-CLM-55021');
    await appeal.getByLabel('Denial date').fill('2026-11-02');
    await appeal.getByLabel('Reason codes').fill('CO-50');
    await appeal.getByLabel('Reason, as the payer wrote it').fill('Not medically necessary');
    await appeal.getByRole('button', { name: 'Draft appeal' }).click();
    await appeal.locator('.letter-body').waitFor({ timeout: 15_000 });
    const body = await appeal.locator('.letter-body').innerText();
    expect(body).toContain('EX-CLM-55021');
    expect(body).toContain(PATIENT_NAME);
    expect(await appeal.locator('h1').innerText()).toBe('Appeal draft');
    if (process.env.CLAIMLINT_SHOTS) await appeal.screenshot({ path: join(process.env.CLAIMLINT_SHOTS, 'appeal-page.png'), fullPage: true });
    await expectAxeClean(appeal, 'appeal', TAB);
    await appeal.close();
  });
});
