#!/usr/bin/env node
// The installed `claimlint` command. The CLI is TypeScript shared with the extension; tsx compiles it on load,
// so there is no separate build step. tsconfig: false keeps the caller's own tsconfig.json out of it.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
