/**
 * npm run build:icd10cm: writes public/data/icd10cm.json and icd10cm.PROVENANCE.md from the ICD-10-CM files in
 * ../shared/data/icd10cm. Fails (exit 1, with the reason) when the inputs do not give the expected code counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIcd10Cm, readSharedSources } from './support/icd10cm-build';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'data');

try {
  const { json, provenance } = buildIcd10Cm(readSharedSources());
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'icd10cm.json'), json);
  writeFileSync(join(OUT_DIR, 'icd10cm.PROVENANCE.md'), provenance);
  console.log(`wrote ${relative(ROOT, join(OUT_DIR, 'icd10cm.json'))} (${Buffer.byteLength(json)} bytes) and icd10cm.PROVENANCE.md`);
} catch (error) {
  console.error(`build:icd10cm FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
