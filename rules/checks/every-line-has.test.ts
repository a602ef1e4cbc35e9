import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { everyLineHas } from './every-line-has';

const options = { concepts: ['line.units' as const], label: 'units (24G)' };
const run = (fields: Parameters<typeof contextOf>[0]) => everyLineHas.run(contextOf(fields), options);

describe('every-line-has', () => {
  it('reports each filled service line on its own row', () => {
    const outcomes = run([
      field('line.procedureCode', '97140', { index: 1 }), field('line.units', '2', { index: 1 }),
      field('line.procedureCode', '97110', { index: 2 }), field('line.units', '', { index: 2 }),
    ]);
    expect(outcomes.map((outcome) => [outcome.index, outcome.status])).toEqual([[1, 'pass'], [2, 'fail']]);
    expect(outcomes[1]!.message).toBe('Service line 2 has no units (24G)');
  });

  it('ignores empty rows of the grid', () => {
    const outcomes = run([field('line.procedureCode', '97140', { index: 1 }), field('line.units', '1', { index: 1 }), field('line.units', '', { index: 2 })]);
    expect(outcomes).toHaveLength(1);
  });

  it('cannot tell for a line with no such field, and says so when there are no lines', () => {
    expect(run([field('line.procedureCode', '97140', { index: 1 })])[0]).toMatchObject({ status: 'cantTell', index: 1 });
    expect(run([field('patient.name', 'x')])[0]!.status).toBe('cantTell');
    expect(run([field('line.units', '', { index: 1 })])[0]!.status).toBe('notApplicable');
  });
});
