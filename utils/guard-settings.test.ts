import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSubmitGuardOn, parseSubmitGuardSites, setSubmitGuard, SUBMIT_GUARD_SITES_KEY } from './guard-settings';

const site = 'https://portal.example';

describe('submit guard settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off for every site until the user turns it on', async () => {
    const stored = await fakeBrowser.storage.local.get(SUBMIT_GUARD_SITES_KEY);
    expect(isSubmitGuardOn(stored[SUBMIT_GUARD_SITES_KEY], site)).toBe(false);
  });

  it('turns on and off per site', async () => {
    await setSubmitGuard(site, true);
    await setSubmitGuard('https://other.example', true);
    await setSubmitGuard(site, true);
    let stored = (await fakeBrowser.storage.local.get(SUBMIT_GUARD_SITES_KEY))[SUBMIT_GUARD_SITES_KEY];
    expect(stored).toEqual(['https://other.example', site]);
    expect(isSubmitGuardOn(stored, site)).toBe(true);

    await setSubmitGuard(site, false);
    stored = (await fakeBrowser.storage.local.get(SUBMIT_GUARD_SITES_KEY))[SUBMIT_GUARD_SITES_KEY];
    expect(isSubmitGuardOn(stored, site)).toBe(false);
    expect(isSubmitGuardOn(stored, 'https://other.example')).toBe(true);
  });

  it('turned on for a host (as the options page does, from its host permission) holds submits on every port of it', () => {
    expect(isSubmitGuardOn([site], 'https://portal.example:8443')).toBe(true);
    expect(isSubmitGuardOn([site], 'http://portal.example:8080')).toBe(false);
    expect(isSubmitGuardOn([site], 'https://billing.portal.example')).toBe(false);
    // A site named with its port (an administrator's policy may do that) covers that port only.
    expect(isSubmitGuardOn(['https://portal.example:8443'], 'https://portal.example:8443')).toBe(true);
    expect(isSubmitGuardOn(['https://portal.example:8443'], site)).toBe(false);
    expect(isSubmitGuardOn(['https://portal.example:8443'], 'https://portal.example:9443')).toBe(false);
    expect(isSubmitGuardOn(['file://'], 'file://')).toBe(true);
  });

  it('refuses what is not a site origin', async () => {
    await expect(setSubmitGuard('https://portal.example/claims', true)).rejects.toThrow();
    await expect(setSubmitGuard('javascript:alert(1)', true)).rejects.toThrow();
  });

  it('treats corrupt stored data as off instead of failing', () => {
    expect(parseSubmitGuardSites('https://portal.example')).toEqual([]);
    expect(parseSubmitGuardSites({ [site]: true })).toEqual([]);
    expect(parseSubmitGuardSites(null)).toEqual([]);
    expect(parseSubmitGuardSites([42, 'not a site', site, site])).toEqual([site]);
    expect(isSubmitGuardOn([site], null)).toBe(false);
  });
});

describe('submit guard sites set by an administrator', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replace the user\'s list when a policy sets them, and are absent otherwise', async () => {
    const { readManagedGuardSites } = await import('./guard-settings');
    expect(await readManagedGuardSites()).toBeNull();
    await fakeBrowser.storage.managed.set({ submitGuardSites: ['https://portal.example.com', 'javascript:alert(1)'] });
    expect(await readManagedGuardSites()).toEqual(['https://portal.example.com']);
  });
});

describe('sites an administrator wants checked automatically', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are read from policy as site origins only', async () => {
    const { readManagedEnabledSites } = await import('./guard-settings');
    expect(await readManagedEnabledSites()).toEqual([]);
    await fakeBrowser.storage.managed.set({ enabledSites: ['https://portal.example.com', 'file://', 'not a site'] });
    expect(await readManagedEnabledSites()).toEqual(['https://portal.example.com']);
  });
});
