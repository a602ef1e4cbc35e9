import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, waitUntil, type Session } from './support/fixture';

/*
 * The sample CMS-1500 form posts to /claims. The test answers that post itself, so what the page really sent
 * (the user's values and the button they pressed) can be compared with what was typed.
 */
const CLAIM_PAGE = 'cms1500-claim.html';
const referringNpiId = idFor(readExpected(CLAIM_PAGE), 'referring.npi');
const TYPED = { additional_info: 'Typed by the user: see attached notes', other_claim_id: 'OC-4242' };

let session: Session;
let page: Page;
const posts: Request[] = [];

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.route(`${session.server.origin}/claims`, async (route) => {
    posts.push(route.request());
    await route.fulfill({ contentType: 'text/html', body: '<title>Claim received</title><p>Received</p>' });
  });
});

afterAll(async () => {
  await session?.close();
});

/** Opens the claim page, waits for ClaimLint's first check and types like a user. */
async function openAndType(): Promise<void> {
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
  await page.locator('#box19-notes').fill(TYPED.additional_info);
  await page.locator('#box11b-other-claim').fill(TYPED.other_claim_id);
  // The re-check after typing is debounced; let it answer so the guard asks about the current findings.
  await page.waitForTimeout(1500);
}

function sentValues(request: Request): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.postData() ?? ''));
}

const dialog = () => page.locator('claimlint-submit-guard [role="alertdialog"]');

async function setGuard(on: boolean): Promise<void> {
  await session.browser.worker.evaluate(
    ([origin, enabled]) => chrome.storage.local.set({ submitGuardSites: enabled ? [origin] : [] }),
    [session.server.origin, on] as const,
  );
}

/**
 * The focused gap's field is marked. Focus scrolls the page to the field, and marks move after the scroll (on the
 * next frame), so the mark is awaited where the field now is, not read in the same instant (seen flaky).
 */
async function expectMarkFollows(fieldId: string): Promise<void> {
  await expect.poll(() => isMarked(page, fieldId), { timeout: 5_000 }).toBe(true);
}

describe('the submit guard', () => {
  it('is off by default: a submit goes straight through', async () => {
    await openAndType();
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await expect.poll(() => posts.length, { timeout: 10_000 }).toBe(1);
    expect(sentValues(posts[0]!)).toMatchObject({ ...TYPED, action: 'submit' });
    expect(await dialog().count()).toBe(0);
  });

  it('when turned on for the site, holds a submit with gaps and lists them', async () => {
    await openAndType();
    await setGuard(true);
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await expect(dialog().waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
    const text = await dialog().innerText();
    expect(text).toMatch(/\d+ gaps? before you submit/);
    expect(text).toMatch(/referring provider NPI/i);
    expect(await dialog().locator('li').count()).toBeLessThanOrEqual(6);
    // Focus moved into the dialog, on "Review".
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe('Review');
    await page.waitForTimeout(500);
    expect(posts).toHaveLength(1);
  });

  it('"Review" closes the dialog and focuses the first gap\'s field', async () => {
    await dialog().getByRole('button', { name: 'Review' }).click();
    expect(await dialog().count()).toBe(0);
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedId).not.toBe('');
    await expectMarkFollows(focusedId);
    expect(posts).toHaveLength(1);
  });

  it('Escape closes the dialog like "Review"', async () => {
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await dialog().waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    expect(await dialog().count()).toBe(0);
    await expectMarkFollows(await page.evaluate(() => document.activeElement?.id ?? ''));
    expect(posts).toHaveLength(1);
  });

  it('"Submit anyway" sends the form as the user submitted it, values and button intact', async () => {
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await dialog().waitFor({ timeout: 5_000 });
    await dialog().getByRole('button', { name: 'Submit anyway' }).click();
    await expect.poll(() => posts.length, { timeout: 10_000 }).toBe(2);
    expect(sentValues(posts[1]!)).toMatchObject({ ...TYPED, action: 'submit' });
    expect(sentValues(posts[1]!)).toEqual(sentValues(posts[0]!));
    await expect.poll(() => page.title()).toBe('Claim received');
  });

  it('"Submit anyway" also sends a form with a control named "requestSubmit", the DOM method it re-sends with', async () => {
    await openAndType();
    // A form exposes its controls as properties: form.requestSubmit is now this input, in ClaimLint's world too.
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { type: 'hidden', name: 'requestSubmit', value: 'shadowing' });
      document.querySelector<HTMLButtonElement>('button[name="action"][value="submit"]')!.form!.append(input);
    });
    const sent = posts.length;
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await dialog().waitFor({ timeout: 5_000 });
    await dialog().getByRole('button', { name: 'Submit anyway' }).click();
    await expect.poll(() => posts.length, { timeout: 10_000 }).toBe(sent + 1);
    expect(sentValues(posts[sent]!)).toMatchObject({ ...TYPED, requestSubmit: 'shadowing', action: 'submit' });
  });

  it('lets the user\'s next submit through when "Submit anyway" cannot re-send (the page replaced its button)', async () => {
    await openAndType();
    const sent = posts.length;
    await page.getByRole('button', { name: 'Submit claim' }).click();
    await dialog().waitFor({ timeout: 5_000 });
    // While the dialog is open, the page re-renders: the button the user pressed leaves the form, a new one comes.
    await page.evaluate(() => {
      const old = document.querySelector<HTMLButtonElement>('button[name="action"][value="submit"]')!;
      const form = old.form!;
      old.remove();
      form.append(Object.assign(document.createElement('button'), { type: 'submit', name: 'action', value: 'submit', textContent: 'Send claim' }));
    });
    await dialog().getByRole('button', { name: 'Submit anyway' }).click();
    expect(await dialog().count()).toBe(0);
    await page.waitForTimeout(500);
    expect(posts).toHaveLength(sent);
    // The user presses the new button: the guard steps aside once, and the form is sent as the user sent it.
    await page.getByRole('button', { name: 'Send claim' }).click();
    await expect.poll(() => posts.length, { timeout: 10_000 }).toBe(sent + 1);
    expect(sentValues(posts[sent]!)).toMatchObject({ ...TYPED, action: 'submit' });
    expect(await dialog().count()).toBe(0);
  });

  it('lets "Save draft" through without asking', async () => {
    await openAndType();
    const sent = posts.length;
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => posts.length, { timeout: 10_000 }).toBe(sent + 1);
    expect(sentValues(posts[sent]!)).toMatchObject({ ...TYPED, action: 'draft' });
    await setGuard(false);
  });
});
