/**
 * The bundled checklists for the extension's background: written by the build from rules/checklists
 * (wxt.config.ts -> /data/checklists.json), loaded and compiled once, on the first check, so the service worker's
 * script does not carry them. Unlike the code tables, a check cannot go on without them: a failed load rejects
 * (the check reports the error) rather than check a page against no checklist and find nothing missing.
 */
import type { CompiledChecklist } from '../rules/compile-checklist';
import { parseBundledChecklist } from '../rules/checklists/parse-checklist';
import { packagedDataLoader } from './packaged-data';

function compileAll(json: unknown): CompiledChecklist[] {
  if (!Array.isArray(json) || json.length === 0) throw new Error('data/checklists.json holds no checklist');
  return json.map(parseBundledChecklist);
}

const loadPackaged = packagedDataLoader('/data/checklists.json', 'the bundled checklists', compileAll);

/** The bundled checklists, validated and compiled; rejects when the packaged file cannot be read. */
export async function loadBundledChecklists(): Promise<CompiledChecklist[]> {
  const checklists = await loadPackaged();
  if (!checklists) throw new Error('ClaimLint could not load its checklists; reload the extension and check again.');
  return checklists;
}
