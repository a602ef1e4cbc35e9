import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { chiropracticModifiers } from './chiropractic-modifiers';

const run = (fields: Field[]) => chiropracticModifiers.run(contextOf(fields), { concepts: ['doc.treatmentPlan'] });
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const modifier = (line: number, value: string) => field('line.modifier', value, { index: line });

describe('chiropractic-modifiers', () => {
  it('passes AT on active treatment and GA or GZ on maintenance', () => {
    expect(run([code(1, '98941'), modifier(1, 'AT')])[0]).toMatchObject({ status: 'pass', index: 1 });
    expect(run([code(1, '98940 GA')])[0]?.message).toMatch(/maintenance with GA: an ABN/);
    expect(run([code(1, '98940'), modifier(1, 'GZ')])[0]?.status).toBe('pass');
  });

  it('fails manipulation without AT, GA or GZ', () => {
    expect(run([code(1, '98941')])[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/no AT, GA or GZ: Medicare treats manipulation without AT as maintenance/) });
  });

  it('fails AT and GA on one line, which Medicare rejects', () => {
    expect(run([code(1, '98941'), modifier(1, 'AT GA')])[0]?.message).toMatch(/both AT and GA; Medicare rejects the line/);
  });

  it('fails AT beside notes that describe maintenance care', () => {
    expect(run([code(1, '98941'), modifier(1, 'AT'), field('doc.treatmentPlan', 'Maintenance care to prevent deterioration; patient has plateaued.')])[0])
      .toMatchObject({ status: 'fail', problem: 'inconsistent' });
  });

  it('is not applicable without manipulation codes', () => {
    expect(run([code(1, '97140')])[0]?.status).toBe('notApplicable');
  });
});
