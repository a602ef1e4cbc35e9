import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import type { Finding } from '../../rules/schema';
import { tabResultStorageKey, type TabResult } from '../../utils/messages';
import { createMessageHandler } from './handle-message';
import { dropHeldTabs } from './held-tabs';
import { settingsCache } from './settings-cache';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const self = { id: 'claimlint-test-id', origin: 'chrome-extension://claimlint-test-id/' };
const handle = createMessageHandler(self);
const fromPage = { id: self.id, tab: { id: 7 }, frameId: 0, url: 'https://portal.example/claim' } as never;
const fromFrame = { id: self.id, tab: { id: 7 }, frameId: 3, url: 'https://portal.example/frame' } as never;
const fromPopup = { id: self.id, url: `${self.origin}popup.html` } as never;

const claim = snapshotOf([
  field('patient.memberId', 'W123456789'),
  field('claim.icdIndicator', '0'),
  field('claim.diagnosis', 'M54.2', { index: 'A' }),
  field('line.procedureCode', '97124', { index: 1 }),
  field('line.diagnosisPointer', '', { index: 1 }),
  field('claim.priorAuthNumber', ''),
]);
const pointerFilled = { ...claim.fields[4]!, value: 'A' };
const changes = (base: number, revision: number, fields = [pointerFilled]) =>
  ({ type: 'claimlint/field-changes', base, revision, takenAt: '2026-01-15T12:00:05.000Z', fields });

const storedResult = async () => (await fakeBrowser.storage.session.get(tabResultStorageKey(7)))[tabResultStorageKey(7)] as TabResult;
const gaps = (findings: Finding[]) => findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId);
const reply = (answer: unknown) => (answer as { ok: true; data: { findings?: Finding[]; stale?: true } }).data;

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh worker: no tab held in memory.
  dropHeldTabs();
  settingsCache.stop();
});

describe('a frame\'s edited fields', () => {
  it('are applied to the snapshot held for it: the answer, marks and stored result are what the whole snapshot gives', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 1 }, fromPage);
    expect(gaps((await storedResult()).findings)).toContain('diagnosis-pointers');

    const answer = reply(await handle(changes(1, 2), fromPage));
    expect(answer.stale).toBeUndefined();
    expect(gaps(answer.findings!)).not.toContain('diagnosis-pointers');
    const incremental = await storedResult();

    // The same values sent whole, to a worker that starts afresh.
    dropHeldTabs();
    const whole = { ...claim, takenAt: '2026-01-15T12:00:05.000Z', fields: claim.fields.map((one) => (one.key === pointerFilled.key ? pointerFilled : one)) };
    const wholeAnswer = reply(await handle({ type: 'claimlint/snapshot', snapshot: whole, revision: 2 }, fromPage));
    expect(answer.findings).toEqual(wholeAnswer.findings);
    expect(incremental).toEqual(await storedResult());
  });

  it('from an iframe are what the whole snapshots give, with the top frame\'s fields before its own', async () => {
    const top = snapshotOf([field('payer.name', 'Aetna'), field('patient.name', 'Jane Doe'), field('claim.priorAuthNumber', '')]);
    await handle({ type: 'claimlint/snapshot', snapshot: top, revision: 1 }, fromPage);
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 1 }, fromFrame);
    const answer = reply(await handle(changes(1, 2), fromFrame));
    expect(gaps(answer.findings!)).not.toContain('diagnosis-pointers');
    const incremental = await storedResult();

    dropHeldTabs();
    const whole = { ...claim, takenAt: '2026-01-15T12:00:05.000Z', fields: claim.fields.map((one) => (one.key === pointerFilled.key ? pointerFilled : one)) };
    await handle({ type: 'claimlint/snapshot', snapshot: top, revision: 1 }, fromPage);
    const wholeAnswer = reply(await handle({ type: 'claimlint/snapshot', snapshot: whole, revision: 2 }, fromFrame));
    expect(answer.findings).toEqual(wholeAnswer.findings);
    expect(incremental).toEqual(await storedResult());
  });

  it('follow one another by revision', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 4 }, fromPage);
    expect(reply(await handle(changes(4, 5), fromPage)).stale).toBeUndefined();
    const emptied = reply(await handle(changes(5, 6, [{ ...pointerFilled, value: '' }]), fromPage));
    expect(gaps(emptied.findings!)).toContain('diagnosis-pointers');
    expect(gaps((await storedResult()).findings)).toContain('diagnosis-pointers');
  });

  it('are answered stale, and change nothing, when they cannot be applied exactly', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 1 }, fromPage);
    const before = await storedResult();
    // A message lost in between: the base is not the revision held.
    expect(reply(await handle(changes(2, 3), fromPage))).toEqual({ stale: true });
    // A key the held snapshot does not have (a field added since).
    expect(reply(await handle(changes(1, 2, [field('referring.npi', '1234567893')]), fromPage))).toEqual({ stale: true });
    // A field that now reads as another row: what documents and wizard steps add beside it may differ.
    expect(reply(await handle(changes(1, 2, [{ ...pointerFilled, index: 2 }]), fromPage))).toEqual({ stale: true });
    // Another frame, whose snapshot the worker does not hold.
    expect(reply(await handle(changes(1, 2), fromFrame))).toEqual({ stale: true });
    expect(await storedResult()).toEqual(before);
    // The worker restarted: nothing is held.
    dropHeldTabs();
    expect(reply(await handle(changes(1, 2), fromPage))).toEqual({ stale: true });
  });

  it('are answered stale for a frame whose snapshot came without a revision', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claim }, fromPage);
    expect(reply(await handle(changes(0, 1), fromPage))).toEqual({ stale: true });
  });

  it('are refused from anything but a content script', async () => {
    await expect(handle(changes(1, 2), fromPopup)).resolves.toMatchObject({ ok: false });
  });
});

describe('after the worker restarted', () => {
  it('asks the tab\'s frames to send their snapshots again when one frame reports, so the result covers every frame', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 1 }, fromPage);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 2 }, fromPage);
    expect(sent).not.toHaveBeenCalledWith(7, { type: 'claimlint/rescan' });
    dropHeldTabs();
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 3 }, fromPage);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(7, { type: 'claimlint/rescan' }));
  });

  it('applies the popup\'s choice by asking the page to scan again, and checks what it sends with that choice', async () => {
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 1 }, fromPage);
    dropHeldTabs();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await expect(handle({ type: 'claimlint/set-choice', tabId: 7, payer: 'aetna', service: 'massage' }, fromPopup)).resolves.toEqual({ ok: true, data: null });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(7, { type: 'claimlint/rescan' }));
    await handle({ type: 'claimlint/snapshot', snapshot: claim, revision: 1 }, fromPage);
    expect((await storedResult()).checklists.map((checklist) => checklist.id)).toContain('aetna-massage');
  });

  it('keeps a wizard\'s earlier steps (session memory), so a step checked after the restart still covers them', async () => {
    const url = 'https://portal.example/claims/new';
    const auth = { ...snapshotOf([field('claim.icdIndicator', '0'), field('claim.diagnosis', 'M54.50', { index: 'A' }), field('claim.priorAuthNumber', '')]), url, step: 'Authorization' };
    const services = { ...snapshotOf([field('claim.icdIndicator', '0'), field('line.procedureCode', '97140', { index: 1 }), field('line.diagnosisPointer', 'A', { index: 1 })]), url, step: 'Services' };
    await handle({ type: 'claimlint/snapshot', snapshot: auth, revision: 1 }, fromPage);
    dropHeldTabs();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await handle({ type: 'claimlint/snapshot', snapshot: services, revision: 1 }, fromPage);
    const onAuth = (await storedResult()).findings.find((finding) => finding.ruleId === 'prior-auth-number');
    expect(onAuth).toMatchObject({ step: 'Authorization' });
  });
});
