/**
 * How long reading a page's fields takes in node (happy-dom), the part issue 15 tunes in the classifier: the
 * largest fixture pages and a synthetic page of 1,000 labelled controls. Prints the median of several runs per
 * page, after one warm-up, so the JIT and module loading stay out of the figure (wall time, and this process's CPU
 * time, which other work on a shared machine disturbs less): the whole read (collectFields),
 * then classification alone over the page's field clues, by the indexed classifier and by the reference that runs
 * every pattern (test/support/reference-classifier.ts). Usage: tsx scripts/measure-scan.ts [runs]
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadHtmlFile, loadHtmlText } from '../cli/load-html';
import { findCandidates } from '../utils/fields/candidates';
import { classifyField } from '../utils/fields/classify-field';
import { readFieldClues } from '../utils/fields/label-text';
import { collectFields } from '../utils/fields/read-page';
import { ScanCache } from '../utils/fields/scan-cache';
import { ROOT, REAL_PAGES } from '../test/support/accuracy';
import { referenceClassifyField } from '../test/support/reference-classifier';

const RUNS = Number(process.argv[2] ?? 7);
const PAGES = [
  join(ROOT, 'test/fixtures/pages/availity-claim.html'),
  join(ROOT, 'test/fixtures/pages/officeally-grid.html'),
  join(ROOT, 'test/corpus/mui/prior-auth.html'),
  join(REAL_PAGES, 'pages/openemr/ptEvaluation.html'),
  join(REAL_PAGES, 'pages/openemr/ptcareplan.html'),
];
const WORDS = ['Patient name', 'Date of birth', 'Member ID', 'Diagnosis code', 'Units', 'Charges', 'Rendering NPI', 'Place of service', 'Notes', 'Comments'];

/** A long form: 1,000 labelled text inputs in 100 fieldsets, the size of a big EHR screen. */
function syntheticPage(): string {
  const sections: string[] = [];
  for (let s = 0; s < 100; s++) {
    const rows = WORDS.map((word, i) => `<label for="f${s}_${i}">${word} ${s}</label><input id="f${s}_${i}" name="field_${s}_${i}">`);
    sections.push(`<fieldset><legend>Section ${s}</legend>${rows.join('')}</fieldset>`);
  }
  return `<!doctype html><html><head><title>Big form</title></head><body><form>${sections.join('')}</form></body></html>`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measure(name: string, load: () => Promise<{ document: Document; close(): Promise<void> }>): Promise<void> {
  const times: number[] = [];
  const cpu: number[] = [];
  let fields = 0;
  for (let run = 0; run <= RUNS; run++) {
    const page = await load();
    const start = performance.now();
    const startCpu = process.cpuUsage();
    fields = collectFields(page.document).fields.length;
    const elapsed = performance.now() - start;
    const usage = process.cpuUsage(startCpu);
    if (run > 0) cpu.push((usage.user + usage.system) / 1000);
    if (run > 0) times.push(elapsed);
    if (run === RUNS) classifyOnly(page.document);
    await page.close();
  }
  console.log(`${name.padEnd(28)} ${String(fields).padStart(5)} fields  scan median ${median(times).toFixed(1)} ms, CPU ${median(cpu).toFixed(1)} ms  (${times.map((t) => t.toFixed(0)).join(' ')})`);
}

/** Classification alone: the same clues through both classifiers, alternating, medians of RUNS. */
function classifyOnly(doc: Document): void {
  const cache = new ScanCache(doc, null);
  const clues = findCandidates(doc).map((candidate) => readFieldClues(candidate, cache));
  const indexed: number[] = [];
  const reference: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    let start = performance.now();
    for (const field of clues) classifyField(field);
    if (run > 0) indexed.push(performance.now() - start);
    start = performance.now();
    for (const field of clues) referenceClassifyField(field);
    if (run > 0) reference.push(performance.now() - start);
  }
  console.log(`${''.padEnd(28)} classify ${clues.length} clues: indexed median ${median(indexed).toFixed(2)} ms, every pattern ${median(reference).toFixed(2)} ms`);
}

for (const path of PAGES) await measure(path.split('/').slice(-2).join('/'), () => loadHtmlFile(path));
const synthetic = syntheticPage();
await measure('synthetic 1,000 controls', () => loadHtmlText(synthetic, 'https://example.test/'));
