/**
 * The bundled site adapters for the extension's background: written by the build from utils/fields/adapters
 * (wxt.config.ts -> /data/site-adapters.json), loaded and validated once, when a page an adapter matches first asks.
 */
import { parseSiteAdapter, type SiteAdapter } from './fields/adapters/schema';
import { packagedDataLoader } from './packaged-data';

function parseAll(json: unknown): SiteAdapter[] {
  if (!Array.isArray(json)) throw new Error('data/site-adapters.json is not a list');
  return json.map((raw, at) => parseSiteAdapter(raw, `data/site-adapters.json [${at}]`));
}

/** The packaged site adapters, or undefined when the file cannot be read (pages then get the heuristics alone). */
export const loadSiteAdapters = packagedDataLoader('/data/site-adapters.json', 'the site adapters', parseAll);
