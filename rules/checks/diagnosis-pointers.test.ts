import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { diagnosisPointers, readPointers } from './diagnosis-pointers';

const run = (fields: Field[]) => diagnosisPointers.run(contextOf(fields), {});
const dx = (letter: 'A' | 'B' | 'C' | 'D' | 'E', value: string) => field('claim.diagnosis', value, { index: letter });
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const pointer = (line: number, value: string) => field('line.diagnosisPointer', value, { index: line });
const box21 = [dx('A', 'M54.50'), dx('B', 'M62.830'), dx('C', ''), dx('D', '')];

describe('diagnosis-pointers', () => {
  it('passes lines that point at filled diagnoses, one outcome per line on its pointer field', () => {
    const outcomes = run([...box21, code(1, '97140'), pointer(1, 'A,B'), code(2, '97124'), pointer(2, '2')]);
    expect(outcomes.map((o) => [o.index, o.status, o.fieldKey])).toEqual([
      [1, 'pass', 'line.diagnosisPointer[1]'],
      [2, 'pass', 'line.diagnosisPointer[2]'],
    ]);
    expect(outcomes[1]?.message).toBe('Service line 2 points at B');
  });

  it('fails a line whose pointer is empty', () => {
    const outcomes = run([...box21, code(1, '97140'), pointer(1, 'A'), code(2, '97124'), pointer(2, '')]);
    expect(outcomes[1]).toMatchObject({ status: 'fail', index: 2, message: 'Service line 2 has no diagnosis pointer' });
  });

  it('fails a pointer at an empty box 21 letter', () => {
    const [outcome] = run([...box21, code(1, '97140'), pointer(1, 'C')]);
    expect(outcome).toMatchObject({ status: 'fail', message: 'Service line 1 points at diagnosis C, but box 21 C is empty' });
  });

  it('fails more than four pointers, duplicates and letters past L', () => {
    const withE = [...box21, dx('E', 'M79.1')];
    expect(run([...withE, code(1, '97140'), pointer(1, 'ABCDE')])[0]?.message).toMatch(/has 5 diagnosis pointers/);
    expect(run([...box21, code(1, '97140'), pointer(1, 'A A')])[0]?.message).toMatch(/points at A more than once/);
    expect(run([...box21, code(1, '97140'), pointer(1, 'M')])[0]).toMatchObject({ status: 'fail' });
    expect(run([...box21, code(1, '97140'), pointer(1, 'M')])[0]?.message).toMatch(/'M' is not a letter A–L/);
  });

  it("can't tell when the pointed-at diagnosis is not on this page", () => {
    expect(run([code(1, '97140'), pointer(1, 'A')])[0]?.status).toBe('cantTell');
    expect(run([...box21, code(1, '97140'), pointer(1, 'F')])[0]?.message)
      .toMatch(/could not find box 21 F on this page/);
  });

  it("can't tell for a line with no pointer field, pointing at its procedure code", () => {
    const [outcome] = run([...box21, code(1, '97140')]);
    expect(outcome).toMatchObject({ status: 'cantTell', index: 1, fieldKey: 'line.procedureCode[1]' });
  });

  it('reads a pointer split over several boxes as one', () => {
    const split = [pointer(1, 'A'), pointer(1, 'B'), pointer(1, '')];
    expect(run([...box21, code(1, '97140'), ...split])[0]).toMatchObject({ status: 'pass', message: 'Service line 1 points at A, B' });
  });

  it('is not applicable on an empty claim grid, and cannot tell without one', () => {
    expect(run([...box21, code(1, ''), pointer(1, '')])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run(box21)).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });
});

describe('readPointers', () => {
  it('reads letters, digits and separators', () => {
    expect(readPointers('AB')).toEqual({ letters: ['A', 'B'] });
    expect(readPointers('a, b')).toEqual({ letters: ['A', 'B'] });
    expect(readPointers('1,2')).toEqual({ letters: ['A', 'B'] });
    expect(readPointers('12')).toEqual({ letters: ['L'] });
    expect(readPointers('1234')).toEqual({ letters: ['A', 'B', 'C', 'D'] });
    expect(readPointers('0')).toEqual({ bad: '0' });
    expect(readPointers('A?')).toEqual({ bad: 'A?' });
  });
});
