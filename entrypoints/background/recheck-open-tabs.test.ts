import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { field, snapshotOf } from '../../rules/testing/test-snapshot';
import { tabResultStorageKey, type TabResult } from '../../utils/messages';
import { recheckOpenTabs } from './recheck-open-tabs';
import { settingsCache } from './settings-cache';
import { recordSnapshot } from './tab-results';
import { dropHeldTabs } from './held-tabs';

vi.mock('../../utils/icd10cm-loader', () => ({ loadIcd10Cm: async () => undefined }));
vi.mock('../../utils/ncci-loader', () => ({ loadNcci: async () => undefined }));

const massageLine = snapshotOf([field('line.procedureCode', '97124', { index: 0 })]);

/** Holds every storage.managed read until released, as Chromium's first read in a browser session does. */
function holdManagedReads(): () => void {
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  const get = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (keys?: unknown) => {
    await gate;
    const stored = await get(keys as string);
    return stored;
  });
  return release;
}

async function checklistsShown(tabId: number): Promise<string[]> {
  const result = (await fakeBrowser.storage.session.get(tabResultStorageKey(tabId)))[tabResultStorageKey(tabId)] as TabResult | undefined;
  return result?.checklists.map((checklist) => checklist.id) ?? [];
}

let stopListening: () => void;
beforeEach(() => {
  fakeBrowser.reset();
  // A fresh worker: no tab held in memory.
  dropHeldTabs();
  settingsCache.stop();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  // As the background wires it (index.ts).
  stopListening = settingsCache.onPolicyChange(() => void recheckOpenTabs());
});
afterEach(() => {
  stopListening();
  vi.restoreAllMocks();
});

describe('open tabs after the administrator\'s policy answers late', () => {
  it('shows the first result at once, then the result with the administrator\'s default payer, marks redrawn', async () => {
    await fakeBrowser.storage.managed.set({ defaultPayer: 'premera' });
    const release = holdManagedReads();
    const marks = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);

    const first = await recordSnapshot(4, 0, massageLine);
    expect(first.result.checklists.map((checklist) => checklist.id)).not.toContain('premera-physical-medicine');

    release();
    await vi.waitFor(async () => expect(await checklistsShown(4)).toContain('premera-physical-medicine'));
    await vi.waitFor(() => expect(marks).toHaveBeenCalledWith(4, expect.objectContaining({ type: 'claimlint/marks' }), { frameId: 0 }));
  });

  it('leaves the results alone when the policy is what the first check used', async () => {
    const release = holdManagedReads();
    await recordSnapshot(4, 0, massageLine);
    const before = await checklistsShown(4);
    const writes = vi.spyOn(fakeBrowser.storage.session, 'set');
    release();
    await new Promise((done) => setTimeout(done, 20));
    expect(writes).not.toHaveBeenCalled();
    expect(await checklistsShown(4)).toEqual(before);
  });
});
