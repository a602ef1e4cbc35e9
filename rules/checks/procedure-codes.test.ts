import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { procedureCodes } from './procedure-codes';

const run = (fields: Field[]) => procedureCodes.run(contextOf(fields), {});
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const modifier = (line: number, value: string, n = 1) =>
  field('line.modifier', value, { index: line, key: `line.modifier[${line}].${n}` });
const units = (line: number, value: string) => field('line.units', value, { index: line });

describe('procedure-codes', () => {
  it('passes well-formed codes, one outcome per line, naming the code kind and modifiers', () => {
    const outcomes = run([code(1, '97140'), modifier(1, '59 GP'), code(2, 'g0283'), modifier(2, 'GP'), modifier(2, '', 2)]);
    expect(outcomes.map((o) => [o.index, o.status, o.fieldKey])).toEqual([
      [1, 'pass', 'line.procedureCode[1]'],
      [2, 'pass', 'line.procedureCode[2]'],
    ]);
    expect(outcomes[0]?.message).toBe('Service line 1: 97140 is a CPT code with modifiers 59, GP');
    expect(outcomes[1]?.message).toBe('Service line 2: G0283 is a HCPCS Level II code with modifier GP');
  });

  it('says can\'t tell for an X12 service type a prior-authorization request asks for, not "not a CPT/HCPCS code"', () => {
    const serviceType = field('line.procedureCode', '3', { index: 1, codeSystem: 'x12-service-type' });
    const [outcome] = run([serviceType]);
    expect(outcome).toMatchObject({ status: 'cantTell', index: 1 });
    expect(outcome?.message).toContain("X12 service type '3'");
    expect(run([code(1, '3')])[0]?.status).toBe('fail');
  });

  it('reads modifiers typed after the code', () => {
    expect(run([code(1, '97140-59')])[0]?.message).toBe('Service line 1: 97140 is a CPT code with modifier 59');
  });

  it('judges the code of a picker value with its description, and fails two codes in one box', () => {
    const outcomes = run([code(1, '97110 – Therapeutic exercise'), modifier(1, 'GP'), code(2, '97140-GP Manual therapy techniques'),
      code(3, 'Therapeutic activities (97530)'), code(4, '97110, 97140')]);
    expect(outcomes.map((o) => o.status)).toEqual(['pass', 'pass', 'pass', 'fail']);
    expect(outcomes[0]?.message).toBe('Service line 1: 97110 is a CPT code with modifier GP');
    expect(outcomes[1]?.message).toBe('Service line 2: 97140 is a CPT code with modifier GP');
    expect(outcomes[3]?.message).toMatch(/holds 2 procedure codes \(97110, 97140\); enter one procedure code per box/);
  });

  it('fails a filled line without a code, and a code of the wrong shape, saying why', () => {
    expect(run([code(1, ''), units(1, '2')])[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/has no procedure code/) });
    expect(run([code(1, '9714')])[0]?.message)
      .toBe("Service line 1 procedure code '9714' is not a CPT/HCPCS code: it has 4 characters; a CPT/HCPCS code has 5");
  });

  it('fails bad, repeated or more than four modifiers', () => {
    expect(run([code(1, '97110'), modifier(1, 'G')])[0]?.message).toMatch(/modifier 'G' is not a modifier/);
    expect(run([code(1, '97110'), modifier(1, 'GP 59 KX XS 25')])[0]?.message).toMatch(/has 5 modifiers .* at most 4/);
    expect(run([code(1, '97110'), modifier(1, 'GP'), modifier(1, 'gp', 2)])[0]?.message).toMatch(/repeats modifier GP/);
  });

  it("can't tell for a line without a code field, and reports empty or missing grids", () => {
    expect(run([units(1, '1')])[0]).toMatchObject({ status: 'cantTell', index: 1, fieldKey: 'line.units[1]' });
    expect(run([code(1, '')])).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    expect(run([])).toEqual([expect.objectContaining({ status: 'cantTell' })]);
  });
});
