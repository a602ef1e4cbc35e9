/**
 * The card a mark's badge opens, in real Chromium with the test build: it shows the problem, the fix and the
 * rules' suggestions beside the field without covering it; a suggestion fills the field through the page's own
 * input events (a React-like listener on the page sees the edit), Ctrl+Z restores the old value, the mark follows
 * the fill; "Ignore on this claim" hides the mark; Escape closes; axe finds nothing in the card, light or dark.
 * CLAIMLINT_SCREENSHOT=1 saves the open card to /tmp/claimlint-card-<theme>.png.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { isMarked, markRects, startSession, waitUntil, type Session } from './support/fixture';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const DX_A = 'box21-a';

interface PageSaw { type: string; inputType: string; value: string; onChange: boolean }

let session: Session;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  server = await serveFolder(resolve('test/fixtures/e2e'));
  page = await session.browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${server.origin}/card-claim.html`);
  await page.locator(`#${DX_A}`).evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await waitUntil(() => isMarked(page, DX_A), 'the header code in box 21 A is marked');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The badge of the mark drawn over this element (found by its box, as a user finds it on screen). */
async function badgeOf(id: string, on: Page = page) {
  const rect = await on.locator(`#${id}`).boundingBox();
  const mark = (await markRects(on)).find((candidate) => Math.abs(candidate.x - rect!.x) <= 2 && Math.abs(candidate.y - rect!.y) <= 2);
  if (!mark) throw new Error(`no mark over #${id}`);
  return on.locator(`claimlint-marks [data-claimlint-field-key="${mark.key}"] [role="button"]`);
}

const card = () => page.locator('claimlint-card [role="dialog"]');
const pageSaw = () => page.evaluate(() => (window as unknown as { pageSaw: PageSaw[] }).pageSaw);
const pageClicks = () => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** axe-core's violations in ClaimLint's own layers (the badges and the card), run in the page's main world. */
async function claimLintViolations(): Promise<string> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const { violations } = await axe.run({ include: [{ fromShadowDom: ['claimlint-card', '.card'] }, { fromShadowDom: ['claimlint-marks', '[role="button"]'] }] }, { resultTypes: ['violations'] });
    return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`)).join('\n');
  });
}

describe('the card a mark opens', () => {
  it('shows the problem, the fix and the billable children beside the field, and the click never reaches the page', async () => {
    const clicksBefore = await pageClicks();
    await (await badgeOf(DX_A)).click();
    await expect.poll(() => card().isVisible(), { timeout: 5_000 }).toBe(true);
    const text = await card().innerText();
    expect(text).toMatch(/Problem: Diagnosis A M54\.5 is a category, not a billable code; choose M54\.50, M54\.51 or M54\.59/);
    expect(text).toMatch(/Fix: /);
    expect(await card().getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining(['M54.50', 'M54.51', 'M54.59', 'Ignore on this claim']));
    expect(text).toMatch(/popup still lists it/);
    const [cardBox, fieldBox] = [await card().boundingBox(), await page.locator(`#${DX_A}`).boundingBox()];
    expect(overlaps(cardBox!, fieldBox!)).toBe(false);
    expect(await pageClicks()).toBe(clicksBefore);
    // Focus is in the card, on the first suggestion, for a keyboard user.
    expect(await page.evaluate(() => document.querySelector('claimlint-card')?.shadowRoot?.activeElement?.textContent)).toBe('M54.50');
  });

  it('is clean under axe, with its badges, in the light and the dark theme', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      if (process.env.CLAIMLINT_SCREENSHOT) await page.screenshot({ path: `/tmp/claimlint-card-${scheme}.png` });
      expect(await claimLintViolations(), `axe in the ${scheme} theme`).toBe('');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('closes on Escape, giving focus back to the badge, and opens again from the keyboard', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count(), { timeout: 5_000 }).toBe(0);
    expect(await page.evaluate(() => document.querySelector('claimlint-marks')?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('button');
    await page.keyboard.press('Enter');
    await expect.poll(() => card().isVisible(), { timeout: 5_000 }).toBe(true);
    await page.mouse.click(5, 5);
    await expect.poll(() => card().count(), { timeout: 5_000 }).toBe(0);
  });

  it('follows its field as the page scrolls, and closes when the field leaves the screen', async () => {
    await (await badgeOf(DX_A)).click();
    await expect.poll(() => card().isVisible(), { timeout: 5_000 }).toBe(true);
    const before = (await card().boundingBox())!.y;
    await page.mouse.wheel(0, 60);
    await expect.poll(async () => Math.round(before - (await card().boundingBox())!.y), { timeout: 5_000 }).toBe(60);
    await page.locator(`#${DX_A}`).evaluate((field) => window.scrollBy(0, field.getBoundingClientRect().bottom + 50));
    await expect.poll(() => card().count(), { timeout: 5_000 }).toBe(0);
    await page.locator(`#${DX_A}`).evaluate((field) => field.scrollIntoView({ block: 'center' }));
    await waitUntil(() => isMarked(page, DX_A), 'the mark is back over the field');
  });

  it('fills a suggestion through the page\'s own input events, the mark follows, and Ctrl+Z restores the old value', async () => {
    const clicksBefore = await pageClicks();
    await (await badgeOf(DX_A)).click();
    await card().getByRole('button', { name: 'M54.51' }).click();
    expect(await pageClicks()).toBe(clicksBefore);
    await expect.poll(() => page.locator(`#${DX_A}`).inputValue(), { timeout: 5_000 }).toBe('M54.51');
    // The page's React-like listener saw a user's edit: an input event with the new value, seen as a change.
    expect(await pageSaw()).toEqual([{ type: 'input', inputType: 'insertText', value: 'M54.51', onChange: true }]);
    expect(await card().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(DX_A);
    // M54.51 is billable: the re-check drops the mark.
    await expect.poll(() => isMarked(page, DX_A), { timeout: 10_000 }).toBe(false);

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`#${DX_A}`).inputValue(), { timeout: 5_000 }).toBe('M54.5');
    expect((await pageSaw()).at(-1)).toMatchObject({ type: 'input', value: 'M54.5', onChange: true });
    await expect.poll(() => isMarked(page, DX_A), { timeout: 10_000 }).toBe(true);
  });

  it('"Ignore on this claim" hides that mark, and it stays hidden when the page is checked again', async () => {
    const others = (await markRects(page)).length - 1;
    await (await badgeOf(DX_A)).click();
    await card().getByRole('button', { name: 'Ignore on this claim' }).click();
    await expect.poll(() => isMarked(page, DX_A), { timeout: 5_000 }).toBe(false);
    expect(await card().count()).toBe(0);
    expect((await markRects(page)).length).toBe(others);
    // An edit elsewhere is checked again; the ignored mark does not come back.
    await page.locator('#box19-notes').fill('Resubmitted after review');
    await page.waitForTimeout(1_500);
    expect(await isMarked(page, DX_A)).toBe(false);
    expect(await page.locator(`#${DX_A}`).inputValue()).toBe('M54.5');
  });
});

describe('a suggestion for another field than the marked one', () => {
  it('"Bill 90834" on the session time fills the service code select through input and change, and Ctrl+Z puts 90837 back', async () => {
    const note = await session.browser.context.newPage();
    await note.goto(`${server.origin}/card-psychotherapy.html`);
    await waitUntil(() => isMarked(note, 'sessionStart'), 'the session time of a 45-minute 90837 is marked');
    await (await badgeOf('sessionStart', note)).click();
    const noteCard = note.locator('claimlint-card [role="dialog"]');
    await expect.poll(() => noteCard.isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await noteCard.innerText()).toMatch(/45 minutes from the session start and end times supports 90834, not 90837/);
    await noteCard.getByRole('button', { name: 'Bill 90834' }).click();
    await expect.poll(() => note.locator('#cpt1').inputValue(), { timeout: 5_000 }).toBe('90834');
    expect(await note.evaluate(() => (window as unknown as { pageSaw: unknown[] }).pageSaw)).toEqual([
      { type: 'input', value: '90834' }, { type: 'change', value: '90834' },
    ]);
    await expect.poll(() => isMarked(note, 'sessionStart'), { timeout: 10_000 }).toBe(false);
    await note.keyboard.press('Control+z');
    await expect.poll(() => note.locator('#cpt1').inputValue(), { timeout: 5_000 }).toBe('90837');
    await expect.poll(() => isMarked(note, 'sessionStart'), { timeout: 10_000 }).toBe(true);
    await note.close();
  });
});

describe('on a page whose Content-Security-Policy forbids inline styles', () => {
  it('the card is still laid out and styled (its styles are a constructed sheet, not markup)', async () => {
    const strict = await session.browser.context.newPage();
    await strict.route(`${server.origin}/card-claim.html`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "style-src 'none'" } });
    });
    await strict.goto(`${server.origin}/card-claim.html`);
    await waitUntil(() => isMarked(strict, DX_A), 'the header code is marked on the strict page');
    // The policy is in force: the page's own <style> is refused (its grey background is gone).
    expect(await strict.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await (await badgeOf(DX_A, strict)).click();
    const strictCard = strict.locator('claimlint-card [role="dialog"]');
    await expect.poll(() => strictCard.isVisible(), { timeout: 5_000 }).toBe(true);
    const look = await strictCard.evaluate((element) => {
      const style = getComputedStyle(element);
      return { position: style.position, background: style.backgroundColor, width: element.getBoundingClientRect().width };
    });
    expect(look).toEqual({ position: 'fixed', background: 'rgb(255, 255, 255)', width: 340 });
    const [cardBox, fieldBox] = [await strictCard.boundingBox(), await strict.locator(`#${DX_A}`).boundingBox()];
    expect(overlaps(cardBox!, fieldBox!)).toBe(false);
    await strict.close();
  });
});
