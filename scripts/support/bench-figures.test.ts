import { describe, expect, it } from 'vitest';
import { benchJson, benchTable, collectFigures, type BenchRunner } from './bench-figures';

const found = <T>(value: T) => Promise.resolve({ kind: 'found' as const, value });
const missing = (why: string) => Promise.resolve({ kind: 'missing' as const, why });

/** A runner whose figures are made up: the test is of the JSON's shape and the table's words, not of speed. */
function stubRunner(overrides: Partial<BenchRunner> = {}): BenchRunner {
  return {
    cliStart: () => found({ ms: 300, nodeMs: 50 }),
    batch: (format) => found({ claims: 10_000, claimsPerSec: format === 'x12' ? 2_000 : 6_000, peakMb: 120, readClaimsPerSec: 9_000, floorClaimsPerSec: 60_000 }),
    engine: () => found({ evalPerSec: 40_000, jsonRulesEngineEvalPerSec: 1_700, speedup: 23.5 }),
    gzip: () => found({ content: 28.1, popup: 12, options: 20, background: 55, codeData: 400 }),
    scan: () => found({ sizes: [100, 1_000, 5_000, 10_000].map((controls) => ({ controls, scanMs: controls / 100, floorMs: controls / 1_000 })), growthExponent: 1 }),
    recheck: () => found({ medianMs: 8, p95Ms: 14 }),
    firstResult: () => found({ coldMs: 450, warmMs: 300 }),
    recheckText: () => found({ medianMs: 12 }),
    ...overrides,
  };
}

describe('bench --json', () => {
  it('carries every key the issue asks for, with the measured values', async () => {
    const json = benchJson(await collectFigures(stubRunner()));
    expect(json).toMatchObject({
      scanRatio1000: 10,
      scanMs: { 100: 1, 1000: 10, 5000: 50, 10000: 100 },
      scanGrowthExponent: 1,
      recheckMedianMs1000: 8,
      recheckP95Ms1000: 14,
      firstResultAfterStartMs: 450,
      recheckTextMs: 12,
      engineSpeedupVsJsonRulesEngine: 23.5,
      gzipKb: { content: 28.1, popup: 12, options: 20, background: 55, codeData: 400 },
      coldStartMs: 300,
      batchClaimsPerSec: { x12: 2_000, fhir: 6_000 },
      batchPeakMb: { x12: 120, fhir: 120 },
      notMeasured: {},
    });
  });

  it('says null and why for a measure that is missing, and still reports the rest', async () => {
    const runner = stubRunner({
      recheck: () => missing('scripts/support/recheck-bench.ts is not in this checkout'),
      engine: () => missing('scripts/support/engine-bench.ts does not export measureEngine()'),
      gzip: () => missing('no build'),
    });
    const json = benchJson(await collectFigures(runner));
    expect(json.recheckMedianMs1000).toBeNull();
    expect(json.recheckP95Ms1000).toBeNull();
    expect(json.engineSpeedupVsJsonRulesEngine).toBeNull();
    expect(json.gzipKb).toEqual({ content: null, popup: null, options: null, background: null, codeData: null });
    expect(json.notMeasured).toEqual({
      recheck: 'scripts/support/recheck-bench.ts is not in this checkout',
      engine: 'scripts/support/engine-bench.ts does not export measureEngine()',
      gzip: 'no build',
    });
    expect(json.batchClaimsPerSec.x12).toBe(2_000);
    const table = benchTable(json);
    expect(table).toContain('not measured (recheck): scripts/support/recheck-bench.ts is not in this checkout');
    expect(table).toMatch(/re-check after one input, 1,000 controls\s+\| not measured\s+\|/);
  });

  it('says a goal is met, or by how much it is missed', async () => {
    const table = benchTable(benchJson(await collectFigures(stubRunner())));
    expect(table).toMatch(/CLI, 10,000-claim 837P: read \+ check .*\| missed: 5× short/);
    expect(table).toMatch(/CLI, 10,000 FHIR Claims: read \+ check .*\| met$/m);
    expect(table).toMatch(/content script gzip .*\| met$/m);
  });
});
