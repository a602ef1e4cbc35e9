import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { requiredWhen } from './required-when';

type Options = Parameters<typeof requiredWhen.run>[1];

const accidentOptions: Options = {
  when: { concepts: ['claim.autoAccident'], pattern: '^(y|yes|checked)', because: 'the auto accident box (10b) is answered yes' },
  require: ['claim.accidentState'],
  label: 'Accident state (box 10b)',
};
const run = (fields: Parameters<typeof contextOf>[0], options: Options = accidentOptions) => requiredWhen.run(contextOf(fields), options);

describe('required-when', () => {
  it('asks for the accident state when the auto accident box says yes', () => {
    const [outcome] = run([field('claim.autoAccident', 'Yes'), field('claim.accidentState', '')]);
    expect(outcome).toMatchObject({ status: 'fail', concept: 'claim.accidentState' });
    expect(outcome!.message).toContain('answered yes');
  });

  it('passes when it is filled', () => {
    expect(run([field('claim.autoAccident', 'Yes'), field('claim.accidentState', 'WA')])[0]!.status).toBe('pass');
  });

  it('does not apply when the answer is no, or not given yet', () => {
    expect(run([field('claim.autoAccident', 'No'), field('claim.accidentState', '')])[0]!.status).toBe('notApplicable');
    expect(run([field('claim.autoAccident', ''), field('claim.accidentState', '')])[0]!.status).toBe('notApplicable');
  });

  it('cannot tell when the deciding box is not on the page, or the required field is missing', () => {
    expect(run([field('claim.accidentState', '')])[0]!.status).toBe('cantTell');
    expect(run([field('claim.autoAccident', 'Yes')])[0]!.status).toBe('cantTell');
  });

  it('can require something only when every filled field matches (massage as the only service)', () => {
    const massageOnly: Options = {
      when: { concepts: ['line.procedureCode'], pattern: '^97124\\b', match: 'all', because: 'massage is the only service billed' },
      require: ['order.visits'],
      label: 'Number of visits prescribed',
    };
    const onlyMassage = [field('line.procedureCode', '97124', { index: 1 }), field('order.visits', '')];
    expect(run(onlyMassage, massageOnly)[0]!.status).toBe('fail');
    const withExercise = [...onlyMassage, field('line.procedureCode', '97110', { index: 2 })];
    expect(run(withExercise, massageOnly)[0]!.status).toBe('notApplicable');
  });

  it('refuses an invalid pattern in its options', () => {
    const bad = { ...accidentOptions, when: { ...accidentOptions.when, pattern: '(' } };
    expect(requiredWhen.options.safeParse(bad).success).toBe(false);
  });
});
