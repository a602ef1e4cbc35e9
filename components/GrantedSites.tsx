import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteOf } from '../utils/field-mappings';
import { parseSubmitGuardSites, setSubmitGuard, SUBMIT_GUARD_SITES_KEY } from '../utils/guard-settings';

/** The http(s) origin patterns the user granted (https://portal.example/*), without the manifest's own. */
export function grantedSitePatterns(origins: readonly string[]): string[] {
  return origins.filter((origin) => /^https?:\/\/[^/*]+\/\*$/.test(origin));
}

/**
 * The sites ClaimLint checks by itself (each an optional host permission the user granted), with a way to stop
 * that, and per site whether a submit is held while the page has gaps.
 */
export function GrantedSites() {
  const [patterns, setPatterns] = useState<string[] | null>(null);
  const [guarded, setGuarded] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason));

  const load = () =>
    Promise.all([browser.permissions.getAll(), browser.storage.local.get(SUBMIT_GUARD_SITES_KEY)]).then(([granted, stored]) => {
      setPatterns(grantedSitePatterns(granted.origins ?? []));
      setGuarded(parseSubmitGuardSites(stored[SUBMIT_GUARD_SITES_KEY]));
    }, fail);

  useEffect(() => {
    void load();
  }, []);

  const stop = (pattern: string) => {
    setError(null);
    browser.permissions.remove({ origins: [pattern] }).then(() => load(), fail);
  };
  const toggleGuard = (site: string, on: boolean) => {
    setError(null);
    setSubmitGuard(site, on).then(() => load(), fail);
  };

  return (
    <section class="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading" class="section-label">Sites checked automatically</h2>
      {patterns !== null && patterns.length === 0 && (
        <p class="options-help">None. Use “Check … automatically” in the popup on a site to add it.</p>
      )}
      <ul class="options-list">
        {(patterns ?? []).map((pattern) => {
          const site = siteOf(pattern.replace(/\*$/, ''));
          const host = site ? new URL(site).host : pattern;
          return (
            <li key={pattern} data-site={pattern}>
              <span class="options-item-title">{host}</span>
              {site && (
                <label class="options-inline">
                  <input type="checkbox" checked={guarded.includes(site)} onChange={(event) => toggleGuard(site, event.currentTarget.checked)} />
                  Hold a submit on {host} while the page has gaps
                </label>
              )}
              <button type="button" onClick={() => stop(pattern)}>
                Stop checking {host} automatically
              </button>
            </li>
          );
        })}
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
