import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { psychotherapyUnits } from './psychotherapy-units';

const run = (fields: Field[]) => psychotherapyUnits.run(contextOf(fields), {});
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const units = (line: number, value: string) => field('line.units', value, { index: line });
const session = [field('visit.startTime', '10:00 AM'), field('visit.endTime', '10:50 AM')];

describe('psychotherapy-units', () => {
  it('passes one unit of a session code', () => {
    expect(run([code(1, '90834'), units(1, '1')])[0]).toMatchObject({ status: 'pass', fieldKey: 'line.units[1]', index: 1 });
  });

  it('fails more units than the NCCI daily limit, naming the limit', () => {
    expect(run([code(1, '90837'), units(1, '3')])[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/3 units; 90837 is reported once per session .* 2 units a day/) });
    expect(run([code(1, '90839'), units(1, '2')])[0]?.message).toMatch(/1 unit a day/);
  });

  it('fails two units when the note documents one session, as inconsistent', () => {
    expect(run([code(1, '90834'), units(1, '2'), ...session])[0]).toMatchObject({
      status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/documents one session \(50 minutes/),
    });
  });

  it("can't tell two units without session times: two sessions that day may be real", () => {
    expect(run([code(1, '90832'), units(1, '2')])[0]).toMatchObject({ status: 'cantTell', message: expect.stringMatching(/2 separate sessions/) });
  });

  it('is not applicable without per-session codes or without units', () => {
    expect(run([code(1, '90785'), units(1, '1')])[0]?.status).toBe('notApplicable');
    expect(run([code(1, '90834')])[0]?.status).toBe('notApplicable');
  });
});
