import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, markRects, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const referringNpiId = idFor(readExpected(CLAIM_PAGE), 'referring.npi');

let session: Session;
let page: Page;
let popup: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
  popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${await tabIdOf(session, page)}`);
});

afterAll(async () => {
  await session?.close();
});

/** Marks move in the animation frame after a scroll or resize: wait two frames, then look once. */
async function isMarkedAfterLayout(): Promise<boolean> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return isMarked(page, referringNpiId);
}

/** What the page's own layout looks like: its scrollable size and where the referring NPI box sits. */
function pageLayout() {
  return page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      field: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  }, referringNpiId);
}

describe('marks on a served CMS-1500 page', () => {
  it('follow the field when the window is resized and scrolled', async () => {
    await page.setViewportSize({ width: 760, height: 480 });
    expect(await isMarkedAfterLayout()).toBe(true);

    await page.locator(`#${referringNpiId}`).evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await page.mouse.wheel(0, 40);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await isMarkedAfterLayout()).toBe(true);

    await page.setViewportSize({ width: 1100, height: 700 });
    expect(await isMarkedAfterLayout()).toBe(true);
  });

  it('are hidden and shown again from the popup, and never move the page', async () => {
    const withMarks = await pageLayout();
    const showMarks = popup.getByLabel('Show marks on the page');
    expect(await showMarks.isChecked()).toBe(true);

    await showMarks.uncheck();
    await expect.poll(async () => (await markRects(page)).length, { timeout: 5_000 }).toBe(0);
    expect(await page.locator('claimlint-marks').count()).toBe(0);
    expect(await pageLayout()).toEqual(withMarks);

    await showMarks.check();
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 5_000 }).toBe(true);
    expect(await pageLayout()).toEqual(withMarks);
  });

  it('stay hidden when the page is checked again while they are off', async () => {
    const showMarks = popup.getByLabel('Show marks on the page');
    await showMarks.uncheck();
    await expect.poll(async () => (await markRects(page)).length, { timeout: 5_000 }).toBe(0);
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => popup.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await markRects(page)).toEqual([]);
    await showMarks.check();
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 5_000 }).toBe(true);
  });
});
