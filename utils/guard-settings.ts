/**
 * Sites where the user asked ClaimLint to hold a submit while the page has gaps. Off by default: the guard
 * steps between the user and their portal, so it runs only where the user turned it on.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { siteOriginSchema, siteWithoutPort } from './sites';

export const SUBMIT_GUARD_SITES_KEY = 'submitGuardSites';
const MAX_SITES = 1000;

/** Reads the stored site list entry by entry; anything corrupt counts as "off" for that entry (or for all). */
export function parseSubmitGuardSites(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const sites = stored.filter((site): site is string => siteOriginSchema.safeParse(site).success);
  return [...new Set(sites)].slice(-MAX_SITES);
}

/**
 * True when the guard is on for this site (as given by siteOf); false for pages without a site.
 * An entry without a port covers every port of its host: the options page turns the guard on for a host
 * permission (https://portal.example/*), and such a permission lets ClaimLint check the host on any port. An entry
 * with a port (an administrator's policy may name one) covers that port only.
 */
export function isSubmitGuardOn(stored: unknown, site: string | null): boolean {
  if (site === null) return false;
  const sites = parseSubmitGuardSites(stored);
  return sites.includes(site) || sites.includes(siteWithoutPort(site));
}

/** Turns the submit guard on or off for one site (an origin from siteOf). */
export async function setSubmitGuard(site: string, on: boolean): Promise<void> {
  if (!siteOriginSchema.safeParse(site).success) throw new Error(`not a site origin: ${site}`);
  const stored = await browser.storage.local.get(SUBMIT_GUARD_SITES_KEY);
  const others = parseSubmitGuardSites(stored[SUBMIT_GUARD_SITES_KEY]).filter((existing) => existing !== site);
  await browser.storage.local.set({ [SUBMIT_GUARD_SITES_KEY]: on ? [...others, site].slice(-MAX_SITES) : others });
}

/**
 * The submit-guard sites an administrator sets by policy (storage.managed `submitGuardSites`). When set, the
 * list replaces the user's own; null when there is no policy (or no managed storage in this browser).
 */
export async function readManagedGuardSites(): Promise<string[] | null> {
  try {
    const stored = (await browser.storage.managed.get(SUBMIT_GUARD_SITES_KEY))[SUBMIT_GUARD_SITES_KEY];
    return Array.isArray(stored) ? parseSubmitGuardSites(stored) : null;
  } catch {
    return null;
  }
}

/**
 * Sites an administrator wants ClaimLint to check automatically (storage.managed `enabledSites`). A policy cannot
 * grant a host permission by itself here, so the options page offers each one for the user to allow.
 */
export async function readManagedEnabledSites(): Promise<string[]> {
  try {
    const stored = (await browser.storage.managed.get('enabledSites')).enabledSites;
    return Array.isArray(stored) ? parseSubmitGuardSites(stored).filter((site) => site !== 'file://') : [];
  } catch {
    return [];
  }
}
