import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formValues, idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const expected = readExpected(CLAIM_PAGE);
const referringNpiId = idFor(expected, 'referring.npi');

let session: Session;
let page: Page;
let popup: Page;
let valuesBefore: string[];

beforeAll(async () => {
  session = await startSession();
  page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  valuesBefore = await formValues(page);
  await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
  const tabId = await tabIdOf(session, page);
  popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
});

afterAll(async () => {
  await session?.close();
});

describe('ClaimLint in Chromium on a served CMS-1500 page', () => {
  it('loads as an MV3 extension that asks for no host permission beyond the test pages', async () => {
    const manifest = await session.browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // No remote code: extension pages run only the extension's own scripts.
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });

  it('outlines the empty referring NPI box (17b) and leaves every value as the user left it', async () => {
    expect(await isMarked(page, referringNpiId)).toBe(true);
    expect(await formValues(page)).toEqual(valuesBefore);
  });

  it('shows the number of gaps on the toolbar badge', async () => {
    const tabId = await tabIdOf(session, page);
    const badge = await session.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const failCount = await popup.locator('[data-group="fail"] [data-status="fail"]').count();
    expect(Number(badge)).toBeGreaterThan(0);
    expect(Number(badge)).toBe(failCount);
  });

  it('lists the gaps in the popup, missing before can\'t tell, with why and the source', async () => {
    const missing = popup.locator('[data-group="fail"]');
    await expect.poll(() => missing.locator('[data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const text = await missing.innerText();
    expect(text).toMatch(/referring provider NPI/i);
    expect(text).toMatch(/diagnosis pointer/i);
    const groups = await popup.locator('[data-group]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-group')));
    expect(groups.indexOf('fail')).toBeLessThan(groups.indexOf('pass'));
  });

  it('focuses the field when its gap is clicked in the popup', async () => {
    const item = popup.locator('[data-status="fail"]').filter({ hasText: /referring provider NPI/i }).first();
    await item.getByRole('button', { name: /Go to field/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe(referringNpiId);
    // From the keyboard: Enter on the gap goes to its field the same way.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await item.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe(referringNpiId);
  });

  it('clears the gap, mark and popup item, once the field is filled in the page', async () => {
    await page.locator(`#${referringNpiId}`).fill('1234567893');
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 10_000 }).toBe(false);
    const stillMissing = popup.locator('[data-group="fail"] [data-status="fail"]').filter({ hasText: /referring provider NPI/i });
    await expect.poll(() => stillMissing.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.locator(`#${referringNpiId}`).inputValue()).toBe('1234567893');
  });

  it('checks against a payer\'s own checklist when the biller picks the payer in the popup', async () => {
    expect(await popup.locator('body').innerText()).not.toMatch(/Premera 8\.03\.502/);
    // The choice of payer sits behind "change" on the one line that says what the page was checked against.
    await popup.getByRole('button', { name: 'change' }).click();
    await popup.getByLabel('Payer').selectOption('premera');
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/Premera 8\.03\.502/);
    const badge = await session.browser.worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), await tabIdOf(session, page));
    expect(Number(badge)).toBe(await popup.locator('[data-group="fail"] [data-status="fail"]').count());
  });
});
