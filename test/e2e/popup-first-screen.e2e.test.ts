import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
/** Chrome's popup at its tallest, at the popup's width: what a biller sees without scrolling. */
const FIRST_SCREEN = { width: 400, height: 600 };

let session: Session;
let popup: Page;

beforeAll(async () => {
  session = await startSession();
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, idFor(readExpected(CLAIM_PAGE), 'referring.npi')), 'the claim page is marked');
  popup = await session.browser.context.newPage();
  await popup.setViewportSize(FIRST_SCREEN);
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${await tabIdOf(session, page)}`);
  await waitUntil(async () => (await popup.locator('li[data-gap]').count()) >= 3, 'the popup lists the gaps');
});

afterAll(async () => {
  await session?.close();
});

describe('the popup\'s first screen on the sample claim, at 400 × 600', () => {
  it('shows the first three gaps whole, without scrolling', async () => {
    expect(await popup.evaluate(() => scrollY)).toBe(0);
    for (const gap of (await popup.locator('li[data-gap]').all()).slice(0, 3)) {
      const box = (await gap.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
      expect(box.x + box.width).toBeLessThanOrEqual(FIRST_SCREEN.width);
      // Each is "Go to field"-able from where it is.
      expect(await gap.locator('.go-to-field').isVisible()).toBe(true);
    }
    // Worst first: nothing below a gap is more severe than it.
    const ranks = await popup.locator('[data-group="fail"] li[data-gap] .badge').allInnerTexts();
    const order = ['CRITICAL', 'SERIOUS', 'MODERATE', 'MINOR'];
    const positions = ranks.map((rank) => order.indexOf(rank.toUpperCase()));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('says what was checked in one line above the list, with "change" to choose otherwise', async () => {
    const line = popup.locator('.checked-against-line');
    expect(await line.innerText()).toMatch(/^Checked against CMS-1500 .*change$/s);
    const lineBox = (await line.boundingBox())!;
    const firstGap = (await popup.locator('li[data-gap]').first().boundingBox())!;
    expect(lineBox.y).toBeLessThan(firstGap.y);
    expect(await popup.getByLabel('Payer').count()).toBe(0);
  });

  it('moves through the gaps with the arrow keys and goes to the field with Enter', async () => {
    const gaps = popup.locator('li[data-gap]');
    await gaps.first().focus();
    await popup.keyboard.press('ArrowDown');
    expect(await gaps.nth(1).evaluate((item) => item === document.activeElement)).toBe(true);
    await popup.keyboard.press('ArrowUp');
    expect(await gaps.nth(0).evaluate((item) => item === document.activeElement)).toBe(true);
  });
});
