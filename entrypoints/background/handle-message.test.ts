import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Icd10CmLookup } from '../../rules/codes/icd10cm-lookup';
import { createIcd10CmLookup } from '../../rules/codes/icd10cm-table';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { createMessageHandler } from './handle-message';
import { tabResultStorageKey, type TabResult } from '../../utils/messages';
import { settingsCache } from './settings-cache';
import { forgetTab } from './tab-results';
import { dropHeldTabs, heldTab } from './held-tabs';

/** The packaged ICD-10-CM table as the background loads it: absent until a test loads it. */
const packaged = vi.hoisted(() => ({ table: undefined as Icd10CmLookup | undefined }));
vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => packaged.table }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const self = { id: 'claimlint-test-id', origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const fromPage = { id: self.id, tab: { id: 7 }, frameId: 0, url: 'https://portal.example/claim' } as never;
const fromPopup = { id: self.id, url: `${self.origin}popup.html` } as never;
const fromOtherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' } as never;

/** A claim page with a distinctive member ID, so the test can look for it in storage. */
const claimSnapshot = snapshotOf([
  field('patient.memberId', 'ZZQ-DISTINCT-4471'),
  field('claim.icdIndicator', '0'),
  field('claim.diagnosis', 'M54.2', { index: 'A' }),
  field('line.procedureCode', '97124', { index: 1 }),
  field('line.diagnosisPointer', '', { index: 1 }),
  field('claim.priorAuthNumber', ''),
]);

beforeEach(() => {
  packaged.table = undefined;
  fakeBrowser.reset();
  // A fresh worker: no tab held in memory.
  dropHeldTabs();
  settingsCache.stop();
});

/** What the popup reads for the tab: the result the background keeps in storage.session. */
async function storedResult(tabId: number): Promise<TabResult | null> {
  return ((await fakeBrowser.storage.session.get(tabResultStorageKey(tabId)))[tabResultStorageKey(tabId)] as TabResult | undefined) ?? null;
}

describe('background message handling', () => {
  it('refuses malformed messages without throwing', async () => {
    for (const raw of [null, 42, 'snapshot', {}, { type: 'claimlint/snapshot' }, { type: 'claimlint/check-tab', tabId: -1 }]) {
      await expect(handle(raw, fromPopup)).resolves.toMatchObject({ ok: false });
    }
  });

  it('refuses a snapshot that does not come from a content script in a tab', async () => {
    const message = { type: 'claimlint/snapshot', snapshot: claimSnapshot };
    await expect(handle(message, fromPopup)).resolves.toMatchObject({ ok: false });
    await expect(handle(message, fromOtherExtension)).resolves.toMatchObject({ ok: false });
  });

  it('refuses popup requests from a page or another extension', async () => {
    const message = { type: 'claimlint/check-tab', tabId: 7 };
    await expect(handle(message, fromPage)).resolves.toMatchObject({ ok: false });
    await expect(handle(message, fromOtherExtension)).resolves.toMatchObject({ ok: false });
  });

  it('checks a snapshot, answers the page with its gaps and keeps the result for the popup', async () => {
    const reply = await handle({ type: 'claimlint/snapshot', snapshot: claimSnapshot }, fromPage);
    expect(reply.ok).toBe(true);
    const findings = (reply as { data: { findings: Array<{ ruleId: string; status: string; fieldKey: string | null }> } }).data.findings;
    expect(findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId)).toContain('diagnosis-pointers');
    // An empty box 23 for a payer with no known authorization rule is a question, not a gap.
    expect(findings.find((finding) => finding.ruleId === 'prior-auth-number')?.status).toBe('cantTell');
    // Keys in the page's reply are its own (no frame prefix), so it can find its elements.
    expect(findings.find((finding) => finding.ruleId === 'prior-auth-number')?.fieldKey).toBe('claim.priorAuthNumber');

    expect(await storedResult(7)).toMatchObject({ tabId: 7, checklists: [{ id: 'cms1500-basics' }] });
  });

  it('shows "?" on the badge, never a count, while the payer is a guess, and the count once the user answers', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claimSnapshot }, fromPage);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('?');
    expect((await storedResult(7))?.context?.choice).toMatchObject({ payer: null, kind: 'professional-claim', certain: false });
    await handle({ type: 'claimlint/set-choice', tabId: 7, payer: 'aetna', service: null, kind: 'professional-claim' }, fromPopup);
    expect((await storedResult(7))?.context?.choice).toMatchObject({ payer: 'aetna', kind: 'professional-claim', certain: true });
    expect(Number(await fakeBrowser.action.getBadgeText({ tabId: 7 }))).toBeGreaterThan(0);
  });

  it('keeps page values in the worker\'s memory and the result in session memory only, and forgets the tab when it closes', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claimSnapshot, revision: 1 }, fromPage);
    expect(heldTab(7)?.frames['0']?.fields.some((field) => field.value === 'ZZQ-DISTINCT-4471')).toBe(true);
    // The popup's result, not the snapshot it came from.
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tabResult:7']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('ZZQ-DISTINCT-4471');
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('ZZQ-DISTINCT-4471');

    await forgetTab(7);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await storedResult(7)).toBeNull();
    expect(heldTab(7)).toBeUndefined();
  });
});

describe('choosing the payer and service in the popup', () => {
  it('checks the tab again with the chosen payer\'s checklists, and back with what the page says', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claimSnapshot }, fromPage);
    // The answer says only that the work is done; the popup reads the new result from storage.
    await expect(handle({ type: 'claimlint/set-choice', tabId: 7, payer: 'aetna', service: 'massage' }, fromPopup))
      .resolves.toEqual({ ok: true, data: null });
    const chosen = await storedResult(7);
    expect(chosen).toMatchObject({ context: { chosen: { payer: 'aetna', service: 'massage' } } });
    const ids = (result: TabResult | null) => result!.checklists.map((c) => c.id);
    expect(ids(chosen)).toContain('aetna-massage');

    await handle({ type: 'claimlint/set-choice', tabId: 7, payer: null, service: null }, fromPopup);
    expect(ids(await storedResult(7))).not.toContain('aetna-massage');
  });

  it('accepts a choice only from ClaimLint\'s own pages, and only well-formed ids', async () => {
    await expect(handle({ type: 'claimlint/set-choice', tabId: 7, payer: 'aetna', service: null }, fromPage)).resolves.toMatchObject({ ok: false });
    await expect(handle({ type: 'claimlint/set-choice', tabId: 7, payer: '<script>', service: null }, fromPopup)).resolves.toMatchObject({ ok: false });
  });
});

describe('a page with frames', () => {
  const frameField = snapshotOf([field('claim.icdIndicator', '0'), field('claim.priorAuthNumber', '')]);
  const topFields = snapshotOf([
    field('line.procedureCode', '97124', { index: 1 }),
    field('line.diagnosisPointer', 'A', { index: 1 }),
    field('line.charges', '90.00', { index: 1 }),
  ]);
  const fromFrame = { id: self.id, tab: { id: 7 }, frameId: 3, url: 'https://portal.example/frame' } as never;

  it('keeps an iframe that reported before its top frame, and checks them as one claim', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: frameField }, fromFrame);
    await handle({ type: 'claimlint/snapshot', snapshot: topFields }, fromPage);
    const findings = (await storedResult(7))!.findings;
    // The finding names its field by the frame's own key and the frame the background saw it come from.
    expect(findings.find((finding) => finding.ruleId === 'prior-auth-number')).toMatchObject({ status: 'cantTell', fieldKey: 'claim.priorAuthNumber', frameId: 3 });
  });

  it('takes a field\'s frame from the sender, never from the snapshot', async () => {
    const claimingFrame = { ...frameField, fields: frameField.fields.map((field) => ({ ...field, frameId: 0 })) };
    await handle({ type: 'claimlint/snapshot', snapshot: topFields }, fromPage);
    await handle({ type: 'claimlint/snapshot', snapshot: claimingFrame }, fromFrame);
    const findings = (await storedResult(7))!.findings;
    expect(findings.find((finding) => finding.ruleId === 'prior-auth-number')).toMatchObject({ fieldKey: 'claim.priorAuthNumber', frameId: 3 });
  });

  it('never lets a page say a field of its own is on another wizard step', async () => {
    const claimingStep = { ...topFields, step: 'Services', fields: [...topFields.fields, { ...field('claim.priorAuthNumber', ''), step: 'Patient' }] };
    await handle({ type: 'claimlint/snapshot', snapshot: claimingStep }, fromPage);
    const findings = (await storedResult(7))!.findings;
    expect(findings.find((finding) => finding.ruleId === 'prior-auth-number')).toMatchObject({ fieldKey: 'claim.priorAuthNumber', frameId: 0 });
    expect(findings.some((finding) => finding.step !== undefined)).toBe(false);
    await expect(handle({ type: 'claimlint/snapshot', snapshot: { ...topFields, step: 'x'.repeat(101) } }, fromPage)).resolves.toMatchObject({ ok: false });
  });

  it('drops the old frames when the top frame shows a new page', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: frameField }, fromFrame);
    await handle({ type: 'claimlint/snapshot', snapshot: topFields }, fromPage);
    await handle({ type: 'claimlint/snapshot', snapshot: { ...topFields, url: 'https://portal.example/next-claim' } }, fromPage);
    const findings = (await storedResult(7))!.findings;
    // The old frame's box 23 is gone: the finding points at no field.
    expect(findings.find((finding) => finding.ruleId === 'prior-auth-number')?.fieldKey).toBeNull();
  });

  it('keeps one entry per tab through a single-page app\'s route changes, never more', async () => {
    for (let route = 0; route < 50; route++) {
      const url = `https://portal.example/claims/${route}`;
      await handle({ type: 'claimlint/snapshot', snapshot: { ...frameField, url: `${url}/frame` } }, fromFrame);
      await handle({ type: 'claimlint/snapshot', snapshot: { ...topFields, url } }, fromPage);
    }
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored)).toEqual(['tabResult:7']);
    // At most the frames of one page: each route's top-frame snapshot replaced the previous page's frames.
    expect(Object.keys(heldTab(7)!.frames).length).toBeLessThanOrEqual(2);
  });
});


describe('a page\'s whole documents', () => {
  const LETTER = [
    'November 2, 2026', '', 'Aetna Utilization Review', '', 'RE: Jordan Example-Reyes, DOB 04/12/1979, Member ID W123456789', '',
    'Dear Utilization Review team,', '',
    'I am writing to request medical massage (CPT 97124) for my patient, who is under my care for myofascial pain of the neck (M79.18).', '',
    'Since a car accident in June 2025 he has had daily neck pain rated 6/10, and he can no longer turn his head to check traffic while driving.', '',
    'I recommend 1 session per week for 8 weeks. This treatment is medically necessary to release trigger points that reproduce his pain.', '',
    'Goals: reduce neck pain from 6/10 to 3/10 within 8 weeks.', '',
    'Sincerely,', '', 'Dana Example-Whitfield, MD', 'NPI 1234567893, license MD60512345',
  ].join('\n');
  const document = { keyPrefix: 'r0-', text: LETTER, headings: [], word: 'letter', label: 'Letter of medical necessity' };

  it('reads a letter the page sent as text and answers with its gaps and where each field\'s words are', async () => {
    const reply = await handle({ type: 'claimlint/snapshot', snapshot: snapshotOf([]), documents: [document] }, fromPage);
    const data = (reply as { data: { findings: Array<{ ruleId: string; status: string; fieldKey: string | null }>; spans: Record<string, { start: number; end: number }> } }).data;
    const alternatives = data.findings.find((finding) => finding.ruleId === 'alternatives-tried');
    expect(alternatives).toMatchObject({ status: 'fail', fieldKey: 'r0-doc.alternativesTried' });
    // The missing part has an empty span where it belongs; a found one spans its words in the text sent.
    const missing = data.spans['r0-doc.alternativesTried']!;
    expect(missing.end).toBe(missing.start);
    const npi = data.spans['r0-provider.npi']!;
    expect(LETTER.slice(npi.start, npi.end)).toContain('1234567893');
    expect((await storedResult(7))?.fieldCount).toBeGreaterThan(5);
  });

  it('tells a code in the letter from a look-alike with the packaged ICD-10-CM table once it is loaded', async () => {
    const withOldEntry = { ...document, text: LETTER.replace('(M79.18).', '(M79.18). An old chart entry reads M79.99.') };
    const diagnosisWords = async () => {
      const reply = await handle({ type: 'claimlint/snapshot', snapshot: snapshotOf([]), documents: [withOldEntry] }, fromPage);
      const spans = (reply as { data: { spans: Record<string, { start: number; end: number }> } }).data.spans;
      return Object.entries(spans).filter(([key]) => key.includes('claim.diagnosis')).map(([, span]) => withOldEntry.text.slice(span.start, span.end));
    };
    // Before the table is loaded only the shape counts; with it, M79.99 (no such code) is no diagnosis.
    expect((await diagnosisWords()).join(' ')).toContain('M79.99');
    packaged.table = createIcd10CmLookup(JSON.parse(readFileSync(new URL('../../public/data/icd10cm.json', import.meta.url), 'utf8')));
    const known = await diagnosisWords();
    expect(known.join(' ')).toContain('M79.18');
    expect(known.join(' ')).not.toContain('M79.99');
  });

  it('refuses a document whose key prefix could collide with the page\'s own field keys', async () => {
    const reply = await handle({ type: 'claimlint/snapshot', snapshot: snapshotOf([]), documents: [{ ...document, keyPrefix: 'f0' }] }, fromPage);
    expect(reply).toMatchObject({ ok: false });
  });
});
