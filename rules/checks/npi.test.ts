import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { npi } from './npi';

const run = (fields: Field[], options: unknown) => npi.run(contextOf(fields), npi.options.parse(options));
const referring = { concept: 'referring.npi' };

describe('npi', () => {
  it('passes a valid NPI, spaces and all', () => {
    expect(run([field('referring.npi', '1234 567 893')], referring)[0]).toMatchObject({
      status: 'pass', fieldKey: 'referring.npi', message: 'Referring provider NPI (box 17b) 1234567893 is a valid NPI',
    });
  });

  it('fails a mistyped NPI and says what is wrong', () => {
    expect(run([field('referring.npi', '1234567890')], referring)[0]?.message).toMatch(/check digit/);
    expect(run([field('referring.npi', '123456789')], referring)[0]?.message).toMatch(/has 9 digits/);
    expect(run([field('referring.npi', '3234567893')], referring)[0]?.message).toMatch(/start with 1 or 2/);
    expect(run([field('referring.npi', '1234567890')], referring)[0]?.status).toBe('fail');
  });

  it('judges the NPI in a picker value that names the provider beside it', () => {
    expect(run([field('referring.npi', '1234567893 (Dana Wu)')], referring)[0]).toMatchObject({
      status: 'pass', message: 'Referring provider NPI (box 17b) 1234567893 (Dana Wu) is a valid NPI',
    });
    expect(run([field('referring.npi', 'Dana Wu, PT - 1234567890')], referring)[0]).toMatchObject({
      status: 'fail', message: expect.stringMatching(/1234567890 \(Dana Wu, PT\) fails the NPI check digit/),
    });
  });

  it('names the box as the rule calls it', () => {
    expect(run([field('provider.npi', '1234567890')], { concept: 'provider.npi', label: 'Billing provider NPI (box 33a)' })[0])
      .toMatchObject({ status: 'fail', message: "Billing provider NPI (box 33a) '1234567890' fails the NPI check digit, so a digit is probably mistyped" });
  });

  it('is not applicable without an NPI where the rule judges only a given one', () => {
    const given = { concept: 'provider.npi', required: false, ifAbsent: 'notApplicable' };
    expect(run([field('patient.name', 'A B')], given)[0]).toMatchObject({ status: 'notApplicable', fieldKey: null });
    expect(run([field('provider.npi', '1234567890')], given)[0]).toMatchObject({ status: 'fail' });
    expect(run([field('patient.name', 'A B')], { concept: 'provider.npi' })[0]).toMatchObject({ status: 'cantTell' });
  });

  it('judges each of two filled provider NPIs on a page, under its own label', () => {
    const outcomes = run([
      field('provider.npi', '1234567893', { key: 'billing', label: '33a. Billing Provider NPI' }),
      field('provider.npi', '1497758540', { key: 'rendering', label: 'Rendering Provider NPI' }),
    ], { concept: 'provider.npi' });
    expect(outcomes.map((o) => [o.fieldKey, o.status])).toEqual([['billing', 'pass'], ['rendering', 'fail']]);
    expect(outcomes[1]?.message).toBe("Rendering Provider NPI '1497758540' fails the NPI check digit, so a digit is probably mistyped");
  });

  it('fails two NPIs in one box without passing either', () => {
    expect(run([field('referring.npi', '1234567893 / 1497758544')], referring)[0]).toMatchObject({
      status: 'fail', message: expect.stringMatching(/holds 2 NPIs \(1234567893, 1497758544\)/),
    });
  });

  it('fails empty when required, is not applicable when optional, cannot tell when absent', () => {
    expect(run([field('referring.npi', '')], referring)[0]?.status).toBe('fail');
    expect(run([field('referring.npi', '')], { ...referring, required: false })[0]?.status).toBe('notApplicable');
    expect(run([field('provider.npi', '1234567893')], referring)[0]).toMatchObject({ status: 'cantTell', fieldKey: null });
  });

  describe('rendering NPI per service line', () => {
    const line = (n: number, cpt: string, rendering: string) => [
      field('line.procedureCode', cpt, { index: n }), field('line.renderingNpi', rendering, { index: n }),
    ];
    const options = { concept: 'line.renderingNpi', required: false };

    it('judges each filled line on its own', () => {
      const outcomes = run([...line(1, '97140', '1234567893'), ...line(2, '97124', '1234567890')], options);
      expect(outcomes.map((o) => [o.index, o.status])).toEqual([[1, 'pass'], [2, 'fail']]);
      expect(outcomes[1]?.message).toMatch(/line 2/);
    });

    it('ignores empty optional lines, and fails an empty line when required', () => {
      const fields = [...line(1, '97140', '1234567893'), ...line(2, '97124', ''), ...line(3, '', '')];
      expect(run(fields, options).map((o) => o.status)).toEqual(['pass']);
      expect(run(fields, { ...options, required: true }).map((o) => [o.index, o.status]))
        .toEqual([[1, 'pass'], [2, 'fail']]);
    });

    it('is not applicable when no line carries one', () => {
      expect(run(line(1, '97140', ''), options)).toEqual([expect.objectContaining({ status: 'notApplicable' })]);
    });
  });
});
