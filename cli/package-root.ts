/**
 * The folder claimlint is installed in, for the data files the command line reads at run time (the ICD-10-CM
 * table). Found by walking up to the package.json named claimlint rather than by a fixed `../`: the same code runs
 * from cli/ (tsx, vitest) and from the bundle in dist/cli, which sit at different depths.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'claimlint';

let found: string | undefined;

/** The claimlint package's folder, above this module's own file. Throws if the module is not inside it. */
export function packageRoot(): string {
  found ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return found;
}

/** The nearest folder at or above `start` holding a package.json named claimlint. */
export function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (nameOfPackageIn(folder) === PACKAGE_NAME) return folder;
    if (dirname(folder) === folder) throw new Error(`no ${PACKAGE_NAME} package.json above ${start}`);
  }
}

function nameOfPackageIn(folder: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown }).name as string | undefined;
  } catch {
    return undefined; // No package.json here (or an unreadable one): keep walking up.
  }
}
