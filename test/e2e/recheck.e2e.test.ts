import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, markRects, readExpected, startSession, waitUntil, type Session } from './support/fixture';

/*
 * The re-check after an edit: the page sends only the edited field (claimlint/field-changes); a background that
 * does not hold the frame's last message answers stale and gets the whole snapshot. Either way the biller sees
 * the edited field's mark go and every other mark stay where it was.
 */
const CLAIM_PAGE = 'cms1500-claim.html';
const referringNpiId = idFor(readExpected(CLAIM_PAGE), 'referring.npi');

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  // What the page sends, seen from the worker beside its own listener (which answers; this one does not).
  await session.browser.worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { claimlintSent?: string[] };
    scope.claimlintSent = [];
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      scope.claimlintSent!.push(String(message.type));
    });
  });
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
});

afterAll(async () => {
  await session?.close();
});

const sentTypes = () => session.browser.worker.evaluate(() => (globalThis as { claimlintSent?: string[] }).claimlintSent ?? []);

/** Keeps a reference, in the page, to every mark box but the referring NPI's, to tell later whether each is still the same node. */
function holdOtherBoxes(): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('claimlint-marks')!.shadowRoot!;
    const held = [...root.querySelectorAll<HTMLElement>('[data-claimlint-field-key]')];
    (window as { heldBoxes?: HTMLElement[] }).heldBoxes = held;
    return held.length;
  });
}

describe('typing into a marked field', () => {
  it('takes its mark away, leaves every other mark as it was, and puts it back when emptied', async () => {
    const before = (await markRects(page)).length;
    expect(before).toBeGreaterThan(1);
    const held = await holdOtherBoxes();

    const box = page.locator(`#${referringNpiId}`);
    await box.click();
    await box.pressSequentially('1234567893');
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 10_000 }).toBe(false);
    expect((await markRects(page)).length).toBe(before - 1);
    // Every other field's box is the node drawn before the edit: only the edited field's mark changed.
    const stillThere = await page.evaluate(() => (window as { heldBoxes?: HTMLElement[] }).heldBoxes!.filter((box) => box.isConnected).length);
    expect(stillThere).toBe(held - 1);
    expect(await sentTypes()).toContain('claimlint/field-changes');

    await box.fill('');
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 10_000 }).toBe(true);
    expect((await markRects(page)).length).toBe(before);
  });
});

describe('a background that no longer holds the page\'s last message', () => {
  it('answers the edit stale, gets the whole page, and the marks end right', async () => {
    // A stopped worker starts again with nothing of this tab: the edit's base is unknown to it.
    const extensionPage = await session.browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const devtools = await session.browser.context.newCDPSession(extensionPage);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');

    const before = (await markRects(page)).length;
    expect(await isMarked(page, referringNpiId)).toBe(true);
    const box = page.locator(`#${referringNpiId}`);
    await box.click();
    await box.pressSequentially('1234567893');
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 15_000 }).toBe(false);
    expect((await markRects(page)).length).toBe(before - 1);
    await extensionPage.close();
  });
});
