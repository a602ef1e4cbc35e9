import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { icdIndicator } from './icd-indicator';

const run = (value?: string) =>
  icdIndicator.run(contextOf(value === undefined ? [] : [field('claim.icdIndicator', value)]), {})[0];

describe('icd-indicator', () => {
  it('passes 0 and select texts that start with it', () => {
    expect(run('0')?.status).toBe('pass');
    expect(run('0 - ICD-10')?.status).toBe('pass');
    expect(run('ICD-10-CM')?.status).toBe('pass');
    expect(run('(0) ICD-10-CM')?.status).toBe('pass');
    expect(run('ICD-10-CM (0)')?.status).toBe('pass');
    expect(run('[0] ICD-10')?.status).toBe('pass');
    expect(run('(9) ICD-9-CM')?.message).toMatch(/^The ICD indicator is 9 \(ICD-9\)/);
    expect(run('ICD-9-CM (9)')?.message).toMatch(/^The ICD indicator is 9 \(ICD-9\)/);
  });

  it('fails 9 and explains that ICD-9 is no longer accepted', () => {
    const outcome = run('9 - ICD-9');
    expect(outcome).toMatchObject({ status: 'fail', fieldKey: 'claim.icdIndicator' });
    expect(outcome?.message).toMatch(/ICD-9.*2015-10-01/);
  });

  it('fails an empty indicator and anything else', () => {
    expect(run('')?.message).toMatch(/empty/);
    expect(run('')?.status).toBe('fail');
    expect(run('10')?.status).toBe('fail');
    expect(run('x')?.message).toBe("The ICD indicator 'x' is not 0 (ICD-10)");
  });

  it("can't tell when the page has no indicator", () => {
    expect(run()).toMatchObject({ status: 'cantTell', fieldKey: null });
  });
});
