/**
 * npm run build:icd10cm: writes public/data/icd10cm.json and icd10cm.PROVENANCE.md, and the official descriptions
 * in public/data/icd10cm-descriptions/ (index.json and gzip chunks) with icd10cm-descriptions.PROVENANCE.md, from
 * the ICD-10-CM files in ../shared/data/icd10cm. Fails (exit 1, with the reason) when the inputs do not check out.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIcd10Cm, readSharedSources } from './support/icd10cm-build';
import { buildIcd10CmDescriptions } from './support/icd10cm-descriptions-build';
import { gzipChunk } from './support/gzip-chunk';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'public', 'data');
const DESCRIPTIONS_DIR = join(OUT_DIR, 'icd10cm-descriptions');

try {
  const sources = readSharedSources();
  const { json, provenance } = buildIcd10Cm(sources);
  const descriptions = buildIcd10CmDescriptions(sources);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'icd10cm.json'), json);
  writeFileSync(join(OUT_DIR, 'icd10cm.PROVENANCE.md'), provenance);
  console.log(`wrote ${relative(ROOT, join(OUT_DIR, 'icd10cm.json'))} (${Buffer.byteLength(json)} bytes) and icd10cm.PROVENANCE.md`);

  // A chunk a smaller build no longer makes must not stay behind in the package.
  rmSync(DESCRIPTIONS_DIR, { recursive: true, force: true });
  mkdirSync(DESCRIPTIONS_DIR, { recursive: true });
  writeFileSync(join(DESCRIPTIONS_DIR, 'index.json'), descriptions.index);
  let raw = 0;
  let gzipped = 0;
  for (const chunk of descriptions.chunks) {
    const bytes = gzipChunk(chunk.json);
    writeFileSync(join(DESCRIPTIONS_DIR, chunk.file), bytes);
    raw += Buffer.byteLength(chunk.json);
    gzipped += bytes.byteLength;
  }
  writeFileSync(join(OUT_DIR, 'icd10cm-descriptions.PROVENANCE.md'), descriptions.provenance);
  console.log(`wrote ${relative(ROOT, DESCRIPTIONS_DIR)}/ (${readdirSync(DESCRIPTIONS_DIR).length - 1} chunks, ${raw} bytes of JSON, `
    + `${gzipped} gzipped) and icd10cm-descriptions.PROVENANCE.md`);
} catch (error) {
  console.error(`build:icd10cm FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
