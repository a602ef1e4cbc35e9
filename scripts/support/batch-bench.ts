/**
 * Bench: `claimlint check` on a claim file of 10,000 claims, as a biller runs it (the bundled CLI, the table to
 * stdout, here /dev/null), in its own process so its peak resident memory is the run's alone: claims per second of
 * wall time and peak RSS, medians of several runs. Beside it, in this process, the floors (X12: the file split into
 * segments and elements, nothing read; FHIR: JSON.parse of the file) and ClaimLint's reading alone (claims into
 * snapshots, nothing checked), so the split between reading and checking shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimFileOf } from '../../cli/load-claim-file';
import { writeSyntheticFhirBatch } from './fhir-synthetic-batch';
import { writeSyntheticBatch } from './x12-synthetic-batch';

export type BatchFormat = 'x12' | 'fhir';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface BatchFigures {
  claims: number;
  megabytes: number;
  /** The CLI, start to exit. */
  claimsPerSec: number;
  peakMb: number;
  /** Reading alone, in-process (claims into snapshots). */
  readClaimsPerSec: number;
  /** The floor, in-process (X12 split into elements; FHIR JSON.parse). */
  floorClaimsPerSec: number;
}

const ROOT = resolve(import.meta.dirname, '../..');
const PEAK_RSS = pathToFileURL(resolve(import.meta.dirname, 'peak-rss.mjs')).href;

/** One `claimlint check <file>`: seconds and peak MB. It exits 1 (the synthetic claims have gaps) or 0. */
function runCli(file: string): { seconds: number; peakMb: number } {
  const began = performance.now();
  const child = spawnSync(process.execPath, ['--import', PEAK_RSS, join(ROOT, 'bin/claimlint.js'), 'check', file], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - began) / 1000;
  if (child.status !== 0 && child.status !== 1) throw new Error(`claimlint check exited ${String(child.status)}: ${child.stderr.trim().split('\n')[0]}`);
  const kb = /claimlint-bench-peak-rss-kb=(\d+)/.exec(child.stderr)?.[1];
  if (!kb) throw new Error('claimlint check did not report its peak memory');
  return { seconds, peakMb: Math.round(Number(kb) / 1024) };
}

async function readOnlySeconds(file: string): Promise<{ seconds: number; claims: number }> {
  const text = await readFile(file, 'utf8');
  const began = performance.now();
  let claims = 0;
  for await (const read of claimFileOf(file, text, pathToFileURL(file).href).claims) if (read.snapshot) claims += 1;
  return { seconds: (performance.now() - began) / 1000, claims };
}

function floorSeconds(format: BatchFormat, text: string): number {
  const began = performance.now();
  if (format === 'fhir') {
    JSON.parse(text);
  } else {
    let elements = 0;
    for (const segment of text.split('~')) elements += segment.trim().split('*').length;
    if (elements === 0) throw new Error('empty batch');
  }
  return (performance.now() - began) / 1000;
}

/** The figures for one format at `claims` claims, `runs` CLI runs (the in-process measures run as often). */
export async function measureBatch(format: BatchFormat, claims = 10_000, runs = 3): Promise<BatchFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'claimlint-batch-bench-'));
  try {
    const file = join(folder, format === 'x12' ? `batch-${claims}.837` : `batch-${claims}.json`);
    const bytes = format === 'x12' ? await writeSyntheticBatch(file, claims) : await writeSyntheticFhirBatch(file, claims, ROOT);
    const cli = Array.from({ length: runs }, () => runCli(file));
    const reads = [];
    for (let run = 0; run < runs; run++) reads.push(await readOnlySeconds(file));
    if (reads[0]!.claims !== claims) throw new Error(`the ${format} batch read as ${reads[0]!.claims} claims, not ${claims}`);
    const text = await readFile(file, 'utf8');
    const floors = Array.from({ length: runs }, () => floorSeconds(format, text));
    return {
      claims,
      megabytes: Math.round((bytes / 1024 / 1024) * 10) / 10,
      claimsPerSec: Math.round(claims / median(cli.map((run) => run.seconds))),
      peakMb: median(cli.map((run) => run.peakMb)),
      readClaimsPerSec: Math.round(claims / median(reads.map((run) => run.seconds))),
      floorClaimsPerSec: Math.round(claims / median(floors)),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
