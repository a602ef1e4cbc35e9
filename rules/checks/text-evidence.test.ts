import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { textEvidence } from './text-evidence';

const run = (fields: Parameters<typeof contextOf>[0], options: unknown) =>
  textEvidence.run(contextOf(fields), textEvidence.options.parse(options));

const goals = { detector: 'measurable-goals', concepts: ['doc.goals', 'doc.shortTermGoals', 'doc.longTermGoals'], label: 'Treatment goals' };

describe('text-evidence', () => {
  it('passes a measurable goal, quoting it', () => {
    const [outcome] = run([field('doc.goals', 'Reduce pain from 7/10 to 3/10 in 4 weeks.')], goals);
    expect(outcome).toMatchObject({ status: 'pass', fieldKey: 'doc.goals' });
    expect(outcome?.message).toBe('Measurable goal found: “Reduce pain from 7/10 to 3/10 in 4 weeks”');
  });

  it('reads every filled field of the concepts and points at the one with the evidence', () => {
    const [outcome] = run([
      field('doc.shortTermGoals', 'Improve function'),
      field('doc.longTermGoals', 'Walk 500 ft without assistive device in 6 weeks'),
      field('doc.goals', ''),
    ], goals);
    expect(outcome).toMatchObject({ status: 'pass', fieldKey: 'doc.longTermGoals' });
  });

  it('fails goals without a timeframe, saying what to add and quoting what is there', () => {
    const [outcome] = run([field('doc.goals', 'Independent with HEP by discharge. Feel better.')], goals);
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'doc.goals' });
    expect(outcome?.message).toBe(
      "The goals do not say by when: add a timeframe such as 'within 6 weeks' (Treatment goals says “Independent with HEP by discharge”)",
    );
  });

  it('fails goals with neither value nor timeframe', () => {
    expect(run([field('doc.goals', 'Improve function and decrease pain')], goals)[0]?.message)
      .toMatch(/^The goals are not measurable: add a target with a unit or scale and a timeframe/);
  });

  it('says what a whole document lacks, and keeps the partial advice for a component that is there in part', () => {
    const alternatives = { detector: 'alternatives-tried', concepts: ['doc.alternativesTried'], label: 'Alternatives tried' };
    expect(run([field('doc.alternativesTried', '', { document: 'letter' })], alternatives)[0])
      .toMatchObject({ status: 'fail', message: 'The letter does not say which treatments were tried before' });
    const partial = run([field('doc.goals', 'Reduce pain to 3/10.', { document: 'letter' })], goals)[0];
    expect(partial?.message).toMatch(/^The goals do not say by when/);
    // The goals are missing from the letter even though a prognosis is there to read.
    const withPrognosis = run([field('doc.goals', '', { document: 'letter' }), field('doc.longTermGoals', 'Prognosis is good.', { document: 'letter' })], goals)[0];
    expect(withPrognosis).toMatchObject({ status: 'fail', fieldKey: 'doc.goals', message: 'The letter does not state treatment goals' });
  });

  it('fails an empty field and cannot tell when there is none', () => {
    expect(run([field('doc.goals', '  ', { label: 'Goals' })], goals)[0])
      .toMatchObject({ status: 'fail', fieldKey: 'doc.goals', message: 'Treatment goals is empty ("Goals")' });
    expect(run([field('patient.name', 'Test Patient')], goals)[0]).toMatchObject({
      status: 'cantTell', fieldKey: null, message: 'ClaimLint could not find a Treatment goals field on this page',
    });
  });

  it('asks for both frequency and duration by default, either when told', () => {
    const options = { detector: 'frequency-duration', concepts: ['doc.frequencyDuration', 'doc.frequency', 'doc.duration'], label: 'Frequency / duration' };
    const frequencyOnly = [field('doc.frequency', '2x/week'), field('doc.duration', '')];
    expect(run(frequencyOnly, options)[0]).toMatchObject({
      // The empty Duration box is where the user fixes it.
      status: 'fail', fieldKey: 'doc.duration',
      message: "The duration is not stated: add how long, such as 'for 6 weeks' or '12 visits' (Frequency says “2x/week”)",
    });
    expect(run(frequencyOnly, { ...options, require: ['frequency'] })[0])
      .toMatchObject({ status: 'pass', message: 'Frequency found: “2x/week”' });
    expect(run([field('doc.frequency', '2x/week'), field('doc.duration', '6 weeks')], options)[0])
      .toMatchObject({ status: 'pass', fieldKey: 'doc.frequency', message: 'Frequency and duration found: “2x/week”, “6 weeks”' });
    expect(run([field('doc.frequencyDuration', 'BIW x 4 wks')], options)[0]?.message).toBe('Frequency and duration found: “BIW x 4 wks”');
  });

  it('fails a bare list of prior treatments, naming both missing parts', () => {
    const options = { detector: 'alternatives-tried', concepts: ['doc.alternativesTried'], label: 'Alternatives tried' };
    const [outcome] = run([field('doc.alternativesTried', 'Physical therapy, ibuprofen.')], options);
    expect(outcome?.status).toBe('fail');
    expect(outcome?.message).toMatch(/^The prior treatments do not say how long they were tried or how they worked/);
    expect(run([field('doc.alternativesTried', 'NSAIDs for 3 months with minimal improvement')], options)[0]?.message)
      .toBe('Prior treatment with duration and outcome found: “NSAIDs for 3 months with minimal improvement”');
  });

  it('does not take a denied statement for one', () => {
    const options = { detector: 'necessity-statement', concepts: ['doc.necessityStatement'], label: 'Medical necessity' };
    expect(run([field('doc.necessityStatement', 'Not medically necessary at this time.')], options)[0]?.status).toBe('fail');
    expect(run([field('doc.necessityStatement', 'Skilled therapy is required to restore cervical motion.')], options)[0]?.status).toBe('pass');
  });

  it('reads a rehab-potential select and a functional-limitation note', () => {
    expect(run([field('doc.expectedOutcome', 'Good')],
      { detector: 'expected-outcome', concepts: ['doc.expectedOutcome'], label: 'Prognosis' })[0]?.message)
      .toBe('Expected outcome found: “Good”');
    expect(run([field('doc.functionalLimitation', 'Denies difficulty with ADLs.')],
      { detector: 'functional-limitation', concepts: ['doc.functionalLimitation'], label: 'Functional limitations' })[0]?.status)
      .toBe('fail');
  });

  it('refuses unknown detectors and require outside frequency-duration', () => {
    expect(textEvidence.options.safeParse({ ...goals, detector: 'crystal-ball' }).success).toBe(false);
    expect(textEvidence.options.safeParse({ ...goals, require: ['frequency'] }).success).toBe(false);
    expect(textEvidence.options.safeParse({ ...goals, concepts: [] }).success).toBe(false);
  });
});

describe('text-evidence over several fields', () => {
  it('accepts a rating-only prognosis field read together with other fields', () => {
    const [outcome] = textEvidence.run(
      contextOf([
        field('doc.expectedOutcome', 'Good', { key: 'potential' }),
        field('doc.longTermGoals', 'Increase grip strength to 40 lb within 8 weeks', { key: 'ltg' }),
      ]),
      { detector: 'expected-outcome', concepts: ['doc.expectedOutcome', 'doc.longTermGoals'], label: 'Expected outcome' },
    );
    expect(outcome).toMatchObject({ status: 'pass', fieldKey: 'potential' });
  });
});

describe('text-evidence pointing at the box to fix', () => {
  it('points a missing duration at the empty Duration box, not at the Frequency box', () => {
    const [outcome] = textEvidence.run(
      contextOf([field('doc.frequency', 'Monthly', { key: 'freq' }), field('doc.duration', '', { key: 'dur' })]),
      { detector: 'frequency-duration', concepts: ['doc.frequency', 'doc.duration'], label: 'Duration', require: ['duration'] },
    );
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'dur' });
    expect(outcome!.message).not.toMatch(/Monthly.*Monthly/);
  });
});
