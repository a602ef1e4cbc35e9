/**
 * Bad denial files get a clear error and nothing else: on random edits of a synthetic 835 and random JSON, the
 * readers either give denials that pass the Denial schema, or throw an Error with a one-line message.
 * `npm run fuzz` raises the number of cases (CLAIMLINT_FUZZ_RUNS).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denialSchema } from '../../rules/denials/denial';
import { readDenials } from '../../utils/denials/read-denial';

const RUNS = Number(process.env.CLAIMLINT_FUZZ_RUNS ?? 300);
const SEED = 20_261_206 + Number(process.env.CLAIMLINT_FUZZ_BATCH ?? 0);
const REMIT = readFileSync(new URL('../fixtures/denials/medical-necessity.835', import.meta.url), 'utf8');
const tally = { read: 0, refused: 0 };

function expectDenialsOrError(text: string): void {
  let denials;
  try {
    denials = readDenials(text);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toMatch(/\n/);
    tally.refused += 1;
    return;
  }
  tally.read += 1;
  for (const denial of denials) expect(denialSchema.safeParse(denial).success, JSON.stringify(denial)).toBe(true);
}

describe('denial readers never crash', () => {
  it('an 835 with random edits: denials or a one-line error', () => {
    const edit = fc.record({ at: fc.nat(REMIT.length), cut: fc.nat(40), insert: fc.string({ maxLength: 12, unit: fc.constantFrom('*', '~', ':', '^', 'A', '9', ' ', '\n', 'CAS', 'CLP', 'SVC', 'LQ*HE', 'DTM*405*2025') }) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const text = edits.reduce((current, { at, cut, insert }) => current.slice(0, at) + insert + current.slice(at + cut), REMIT);
      expectDenialsOrError(text);
    }), { numRuns: RUNS, seed: SEED });
    expect(tally.read).toBeGreaterThan(0);
  });

  it('random JSON: denials or a one-line error', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('ExplanationOfBenefit', 'ClaimResponse', 'Bundle', undefined), (value, resourceType) => {
      const json = resourceType && typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value, resourceType } : value;
      expectDenialsOrError(JSON.stringify(json));
    }), { numRuns: RUNS, seed: SEED });
  });
});
