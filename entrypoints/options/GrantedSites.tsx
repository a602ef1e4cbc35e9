import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { guardSitesInForce, managedEnabledSites, managedSubmitGuardSites, setSubmitGuard, submitGuardSites } from '../../utils/guard-settings';
import { siteOf, siteWithoutPort } from '../../utils/sites';
import { useSetting } from '../../components/use-setting';
import { preloadedOrigins } from './preload';

/** The http(s) origin patterns the user granted (https://portal.example/*), without the manifest's own. */
export function grantedSitePatterns(origins: readonly string[]): string[] {
  return origins.filter((origin) => /^https?:\/\/[^/*]+\/\*$/.test(origin));
}

/**
 * The sites ClaimLint checks by itself (each an optional host permission the user granted), with a way to stop
 * that, and per site whether a submit is held while the page has gaps.
 */
export function GrantedSites() {
  const [grantedOrigins, setGrantedOrigins] = useState<string[] | null>(preloadedOrigins);
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason));
  const [userGuarded] = useSetting(submitGuardSites, fail);
  const [managedGuarded] = useSetting(managedSubmitGuardSites);
  const [enabledByPolicy] = useSetting(managedEnabledSites);

  const load = () => browser.permissions.getAll().then((granted) => setGrantedOrigins(granted.origins ?? []), fail);

  useEffect(() => {
    if (grantedOrigins === null) void load();
  }, []);

  const stop = (pattern: string) => {
    setError(null);
    browser.permissions.remove({ origins: [pattern] }).then(() => load(), fail);
  };
  const toggleGuard = (site: string, on: boolean) => {
    setError(null);
    setSubmitGuard(site, on).catch(fail);
  };

  const patterns = grantedOrigins && grantedSitePatterns(grantedOrigins);
  const guardLocked = managedGuarded?.value != null;
  const guarded = guardSitesInForce(userGuarded?.value ?? [], managedGuarded?.value ?? null);
  // Offered once the grants are known, so a site already allowed is never offered again.
  const requested = grantedOrigins === null ? [] : (enabledByPolicy?.value ?? []).filter((site) => !grantedOrigins.includes(`${siteWithoutPort(site)}/*`));

  return (
    <section class="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading" class="section-label">Sites checked automatically</h2>
      {patterns !== null && patterns.length === 0 && (
        <p class="options-help">None. Use “Check … automatically” in the popup on a site to add it.</p>
      )}
      {requested.length > 0 && (
        <div data-locked="enabledSites">
          <p class="options-help">Your administrator asks ClaimLint to check these sites automatically:</p>
          <ul class="options-list">
            {requested.map((site) => (
              <li key={site}>
                <span class="options-item-title">{new URL(site).host}</span>
                <button
                  type="button"
                  // permissions.request must run inside the click itself.
                  onClick={() => browser.permissions.request({ origins: [`${siteWithoutPort(site)}/*`] }).then(() => load(), fail)}
                >
                  Allow ClaimLint on {new URL(site).host}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {guardLocked && (
        <p class="options-help" data-locked="submitGuardSites">
          Where ClaimLint holds a submit is set by your administrator.
        </p>
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
                  <input
                    type="checkbox"
                    checked={guarded.includes(site)}
                    disabled={guardLocked}
                    onChange={(event) => toggleGuard(site, event.currentTarget.checked)}
                  />
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
