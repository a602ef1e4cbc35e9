/**
 * The ICD-10-CM table for the command-line tool: the same public/data/icd10cm.json the extension packages, read
 * from the package root (found from this file, so it works from any working directory and when installed).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Icd10CmLookup } from '../rules/codes/icd10cm-lookup';
import { createIcd10CmLookup } from '../rules/codes/icd10cm-table';

export const ICD10CM_FILE = fileURLToPath(new URL('../public/data/icd10cm.json', import.meta.url));

let loading: Promise<Icd10CmLookup | undefined> | undefined;

/** The ICD-10-CM lookup, read once; undefined when the file is missing or invalid (the checks then say "can't tell"). */
export function loadIcd10Cm(): Promise<Icd10CmLookup | undefined> {
  loading ??= readFile(ICD10CM_FILE, 'utf8')
    .then((text) => createIcd10CmLookup(JSON.parse(text)))
    .catch(() => undefined);
  return loading;
}
