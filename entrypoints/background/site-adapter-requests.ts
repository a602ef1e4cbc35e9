import type { FieldOverride } from '../../utils/fields/overrides';
import { loadSiteAdapters } from '../../utils/site-adapters-loader';

/**
 * A site adapter's mappings, for a page its URL patterns match (the content script decides that). Refused when
 * the packaged adapters cannot be read or name no such adapter: the page is then read by the heuristics alone.
 */
export async function siteAdapterFields(id: string): Promise<FieldOverride[]> {
  const adapters = await loadSiteAdapters();
  if (!adapters) throw new Error('ClaimLint could not load its site adapters.');
  const adapter = adapters.find((candidate) => candidate.id === id);
  if (!adapter) throw new Error(`ClaimLint has no site adapter "${id}".`);
  return adapter.fields.map((field) => ({ ...field }));
}
