/**
 * A letter drafted from two open tabs about one patient: the plan of care (one tab) lacks the provider's NPI and
 * what was tried before; a referral for the same member ID (another tab, another site) has them. The draft uses
 * both and names both, and leaves out a third tab about someone else.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { expectAxeClean } from './support/axe';
import { startSession, tabIdOf, type Session } from './support/fixture';

const PLAN_PAGE = 'pt-plan-of-care.html';
/** Synthetic pages: the same patient's referral (member ID written without dashes) and another patient's form. */
const OTHER_PAGES = resolve('test/e2e/pages');

let session: Session;
let otherSite: StaticServer;
let letter: Page;

/** Opens a page and waits until ClaimLint has checked it (its popup counts the page's fields). */
async function openChecked(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(session, page);
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByText(/ · \d+ fields?$/).waitFor({ timeout: 15_000 });
  await popup.close();
  return { page, tabId };
}

beforeAll(async () => {
  session = await startSession();
  otherSite = await serveFolder(OTHER_PAGES);
  const plan = await openChecked(`${session.server.origin}/${PLAN_PAGE}`);
  await openChecked(`${otherSite.origin}/same-patient-referral.html`);
  await openChecked(`${otherSite.origin}/other-patient.html`);
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tabId=${plan.tabId}`);
  const draftButton = popup.getByRole('button', { name: 'Draft letter' });
  await draftButton.waitFor({ timeout: 15_000 });
  [letter] = await Promise.all([session.browser.context.waitForEvent('page'), draftButton.click()]);
  await letter.locator('.letter-body').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  // The browser first: the server's close waits for the browser's keep-alive connections to it.
  await session?.close();
  await otherSite?.close();
});

describe('a letter drafted from two open tabs about the same patient', () => {
  it('names both pages it was drafted from, and not the other patient\'s', async () => {
    const from = await letter.locator('.drafted-from').innerText();
    expect(from).toContain('2 open pages about the same patient');
    expect(from).toContain('Referral - Example Clinic');
    expect(from).not.toContain('Other patient');
  });

  it('fills from the referral what the plan of care lacks, and nothing from the other patient', async () => {
    const body = await letter.locator('.letter-body').innerText();
    expect(body).toContain('1234567893');
    expect(body).toContain('Home exercise program and ibuprofen for 6 weeks');
    expect(body).not.toContain('lmn-core/provider-npi');
    expect(body).not.toContain('lmn-core/alternatives-tried');
    expect(body).not.toContain('Ada Quillmore');
    expect(body).not.toContain('1987654325');
  });

  it('is axe-clean with the list of pages to draft from', async () => {
    await letter.setViewportSize({ width: 1280, height: 800 });
    await expectAxeClean(letter, 'letter-two-tabs', { width: 1280, height: 800 });
  });

  it('drafts again without the referral when the user unticks it: its NPI gone, a placeholder in its place', async () => {
    await letter.getByRole('checkbox', { name: 'Referral - Example Clinic' }).uncheck();
    await expect.poll(() => letter.locator('.drafted-from legend').innerText(), { timeout: 10_000 }).toMatch(/^Drafted from this page only/);
    const body = await letter.locator('.letter-body').innerText();
    expect(body).not.toContain('1234567893');
    expect(body).toContain('lmn-core/provider-npi');
  });
});
