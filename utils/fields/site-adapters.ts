/**
 * Bundled site adapters and which of them apply to a URL. An adapter's URL patterns are simple globs over the
 * whole URL: "*" is any run of characters (slashes too), case ignored; see adapters/openemr.json. A saved copy
 * of such a page has lost its URL, so a pattern also matches a URL whose path has a segment, or a file name
 * without its extension, equal to the pattern's last literal path segment (its form name): for the OpenEMR
 * prior-authorization pattern, both ".../prior_auth.html" and ".../prior_auth/view.php" match. The adapter's
 * selectors still have to match elements, so a stray URL match changes nothing on an unrelated page.
 */
import openemr from './adapters/openemr.json';
import { parseSiteAdapter, type SiteAdapter } from './adapters/schema';
import { urlMatchesPattern } from './adapter-url';
import type { FieldOverride } from './overrides';

export { urlMatchesPattern } from './adapter-url';

export { parseSiteAdapter, siteAdapterSchema } from './adapters/schema';
export type { SiteAdapter } from './adapters/schema';

/**
 * The adapters shipped with ClaimLint as data, as the extension's build also writes them to
 * data/site-adapters.json (wxt.config.ts) for the background.
 */
export const BUNDLED_ADAPTER_DATA: readonly unknown[] = [openemr];

/** The adapters shipped with ClaimLint, validated at load. */
export const BUNDLED_ADAPTERS: readonly SiteAdapter[] = BUNDLED_ADAPTER_DATA.map((raw, at) => parseSiteAdapter(raw, `adapters/${(raw as { id?: string }).id ?? at}.json`));

/** The field mappings of every adapter whose URL patterns match `url`, in adapter order. */
export function adapterOverridesFor(url: string, adapters: readonly SiteAdapter[] = BUNDLED_ADAPTERS): FieldOverride[] {
  return adapters
    .filter((adapter) => adapter.urlPatterns.some((pattern) => urlMatchesPattern(url, pattern)))
    .flatMap((adapter) => adapter.fields.map((field) => ({ ...field })));
}
