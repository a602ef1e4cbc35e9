/**
 * npm run build:ncci: writes public/data/ncci.json and ncci.PROVENANCE.md from the NCCI tables in
 * ../shared/data/ncci. Fails (exit 1, with the reason) when the inputs do not have the expected shape or rows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNcci, readSharedSources } from './support/ncci-build';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'data');

try {
  const { json, provenance } = buildNcci(readSharedSources());
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'ncci.json'), json);
  writeFileSync(join(OUT_DIR, 'ncci.PROVENANCE.md'), provenance);
  console.log(`wrote ${relative(ROOT, join(OUT_DIR, 'ncci.json'))} (${Buffer.byteLength(json)} bytes) and ncci.PROVENANCE.md`);
} catch (error) {
  console.error(`build:ncci FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
