/**
 * Claim files in bulk: an 837P batch of 10,000 and of 100,000 claims (synthetic, ~1.1 kB a claim, so the larger
 * is over 100 MB) read from a file stream claim by claim (x12ClaimsFromChunks), and read and checked as the
 * command line checks each claim (checkSnapshot with the bundled checklists, ICD-10-CM and NCCI tables). Each run
 * is its own node process, so its peak resident memory (maxRSS) is the run's alone; throughput is claims per
 * second of wall time. Checking (ten times the cost of reading) and, for contrast, the whole-text reader that holds
 * every claim's snapshot are run at 10,000 claims.
 * Part of `npm run bench`; `npm run bench:x12` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIcd10Cm } from '../cli/load-icd10cm';
import { loadNcci } from '../cli/load-ncci';
import { checkSnapshot } from '../rules/check-snapshot';
import { BUNDLED_CHECKLISTS } from '../rules/checklists/index';
import { x12ClaimsFromChunks } from '../utils/claim-files/claim-read';
import { readX12_837P } from '../utils/claim-files/x12-837p';
import { line } from './support/bench-line';
import { writeSyntheticBatch } from './support/x12-synthetic-batch';

type Mode = 'stream-read' | 'stream-check' | 'whole-read';

interface Run {
  claims: number;
  seconds: number;
  /** Peak resident memory of the process, and what it was before the file was opened (code, checklists, tables). */
  peakMb: number;
  startMb: number;
}

const SCRIPT = fileURLToPath(import.meta.url);
/**
 * Targets: memory that does not grow with the batch (what a 10,000-claim batch needs when held whole is more),
 * a 100,000-claim batch read in under a minute, and checked in under four.
 */
const PEAK_TARGET_MB = 400;
const READ_TARGET_PER_S = 2_000;
const CHECK_TARGET_PER_S = 500;

/** The bench lines for `npm run bench`. */
export async function x12StreamLines(): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'claimlint-x12-bench-'));
  const lines: string[] = [];
  try {
    for (const claims of [10_000, 100_000]) {
      const file = join(folder, `batch-${claims}.837`);
      const megabytes = Math.round((await writeSyntheticBatch(file, claims)) / 1024 / 1024);
      const label = `837P batch of ${claims.toLocaleString('en-US')} claims (${megabytes} MB)`;
      const read = runChild('stream-read', file, claims);
      lines.push(rateLine(`${label}, streamed: read`, read, READ_TARGET_PER_S));
      lines.push(line(`${label}, streamed: read, peak RSS (${read.startMb} MB before reading)`, read.peakMb, 'MB', PEAK_TARGET_MB));
      // Checking costs about ten times the reading; one size shows its rate and that memory stays flat.
      if (claims !== 10_000) continue;
      const check = runChild('stream-check', file, claims);
      lines.push(rateLine(`${label}, streamed: read and checked`, check, CHECK_TARGET_PER_S));
      lines.push(line(`${label}, streamed: read and checked, peak RSS (${check.startMb} MB before)`, check.peakMb, 'MB', PEAK_TARGET_MB));
      const whole = runChild('whole-read', file, claims);
      lines.push(`${line(`${label}, whole text into snapshots: peak RSS`, whole.peakMb, 'MB', Number.POSITIVE_INFINITY).split('   target')[0]}   (the reader before streaming, for contrast)`);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return lines;
}

/** A throughput line, in the layout of bench-line's, where more is better. */
function rateLine(what: string, run: Run, target: number): string {
  const rate = Math.round(run.claims / run.seconds);
  const verdict = rate >= target ? 'within target' : 'UNDER TARGET';
  return `${`${what}, claims/s`.padEnd(66)} ${`${rate.toLocaleString('en-US')} /s`.padStart(12)}   target ≥ ${target.toLocaleString('en-US')} /s   ${verdict}`;
}

function runChild(mode: Mode, file: string, claims: number): Run {
  // tsx resolves from the project root, wherever the bench was started.
  const child = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, mode, file], { cwd: join(SCRIPT, '../..'), encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench-x12-stream ${mode} failed: ${child.stderr.split('\n').slice(0, 3).join(' ')}`);
  const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as Run;
  if (run.claims !== claims) throw new Error(`bench-x12-stream ${mode} read ${run.claims} claims of ${claims}`);
  return run;
}

const megabytesOfRss = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** One run, in this process: prints a Run as JSON. */
async function childRun(mode: Mode, file: string): Promise<void> {
  const references = mode === 'stream-check' ? { icd10cm: await loadIcd10Cm(), ncci: await loadNcci() } : {};
  const startMb = megabytesOfRss();
  const began = performance.now();
  let claims = 0;
  if (mode === 'whole-read') {
    claims = readX12_837P(await readFile(file, 'utf8'), 'file:///bench.837').length;
  } else {
    const chunks = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>;
    for await (const claim of x12ClaimsFromChunks(chunks, 'file:///bench.837', [])) {
      if (mode === 'stream-check') checkSnapshot(claim.snapshot, { checklists: BUNDLED_CHECKLISTS, references });
      claims += 1;
    }
  }
  const seconds = (performance.now() - began) / 1000;
  console.log(JSON.stringify({ claims, seconds, peakMb: megabytesOfRss(), startMb } satisfies Run));
}

const [mode, file] = process.argv.slice(2);
if (process.argv[1] === SCRIPT) {
  if (mode && file) {
    await childRun(mode as Mode, file);
  } else {
    console.log((await x12StreamLines()).join('\n'));
  }
}
