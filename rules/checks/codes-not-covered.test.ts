import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { codesNotCovered } from './codes-not-covered';

const line = (n: number, code: string) => [field('line.procedureCode', code, { index: n }), field('line.dateFrom', '11/09/2026', { index: n })];
const options = { codes: ['97124'], excluded: 'massage is not a PIP medical benefit' };
const run = (fields: Parameters<typeof contextOf>[0]) => codesNotCovered.run(contextOf(fields), options);

describe('codes-not-covered', () => {
  it('fails each line billing an excluded code, saying why', () => {
    const outcomes = run([...line(1, '97110'), ...line(2, '97124 GP')]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'fail', index: 2 });
    expect(outcomes[0]!.message).toBe('Service line 2 (97124): massage is not a PIP medical benefit');
  });

  it('passes a claim without them, and cannot tell without service lines', () => {
    expect(run([...line(1, '97110'), ...line(2, '97140')])[0]).toMatchObject({ status: 'pass', message: '97124 is not billed' });
    expect(run([field('patient.name', 'Pat Example')])[0]!.status).toBe('cantTell');
  });
});
