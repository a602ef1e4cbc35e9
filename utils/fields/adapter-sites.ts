/**
 * Which pages each bundled site adapter is for, without its mappings: the content script carries only this and
 * asks the background for an adapter's mappings on a page it matches (entrypoints/claim.content/
 * site-adapter-overrides.ts). A test keeps it equal to the adapters' own URL patterns.
 */
import { urlMatchesPattern } from './adapter-url';

export const ADAPTER_SITES: ReadonlyArray<{ id: string; urlPatterns: readonly string[] }> = [
  {
    id: 'openemr',
    urlPatterns: [
      '*://*/interface/forms/misc_billing_options/*',
      '*://*/interface/forms/prior_auth/*',
      '*://*/interface/forms/ptcareplan/*',
      '*://*/interface/forms/ptEvaluation/*',
      '*://*/interface/forms/physician_orders/*',
    ],
  },
];

/** The ids of the adapters whose URL patterns match `url`, in adapter order. */
export function adapterIdsFor(url: string): string[] {
  return ADAPTER_SITES.filter((site) => site.urlPatterns.some((pattern) => urlMatchesPattern(url, pattern))).map((site) => site.id);
}
