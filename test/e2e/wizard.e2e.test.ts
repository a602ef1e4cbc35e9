import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/support/launch-chromium';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { isMarked, TEST_BUILD_DIR } from './support/fixture';

/*
 * Issue 11, item 3: a claim wizard shows one step at a time. What was read on earlier steps of the same form is
 * kept for the tab, so a gap on step 2 is still listed on step 3, says which step it is on, and goes once fixed.
 * test/fixtures/e2e/wizard-claim.html renders each step's fields in place of the last one's.
 */
let server: StaticServer;
let browser: ExtensionBrowser;
let page: Page;
let popup: Page;

const TITLE = 'Wizard claim - Example Claims App';

async function tabId(): Promise<number> {
  return browser.worker.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.title === wanted);
    if (tab?.id === undefined) throw new Error(`no tab titled ${wanted}`);
    return tab.id;
  }, TITLE);
}

/** The step names the background keeps for the tab (session memory), in no order. */
async function keptSteps(): Promise<string[]> {
  const id = await tabId();
  return browser.worker.evaluate(async (key) => {
    const kept = (await chrome.storage.session.get(key))[key] as { steps: Record<string, unknown> } | undefined;
    return Object.keys(kept?.steps ?? {}).sort();
  }, `steps:${id}`);
}

// Step 2 names a referring provider (box 17) but leaves the NPI (17b) empty: a gap under any payer.
const referringNpiGap = () => popup.locator('[data-group="fail"] [data-status="fail"]').filter({ hasText: /referring provider NPI/i });

beforeAll(async () => {
  server = await serveFolder(resolve('test/fixtures/e2e'));
  browser = await launchWithExtension(TEST_BUILD_DIR, { headless: true });
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/wizard-claim.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a claim wizard', () => {
  it('keeps what each step held as the user moves through the wizard', async () => {
    await expect.poll(keptSteps, { timeout: 15_000 }).toEqual(['Patient']);
    await page.click('#wz-next');
    await expect.poll(keptSteps, { timeout: 15_000 }).toEqual(['Authorization', 'Patient']);
  });

  it('still lists the step 2 gap on step 3, on the Authorization step, with nothing to click in the page', async () => {
    await page.click('#wz-next');
    await expect.poll(() => page.locator('#wz-l1-cpt').count(), { timeout: 5_000 }).toBe(1);
    await expect.poll(keptSteps, { timeout: 15_000 }).toEqual(['Authorization', 'Patient', 'Services']);

    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabId()}`);
    // The form names no payer, so ClaimLint may ask first (issue 11, item 4); the biller answers.
    const question = popup.locator('.choice-question');
    const listed = popup.locator('[data-group="fail"]');
    await expect.poll(async () => (await question.count()) + (await listed.count()), { timeout: 10_000 }).toBeGreaterThan(0);
    if (await question.count() > 0) {
      await question.locator('select[name="payer"]').selectOption('other');
      await question.locator('select[name="kind"]').selectOption('professional-claim');
      await question.getByRole('button', { name: 'Check' }).click();
    }
    await expect.poll(() => referringNpiGap().count(), { timeout: 10_000 }).toBe(1);
    expect(await referringNpiGap().locator('.finding-step').innerText()).toBe('On the Authorization step, not on screen. Go to the Authorization step to fix it.');
    expect(await referringNpiGap().getByRole('button', { name: /Go to field/ }).count()).toBe(0);
    // Fields read on step 1 count for the whole claim: the member ID is not "can't tell".
    expect(await popup.locator('[data-group="cantTell"]').innerText().catch(() => '')).not.toMatch(/member id/i);
  });

  it('drops the gap once step 2 is filled in, on step 2 and back on step 3', async () => {
    // Back on step 2, the gap is marked: the claim's service lines, read on step 3, make it a claim.
    await page.click('#stepper [data-step="1"]');
    await expect.poll(() => isMarked(page, 'wz-ref-npi'), { timeout: 15_000 }).toBe(true);
    await page.fill('#wz-ref-npi', '1234567893');
    await expect.poll(() => referringNpiGap().count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => isMarked(page, 'wz-ref-npi'), { timeout: 10_000 }).toBe(false);

    await page.click('#wz-next');
    await expect.poll(() => page.locator('#wz-l1-cpt').count(), { timeout: 5_000 }).toBe(1);
    // Step 3's fresh check lists the referring NPI as passed, read on the Authorization step.
    const passedOnStep2 = popup.locator('[data-rule-id="referring-provider-npi"][data-status="pass"][data-step="Authorization"]');
    await expect.poll(() => passedOnStep2.count(), { timeout: 15_000 }).toBe(1);
    expect(await referringNpiGap().count()).toBe(0);
  });
});
