import { browser } from 'wxt/browser';
import { preloadSettings } from '../../components/use-setting';
import { managedDefaultPayer, managedDefaultService, userSettings } from '../../utils/default-choice-settings';
import { fieldMappings } from '../../utils/field-mappings';
import { managedEnabledSites, managedSubmitGuardSites, submitGuardSites } from '../../utils/guard-settings';
import type { Setting } from '../../utils/define-setting';
import { preloadRulePacks } from './rule-packs-client';

/** Past this, the page renders with what has answered; the rest fills in as it arrives (a worker starting cold). */
const PRELOAD_BUDGET_MS = 1_500;

let grantedOrigins: string[] | null = null;

/** The origins granted when the page loaded (null when the browser had not answered in time). */
export function preloadedOrigins(): string[] | null {
  return grantedOrigins;
}

/**
 * Reads everything the options page shows before its first render (settings, granted sites, rule packs, in
 * parallel), so it paints once with the user's values instead of empty sections and defaults that then change.
 */
export async function preloadOptions(): Promise<void> {
  // An administrator's policy is not waited for (Chromium can take seconds to answer storage.managed at start,
  // as the background knows): it is used if it has answered by the time the rest has, and locks controls when it does.
  void preloadSettings([managedDefaultPayer, managedDefaultService, managedSubmitGuardSites, managedEnabledSites] as Setting<unknown>[]);
  const all = Promise.all([
    preloadSettings([userSettings, submitGuardSites, fieldMappings] as Setting<unknown>[]),
    browser.permissions.getAll().then((granted) => void (grantedOrigins = granted.origins ?? []), () => undefined),
    preloadRulePacks(['local', 'managed', 'bundled']),
  ]);
  await Promise.race([all, new Promise((resume) => setTimeout(resume, PRELOAD_BUDGET_MS))]);
}
