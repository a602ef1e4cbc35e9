import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, TEST_BUILD_DIR, waitUntil, type Session } from './support/fixture';
import { launchWithPipe } from './support/pipe-browser';

/*
 * Chrome stops an idle MV3 service worker after ~30 s and on every update. These cases stop it at the worst
 * moments through the DevTools protocol (ServiceWorker.stopAllWorkers) and check that the biller loses nothing:
 * results arrive without a user action, the submit guard still holds, an update leaves no dead script behind.
 */
const CLAIM_PAGE = 'cms1500-claim.html';
const referringNpiId = idFor(readExpected(CLAIM_PAGE), 'referring.npi');

let session: Session;
let extensionPage: Page;
let devtools: CDPSession;

beforeAll(async () => {
  session = await startSession();
  // An extension page outlives the worker: it reads storage.session and drives the DevTools protocol.
  extensionPage = await session.browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  devtools = await session.browser.context.newCDPSession(extensionPage);
  await devtools.send('ServiceWorker.enable');
});

afterAll(async () => {
  await session?.close();
});

async function openClaim(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
  await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
  return page;
}

async function stopWorker(): Promise<void> {
  await devtools.send('ServiceWorker.stopAllWorkers');
}

/**
 * Makes the worker's next result write hang, so a check is in flight (the page's message unanswered) when the
 * worker is stopped; resolves once that write has started.
 */
async function holdNextCheck(page: Page, edit: () => Promise<void>): Promise<void> {
  await session.browser.worker.evaluate(() => {
    const scope = globalThis as typeof globalThis & { claimlintHeld?: boolean };
    const set = chrome.storage.session.set.bind(chrome.storage.session);
    scope.claimlintHeld = false;
    chrome.storage.session.set = ((items: Record<string, unknown>) => {
      if (Object.keys(items).some((key) => key.startsWith('tabResult:'))) {
        scope.claimlintHeld = true;
        return new Promise(() => {});
      }
      return set(items);
    }) as typeof chrome.storage.session.set;
  });
  await edit();
  await waitUntil(
    () => session.browser.worker.evaluate(() => (globalThis as { claimlintHeld?: boolean }).claimlintHeld === true),
    'the check reached the worker',
  );
  void page;
}

/** The tab's result as the popup would read it (storage.session), through the extension page. */
async function storedReferringNpiStatus(page: Page): Promise<string | null> {
  const title = await page.title();
  return extensionPage.evaluate(async (wanted) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.title === wanted);
    const key = `tabResult:${tab?.id}`;
    const result = (await chrome.storage.session.get(key))[key] as { findings: { ruleId: string; status: string }[] } | undefined;
    return result?.findings.find((finding) => finding.ruleId === 'referring-provider-npi')?.status ?? null;
  }, title);
}

describe('the service worker may stop at any moment', () => {
  it('stopped mid-check: the page still gets its result, with no user action', async () => {
    const page = await openClaim();
    await holdNextCheck(page, () => page.locator(`#${referringNpiId}`).fill('1234567885'));
    await stopWorker();
    // The content script sends its snapshot again; the restarted worker answers; the fixed box loses its mark.
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => storedReferringNpiStatus(page), { timeout: 5_000 }).toBe('pass');
    await page.close();
  });

  it('stopped while idle: the next edit is checked', async () => {
    const page = await openClaim();
    await stopWorker();
    await page.locator(`#${referringNpiId}`).fill('1234567877');
    await expect.poll(() => isMarked(page, referringNpiId), { timeout: 15_000 }).toBe(false);
    await expect.poll(() => storedReferringNpiStatus(page), { timeout: 5_000 }).toBe('pass');
    await page.close();
  });

  it('stopped mid-check with the submit guard on: a submit with gaps is still held, and nothing typed is lost', async () => {
    await session.browser.worker.evaluate((origin) => chrome.storage.local.set({ submitGuardSites: [origin] }), session.server.origin);
    const page = await openClaim();
    await page.route(`${session.server.origin}/claims`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Received</title>' }));
    // A field the checks read (box 11): an edit of a box no check reads (box 19) sends nothing to hold.
    await holdNextCheck(page, () => page.locator('#box11-group').fill('GRP-TYPED-WHILE-STOPPING'));
    await stopWorker();
    await page.getByRole('button', { name: 'Submit claim' }).click();
    const dialog = page.locator('claimlint-submit-guard [role="alertdialog"]');
    await expect(dialog.waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
    expect(await dialog.innerText()).toMatch(/referring provider NPI/i);
    expect(await page.locator('#box11-group').inputValue()).toBe('GRP-TYPED-WHILE-STOPPING');
    await session.browser.worker.evaluate(() => chrome.storage.local.set({ submitGuardSites: [] }));
    await page.close();
  });
});

describe('an update or reload of ClaimLint with a marked page open', () => {
  it('the new content script takes over: the old marks go, the page is checked again, edits are checked', async () => {
    const browser = await launchWithPipe(TEST_BUILD_DIR);
    try {
      const page = await browser.context.newPage();
      await page.goto(`${session.server.origin}/${CLAIM_PAGE}`);
      await waitUntil(() => isMarked(page, referringNpiId), 'the empty referring NPI box (17b) is marked');
      // Tell the old layer apart from the one the new script will draw.
      expect(await page.evaluate(() => {
        const hosts = document.querySelectorAll('claimlint-marks');
        hosts.forEach((host) => host.setAttribute('data-claimlint-test-before-reload', ''));
        return hosts.length;
      })).toBe(1);
      await browser.reloadExtension();
      // The reloaded worker injects the new script into this granted tab; the old one retires and removes its layer.
      await expect.poll(() => page.evaluate(() => ({
        old: document.querySelectorAll('claimlint-marks[data-claimlint-test-before-reload]').length,
        all: document.querySelectorAll('claimlint-marks').length,
      })), { timeout: 20_000 }).toEqual({ old: 0, all: 1 });
      await expect.poll(() => isMarked(page, referringNpiId), { timeout: 15_000 }).toBe(true);
      await page.locator(`#${referringNpiId}`).fill('1234567869');
      await expect.poll(() => isMarked(page, referringNpiId), { timeout: 15_000 }).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
