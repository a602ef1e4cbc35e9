import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/support/static-server';
import { expectAxeClean } from './support/axe';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';

const CLAIM_PAGE = 'cms1500-claim.html';
const POPUP = { width: 400, height: 600, max: { width: 800, height: 600 } };
// A 1280 × 800 browser window.
const TAB = { width: 1280, height: 800 };

let session: Session;
let emptyPagesServer: StaticServer;
let claimTabId: number;
let emptyTabId: number;

beforeAll(async () => {
  session = await startSession();
  emptyPagesServer = await serveFolder(resolve('test/fixtures/e2e'));
  const claimPage = await session.browser.context.newPage();
  await claimPage.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(claimPage, idFor(readExpected(CLAIM_PAGE), 'referring.npi')), 'the claim page is marked');
  claimTabId = await tabIdOf(session, claimPage);
  const emptyPage = await session.browser.context.newPage();
  await emptyPage.goto(`${emptyPagesServer.origin}/no-fields.html`);
  emptyTabId = await tabIdOf(session, emptyPage);
});

afterAll(async () => {
  await session?.close();
  await emptyPagesServer?.close();
});

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
  return page;
}

describe('axe-core finds no accessibility violations', () => {
  it('in the popup listing gaps, every group shown and Passed opened', async () => {
    const popup = await openExtensionPage(`popup.html?tabId=${claimTabId}`);
    await expect.poll(() => popup.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.locator('[data-group="pass"] summary').click();
    // The to-do list's disclosures open too: a gap's why and source, and the checklist choice behind "change".
    await popup.locator('[data-group="fail"] .finding-toggle').first().click();
    await popup.getByRole('button', { name: 'change' }).click();
    expect(await popup.locator('[data-group="pass"] details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await expectAxeClean(popup, 'popup', POPUP);
    await popup.close();
  });

  it('in the popup for a page without claim fields', async () => {
    const popup = await openExtensionPage(`popup.html?tabId=${emptyTabId}`);
    await expect.poll(() => popup.locator('.status-message').innerText(), { timeout: 10_000 }).toMatch(/No claim or documentation fields/);
    await expectAxeClean(popup, 'popup-empty', POPUP);
    await popup.close();
  });

  it('in the marks ClaimLint draws on a claim page (its shadow layer only)', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
    await waitUntil(() => isMarked(page, idFor(readExpected(CLAIM_PAGE), 'referring.npi')), 'the claim page is marked');
    await expectAxeClean(page, 'marks', TAB, '[data-claimlint-ui]');
    await page.close();
  });

  it('in the printable report', async () => {
    const report = await openExtensionPage(`report.html?tabId=${claimTabId}&patient=0`);
    await expect.poll(() => report.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectAxeClean(report, 'report', TAB);
    await report.close();
  });

  it('in the options page', async () => {
    const options = await openExtensionPage('options.html');
    await expect.poll(() => options.locator('h1').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await options.waitForTimeout(300);
    await expectAxeClean(options, 'options', TAB);
    await options.close();
  });
});
