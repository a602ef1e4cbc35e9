import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_CLAIM_FILE_TEXT, tabResultStorageKey, type ClaimFileMessage, type TabResult } from '../../utils/messages';
import { createMessageHandler } from './handle-message';
import { settingsCache } from './settings-cache';
import { forgetPage } from './tab-results';
import { dropHeldTabs } from './held-tabs';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const self = { id: 'claimlint-test-id', origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const TAB = 9;
const fromPage = (frameId = 0) => ({ id: self.id, tab: { id: TAB }, frameId, url: 'http://127.0.0.1/claims.txt' }) as never;
const fromPopup = { id: self.id, url: `${self.origin}popup.html` } as never;

const X12 = readFileSync('test/fixtures/claims/837p-two-claims.txt', 'utf8');
const FHIR = readFileSync('test/fixtures/claims/fhir-two-claims.json', 'utf8');

function claimFile(format: 'x12' | 'fhir', text: string | undefined, url = 'http://127.0.0.1/claims.txt'): ClaimFileMessage {
  return {
    type: 'claimlint/claim-file', format, url, title: '', takenAt: new Date().toISOString(),
    characters: text?.length ?? MAX_CLAIM_FILE_TEXT + 1, ...(text !== undefined && { text }),
  };
}

async function stored(): Promise<TabResult> {
  return (await fakeBrowser.storage.session.get(tabResultStorageKey(TAB)))[tabResultStorageKey(TAB)] as TabResult;
}

const fails = (result: TabResult) => result.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId);

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh worker: no tab held in memory.
  dropHeldTabs();
  settingsCache.stop();
  // "Check again" and a claim chosen in the popup ask the page to send its text again; the page is there.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: null } as never);
});

describe('a claim file shown in a tab', () => {
  it('lists every claim of an X12 batch by its patient control number, with the first claim\'s findings', async () => {
    await expect(handle(claimFile('x12', X12), fromPage())).resolves.toEqual({ ok: true, data: null });
    const result = await stored();
    expect(result.claimFile).toMatchObject({ format: 'x12-837p', selected: 1, more: false });
    expect(result.claimFile!.claims.map(({ claimId, position, fail }) => ({ claimId, position, fail }))).toEqual([
      { claimId: 'SYN-ACCT-2201', position: 1, fail: 0 },
      { claimId: 'SYN-ACCT-2202', position: 2, fail: 1 },
    ]);
    expect(result.title).toBe('claims.txt');
    expect(result.checklists.map((checklist) => checklist.id)).toContain('cms1500-basics');
    expect(fails(result)).toEqual([]);
    // The badge counts the claim shown; no marks are sent to a page that has no fields.
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('0');
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('shows the claim chosen in the popup once the page sends the file again, and keeps it across checks', async () => {
    await handle(claimFile('fhir', FHIR), fromPage());
    await expect(handle({ type: 'claimlint/select-claim', tabId: TAB, position: 2 }, fromPopup)).resolves.toEqual({ ok: true, data: null });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'claimlint/rescan' });
    await handle(claimFile('fhir', FHIR), fromPage());
    const second = await stored();
    expect(second.claimFile!.selected).toBe(2);
    expect(fails(second)).toEqual(['diagnosis-pointers']);
    expect(second.findings.find((finding) => finding.status === 'fail')!.index).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1');

    await handle(claimFile('fhir', FHIR), fromPage());
    expect((await stored()).claimFile!.selected).toBe(2);
    // Another file (or the tab navigating) starts again at its first claim.
    await handle(claimFile('fhir', FHIR, 'http://127.0.0.1/other.json'), fromPage());
    expect((await stored()).claimFile!.selected).toBe(1);
  });

  it('checks the chosen claim again with the payer the user chose, through the page', async () => {
    await handle(claimFile('x12', X12), fromPage());
    await handle({ type: 'claimlint/set-choice', tabId: TAB, payer: 'medicare', service: null }, fromPopup);
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'claimlint/rescan' });
    await handle(claimFile('x12', X12), fromPage());
    expect((await stored()).context?.chosen.payer).toBe('medicare');
  });

  it('says why a file is not read: too large to send, not valid JSON, not an 837P', async () => {
    await handle(claimFile('x12', undefined), fromPage());
    expect((await stored()).claimFile).toMatchObject({ claims: [], selected: 0, unread: expect.stringMatching(/up to 2 MB in the browser/) });
    await handle(claimFile('fhir', '{"resourceType": "Claim", "patient": '), fromPage());
    expect((await stored()).claimFile!.unread).toMatch(/^This file is not valid JSON/);
    await handle(claimFile('x12', X12.replace('ST*837*', 'ST*835*')), fromPage());
    expect((await stored()).claimFile!.unread).toBeTruthy();
    const unread = await stored();
    expect(unread.findings).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('keeps no patient value in the error it stores for invalid JSON', async () => {
    await handle(claimFile('fhir', '{"resourceType": "Patient", "name": "Robin Sample" oops}'), fromPage());
    expect(JSON.stringify(await stored())).not.toContain('Robin');
  });

  it('refuses a claim file from a frame, a popup or another extension', async () => {
    await expect(handle(claimFile('x12', X12), fromPage(3))).resolves.toMatchObject({ ok: false });
    await expect(handle(claimFile('x12', X12), fromPopup)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'claimlint/select-claim', tabId: TAB, position: 1 }, fromPage())).resolves.toMatchObject({ ok: false });
    expect(await stored()).toBeUndefined();
  });

  it('refuses to select a claim in a tab that shows no claim file, and forgets the file when the tab navigates', async () => {
    await expect(handle({ type: 'claimlint/select-claim', tabId: TAB, position: 2 }, fromPopup)).resolves.toMatchObject({ ok: false });
    await handle(claimFile('x12', X12), fromPage());
    await forgetPage(TAB, 'http://127.0.0.1/next.html');
    expect(await stored()).toBeUndefined();
    await expect(handle({ type: 'claimlint/select-claim', tabId: TAB, position: 2 }, fromPopup)).resolves.toMatchObject({ ok: false });
  });
});

describe('a letter from a claim file shown in a tab', () => {
  const fromLetterPage = { id: self.id, url: `${self.origin}letter.html?tabId=${TAB}&type=lmn` } as never;
  const sourcesOf = async () => (await handle({ type: 'claimlint/letter-sources', tabId: TAB }, fromLetterPage)) as { ok: boolean; data?: { sources: { snapshot: { fields: { concept: string; value: string }[] } }[] }; error?: string };
  const accountOf = (reply: Awaited<ReturnType<typeof sourcesOf>>) => reply.data!.sources[0]!.snapshot.fields.find((field) => field.concept === 'patient.accountNumber')?.value;

  it('drafts from the claim selected in the popup, held in worker memory only', async () => {
    await handle(claimFile('x12', X12), fromPage());
    expect(accountOf(await sourcesOf())).toBe('SYN-ACCT-2201');
    await handle({ type: 'claimlint/select-claim', tabId: TAB, position: 2 }, fromPopup);
    await handle(claimFile('x12', X12), fromPage());
    expect(accountOf(await sourcesOf())).toBe('SYN-ACCT-2202');
    // Nothing of the claim is stored: storage.session keeps the result and the selection, never the claim's fields.
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('"fields"');
  });

  it('holds nothing once the tab navigates away, and after a worker restart asks the page to send the file again', async () => {
    await handle(claimFile('x12', X12), fromPage());
    await forgetPage(TAB, 'http://127.0.0.1/elsewhere');
    expect((await sourcesOf()).ok).toBe(false);
    await handle(claimFile('x12', X12), fromPage());
    dropHeldTabs();
    expect(await sourcesOf()).toMatchObject({ ok: false, error: expect.stringMatching(/holds nothing of that page/) });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: 'claimlint/rescan' });
  });
});
