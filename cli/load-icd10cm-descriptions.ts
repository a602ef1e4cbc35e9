/**
 * The official ICD-10-CM descriptions for the command-line tool: the same gzip chunks the extension packages
 * (public/data/icd10cm-descriptions/), read from the package root and gunzipped, only the chunks of the codes asked.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { icd10CmDescriptionsLoader } from '../rules/codes/icd10cm-descriptions-loader';
import type { Icd10CmDescriptions } from '../rules/codes/icd10cm-descriptions';
import { packageRoot } from './package-root';

const DESCRIPTIONS_DIR = 'public/data/icd10cm-descriptions';
const gunzipBytes = promisify(gunzip);

let loader: ((codes: readonly string[]) => Promise<Icd10CmDescriptions>) | undefined;

/**
 * The descriptions with every chunk these codes need (codes as written: "M54.2"). Rejects, saying what is wrong,
 * when a file is missing or invalid: the caller then drafts without descriptions and says so.
 */
export function loadDescriptionsFor(codes: readonly string[]): Promise<Icd10CmDescriptions> {
  loader ??= icd10CmDescriptionsLoader(readDescriptionsFile);
  return loader(codes);
}

async function readDescriptionsFile(file: string): Promise<unknown> {
  const bytes = await readFile(join(packageRoot(), DESCRIPTIONS_DIR, file));
  const text = file.endsWith('.gz') ? (await gunzipBytes(bytes)).toString('utf8') : bytes.toString('utf8');
  return JSON.parse(text);
}
