/**
 * ../shared, beside the checkout: third-party pages (the OpenEMR ones are GPL-3.0), public claim examples and the
 * CMS/CDC code files, read from there and never copied in. A developer's clone may not have it, so the suites
 * that read it skip, and say so; CI has it beside the clone, so there a missing folder fails the run instead of
 * quietly testing less.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Path arithmetic rather than new URL(): under happy-dom the global URL is the page's, not Node's.
export const SHARED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** A folder under ../shared and whether it is there. */
export interface SharedFolder {
  path: string;
  present: boolean;
}

/** True when `CI` is set (CI=true, CI=1, ...), as CI services and `.ci/run` set it. */
export function sharedRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * The folder `relativePath` under ../shared, for the suite `reader`. When it is missing: with `CI` set this
 * throws, which fails the test file that asked; otherwise it warns that `reader` skips it, and the caller skips
 * (`describe.skipIf(!folder.present)`).
 */
export function sharedFolder(relativePath: string, reader: string, env: NodeJS.ProcessEnv = process.env): SharedFolder {
  const path = join(SHARED_DIR, relativePath);
  if (existsSync(path)) return { path, present: true };
  if (sharedRequired(env)) {
    throw new Error(`../shared is missing: CI needs it (${reader} reads ${path}). Put the shared folder beside the clone.`);
  }
  console.warn(`${reader}: ${path} is absent; skipping what needs ../shared/${relativePath} (CI would fail here)`);
  return { path, present: false };
}
