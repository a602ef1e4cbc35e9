import { describe, expect, it } from 'vitest';
import type { Field } from '../schema';
import { contextOf, field } from '../testing/test-snapshot';
import { dateWithin } from './date-within';

const options = { concepts: ['provider.signatureDate', 'lmn.date'] as const, maxAgeDays: 365, label: 'Signature date' };
const run = (fields: Field[]) => dateWithin.run(contextOf(fields, '2026-11-22'), { ...options, concepts: [...options.concepts] })[0];

describe('date-within', () => {
  it('passes a date inside the window, in any common format', () => {
    expect(run([field('provider.signatureDate', '03/01/2026')])).toMatchObject({ status: 'pass', fieldKey: 'provider.signatureDate' });
    expect(run([field('provider.signatureDate', 'November 22, 2025')])?.status).toBe('pass');
  });

  it('fails a letter signed more than a year ago, and a future date', () => {
    expect(run([field('provider.signatureDate', '11/21/2025')])?.message)
      .toBe("Signature date '11/21/2025' (2025-11-21) is 366 days old; it must be within 365 days");
    expect(run([field('provider.signatureDate', '2025-11-21')])?.message)
      .toBe('Signature date 2025-11-21 is 366 days old; it must be within 365 days');
    expect(run([field('provider.signatureDate', '2026-11-23')])?.message).toMatch(/in the future/);
  });

  it('uses the first concept that has a value', () => {
    expect(run([field('provider.signatureDate', ''), field('lmn.date', '2026-10-01')])).toMatchObject({
      status: 'pass', fieldKey: 'lmn.date',
    });
  });

  it("fails a date it can't read, and an empty one", () => {
    expect(run([field('provider.signatureDate', 'xyz')])?.message).toBe("ClaimLint can't read the date 'xyz' in Signature date");
    expect(run([field('lmn.date', '')])).toMatchObject({ status: 'fail', fieldKey: 'lmn.date' });
  });

  it("can't tell when neither date is on the page", () => {
    expect(run([])).toMatchObject({ status: 'cantTell', message: 'ClaimLint could not find a Signature date field on this page' });
  });
});
