import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LetterDraft } from '../../rules/letters/draft';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { createMessageHandler } from './handle-message';
import { dropHeldTabs } from './held-tabs';
import { NO_PAGE_HELD } from './letter-draft';
import { settingsCache } from './settings-cache';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const self = { id: 'claimlint-test-id', origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const fromPage = { id: self.id, tab: { id: 7 }, frameId: 0, url: 'https://ehr.example/poc' } as never;
const fromLetterPage = { id: self.id, url: `${self.origin}letter.html?tabId=7&type=lmn` } as never;

/** A plan-of-care page: who, the diagnosis and the treatment, but no goals and no alternatives tried. */
const planPage = snapshotOf([
  field('patient.name', 'Quinn Fablewood'),
  field('patient.dob', '1984-02-11'),
  field('patient.memberId', 'QFW-5531-TEST'),
  field('claim.diagnosis', 'M54.50', { index: 'A' }),
  field('line.procedureCode', '97110', { index: 1 }),
]);

beforeEach(() => {
  fakeBrowser.reset();
  dropHeldTabs();
  settingsCache.stop();
});

const draftOf = (reply: unknown) => (reply as { ok: true; data: { draft: LetterDraft } }).data.draft;
const textOf = (draft: LetterDraft) => draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.parts)).map((part) => part.text).join('');

describe('draft-letter: the letter page asks for the tab\'s draft', () => {
  it('drafts a letter of medical necessity from the held page, values with their sources and gaps as placeholders', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    const reply = await handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'lmn' }, fromLetterPage);
    expect(reply.ok).toBe(true);
    const draft = draftOf(reply);
    expect(draft.type).toBe('lmn');
    const parts = draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.parts));
    expect(parts.find((part) => part.text.includes('Quinn Fablewood'))).toMatchObject({ source: { kind: 'field', concept: 'patient.name' } });
    // The page says nothing of goals or earlier treatment: the draft must not read as complete.
    expect(draft.gaps.length).toBeGreaterThan(0);
    expect(textOf(draft)).toContain('[MISSING: ');
  });

  it('keeps the draft out of storage: only the popup\'s result is there', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    await handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'lmn' }, fromLetterPage);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tabResult:7']);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Quinn Fablewood');
  });

  it('drafts an appeal from a denial entered by hand, quoting its claim number and reason', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    const denial = 'Claim number: QF-CLAIM-8812\nDenial date: 2026-10-02\nReason codes: CO-50\nReason: not medically necessary';
    const reply = await handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'appeal', denial }, fromLetterPage);
    expect(reply.ok).toBe(true);
    const draft = draftOf(reply);
    expect(draft.type).toBe('appeal');
    expect(textOf(draft)).toContain('QF-CLAIM-8812');
    expect(textOf(draft)).toContain('Quinn Fablewood');
  });

  it('answers with a message the user can act on: no page held, no denial, a denial with no reason', async () => {
    await expect(handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'lmn' }, fromLetterPage)).resolves.toEqual({ ok: false, error: NO_PAGE_HELD });
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    await expect(handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'appeal' }, fromLetterPage)).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/needs the denial/) });
    await expect(handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'appeal', denial: 'Claim number: 1' }, fromLetterPage))
      .resolves.toMatchObject({ ok: false, error: expect.stringMatching(/names no reason/) });
  });

  it('answers only ClaimLint\'s own pages: a page cannot ask for a tab\'s draft', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: planPage }, fromPage);
    await expect(handle({ type: 'claimlint/draft-letter', tabId: 7, letter: 'lmn' }, fromPage)).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/not from ClaimLint/) });
  });
});
