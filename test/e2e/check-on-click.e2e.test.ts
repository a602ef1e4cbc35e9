import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, tabIdOf, type Session } from './support/fixture';

/*
 * A store build has no host permission: ClaimLint runs on a page only when the user opens its popup there, and
 * the popup's check injects the content script. Here the auto-run registration is removed first, so the page
 * starts without ClaimLint, as it would on any site the user has not granted.
 */
let session: Session;

beforeAll(async () => {
  session = await startSession();
  await session.browser.worker.evaluate(async () => {
    await chrome.scripting.unregisterContentScripts();
  });
});

afterAll(async () => {
  await session?.close();
});

describe('checking a page on demand', () => {
  it('injects the content script when the popup asks, then lists and marks the gaps', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/lmn-letter.html`);
    await page.waitForTimeout(1000);
    expect(await page.locator('claimlint-marks').count()).toBe(0);

    const tabId = await tabIdOf(session, page);
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);

    const missing = popup.locator('[data-group="fail"] [data-status="fail"]');
    await expect.poll(() => missing.count(), { timeout: 15_000 }).toBe(2);
    expect(await popup.locator('[data-group="fail"]').innerText()).toMatch(/alternatives tried/i);
    const alternativesId = idFor(readExpected('lmn-letter.html'), 'doc.alternativesTried');
    await expect.poll(() => isMarked(page, alternativesId), { timeout: 10_000 }).toBe(true);
  });

  it('says plainly when a page cannot be checked', async () => {
    // ClaimLint cannot see a browser page's title, so the tab is opened from the extension to know its id.
    const tabId = await session.browser.worker.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version' })).id!);
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[role="status"], [aria-live]').first().innerText(), { timeout: 10_000 }).toMatch(
      /can't check this page/i,
    );
  });
});
