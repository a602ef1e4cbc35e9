import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { TEST_BUILD_DIR } from './support/fixture';

/*
 * A claim file opened in the browser: a FHIR Bundle served as .json (Chromium's JSON viewer) and an X12 837P
 * batch served as .txt (its text viewer), as a payer sandbox or a repository's raw view shows them. The content
 * script sends the text, the background checks it claim by claim, the popup lists the claims.
 */
const CLAIMS_DIR = resolve('test/fixtures/claims');

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolder(CLAIMS_DIR);
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The tab id of the page, found by its address: the text and JSON viewers give a file no title. */
async function tabIdOf(page: Page): Promise<number> {
  return browser.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
    if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
    return tab.id;
  }, page.url());
}

/** The page as the user sees it: its markup and its text. */
const pageState = (page: Page) => page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));

async function openFile(name: string): Promise<{ page: Page; popup: Page; before: { html: string; text: string } }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${name}`);
  const before = await pageState(page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(page)}`);
  return { page, popup, before };
}

const claimOptions = (popup: Page) => popup.locator('select[name="claim"] option').allInnerTexts();

for (const file of [
  { name: 'fhir-two-claims.json', viewer: 'JSON viewer', first: /^PCN-3310 \(1 of 2\)/, second: /^PCN-4471 \(2 of 2\)/ },
  { name: '837p-two-claims.txt', viewer: 'text viewer', first: /^SYN-ACCT-2201 \(1 of 2\)/, second: /^SYN-ACCT-2202 \(2 of 2\)/ },
]) {
  describe(`a claim file in Chromium's ${file.viewer} (${file.name})`, () => {
    let page: Page;
    let popup: Page;
    let before: { html: string; text: string };

    beforeAll(async () => {
      ({ page, popup, before } = await openFile(file.name));
    });

    it('is the served file, read as a document of text', () => {
      expect(before.text.trim()).toBe(readFileSync(resolve(CLAIMS_DIR, file.name), 'utf8').trim());
    });

    it('lists both claims by id and place, the second with its gap, and shows the first', async () => {
      await expect.poll(() => claimOptions(popup), { timeout: 15_000 }).toHaveLength(2);
      const [first, second] = await claimOptions(popup);
      expect(first).toMatch(file.first);
      expect(first).toMatch(/none missing/);
      expect(second).toMatch(file.second);
      expect(second).toMatch(/— 1 missing$/);
      expect(await popup.locator('.claim-file-summary').innerText()).toMatch(/2 claims · 1 with gaps/);
      expect(await popup.locator('[data-group="fail"]').innerText()).toContain('Nothing missing.');
      expect(await popup.locator('.claim-file-marks').innerText()).toMatch(/No marks on the page/);
    });

    it('shows the gap of the claim the user selects, with no "Go to field"', async () => {
      await popup.locator('select[name="claim"]').selectOption('2');
      const gap = popup.locator('[data-group="fail"] [data-rule-id="diagnosis-pointers"]');
      await expect.poll(() => gap.count(), { timeout: 15_000 }).toBe(1);
      expect(await gap.innerText()).toMatch(/Service line 2 has no diagnosis pointer/);
      expect(await popup.locator('[data-count="fail"]').innerText()).toBe('1');
      expect(await popup.locator('select[name="claim"]').inputValue()).toBe('2');
      expect(await popup.locator('.go-to-field').count()).toBe(0);
      const badge = await browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), await tabIdOf(page));
      expect(badge).toBe('1');
    });

    it('drafts a letter from the claim selected, held in memory: its diagnosis and codes, with their descriptions', async () => {
      const [letter] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Draft letter' }).click()]);
      await letter.locator('.letter-body').waitFor({ timeout: 15_000 });
      const body = await letter.locator('.letter-body').innerText();
      // Claim 2 (selected above) bills 99213 and 87880; claim 1 only 99213.
      expect(body).toContain('87880');
      expect(body).toMatch(/J06\.?9 — Acute upper respiratory infection, unspecified/);
      expect(await letter.locator('mark.placeholder').count()).toBeGreaterThan(0);
      await letter.close();
    });

    it('leaves the page exactly as it was: no marks, no attribute, the same text', async () => {
      expect(await pageState(page)).toEqual(before);
      expect(before.html).not.toMatch(/<claimlint-|data-claimlint/);
    });
  });
}
