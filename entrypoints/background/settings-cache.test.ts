import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_CHECKLISTS } from '../../rules/checklists';
import type { Checklist } from '../../rules/schema';
import { holdLocalReads } from '../../test/support/hold-storage-reads';
import { userSettings } from '../../utils/default-choice-settings';
import { lastPolicySeen, rulePacks } from '../../utils/settings';
import { createSettingsCache, type SettingsCache } from './settings-cache';

const pack: Checklist = { ...structuredClone(BUNDLED_CHECKLISTS[0]!), id: 'clinic-massage', title: 'Our clinic: massage' };
const tick = () => new Promise((done) => setTimeout(done, 0));

let cache: SettingsCache;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  cache = createSettingsCache();
});
afterEach(() => {
  cache.stop();
  vi.restoreAllMocks();
});

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

/** Storage reads from now on, local and managed. */
function countReads() {
  return [vi.spyOn(fakeBrowser.storage.local, 'get'), vi.spyOn(fakeBrowser.storage.managed, 'get')];
}

describe('the background\'s settings cache', () => {
  it('has the defaults and no rule packs before anything is set', async () => {
    expect(await cache.current()).toEqual({ settings: { defaultPayer: null, defaultService: null }, rulePacks: [], siteChoices: [] });
  });

  it('reads storage on first use only, then answers every check from memory with the same object', async () => {
    await rulePacks.setValue([pack]);
    const first = await cache.current();
    await tick();
    const reads = countReads();
    for (let check = 0; check < 5; check++) expect(await cache.current()).toBe(first);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(first.rulePacks).toEqual([pack]);
  });

  it('follows the user\'s changes from the watchers, without reading storage again', async () => {
    await cache.current();
    await tick();
    const reads = countReads();
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: null });
    expect((await cache.current()).settings).toEqual({ defaultPayer: 'premera', defaultService: null });
    await rulePacks.setValue([pack]);
    expect((await cache.current()).rulePacks.map((checklist) => checklist.id)).toEqual(['clinic-massage']);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('keeps the pack objects when only the defaults change, so what was built from them can be kept too', async () => {
    await rulePacks.setValue([pack]);
    const before = await cache.current();
    await userSettings.setValue({ defaultPayer: 'aetna', defaultService: null });
    const after = await cache.current();
    expect(after).not.toBe(before);
    expect(after.rulePacks[0]).toBe(before.rulePacks[0]);
  });

  it('lets an administrator\'s values and packs win over the user\'s, and follows a policy change', async () => {
    await userSettings.setValue({ defaultPayer: 'premera', defaultService: 'massage' });
    await rulePacks.setValue([pack]);
    await fakeBrowser.storage.managed.set({ defaultPayer: 'medicare' });
    expect((await cache.current()).settings).toEqual({ defaultPayer: 'medicare', defaultService: 'massage' });

    await fakeBrowser.storage.managed.set({ rulePacks: [{ ...pack, title: 'Practice policy: massage' }, { id: 'broken' }] });
    expect((await cache.current()).rulePacks.map((checklist) => checklist.title)).toEqual(['Practice policy: massage']);
  });

  it('reads a corrupt stored value as the default instead of failing the check', async () => {
    await fakeBrowser.storage.local.set({ settings: { defaultPayer: 42 }, rulePacks: 'junk' });
    expect(await cache.current()).toEqual({ settings: { defaultPayer: null, defaultService: null }, rulePacks: [], siteChoices: [] });
  });

  it('does not lose a change made while the first read is pending', async () => {
    const release = holdLocalReads();
    const pending = cache.current();
    await tick();
    await userSettings.setValue({ defaultPayer: 'regence', defaultService: null });
    release();
    await pending;
    expect((await cache.current()).settings.defaultPayer).toBe('regence');
  });

  it('stops watching when stopped', async () => {
    await cache.current();
    cache.stop();
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(false);
    expect(fakeBrowser.storage.managed.onChanged.hasListeners()).toBe(false);
  });

  describe('when the administrator\'s policy is slow to answer (a browser session\'s first managed read)', () => {
    it('checks with the user\'s settings without waiting, then applies the policy and re-checks once it answers', async () => {
      await userSettings.setValue({ defaultPayer: 'premera', defaultService: 'massage' });
      await fakeBrowser.storage.managed.set({ defaultPayer: 'medicare', rulePacks: [pack] });
      const release = holdManagedReads();
      const recheck = vi.fn();
      cache.onPolicyChange(recheck);

      const first = await cache.current();
      expect(first.settings).toEqual({ defaultPayer: 'premera', defaultService: 'massage' });
      expect(first.rulePacks).toEqual([]);
      expect(recheck).not.toHaveBeenCalled();

      release();
      await vi.waitFor(() => expect(recheck).toHaveBeenCalledTimes(1));
      const after = await cache.current();
      expect(after.settings).toEqual({ defaultPayer: 'medicare', defaultService: 'massage' });
      expect(after.rulePacks.map((checklist) => checklist.id)).toEqual(['clinic-massage']);
    });

    it('uses the policy last seen on this profile meanwhile, and re-checks nothing when the policy is still that', async () => {
      await fakeBrowser.storage.managed.set({ defaultPayer: 'medicare', rulePacks: [pack] });
      await cache.current();
      await vi.waitFor(async () => expect(await lastPolicySeen.getValue()).toMatchObject({ defaultPayer: 'medicare' }));
      cache.stop();

      // The next browser start: the policy has not answered yet.
      const release = holdManagedReads();
      const restarted = createSettingsCache();
      const recheck = vi.fn();
      restarted.onPolicyChange(recheck);
      const first = await restarted.current();
      expect(first.settings.defaultPayer).toBe('medicare');
      expect(first.rulePacks.map((checklist) => checklist.id)).toEqual(['clinic-massage']);
      release();
      await tick();
      await tick();
      expect(recheck).not.toHaveBeenCalled();
      expect(await restarted.current()).toBe(first);
      restarted.stop();
    });
  });

  it('tells its listeners once when an administrator changes the policy after a check', async () => {
    const recheck = vi.fn();
    cache.onPolicyChange(recheck);
    await cache.current();
    await tick();
    await fakeBrowser.storage.managed.set({ defaultPayer: 'medicare', defaultService: 'massage', rulePacks: [pack] });
    await vi.waitFor(() => expect(recheck).toHaveBeenCalledTimes(1));
    await tick();
    expect(recheck).toHaveBeenCalledTimes(1);
    expect((await cache.current()).settings).toEqual({ defaultPayer: 'medicare', defaultService: 'massage' });
  });

  it('tells no one when the user changes a setting (the next check uses it)', async () => {
    const recheck = vi.fn();
    cache.onPolicyChange(recheck);
    await cache.current();
    await userSettings.setValue({ defaultPayer: 'aetna', defaultService: null });
    await tick();
    expect(recheck).not.toHaveBeenCalled();
  });
});
