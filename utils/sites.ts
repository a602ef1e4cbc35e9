/**
 * What ClaimLint calls a site: a page's origin (https://portal.example:8443), or file:// for every saved page.
 * Taught mappings and submit-guard choices are kept per site; host permissions are asked per host.
 */
import * as z from 'zod/mini';

/** A site as settings keep it: an http(s) origin, or file:// for saved pages. */
export const siteOriginSchema = z.string().check(z.regex(/^(https?:\/\/[^/\s]+|file:\/\/)$/));

/** The site a page's settings are kept under; saved pages (file://) share one. Null for other schemes. */
export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return 'file://';
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * A site without its port ("https://portal.example:8443" -> "https://portal.example"): what a host permission
 * pattern covers, since match patterns ignore ports. file:// stays as it is.
 */
export function siteWithoutPort(site: string): string {
  if (site === 'file://') return site;
  const { protocol, hostname } = new URL(site);
  return `${protocol}//${hostname}`;
}

/**
 * The optional host permission pattern for a page's site (https://portal.example/*), which covers every port of
 * the host. Null for pages that are not web sites: saved pages and browser pages cannot be granted.
 */
export function sitePattern(url: string): string | null {
  const site = siteOf(url);
  return site === null || site === 'file://' ? null : `${siteWithoutPort(site)}/*`;
}
