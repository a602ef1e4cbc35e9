#!/usr/bin/env node
// @ts-check
/**
 * The command line's bundle: cli/main.ts and all it imports (rules, field detector, claim readers, zod, happy-dom)
 * as plain JavaScript in dist/cli, so `claimlint` starts without compiling TypeScript. `npm install` builds it
 * (postinstall), `npm run build:cli` rebuilds it, and bin/claimlint.js builds it when it is missing or older than a
 * source file. Plain JavaScript itself, because the bin imports it before anything could compile TypeScript.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist/cli');
/** The entry; it exports main(argv, output). */
export const CLI_BUNDLE_URL = pathToFileURL(join(OUT, 'claimlint.mjs')).href;
/** When the bundle was built and from which project files, for the freshness check at each start. */
const SOURCES_FILE = 'sources.json';

/**
 * True when the bundle exists and no project file it was built from changed since. Costs a stat per source file
 * (~150, a few milliseconds); node_modules is not looked at, since `npm install` rebuilds the bundle anyway.
 */
export function cliBundleIsCurrent() {
  const record = builtBundleRecord();
  if (!record) return false;
  try {
    return record.sources.every((source) => statSync(join(ROOT, source)).mtimeMs < record.builtAt);
  } catch {
    return false; // A source was deleted or renamed: what imported it changed too.
  }
}

/** @returns {{ builtAt: number, sources: string[] } | undefined} what dist/cli says of itself; undefined if no bundle */
function builtBundleRecord() {
  try {
    statSync(join(OUT, 'claimlint.mjs'));
    return JSON.parse(readFileSync(join(OUT, SOURCES_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Builds dist/cli from cli/main.ts, replacing the previous bundle whole. */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  // Written beside the real folder, then renamed into place, so a claimlint starting meanwhile never imports half
  // a bundle.
  const staging = `${OUT}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { claimlint: 'cli/main.ts' },
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // Splitting puts happy-dom (2 MB) in its own chunk, read only when the first saved page is opened.
      splitting: true,
      // Loaded only by --render, from node_modules: Playwright reads its own files at run time, and esbuild runs a
      // native binary; neither survives being bundled.
      external: ['playwright-core', 'esbuild'],
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // The project's tsconfig extends .wxt/tsconfig.json, which `wxt prepare` writes; the bundle needs none of it.
      tsconfigRaw: {},
      // CommonJS inside happy-dom's dependencies (ws) calls require(), which an ES module does not have.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      metafile: true,
      // Errors come back in the thrown Error; the caller decides how much of them to print.
      logLevel: 'silent',
    });
    // This file too: a change in how the bundle is built calls for a new one.
    const sources = [...Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/')), 'scripts/build-cli.js'];
    writeFileSync(join(staging, SOURCES_FILE), `${JSON.stringify({ builtAt, sources }, null, 1)}\n`);
    mkdirSync(join(OUT, '..'), { recursive: true });
    installBundle(staging, builtAt);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Moves the staged bundle to dist/cli. When a folder is already there, it is either one another claimlint started
 * building after this one did (kept: it is as new as this one, and someone may be running it) or an older one.
 * @param {string} staging
 * @param {number} builtAt
 */
function installBundle(staging, builtAt) {
  try {
    renameSync(staging, OUT);
    return;
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST'].includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? '')) throw error;
  }
  if ((builtBundleRecord()?.builtAt ?? 0) >= builtAt) return;
  const old = `${OUT}.old-${process.pid}`;
  renameSync(OUT, old);
  renameSync(staging, OUT);
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const began = performance.now();
  try {
    await buildCliBundle();
    console.log(`claimlint: built ${relative(process.cwd(), OUT)} in ${Math.round(performance.now() - began)} ms`);
  } catch (error) {
    console.error(`claimlint: could not build ${relative(process.cwd(), OUT)}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
