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
import type { FieldOverride } from './overrides';

export { parseSiteAdapter, siteAdapterSchema } from './adapters/schema';
export type { SiteAdapter } from './adapters/schema';

/** The adapters shipped with ClaimLint, validated at load. */
export const BUNDLED_ADAPTERS: readonly SiteAdapter[] = [parseSiteAdapter(openemr, 'adapters/openemr.json')];

/** The field mappings of every adapter whose URL patterns match `url`, in adapter order. */
export function adapterOverridesFor(url: string, adapters: readonly SiteAdapter[] = BUNDLED_ADAPTERS): FieldOverride[] {
  return adapters
    .filter((adapter) => adapter.urlPatterns.some((pattern) => urlMatchesPattern(url, pattern)))
    .flatMap((adapter) => adapter.fields.map((field) => ({ ...field })));
}

/** Whether `url` matches one adapter URL pattern (see the file comment for the rules). */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const glob = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i');
  if (glob.test(url)) return true;
  const formName = lastLiteralSegment(pattern);
  if (!formName) return false;
  const segments = pathSegments(url);
  const last = segments[segments.length - 1] ?? '';
  return segments.includes(formName) || last.replace(/\.[a-z0-9]+$/i, '') === formName;
}

function lastLiteralSegment(pattern: string): string | null {
  const path = pattern.replace(/^[^:]*:\/\/[^/]*/, '');
  const literal = path.split('/').filter((segment) => segment && !segment.includes('*'));
  return literal.length > 0 ? literal[literal.length - 1]!.toLowerCase() : null;
}

function pathSegments(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.replace(/[?#].*$/, '');
  }
  return path.split('/').filter(Boolean).map((segment) => safeDecode(segment).toLowerCase());
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
