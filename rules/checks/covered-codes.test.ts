import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { coveredCodes } from './covered-codes';

const options = { codes: ['98940', '98941', '98942'], label: 'manipulation of the spine (98940-98942)', billedForDenial: ['GY'] };
const run = (fields: Field[]) => coveredCodes.run(contextOf(fields), options);
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });

describe('covered-codes', () => {
  it('passes when every code is covered', () => {
    expect(run([code(1, '98941'), code(2, '98940')])).toEqual([expect.objectContaining({ status: 'pass' })]);
  });

  it('fails each other code, and passes one billed for denial with GY', () => {
    const outcomes = run([code(1, '98941'), code(2, '97140'), code(3, '98943 GY')]);
    expect(outcomes).toEqual([
      expect.objectContaining({ status: 'fail', index: 2, message: expect.stringMatching(/97140\) is not covered here: only manipulation of the spine/) }),
      expect.objectContaining({ status: 'pass', index: 3, message: expect.stringMatching(/billed for denial with GY/) }),
    ]);
  });
});
