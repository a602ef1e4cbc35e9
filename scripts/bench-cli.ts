/**
 * How fast `claimlint` starts, as a multiple of `node -e 0` on the same machine (so a slower machine does not move
 * the verdict): `--help`, and a check of the sample claim page, each the median of several runs, started the way a
 * user starts them (`node bin/claimlint.js`, and `npx claimlint`). Part of `npm run bench`; `npm run bench:cli`
 * runs it alone (no extension build, no browser).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { line } from './support/bench-line';

const CLAIM = 'test/fixtures/pages/cms1500-claim.html';
const RUNS = 9;

/**
 * Multiples of `node -e 0` before the bundle, when bin/claimlint.js compiled the CLI with tsx at each start: commit
 * b8721b4 measured by this script (`npm run bench:cli <its checkout>`), median of four runs, 2 shared cores, node -e 0
 * ≈ 55 ms. The target is a third of each. npx adds npm's own work (`npm exec` reads node_modules to find the
 * package's bin), the same before and after.
 */
const BEFORE = {
  nodeHelp: 13.5,
  nodeCheck: 16.5,
  npxHelp: 28.6,
  npxCheck: 32.4,
};

interface StartCase {
  key: keyof typeof BEFORE;
  what: string;
  command: string;
  args: string[];
  status: number;
}

const CASES: StartCase[] = [
  { key: 'nodeHelp', what: 'node bin/claimlint.js --help', command: process.execPath, args: ['bin/claimlint.js', '--help'], status: 0 },
  { key: 'nodeCheck', what: 'node bin/claimlint.js check <sample claim>', command: process.execPath, args: ['bin/claimlint.js', 'check', CLAIM], status: 1 },
  { key: 'npxHelp', what: 'npx claimlint --help', command: 'npx', args: ['claimlint', '--help'], status: 0 },
  { key: 'npxCheck', what: 'npx claimlint check <sample claim>', command: 'npx', args: ['claimlint', 'check', CLAIM], status: 1 },
];

/** Wall-clock milliseconds of one run, which must exit with the case's status. */
function timeOnce({ command, args, status }: Pick<StartCase, 'command' | 'args' | 'status'>, root: string): number {
  const began = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  const ms = performance.now() - began;
  // A run that failed differently is not the case being timed (a usage error exits fast and would flatter).
  if (result.status !== status) throw new Error(`${command} ${args.join(' ')} exited ${String(result.status)}, expected ${status}`);
  return ms;
}

export interface StartFigures {
  /** `node -e 0`, the unit. */
  floorMs: number;
  cases: Array<{ key: StartCase['key']; what: string; ms: number; ratio: number }>;
}

/**
 * The start-up figures of the claimlint checkout at `root`: median milliseconds and multiples of `node -e 0`.
 * Rounds take every case in turn, so a neighbour's load on a shared machine falls on all of them alike; the first
 * round is not counted (it fills the disk cache and builds a missing bundle).
 */
export function measureCliStart(root: string): StartFigures {
  const floor = { command: process.execPath, args: ['-e', '0'], status: 0 };
  const timed = [floor, ...CASES];
  const times = timed.map((): number[] => []);
  for (let round = 0; round <= RUNS; round++) {
    timed.forEach((run, position) => {
      const ms = timeOnce(run, root);
      if (round > 0) times[position]!.push(ms);
    });
  }
  const [floorMs, ...caseMs] = times.map(median);
  return { floorMs: floorMs!, cases: CASES.map(({ key, what }, position) => ({ key, what, ms: caseMs[position]!, ratio: caseMs[position]! / floorMs! })) };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The bench's lines: one per case, its multiple of `node -e 0` against a third of the multiple before the bundle. */
export function cliStartLines(root = resolve('.')): string[] {
  const { floorMs, cases } = measureCliStart(root);
  return [
    `${'CLI start: node -e 0, the unit below'.padEnd(66)} ${`${Math.round(floorMs)} ms`.padStart(12)}`,
    ...cases.map(({ key, what, ms, ratio }) => line(`${what}: ${Math.round(ms)} ms =`, round1(ratio), '× node', round1(BEFORE[key] / 3))),
  ];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// `npm run bench:cli [checkout]`: another checkout's folder measures it instead (how BEFORE was measured).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(cliStartLines(resolve(process.argv[2] ?? '.')).join('\n'));
}
