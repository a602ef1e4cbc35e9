import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planPageWithGaps } from '../../rules/testing/sample-plan';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { createMessageHandler } from './handle-message';
import { dropHeldTabs } from './held-tabs';
import { NO_PAGE_HELD, type TabLetterSources } from './letter-sources';
import { settingsCache } from './settings-cache';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const self = { id: 'claimlint-test-id', origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const fromPage = { id: self.id, tab: { id: 7 }, frameId: 0, url: 'https://ehr.example/poc' } as never;
const fromLetterPage = { id: self.id, url: `${self.origin}letter.html?tabId=7&type=lmn` } as never;

const planPage = planPageWithGaps();

beforeEach(() => {
  fakeBrowser.reset();
  dropHeldTabs();
  settingsCache.stop();
});

const sourcesOf = (reply: unknown) => (reply as { ok: true; data: TabLetterSources }).data;
const ask = (tabId = 7) => handle({ type: 'claimlint/letter-sources', tabId }, fromLetterPage);
const otherTab = (tabId: number, url: string) => ({ id: self.id, tab: { id: tabId }, frameId: 0, url }) as never;

describe('letter-sources: the letter page asks for what to draft from', () => {
  it('answers with the held page checked against the general LMN checklist, whose unmet items the draft names', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    const reply = await ask();
    expect(reply.ok).toBe(true);
    const { sources, titles } = sourcesOf(reply);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.snapshot.fields.find((f) => f.concept === 'patient.name')?.value).toBe('Quinn Fablewood');
    expect(sources[0]!.result.checklists.map((checklist) => checklist.id)).toContain('lmn-core');
    // The page says nothing of goals: that item must come back unmet, so the draft shows a placeholder for it.
    const lmnCore = sources[0]!.result.findings.filter((finding) => finding.checklistId === 'lmn-core');
    expect(lmnCore.filter((finding) => finding.status !== 'pass').map((finding) => finding.ruleId)).toContain('expected-benefits');
    expect(titles).toHaveLength(1);
  });

  it('sends only data: the reply survives structured cloning (Firefox\'s messaging) and JSON (Chromium\'s)', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    const reply = await ask();
    expect(() => structuredClone(reply)).not.toThrow();
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('adds another open tab about the same patient, and leaves out a tab about someone else', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    const claimPage = { ...snapshotOf([field('patient.memberId', 'qfw 5531 test'), field('claim.priorAuthNumber', 'PA-22')]), url: 'https://payer.example/claim' };
    const stranger = { ...snapshotOf([field('patient.memberId', 'ZZZ-0000-TEST'), field('patient.name', 'Ada Quillmore')]), url: 'https://payer.example/other' };
    await handle({ type: 'claimlint/snapshot', snapshot: claimPage }, otherTab(8, 'https://payer.example/claim'));
    await handle({ type: 'claimlint/snapshot', snapshot: stranger }, otherTab(9, 'https://payer.example/other'));
    const { sources, tabIds } = sourcesOf(await ask());
    expect(sources.map((source) => source.snapshot.url)).toEqual([planPage.url, 'https://payer.example/claim']);
    // Which tab each source is, so the letter page can leave one out.
    expect(tabIds).toEqual([7, 8]);
  });

  it('keeps nothing in storage: only the popup\'s result is there', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    await ask();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tabResult:7']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Quinn Fablewood');
  });

  it('says so when it holds nothing of the tab', async () => {
    await expect(ask()).resolves.toEqual({ ok: false, error: NO_PAGE_HELD });
  });

  it('answers only ClaimLint\'s own pages: a page cannot ask for a tab\'s patient data', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    await expect(handle({ type: 'claimlint/letter-sources', tabId: 7 }, fromPage)).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/not from ClaimLint/) });
  });
});
