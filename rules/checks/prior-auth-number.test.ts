import { describe, expect, it } from 'vitest';
import { contextOf, field } from '../testing/test-snapshot';
import { priorAuthNumber } from './prior-auth-number';

const run = (value: string | undefined, required = true) =>
  priorAuthNumber.run(contextOf(value === undefined ? [] : [field('claim.priorAuthNumber', value)]), { required })[0];

describe('prior-auth-number', () => {
  it('passes a plain authorization number', () => {
    expect(run('PA20261234')).toMatchObject({ status: 'pass', fieldKey: 'claim.priorAuthNumber' });
  });

  it('fails spaces and hyphens with the box 23 fix', () => {
    const outcome = run('PA-2026 1234');
    expect(outcome?.status).toBe('fail');
    expect(outcome?.message).toMatch(/box 23 takes the number without spaces or hyphens/);
  });

  it('fails placeholders and punctuation-only garbage', () => {
    expect(run('N/A')?.status).toBe('fail');
    expect(run('pending')?.status).toBe('fail');
    expect(run('---')?.status).toBe('fail');
    expect(run('PA#123')?.status).toBe('fail');
  });

  it('fails an empty box when required, allows it when not', () => {
    expect(run('')?.status).toBe('fail');
    expect(run('', false)?.status).toBe('notApplicable');
  });

  it("can't tell when box 23 is not on the page", () => {
    expect(run(undefined)).toMatchObject({ status: 'cantTell', fieldKey: null });
  });
});
