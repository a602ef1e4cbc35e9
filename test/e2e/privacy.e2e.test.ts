import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFor, isMarked, readExpected, startSession, tabIdOf, waitUntil, type Session } from './support/fixture';
import { isNetwork, recordNetwork, type NetworkRecorder } from './support/network-recorder';
import { recordSentSnapshots, sentSnapshotsText } from './support/sent-snapshots';

/*
 * Trust: ClaimLint reads pages full of patient data. Nothing from a page may leave the browser (no network
 * traffic from any extension context) or be persisted (only storage.session, which the browser keeps in memory
 * and ClaimLint clears when the tab closes).
 */
const CLAIM_PAGE = 'cms1500-claim.html';
const LETTER_PAGE = 'lmn-letter.html';
const claimExpected = readExpected(CLAIM_PAGE);
const letterExpected = readExpected(LETTER_PAGE);

// Distinctive values typed into the pages, so any copy of them is easy to find.
const CLAIM_MEMBER_ID = 'ZQX-PRIV-8812';
const CLAIM_PATIENT = 'Privacytest, Quincy';
const LETTER_MEMBER_ID = 'ZQX-LMN-5530';
const LETTER_PATIENT = 'Quincy Privacytest-Letter';
const PAGE_VALUES = [CLAIM_MEMBER_ID, CLAIM_PATIENT, LETTER_MEMBER_ID, LETTER_PATIENT, 'Privacytest', 'ZQX-'];

let session: Session;
let recorder: NetworkRecorder;
let claimPage: Page;
let letterPage: Page;
let claimTabId: number;
let letterTabId: number;

async function worker<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  return session.browser.worker.evaluate<T, A>(fn as never, arg);
}

/**
 * What an extension page's own document says it loaded (Resource Timing: its navigation, scripts, styles, fetches).
 * A second record beside the DevTools one: a tab ClaimLint opens itself (the report) can load before the
 * recorder sees it, but its document still lists everything it fetched.
 */
const loadedBy = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map((entry) => entry.name));
const extensionPageLoads: string[] = [];

const sessionStorageText = () => worker(async () => JSON.stringify(await chrome.storage.session.get(null)), null);
/** What the pages sent the worker (it holds their snapshots in its own memory, never in storage). */
const sentText = () => sentSnapshotsText(session.browser.worker);

beforeAll(async () => {
  session = await startSession();
  await recordSentSnapshots(session.browser.worker);
  recorder = await recordNetwork(session.browser.context, session.browser.extensionId);
  // Control: a request the service worker makes must be seen, by the CDP session and by Playwright, before the
  // run's count of zero means anything. Its log is cleared before the scenario.
  const control = `${session.server.origin}/recorder-control-${Date.now()}`;
  await worker(async (url) => {
    await fetch(url).catch(() => undefined);
  }, control);
  const seenBy = () => recorder.requests.filter((request) => request.url === control && request.source === 'service-worker').map((request) => request.via).sort().join(',');
  await waitUntil(async () => seenBy() === 'cdp,playwright', 'both recorders see the service worker\'s control request');
  // Control for the documents' own lists: an extension page's fetch to the network is listed by loadedBy.
  const probe = await session.browser.context.newPage();
  await probe.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  const pageControl = `${session.server.origin}/recorder-page-control-${Date.now()}`;
  await probe.evaluate(async (url) => {
    await fetch(url).catch(() => undefined);
  }, pageControl);
  await waitUntil(async () => (await loadedBy(probe)).includes(pageControl), 'an extension page lists its own network fetch');
  await probe.close();
  recorder.clear();
});

afterAll(async () => {
  await recorder?.stop();
  await session?.close();
});

describe('ClaimLint keeps a page\'s data in the browser', () => {
  it('checks, edits, popup, report, JSON download, options and teaching make no network request from any extension context', async () => {
    const { context, extensionId } = session.browser;

    // Check both sample pages, and edit them with distinctive values.
    claimPage = await context.newPage();
    await claimPage.goto(`${session.server.origin}/${CLAIM_PAGE}`);
    await expect.poll(() => isMarked(claimPage, idFor(claimExpected, 'referring.npi')), { timeout: 20_000 }).toBe(true);
    await claimPage.locator(`#${idFor(claimExpected, 'patient.memberId')}`).fill(CLAIM_MEMBER_ID);
    await claimPage.locator(`#${idFor(claimExpected, 'patient.name')}`).fill(CLAIM_PATIENT);
    await claimPage.locator(`#${idFor(claimExpected, 'claim.priorAuthNumber')}`).fill('PA-PRIV-7711');
    claimTabId = await tabIdOf(session, claimPage);

    letterPage = await context.newPage();
    await letterPage.goto(`${session.server.origin}/${LETTER_PAGE}`);
    await letterPage.locator(`#${idFor(letterExpected, 'patient.memberId')}`).fill(LETTER_MEMBER_ID);
    await letterPage.locator(`#${idFor(letterExpected, 'patient.name')}`).fill(LETTER_PATIENT);
    letterTabId = await tabIdOf(session, letterPage);

    // ClaimLint has the edited values (in its worker's memory) and a result for each tab (in session memory).
    await expect.poll(sentText, { timeout: 20_000 }).toContain(CLAIM_MEMBER_ID);
    await expect.poll(sentText, { timeout: 20_000 }).toContain(LETTER_MEMBER_ID);
    await expect.poll(sessionStorageText, { timeout: 20_000 }).toContain(`"tabId":${letterTabId}`);

    // The popup, for each page.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${letterTabId}`);
    await expect.poll(() => popup.locator('[data-group]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    extensionPageLoads.push(...(await loadedBy(popup)));
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${claimTabId}`);
    await expect.poll(() => popup.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // The printable report, and the JSON download (with and without patient details).
    const [report] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Print report' }).click()]);
    await report.waitForLoadState();
    await expect.poll(() => report.locator('[data-group="fail"] [data-status="fail"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    for (const includePatient of [false, true]) {
      if (includePatient) await popup.getByLabel('Include patient details').check();
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
      expect(await download.path()).toBeTruthy();
    }

    // The options page.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.locator('.options-bundled [data-checklist-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // Teach a field, as the context menu does (see where-fields-hide): the frame names it, the background stores it.
    await claimPage.bringToFront();
    const taughtId = idFor(claimExpected, 'patient.name');
    await claimPage.click(`#${taughtId}`, { button: 'right' });
    await claimPage.keyboard.press('Escape');
    const reply = await worker((id) => chrome.tabs.sendMessage(id, { type: 'claimlint/teach-target' }, { frameId: 0 }), claimTabId);
    expect(reply).toMatchObject({ ok: true, data: { selector: `#${taughtId}`, origin: session.server.origin } });
    const { selector, origin } = (reply as { data: { selector: string; origin: string } }).data;
    await worker(
      ([site, css]) => chrome.storage.local.set({ fieldMappings: { [site]: [{ selector: css, concept: 'patient.name' }] } }),
      [origin, selector] as const,
    );
    // A re-check after teaching, with one more edit.
    await claimPage.locator(`#${taughtId}`).fill(`${CLAIM_PATIENT} R`);
    await expect.poll(sentText, { timeout: 20_000 }).toContain(`${CLAIM_PATIENT} R`);

    // Give anything the last steps started a moment to be sent: a grace period, not a timing assertion.
    await new Promise((done) => setTimeout(done, 1_500));
    for (const page of [popup, report, options]) extensionPageLoads.push(...(await loadedBy(page)));

    // The recorder attributes a request it sees before its frame by where it goes (a ClaimLint file: ClaimLint's own
    // page). That holds only while no web page can load ClaimLint's files, as in the build under test here.
    const manifest = await worker(async () => chrome.runtime.getManifest(), null);
    expect(manifest).not.toHaveProperty('web_accessible_resources');

    const fromExtension = recorder.requests.filter((request) => request.source !== 'page');
    const network = fromExtension.filter((request) => isNetwork(request.url));
    const packaged = fromExtension.filter((request) => request.url.startsWith(`chrome-extension://${extensionId}/`));
    const pageRequests = recorder.requests.filter((request) => request.source === 'page');
    const pageElsewhere = pageRequests.filter((request) => isNetwork(request.url) && new URL(request.url).origin !== session.server.origin);
    console.log(`network requests from extension contexts: ${network.length}`);
    console.log(
      `extension's own packaged files loaded (not network): ${packaged.length} (${[...new Set(packaged.map((request) => new URL(request.url).pathname))].join(', ')})`,
    );
    const pageLoadsOnNetwork = extensionPageLoads.filter(isNetwork);
    console.log(`loads listed by the popup, report and options documents: ${extensionPageLoads.length}, on the network: ${pageLoadsOnNetwork.length}`);
    console.log(`page requests: ${pageRequests.length}, to anywhere but ${session.server.origin}: ${pageElsewhere.length}`);

    expect(network).toEqual([]);
    // The documents' own lists name the report's files however the recorder saw them: the record is not empty.
    expect(extensionPageLoads.some((url) => url.includes('/report.html'))).toBe(true);
    expect(pageLoadsOnNetwork).toEqual([]);
    // The page's own traffic (its documents; a content script's fetches would show here too) stays on 127.0.0.1.
    expect(pageElsewhere).toEqual([]);
    expect(pageRequests.filter((request) => !isNetwork(request.url) && !/^(data|blob|about):/.test(request.url))).toEqual([]);
  });

  it('persists nothing from the page: storage.local and storage.sync hold none of its values, storage.session drops them with the tab', async () => {
    const persisted = await worker(async () => JSON.stringify({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }), null);
    // Something was stored (the taught mapping), but only its selector and concept.
    expect(persisted).toContain('patient.name');
    const found = PAGE_VALUES.filter((value) => persisted.includes(value));
    console.log(`persisted page values: ${found.length}`);
    expect(found).toEqual([]);

    // While the tabs are open, their results are in session memory, under keys for their tab ids.
    const keysFor = async (tabId: number) =>
      worker(async (id) => Object.keys(await chrome.storage.session.get(null)).filter((key) => key.endsWith(`:${id}`)), tabId);
    expect((await keysFor(claimTabId)).length).toBeGreaterThan(0);
    expect((await keysFor(letterTabId)).length).toBeGreaterThan(0);
    expect(await sentText()).toContain(CLAIM_PATIENT);

    await claimPage.close();
    await expect.poll(() => keysFor(claimTabId), { timeout: 15_000 }).toEqual([]);
    expect((await keysFor(letterTabId)).length).toBeGreaterThan(0);
    await letterPage.close();
    await expect.poll(() => keysFor(letterTabId), { timeout: 15_000 }).toEqual([]);
    const left = await sessionStorageText();
    expect(PAGE_VALUES.filter((value) => left.includes(value))).toEqual([]);
  });
});
