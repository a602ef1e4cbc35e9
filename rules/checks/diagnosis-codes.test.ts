import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../test-snapshot';
import { diagnosisCodes } from './diagnosis-codes';

const run = (fields: Parameters<typeof contextOf>[0]) => diagnosisCodes.run(contextOf(fields), {});
const dx = (letter: 'A' | 'B' | 'C' | 'D', value: string) => field('claim.diagnosis', value, { index: letter });

describe('diagnosis-codes', () => {
  it('gives one outcome per filled letter, in letter order', () => {
    const outcomes = run([dx('B', 'm62.830'), dx('A', 'M5450'), dx('C', '')]);
    expect(outcomes.map((o) => [o.index, o.status])).toEqual([['A', 'pass'], ['B', 'pass']]);
    expect(outcomes[0]?.message).toBe('Diagnosis A M54.50 is shaped like an ICD-10-CM code');
  });

  it('fails a code that is not ICD-10-CM shaped, on its own letter', () => {
    const outcomes = run([dx('A', 'M54.50'), dx('B', '724.2')]);
    expect(outcomes[1]).toMatchObject({ status: 'fail', index: 'B', fieldKey: 'claim.diagnosis[B]' });
    expect(outcomes[1]?.message).toMatch(/Diagnosis B '724.2' is not an ICD-10-CM code: .*starts with a letter/);
  });

  it('fails when box 21 is on the page but every diagnosis is empty', () => {
    const outcomes = run([dx('B', ''), dx('A', ' ')]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'fail', index: 'A' });
  });

  it("can't tell when the page has no diagnosis fields", () => {
    expect(run([field('patient.name', 'Test Patient')])).toEqual([
      expect.objectContaining({ status: 'cantTell', concept: 'claim.diagnosis' }),
    ]);
  });
});
