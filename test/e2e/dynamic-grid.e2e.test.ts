import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { isMarked, TEST_BUILD_DIR, waitUntil } from './support/fixture';

/*
 * Issue 11: a service-line grid the biller edits (test/fixtures/e2e/dynamic-grid.html). Rows carry generated ids
 * (svc-0, svc-1, …); lines are numbered by row. The gap stays on its own row when another row is deleted or an
 * empty one is added, and the payer named only in the patient banner ("Primary: Medicare Part B") is the one
 * checked against.
 */
let server: StaticServer;
let browser: ExtensionBrowser;
let page: Page;

const TITLE = 'Claim with service lines - Example Portal';

interface StoredResult {
  findings: { ruleId: string; status: string; index: unknown }[];
  checklists: { id: string }[];
  context?: { choice?: { certain: boolean; payer: string | null; evidence: string } };
}

/** The tab's result as the popup reads it (storage.session). */
async function storedResult(): Promise<StoredResult> {
  return browser.worker.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.title === wanted);
    const key = `tabResult:${tab?.id}`;
    return (await chrome.storage.session.get(key))[key];
  }, TITLE) as Promise<StoredResult>;
}

const pointerGaps = async () => (await storedResult()).findings
  .filter((finding) => finding.ruleId === 'diagnosis-pointers' && finding.status === 'fail')
  .map((finding) => finding.index);

beforeAll(async () => {
  server = await serveFolder(resolve('test/fixtures/e2e'));
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/dynamic-grid.html`);
  await waitUntil(() => isMarked(page, 'svc-2-ptr'), 'the third row\'s empty pointer is marked');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a service-line grid the biller edits', () => {
  it('reads the payer from the patient banner, for certain, and checks the Medicare checklist', async () => {
    const result = await storedResult();
    expect(result.context?.choice).toMatchObject({ certain: true, payer: 'medicare', evidence: expect.stringContaining('Medicare Part B') });
    expect(result.checklists.map((checklist) => checklist.id)).toContain('medicare-outpatient-therapy');
  });

  it('marks the third row\'s empty pointer as line 3, and no other row', async () => {
    expect(await pointerGaps()).toEqual([3]);
    expect(await isMarked(page, 'svc-0-ptr')).toBe(false);
    expect(await isMarked(page, 'svc-1-ptr')).toBe(false);
  });

  it('keeps the gap on its own row when line 2 is deleted (it is now line 2), with no false alarm', async () => {
    await page.locator('#lines tr').nth(1).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(pointerGaps, { timeout: 15_000 }).toEqual([2]);
    await expect.poll(() => isMarked(page, 'svc-2-ptr'), { timeout: 5_000 }).toBe(true);
    expect(await isMarked(page, 'svc-0-ptr')).toBe(false);
  });

  it('adds an empty line without an alarm, and clears the gap when its pointer is filled', async () => {
    await page.click('#add-line');
    await page.locator('#svc-2-ptr').fill('A');
    await expect.poll(pointerGaps, { timeout: 15_000 }).toEqual([]);
    await expect.poll(() => isMarked(page, 'svc-2-ptr'), { timeout: 5_000 }).toBe(false);
  });
});

describe('a page whose form arrives after load', () => {
  it('is checked once its script has built the form, with no user action', async () => {
    const later = await browser.context.newPage();
    // Recorded in the page when its document has loaded: asked afterwards, a loaded machine could already see the form.
    await later.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.formAtLoad = String(document.querySelector('#line2-ptr') !== null);
    }));
    await later.goto(`${server.origin}/delayed-form.html`);
    expect(await later.evaluate(() => document.documentElement.dataset.formAtLoad)).toBe('false');
    // Line 2's empty diagnosis pointer is a gap under any payer.
    await expect.poll(() => isMarked(later, 'line2-ptr'), { timeout: 15_000 }).toBe(true);
    await later.close();
  });
});
