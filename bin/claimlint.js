#!/usr/bin/env node
// The installed `claimlint` command. It runs the CLI's JavaScript bundle in dist/cli, which `npm install` builds;
// only when the bundle is missing or older than a source file is it (re)built here first, with esbuild.
import { buildCliBundle, CLI_BUNDLE_URL, cliBundleIsCurrent } from '../scripts/build-cli.js';

if (!cliBundleIsCurrent()) await buildCliBundle();
const { main } = await import(CLI_BUNDLE_URL);
process.exitCode = await main(process.argv.slice(2));
