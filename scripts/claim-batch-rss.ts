/**
 * Peak memory of `claimlint check` on a synthetic 837P batch (the fixture's claim under N invented ids):
 * `npx tsx scripts/claim-batch-rss.ts 10000` runs the installed command on it (stdout to /dev/null) under
 * /usr/bin/time and prints its peak RSS; `--loop-only` instead runs the CLI's claim loop in this process on a
 * reader that parses one claim at a time, so the loop's own cost shows apart from the reader's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { x12Claims, type ClaimRead } from '../utils/claim-files/claim-read';
import { checkClaims } from '../cli/check-claims';
import { TableReport } from '../cli/check-report';
import { checkOne } from '../cli/run-check';
import { RunSummary } from '../cli/run-summary';

const ROOT = resolve(import.meta.dirname, '..');
const ONE = readFileSync(join(ROOT, 'test/fixtures/claims/837p-massage-gaps.txt'), 'utf8');
const claims = Number(process.argv[2] ?? 10_000);
const args = process.argv.slice(3);

/** The fixture's one claim (CLM up to SE) under claim id `id`. */
function claimText(id: string): string {
  return ONE.slice(ONE.indexOf('CLM*'), ONE.indexOf('SE*')).replace('CLM*SYN-ACCT-0001*', `CLM*${id}*`);
}

function batchFile(count: number): string {
  const head = ONE.slice(0, ONE.indexOf('CLM*'));
  const parts = [head];
  for (let n = 1; n <= count; n++) parts.push(claimText(`PCN-${n}`));
  parts.push(ONE.slice(ONE.indexOf('SE*')));
  const path = join(mkdtempSync(join(tmpdir(), 'claimlint-rss-')), `batch-${count}.837`);
  writeFileSync(path, parts.join(''));
  return path;
}

/** A reader that holds one claim at a time, as a streaming reader would. */
async function* oneAtATime(count: number): AsyncGenerator<ClaimRead> {
  const head = ONE.slice(0, ONE.indexOf('CLM*'));
  const tail = ONE.slice(ONE.indexOf('SE*'));
  for (let n = 1; n <= count; n++) {
    for await (const read of x12Claims(head + claimText(`PCN-${n}`) + tail, 'file:///batch.837', [])) yield { ...read, position: n };
  }
}

async function loopOnly(count: number): Promise<void> {
  const summary = new RunSummary();
  let bytes = 0;
  const report = new TableReport((text) => { bytes += text.length; }, 120, false, { onlyGaps: false, redact: false });
  report.beginClaimFile('batch.837', 'x12-837p');
  const loop = checkClaims(oneAtATime(count), (read) => checkOne('batch.837', read.snapshot, null, {}));
  for await (const checked of loop.claims) {
    summary.claim(checked.result?.findings ?? null, checked.read.notChecked);
    report.claim(checked);
  }
  report.end(summary);
  const peak = process.resourceUsage().maxRSS;
  console.log(`loop only, ${count} claims: peak RSS ${(peak / 1024).toFixed(0)} MB; ${(bytes / 1e6).toFixed(1)} MB of table written; ${summary.toJson().claimsWithGaps} claims with gaps`);
}

if (args.includes('--loop-only')) {
  await loopOnly(claims);
} else {
  const path = batchFile(claims);
  const extra = args.filter((arg) => arg !== '--loop-only');
  const run = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, join(ROOT, 'bin/claimlint.js'), 'check', path, ...extra], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 });
  const [kb, seconds] = run.stderr.trim().split('\n').at(-1)!.split(' ');
  console.log(`claimlint check <${claims} claims, ${(readFileSync(path).length / 1e6).toFixed(1)} MB> ${extra.join(' ')}: exit ${run.status}, peak RSS ${(Number(kb) / 1024).toFixed(0)} MB, ${seconds} s`);
}
