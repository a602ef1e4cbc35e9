#!/usr/bin/env node
// The installed `claimlint` command. It runs the CLI's JavaScript bundle in dist/cli, which `npm install` builds;
// only when the bundle is missing or older than a source file is it (re)built here first, with esbuild.
import { buildCliBundle, CLI_BUNDLE_URL, cliBundleIsCurrent } from '../scripts/build-cli.js';

try {
  if (!cliBundleIsCurrent()) await buildCliBundle();
  const { main } = await import(CLI_BUNDLE_URL);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only a failed build lands here (main reports its own errors): status 2, not 1, which means "a rule failed".
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((text) => text.trim() !== '');
  process.stderr.write(`claimlint: could not build dist/cli: ${lines.slice(0, 2).join(' ')} (npm run build:cli says more)\n`);
  process.exitCode = 2;
}
