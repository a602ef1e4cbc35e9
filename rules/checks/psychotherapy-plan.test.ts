import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { psychotherapyPlan } from './psychotherapy-plan';

const run = (fields: Field[]) => psychotherapyPlan.run(contextOf(fields), { concepts: ['doc.frequencyDuration', 'doc.treatmentPlan'] });
const plan = (text: string) => field('doc.frequencyDuration', text);

describe('psychotherapy-plan', () => {
  it('passes a plan with type, amount, frequency and duration', () => {
    expect(run([plan('Weekly 53-minute individual psychotherapy (CBT) for 16 weeks.')])[0]).toMatchObject({ status: 'pass', fieldKey: 'doc.frequencyDuration' });
    expect(run([plan('Group therapy, 90 minute sessions, twice a month x 6 months')])[0]?.status).toBe('pass');
    expect(run([plan('Individual psychotherapy, 45 min sessions, weekly for 1 year')])[0]).toMatchObject({ status: 'pass', message: expect.stringMatching(/for 1 year/) });
  });

  it('does not take a review date for the duration', () => {
    // A part left out is Missing (the field holding the rest has words in it); a plan over a year is Invalid.
    expect(run([plan('Weekly 45-minute individual psychotherapy. Reassess in 90 days.')])[0])
      .toMatchObject({ status: 'fail', problem: 'missing', message: expect.stringMatching(/does not state the duration, under a year/) });
    expect(run([plan('Individual therapy 50 min weekly; 90-day review')])[0]?.status).toBe('fail');
  });

  it('names each missing part: type and amount', () => {
    expect(run([plan('Weekly for 12 weeks')])[0]?.message).toMatch(/does not state the type of therapy \(individual, group or family\) or the amount/);
    expect(run([plan('Weekly individual therapy for 12 weeks')])[0]?.message).toMatch(/does not state the amount \(the planned session length/);
  });

  it('fails a duration of more than a year as invalid, and an open-ended one', () => {
    expect(run([plan('Individual psychotherapy, 50 min weekly for 18 months')])[0]).toMatchObject({ status: 'fail', problem: 'invalid' });
    expect(run([plan('Weekly 50-minute individual therapy for 18 months')])[0]?.message).toMatch(/runs “for 18 months”, a year or more/);
    expect(run([plan('Weekly 50-minute individual therapy, ongoing')])[0]?.message).toMatch(/“ongoing” is not a duration/);
  });

  it("can't tell without the plan's fields, fails them empty", () => {
    expect(run([])[0]?.status).toBe('cantTell');
    expect(run([plan('')])[0]?.status).toBe('fail');
  });
});
