/**
 * The official ICD-10-CM descriptions for the extension's letter page: the gzip chunks packaged with the extension
 * (public/data/icd10cm-descriptions/ -> /data/icd10cm-descriptions/), fetched from the extension itself and
 * decompressed with DecompressionStream, only the chunks of the codes asked, each once.
 *
 * Use: collect the codes first (rules/letters/diagnosis-lookup diagnosisLookupIn), then
 * `const descriptions = await loadDescriptionsFor(codes)` and draft with `descriptions?.onDate(dateOfService)`.
 */
import { icd10CmDescriptionsLoader } from '../rules/codes/icd10cm-descriptions-loader';
import type { Icd10CmDescriptions } from '../rules/codes/icd10cm-descriptions';
import { ownExtensionUrl } from './packaged-data';

const DESCRIPTIONS_DIR = '/data/icd10cm-descriptions';

const load = icd10CmDescriptionsLoader(readPackagedFile);

/**
 * The descriptions with every chunk these codes need, or undefined (with a warning) when they cannot be read: the
 * letter then quotes each diagnosis as its source wrote it, without a description.
 */
export async function loadDescriptionsFor(codes: readonly string[]): Promise<Icd10CmDescriptions | undefined> {
  try {
    return await load(codes);
  } catch (error) {
    console.warn(`ClaimLint: the ICD-10-CM descriptions could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function readPackagedFile(file: string): Promise<unknown> {
  const url = ownExtensionUrl(`${DESCRIPTIONS_DIR}/${file}`);
  const response = await fetch(url); // packaged-file: only this extension's own /data/ files, checked by ownExtensionUrl
  if (!response.ok || !response.body) throw new Error(`${DESCRIPTIONS_DIR}/${file}: ${response.status} ${response.statusText}`);
  if (!file.endsWith('.gz')) return response.json();
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text);
}
