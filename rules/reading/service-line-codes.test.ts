import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { lineName, lineOutcome, readServiceLineCodes, sameDay } from './service-line-codes';

const read = (fields: Parameters<typeof contextOf>[0]) => readServiceLineCodes(contextOf(fields).fields);

describe('readServiceLineCodes', () => {
  it('reads code, modifiers from both places, and the date of each filled line', () => {
    const [first, second] = read([
      field('line.procedureCode', '97140-59', { index: 1 }),
      field('line.modifier', 'gp', { index: 1 }),
      field('line.dateFrom', '03/02/2026', { index: 1 }),
      field('line.procedureCode', '9714', { index: 2 }),
      field('line.modifier', 'G KX', { index: 2 }),
    ]);
    expect(first).toMatchObject({ line: 1, code: '97140', modifiers: ['59', 'GP'], date: '2026-03-02' });
    expect(second).toMatchObject({ line: 2, code: null, modifiers: ['KX'], date: null });
    expect(lineName(first!)).toBe('Service line 1 (97140)');
    expect(lineName(second!)).toBe('Service line 2');
    expect(lineOutcome(first!, 'pass', 'ok')).toEqual({
      status: 'pass', concept: 'line.procedureCode', index: 1, fieldKey: 'line.procedureCode[1]', message: 'ok',
    });
  });

  it('reads the code and modifiers of picker values with descriptions, and no code from a box holding two', () => {
    const [first, second, third] = read([
      field('line.procedureCode', '97140-GP Manual therapy techniques', { index: 1 }),
      field('line.procedureCode', 'Therapeutic exercise (97110)', { index: 2 }), field('line.modifier', 'GP KX', { index: 2 }),
      field('line.procedureCode', '97110, 97140', { index: 3 }),
    ]);
    expect(first).toMatchObject({ code: '97140', modifiers: ['GP'] });
    expect(second).toMatchObject({ code: '97110', modifiers: ['GP', 'KX'] });
    expect(third).toMatchObject({ code: null });
  });

  it('treats lines as the same day unless both dates are known and differ', () => {
    const [a, b, c] = read([
      field('line.procedureCode', '97140', { index: 1 }), field('line.dateFrom', '2026-03-02', { index: 1 }),
      field('line.procedureCode', '97161', { index: 2 }), field('line.dateFrom', '2026-03-03', { index: 2 }),
      field('line.procedureCode', '97110', { index: 3 }),
    ]);
    expect(sameDay(a!, b!)).toBe(false);
    expect(sameDay(a!, c!)).toBe(true);
  });
});
