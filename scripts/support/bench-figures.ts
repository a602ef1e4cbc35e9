/**
 * The figures `npm run bench` reports, independent of how they are measured: a runner (one function per measure,
 * each of which may be "not measured" with the reason) gives them, and they print as the table (ClaimLint
 * beside its floor or peer, the ratio, the goal and by how much it is met or missed) or as JSON (`--json`), where
 * a figure not measured is null and `notMeasured` says why. Kept apart from the measuring so the JSON's shape can
 * be tested with a stubbed runner; speed itself is never asserted in tests.
 */
import type { Optional } from './optional-bench';

export const SCAN_SIZES = [100, 1_000, 5_000, 10_000] as const;

export interface ScanResult {
  sizes: Array<{ controls: number; scanMs: number; floorMs: number }>;
  growthExponent: number;
}
export interface RecheckResult { medianMs: number; p95Ms: number }
export interface PageStartResult { coldMs: number; warmMs: number }
export interface EngineResult { evalPerSec: number; jsonRulesEngineEvalPerSec: number; speedup: number; incrementalEditMs?: number }
export interface GzipResult { content: number; popup: number; options: number; background: number; codeData: number }
export interface CliStartResult { ms: number; nodeMs: number }
export interface BatchResult { claims: number; claimsPerSec: number; peakMb: number; readClaimsPerSec: number; floorClaimsPerSec: number }

/** One function per measure; the bench runs them in this order. */
export interface BenchRunner {
  cliStart(): Promise<Optional<CliStartResult>>;
  batch(format: 'x12' | 'fhir'): Promise<Optional<BatchResult>>;
  engine(): Promise<Optional<EngineResult>>;
  gzip(): Promise<Optional<GzipResult>>;
  scan(): Promise<Optional<ScanResult>>;
  recheck(): Promise<Optional<RecheckResult>>;
  firstResult(): Promise<Optional<PageStartResult>>;
  recheckText(): Promise<Optional<{ medianMs: number }>>;
}

export interface BenchFigures {
  cliStart: Optional<CliStartResult>;
  x12: Optional<BatchResult>;
  fhir: Optional<BatchResult>;
  engine: Optional<EngineResult>;
  gzip: Optional<GzipResult>;
  scan: Optional<ScanResult>;
  recheck: Optional<RecheckResult>;
  firstResult: Optional<PageStartResult>;
  recheckText: Optional<{ medianMs: number }>;
}

/** Runs every measure in turn (node-only ones first, before the browser loads the machine). */
export async function collectFigures(runner: BenchRunner, progress: (what: string) => void = () => {}): Promise<BenchFigures> {
  progress('CLI start');
  const cliStart = await runner.cliStart();
  progress('837P batch');
  const x12 = await runner.batch('x12');
  progress('FHIR batch');
  const fhir = await runner.batch('fhir');
  progress('engine');
  const engine = await runner.engine();
  progress('bundle sizes');
  const gzip = await runner.gzip();
  progress('scan');
  const scan = await runner.scan();
  progress('re-check');
  const recheck = await runner.recheck();
  progress('first result');
  const firstResult = await runner.firstResult();
  progress('re-check of a letter');
  const recheckText = await runner.recheckText();
  return { cliStart, x12, fhir, engine, gzip, scan, recheck, firstResult, recheckText };
}

const found = <T>(figure: Optional<T>): T | null => (figure.kind === 'found' ? figure.value : null);
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** The `--json` document: every key always present, null where not measured. */
export function benchJson(figures: BenchFigures) {
  const scan = found(figures.scan);
  const at = (controls: number) => scan?.sizes.find((size) => size.controls === controls) ?? null;
  const perSize = (pick: (size: ScanResult['sizes'][number]) => number) =>
    Object.fromEntries(SCAN_SIZES.map((controls) => [String(controls), at(controls) ? round(pick(at(controls)!), 2) : null]));
  const scan1000 = at(1_000);
  const recheck = found(figures.recheck);
  const engine = found(figures.engine);
  const start = found(figures.cliStart);
  const x12 = found(figures.x12);
  const fhir = found(figures.fhir);
  const notMeasured = Object.fromEntries(Object.entries(figures).flatMap(([key, figure]) => (figure.kind === 'missing' ? [[key, figure.why]] : [])));
  return {
    scanRatio1000: scan1000 ? round(scan1000.scanMs / scan1000.floorMs) : null,
    scanMs: perSize((size) => size.scanMs),
    scanFloorMs: perSize((size) => size.floorMs),
    scanGrowthExponent: scan ? round(scan.growthExponent, 2) : null,
    recheckMedianMs1000: recheck ? round(recheck.medianMs) : null,
    recheckP95Ms1000: recheck ? round(recheck.p95Ms) : null,
    firstResultAfterStartMs: found(figures.firstResult)?.coldMs ?? null,
    firstResultLaterMs: found(figures.firstResult)?.warmMs ?? null,
    recheckTextMs: found(figures.recheckText)?.medianMs ?? null,
    engineSpeedupVsJsonRulesEngine: engine ? round(engine.speedup) : null,
    engineEvalPerSec: engine ? Math.round(engine.evalPerSec) : null,
    jsonRulesEngineEvalPerSec: engine ? Math.round(engine.jsonRulesEngineEvalPerSec) : null,
    gzipKb: found(figures.gzip) ?? { content: null, popup: null, options: null, background: null, codeData: null },
    coldStartMs: start ? Math.round(start.ms) : null,
    coldStartNodeMs: start ? Math.round(start.nodeMs) : null,
    batchClaimsPerSec: { x12: x12?.claimsPerSec ?? null, fhir: fhir?.claimsPerSec ?? null },
    batchPeakMb: { x12: x12?.peakMb ?? null, fhir: fhir?.peakMb ?? null },
    batchReadClaimsPerSec: { x12: x12?.readClaimsPerSec ?? null, fhir: fhir?.readClaimsPerSec ?? null },
    batchFloorClaimsPerSec: { x12: x12?.floorClaimsPerSec ?? null, fhir: fhir?.floorClaimsPerSec ?? null },
    notMeasured,
  };
}

export type BenchJson = ReturnType<typeof benchJson>;

interface Row {
  measure: string;
  value: string;
  peer: string;
  ratio: string;
  goal: string;
  verdict: string;
}

/** Met, or by how much it is missed: "met", "3.2× over", "missed by 41%". */
function verdict(value: number | null, goal: number, better: 'lower' | 'higher'): string {
  if (value === null) return '—';
  if (better === 'lower') return value <= goal ? 'met' : `missed: ${round(value / goal)}× the goal`;
  return value >= goal ? 'met' : `missed: ${round(goal / value)}× short`;
}

const fmt = (value: number | null | undefined, unit: string, places = 0) =>
  value === null || value === undefined ? 'not measured' : `${round(value, places).toLocaleString('en-US')}${unit === '×' ? '' : ' '}${unit}`.trim();

/** The table rows: the measures, side by side with floors and peers. */
export function benchRows(json: BenchJson): Row[] {
  const rows: Row[] = [];
  for (const controls of SCAN_SIZES) {
    const scan = json.scanMs[String(controls)] ?? null;
    const floor = json.scanFloorMs[String(controls)] ?? null;
    const ratio = scan !== null && floor ? scan / floor : null;
    rows.push({
      measure: `scan (collect + classify), ${controls.toLocaleString('en-US')} controls`,
      value: fmt(scan, 'ms', 1), peer: `floor ${fmt(floor, 'ms', 2)}`, ratio: fmt(ratio, '×', 0),
      goal: controls === 1_000 ? '≤ 10×, then ≤ 3×' : '', verdict: controls === 1_000 ? verdict(ratio, 10, 'lower') : '',
    });
  }
  rows.push({ measure: 'scan growth exponent (log ms vs log controls)', value: fmt(json.scanGrowthExponent, '', 2), peer: '', ratio: '', goal: '≈ 1 (linear)', verdict: verdict(json.scanGrowthExponent, 1.15, 'lower') });
  rows.push({ measure: 're-check after one input, 1,000 controls', value: json.recheckMedianMs1000 === null ? 'not measured' : `${fmt(json.recheckMedianMs1000, 'ms', 1)} median, p95 ${fmt(json.recheckP95Ms1000, 'ms', 1)}`, peer: '', ratio: '', goal: '≤ 16 ms median', verdict: verdict(json.recheckMedianMs1000, 16, 'lower') });
  rows.push({ measure: 're-check after an edit, 3,000-word letter (main thread)', value: fmt(json.recheckTextMs, 'ms'), peer: '', ratio: '', goal: '≤ 16 ms', verdict: verdict(json.recheckTextMs, 16, 'lower') });
  const startRatio = json.firstResultAfterStartMs !== null && json.firstResultLaterMs ? json.firstResultAfterStartMs / json.firstResultLaterMs : null;
  rows.push({ measure: 'page load to first mark, first page after browser start', value: fmt(json.firstResultAfterStartMs, 'ms'), peer: `same page later ${fmt(json.firstResultLaterMs, 'ms')}`, ratio: fmt(startRatio, '×', 1), goal: '≤ 500 ms', verdict: verdict(json.firstResultAfterStartMs, 500, 'lower') });
  rows.push({ measure: 'engine, evaluations per second', value: fmt(json.engineEvalPerSec, '/s'), peer: `json-rules-engine ${fmt(json.jsonRulesEngineEvalPerSec, '/s')}`, ratio: fmt(json.engineSpeedupVsJsonRulesEngine, '×', 1), goal: '≥ 20×', verdict: verdict(json.engineSpeedupVsJsonRulesEngine, 20, 'higher') });
  const gzip = json.gzipKb;
  rows.push({ measure: 'content script gzip', value: fmt(gzip.content, 'kB', 1), peer: '', ratio: '', goal: '≤ 30 kB', verdict: verdict(gzip.content, 30, 'lower') });
  rows.push({ measure: 'service worker gzip', value: fmt(gzip.background, 'kB', 1), peer: '', ratio: '', goal: '≤ 60 kB', verdict: verdict(gzip.background, 60, 'lower') });
  rows.push({ measure: 'popup / options scripts gzip', value: `${fmt(gzip.popup, 'kB', 1)} / ${fmt(gzip.options, 'kB', 1)}`, peer: '', ratio: '', goal: 'without the engine', verdict: '' });
  rows.push({ measure: 'code data loaded on first use (data/*.json) gzip', value: fmt(gzip.codeData, 'kB', 1), peer: '', ratio: '', goal: '', verdict: '' });
  const startRatioCli = json.coldStartMs !== null && json.coldStartNodeMs ? json.coldStartMs / json.coldStartNodeMs : null;
  rows.push({ measure: 'CLI start: check of the sample claim page', value: fmt(json.coldStartMs, 'ms'), peer: `node -e 0 ${fmt(json.coldStartNodeMs, 'ms')}`, ratio: fmt(startRatioCli, '×', 1), goal: '≤ 5.5× node', verdict: verdict(startRatioCli, 5.5, 'lower') });
  for (const format of ['x12', 'fhir'] as const) {
    const rate = json.batchClaimsPerSec[format];
    const floor = json.batchFloorClaimsPerSec[format];
    const what = format === 'x12' ? 'CLI, 10,000-claim 837P' : 'CLI, 10,000 FHIR Claims';
    const goal = format === 'x12' ? 10_000 : 5_000;
    rows.push({
      measure: `${what}: read + check`, value: fmt(rate, 'claims/s'), peer: `${format === 'x12' ? 'split-only' : 'JSON.parse'} floor ${fmt(floor, '/s')}`,
      ratio: fmt(rate && floor ? floor / rate : null, '×'), goal: `≥ ${goal.toLocaleString('en-US')}/s`, verdict: verdict(rate, goal, 'higher'),
    });
    rows.push({ measure: `${what}: reading alone (no check)`, value: fmt(json.batchReadClaimsPerSec[format], 'claims/s'), peer: '', ratio: '', goal: '', verdict: '' });
    rows.push({ measure: `${what}: peak RSS`, value: fmt(json.batchPeakMb[format], 'MB'), peer: '', ratio: '', goal: format === 'x12' ? '≤ 150 MB' : '', verdict: format === 'x12' ? verdict(json.batchPeakMb.x12, 150, 'lower') : '' });
  }
  return rows;
}

/** The table as text, with the reasons for anything not measured below it. */
export function benchTable(json: BenchJson): string {
  const header: Row = { measure: 'measure', value: 'ClaimLint', peer: 'floor / peer', ratio: 'ratio', goal: 'goal', verdict: 'verdict' };
  const rows = [header, ...benchRows(json)];
  const keys = Object.keys(header) as Array<keyof Row>;
  const widths = keys.map((key) => Math.max(...rows.map((row) => row[key].length)));
  const lines = rows.map((row) => keys.map((key, i) => row[key].padEnd(widths[i]!)).join(' | ').trimEnd());
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('-|-'));
  const missing = Object.entries(json.notMeasured).map(([key, why]) => `not measured (${key}): ${why}`);
  return [...lines, ...(missing.length > 0 ? ['', ...missing] : [])].join('\n');
}
