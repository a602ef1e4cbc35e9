/**
 * Sites where the user asked ClaimLint to hold a submit while the page has gaps. Off by default: the guard
 * steps between the user and their portal, so it runs only where the user turned it on. An administrator's
 * policy may set the list for every seat, and may name sites to check automatically.
 */
import * as z from 'zod/mini';
import { defineSetting, validEntriesOf } from './define-setting';
import { siteOriginSchema, siteWithoutPort } from './sites';

const MAX_SITES = 1000;

/** A stored site list, entry by entry: anything that is not a site origin is dropped on its own. */
const siteListSchema = z.pipe(
  validEntriesOf(siteOriginSchema),
  z.transform((sites) => [...new Set(sites)].slice(-MAX_SITES)),
);

/** The sites where the user turned the guard on (origins from siteOf). */
export const submitGuardSites = defineSetting('local:submitGuardSites', { schema: siteListSchema, fallback: [] });

/**
 * The submit-guard sites an administrator sets by policy (storage.managed `submitGuardSites`). When set, the
 * list replaces the user's own; null when there is no policy (or no managed storage in this browser).
 */
export const managedSubmitGuardSites = defineSetting('managed:submitGuardSites', {
  schema: z.nullable(siteListSchema),
  fallback: null,
});

/**
 * Sites an administrator wants ClaimLint to check automatically (storage.managed `enabledSites`). A policy cannot
 * grant a host permission by itself here, so the options page offers each one for the user to allow.
 */
export const managedEnabledSites = defineSetting('managed:enabledSites', {
  schema: z.pipe(siteListSchema, z.transform((sites) => sites.filter((site) => site !== 'file://'))),
  fallback: [],
});

/** The list in force: an administrator's replaces the user's. */
export function guardSitesInForce(user: string[], managed: string[] | null): string[] {
  return managed ?? user;
}

/**
 * True when the guard is on for this site (as given by siteOf); false for pages without a site.
 * An entry without a port covers every port of its host: the options page turns the guard on for a host
 * permission (https://portal.example/*), and such a permission lets ClaimLint check the host on any port. An entry
 * with a port (an administrator's policy may name one) covers that port only.
 */
export function isSubmitGuardOn(sites: readonly string[], site: string | null): boolean {
  if (site === null) return false;
  return sites.includes(site) || sites.includes(siteWithoutPort(site));
}

/** Turns the submit guard on or off for one site (an origin from siteOf). */
export async function setSubmitGuard(site: string, on: boolean): Promise<void> {
  if (!siteOriginSchema.safeParse(site).success) throw new Error(`not a site origin: ${site}`);
  const others = (await submitGuardSites.getValue()).filter((existing) => existing !== site);
  await submitGuardSites.setValue(on ? [...others, site] : others);
}
