/**
 * The NCCI edits for the command-line tool: the same public/data/ncci.json the extension packages, read from the
 * package root (so it works from any working directory, from source and from the bundle in dist/cli).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NcciLookup } from '../rules/codes/ncci-lookup';
import { createNcciLookup } from '../rules/codes/ncci-table';
import { packageRoot } from './package-root';

let loading: Promise<NcciLookup | undefined> | undefined;

/** The NCCI lookup, read once; undefined when the file is missing or invalid (the checks then say "can't tell"). */
export function loadNcci(): Promise<NcciLookup | undefined> {
  loading ??= readFile(join(packageRoot(), 'public/data/ncci.json'), 'utf8').then((text) => createNcciLookup(JSON.parse(text))).catch(() => undefined);
  return loading;
}
