import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSubmitGuardOn, managedEnabledSites, managedSubmitGuardSites, setSubmitGuard, submitGuardSites } from './guard-settings';

const site = 'https://portal.example';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('submit guard settings', () => {
  it('is off for every site until the user turns it on', async () => {
    expect(isSubmitGuardOn(await submitGuardSites.getValue(), site)).toBe(false);
  });

  it('turns on and off per site', async () => {
    await setSubmitGuard(site, true);
    await setSubmitGuard('https://other.example', true);
    await setSubmitGuard(site, true);
    // Kept under the same key as ever, so a user's existing choices are still read.
    let stored = (await fakeBrowser.storage.local.get('submitGuardSites')).submitGuardSites;
    expect(stored).toEqual(['https://other.example', site]);
    expect(isSubmitGuardOn(await submitGuardSites.getValue(), site)).toBe(true);

    await setSubmitGuard(site, false);
    stored = (await fakeBrowser.storage.local.get('submitGuardSites')).submitGuardSites;
    expect(stored).toEqual(['https://other.example']);
    expect(isSubmitGuardOn(await submitGuardSites.getValue(), site)).toBe(false);
    expect(isSubmitGuardOn(await submitGuardSites.getValue(), 'https://other.example')).toBe(true);
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
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const parse = (stored: unknown) => submitGuardSites.parse(stored).value;
    expect(parse('https://portal.example')).toEqual([]);
    expect(parse({ [site]: true })).toEqual([]);
    expect(parse(null)).toEqual([]);
    expect(parse([42, 'not a site', site, site])).toEqual([site]);
    expect(isSubmitGuardOn([site], null)).toBe(false);
  });
});

describe('submit guard sites set by an administrator', () => {
  it('replace the user\'s list when a policy sets them, and are absent otherwise', async () => {
    expect(await managedSubmitGuardSites.getValue()).toBeNull();
    await fakeBrowser.storage.managed.set({ submitGuardSites: ['https://portal.example.com', 'javascript:alert(1)'] });
    expect(await managedSubmitGuardSites.getValue()).toEqual(['https://portal.example.com']);
  });
});

describe('sites an administrator wants checked automatically', () => {
  it('are read from policy as site origins only', async () => {
    expect(await managedEnabledSites.getValue()).toEqual([]);
    await fakeBrowser.storage.managed.set({ enabledSites: ['https://portal.example.com', 'file://', 'not a site'] });
    expect(await managedEnabledSites.getValue()).toEqual(['https://portal.example.com']);
  });
});
