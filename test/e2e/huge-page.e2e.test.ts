/**
 * Issue "Trust", item 5: a 50,000-field page is handled with bounded work and says so. The page is the sample
 * CMS-1500 claim with 50,000 supply rows appended (generated here, not committed). ClaimLint reads the first
 * part in idle-time slices (see utils/fields/scan-window.ts and entrypoints/claim.content/idle-steps.ts), marks
 * the claim's gaps, tells the biller the page was too large, and never touches what the user types. How long
 * it takes and its longest task are measured by `npm run bench`, not asserted here.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { formValues, idFor, isMarked, PAGES_DIR, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';
import { hugeClaimPage } from './support/huge-page';

const EXTRA_ROWS = 50_000;
const referringNpiId = idFor(readExpected('cms1500-claim.html'), 'referring.npi');

let session: Session;
let folder: string;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  folder = await mkdtemp(join(tmpdir(), 'claimlint-huge-'));
  await writeFile(join(folder, 'huge.html'), hugeClaimPage(await readFile(resolve(PAGES_DIR, 'cms1500-claim.html'), 'utf8'), EXTRA_ROWS));
  server = await serveFolder(folder);
  page = await session.browser.context.newPage();
  // The page counts its own input events: a frozen or interfering content script would lose some.
  await page.addInitScript(() => {
    (window as unknown as { pageInputs: number }).pageInputs = 0;
    document.addEventListener('input', () => (window as unknown as { pageInputs: number }).pageInputs++);
  });
  await page.goto(`${server.origin}/huge.html`, { timeout: 120_000 });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await session?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('a page with 50,000 fields', () => {
  it('keeps every keystroke while ClaimLint reads it', async () => {
    // Typed straight after load, while the first check is still running.
    const box = page.locator('#x3');
    await box.click();
    await page.keyboard.type('typed during the check');
    expect(await box.inputValue()).toBe('v3typed during the check');
    expect(await page.evaluate(() => (window as unknown as { pageInputs: number }).pageInputs)).toBe('typed during the check'.length);
  });

  it('still marks the claim\'s gaps in the part it read', async () => {
    await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked', 120_000);
  }, 150_000);

  it('tells the biller the page was too large and how much was checked', async () => {
    // Every control a user fills in: inputs that take a value, selects, textareas, editable regions.
    const controls = await page.evaluate(
      () => document.querySelectorAll('input:not([type=hidden],[type=submit],[type=button],[type=image],[type=reset],[type=file],[type=password]), select, textarea, [contenteditable]').length,
    );
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${await tabIdOf(session, page)}`);
    const notice = popup.locator('.page-truncated');
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toBe(
      `Page too large: ClaimLint checked the first 5,000 of ${controls.toLocaleString('en-US')} fields. Gaps further down are not checked.`,
    );
    console.log(`huge page: ${controls} fields, checked the first 5,000`);
    expect(await popup.locator('[data-group="fail"] [data-status="fail"]').filter({ hasText: /referring provider NPI/i }).count()).toBe(1);
    await popup.close();
  });

  it('checks again after an edit, and changed no value', async () => {
    const before = await formValues(page);
    await page.locator(`#${referringNpiId}`).fill('1234567893');
    await waitUntil(async () => !(await isMarked(page, referringNpiId)), 'the referring NPI mark is gone', 120_000);
    const after = await formValues(page);
    const changed = after.flatMap((value, index) => (value === before[index] ? [] : [index]));
    expect(changed).toHaveLength(1);
    expect(after[changed[0]!]).toBe('1234567893');
  }, 150_000);
});
