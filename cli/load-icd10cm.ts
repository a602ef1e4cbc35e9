/**
 * The ICD-10-CM table for the command-line tool: the same public/data/icd10cm.json the extension packages, read
 * from the package root (so it works from any working directory, from source and from the bundle in dist/cli).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Icd10CmLookup } from '../rules/codes/icd10cm-lookup';
import { createIcd10CmLookup } from '../rules/codes/icd10cm-table';
import { packageRoot } from './package-root';

let loading: Promise<Icd10CmLookup | undefined> | undefined;

/** The ICD-10-CM lookup, read once; undefined when the file is missing or invalid (the checks then say "can't tell"). */
export function loadIcd10Cm(): Promise<Icd10CmLookup | undefined> {
  loading ??= readIcd10Cm().catch(() => undefined);
  return loading;
}

async function readIcd10Cm(): Promise<Icd10CmLookup> {
  const text = await readFile(join(packageRoot(), 'public/data/icd10cm.json'), 'utf8');
  return createIcd10CmLookup(JSON.parse(text));
}
