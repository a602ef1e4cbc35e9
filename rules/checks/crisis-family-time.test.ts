import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { crisisFamilyTime } from './crisis-family-time';

const run = (fields: Field[]) => crisisFamilyTime.run(contextOf(fields), {});
const code = (line: number, value: string) => field('line.procedureCode', value, { index: line });
const minutes = (line: number, value: string) => field('line.minutes', value, { index: line });
const units = (line: number, value: string) => field('line.units', value, { index: line });
const session = (start: string, end: string) => [field('visit.startTime', start), field('visit.endTime', end)];

describe('crisis-family-time', () => {
  it('passes 90839 alone for 30-74 minutes', () => {
    expect(run([code(1, '90839'), minutes(1, '60')])[0]).toMatchObject({ status: 'pass', message: expect.stringMatching(/60 minutes supports 90839 alone/) });
    expect(run([code(1, '90839'), ...session('1:00 PM', '2:14 PM')])[0]?.status).toBe('pass');
  });

  it('counts 90840 units from minute 75, one per further 30 minutes', () => {
    expect(run([code(1, '90839'), code(2, '90840'), ...session('1:00 PM', '2:20 PM')])[0]?.status).toBe('pass');
    expect(run([code(1, '90839'), code(2, '90840'), units(2, '2'), minutes(1, '110')])[0]?.status).toBe('pass');
    expect(run([code(1, '90839'), code(2, '90840'), minutes(1, '70')])[0]).toMatchObject({
      status: 'fail', problem: 'inconsistent', message: expect.stringMatching(/70 minutes supports 90839 alone, but 1 unit of 90840 is billed/),
    });
    expect(run([code(1, '90839'), minutes(1, '100')])[0]?.message).toMatch(/supports 90839 with 1 unit of 90840, but 0 units of 90840 are billed/);
  });

  it('marks too many 90840 units on the 90840 line\'s units box, the change to make', () => {
    expect(run([code(1, '90839'), code(2, '90840'), units(2, '3'), minutes(1, '110')])[0]).toMatchObject({
      status: 'fail', fieldKey: 'line.units[2]', index: 2, message: expect.stringMatching(/3 units of 90840 are billed .*; correct the 90840 units on service line 2$/),
    });
    // No units box on the page: the 90840 line's code box.
    expect(run([code(1, '90839'), code(2, '90840'), minutes(1, '70')])[0]).toMatchObject({ status: 'fail', fieldKey: 'line.procedureCode[2]' });
  });

  it('adds the 90840 line minutes to the 90839 line', () => {
    expect(run([code(1, '90839'), minutes(1, '60'), code(2, '90840'), minutes(2, '30')])[0]).toMatchObject({ status: 'pass', message: expect.stringMatching(/90 minutes \(with the 90840 lines\)/) });
  });

  it('fails a crisis session under 30 minutes, pointing to 90832/90833', () => {
    expect(run([code(1, '90839'), minutes(1, '25')])[0]?.message).toMatch(/under 30; report a shorter crisis session with 90832 or 90833/);
  });

  it('needs 26 minutes for family psychotherapy', () => {
    expect(run([code(1, '90847'), minutes(1, '26')])[0]?.status).toBe('pass');
    expect(run([code(1, '90846'), ...session('9:00', '9:20')])[0]).toMatchObject({ status: 'fail', message: expect.stringMatching(/20 minutes from the session start and end times is under the 26 minutes 90846 needs/) });
  });

  it("can't tell without a time, fails an empty one, and skips other codes", () => {
    expect(run([code(1, '90847')])[0]?.status).toBe('cantTell');
    expect(run([code(1, '90847'), minutes(1, '')])[0]).toMatchObject({ status: 'fail', fieldKey: 'line.minutes[1]' });
    expect(run([code(1, '90834'), minutes(1, '45')])[0]?.status).toBe('notApplicable');
  });
});
